#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Finds customers already in the book that a new or edited customer probably duplicates:
// the same normalised phone, the same email, or a very similar name (legal suffixes such as
// 有限公司 or "Co., Ltd." ignored, then an edit-distance similarity of at least 0.85).
class DuplicateDetector
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateDetector)

public:
    enum class Reason { Phone, Email, Name };
    struct Match
    {
        CustomerRow customer;
        Reason reason;
        QString detail; // a sentence saying what is the same
    };

    explicit DuplicateDetector(QSqlDatabase db) : m_db(std::move(db)) { }

    // Likely duplicates of `customer`, excluding the customer itself (by id), each customer once.
    Result<QList<Match>> find(const Customer &customer) const;

    // The name without legal-form suffixes and punctuation, folded: what similar names are compared on.
    static QString coreName(const QString &name);
    // The folded name without its legal-form suffix, spaces kept: what the search for similar names looks for.
    static QString searchableName(const QString &name);
    // 1.0 for equal strings, 0.0 for nothing in common (1 - Levenshtein distance / longer length).
    static double similarity(const QString &a, const QString &b);

private:
    QSqlDatabase m_db;
};

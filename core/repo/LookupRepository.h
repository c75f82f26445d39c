#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The short lists behind filters and combo boxes: owners (sales reps), tags, regions, tiers, book settings.
class LookupRepository
{
    Q_DECLARE_TR_FUNCTIONS(LookupRepository)

public:
    struct Tag
    {
        qint64 id = 0;
        QString name;
    };

    explicit LookupRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // The book's sales reps by name. `keep`: also this rep when they have been removed, for an editor of a record
    // that stays theirs (closed history keeps its rep).
    Result<QList<Owner>> owners(qint64 keep = 0) const;
    // uuid empty: a new random one.
    Result<qint64> addOwner(const QString &name, const QString &email = {}, const QString &uuid = {});
    Result<qint64> ownerByName(const QString &name) const; // 0 when there is none
    Result<QList<Tag>> tags() const;
    // Distinct values in use of a text column of customers: "province", "industry", "source" or "city".
    Result<QStringList> distinctValues(const QString &column) const;
    // The book's customer tiers, e.g. A, B, C (configurable per book).
    Result<QStringList> tiers() const;
    Status setTiers(const QStringList &tiers);

    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

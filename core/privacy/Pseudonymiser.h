#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

// Stable pseudonyms for sharing a list with an analyst: the same name, phone or email always becomes the same
// pseudonym in every export of one book (so rows can still be grouped and joined), and nothing of the value shows
// in it. A keyed hash (HMAC-SHA256) with a random key kept in the book: without the key no one can test guesses.
class Pseudonymiser
{
    Q_DECLARE_TR_FUNCTIONS(Pseudonymiser)

public:
    enum class Kind
    {
        Name,
        Phone,
        Email,
        Address
    };

    explicit Pseudonymiser(QByteArray key)
        : m_key(std::move(key))
    {
    }
    // The book's key, created on first use.
    static Result<Pseudonymiser> forBook(const QSqlDatabase &db);

    // "Customer-3FA2C19B", "Phone-…", "email-…@example.invalid"; an empty value stays empty.
    QString pseudonym(Kind kind, const QString &value) const;

private:
    QByteArray m_key;
};

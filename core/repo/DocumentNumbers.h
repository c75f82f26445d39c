#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Numbers of quotes and orders from a pattern such as "Q-{YYYY}-{####}": {YYYY}, {YY}, {MM} and {DD} are the
// document's date, {###...} a counter with that many digits at least. The counter runs per kind and period
// (what the pattern gives around the counter, e.g. "Q-2026-"), so a pattern with a year starts at 1 each year.
// A number is never handed out twice: the counter row is updated first in the caller's transaction, which
// takes the write lock, so a second connection creating at the same moment waits and gets the next number.
class DocumentNumbers
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNumbers)

public:
    explicit DocumentNumbers(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // An Error when the pattern has no counter or more than one.
    static Status checkPattern(const QString &pattern);
    // The pattern's text for a date and counter value: ("Q-{YYYY}-{####}", 2026-03-01, 7) -> "Q-2026-0007".
    static QString expand(const QString &pattern, const QDate &date, qint64 counter);

    // The next unused number; call inside an open Transaction. `table` names where numbers of this kind live
    // (quotes or orders), so a number someone typed by hand earlier is skipped too.
    Result<QString> next(const QString &kind, const QString &pattern, const QDate &date, const QString &table);

private:
    QSqlDatabase m_db;
};

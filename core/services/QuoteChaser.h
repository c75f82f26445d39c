#pragma once

#include "Result.h"
#include "domain/Quote.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// The follow-up that chases a sent quote: a call to the quote's contact, for its owner, the book's
// quote_followup_days (default 7) after the day it was sent, all day, unless one is already planned.
class QuoteChaser
{
    Q_DECLARE_TR_FUNCTIONS(QuoteChaser)

public:
    explicit QuoteChaser(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    int chaseAfterDays() const;
    QDate proposedDate(const QDate &sentOn) const { return sentOn.addDays(chaseAfterDays()); }
    // Plans the chasing call; returns the new activity's id, or 0 when a planned one for this quote exists.
    Result<qint64> plan(const Quote &quote, const QDate &sentOn);
    // Cancels the planned calls chasing any revision of the quote: once it is accepted or rejected there is
    // nothing left to chase. Joins the caller's transaction; returns how many were cancelled.
    Result<int> cancelChases(const QString &quoteNumber);

private:
    QString subject(const Quote &quote) const;
    QSqlDatabase m_db;
};

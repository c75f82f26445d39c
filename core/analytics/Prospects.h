#pragma once

#include "SalesFacts.h"
#include "ViewFacts.h"

struct ProspectMonth
{
    QDate month; // the first day
    QList<qint64> newCustomers; // first purchase ever in this month, in id order
    int quotes = 0; // quotes dated in this month
    qint64 quoted = 0; // their value
    qint64 open = 0; // ... still open (draft or sent)
    qint64 won = 0; // ... accepted
    qint64 lost = 0; // ... rejected or expired
    int wonCount = 0;
    int lostCount = 0;

    // Won / decided quotes by count (0 when none is decided yet).
    double winRate() const { return wonCount + lostCount > 0 ? double(wonCount) / (wonCount + lostCount) : 0; }
};

// The prospects view: new customers per month and the pipeline of quotes by the month they were made.
class Prospects
{
public:
    // One row per calendar month from from's month to to's month. An invalid from starts at the earliest first
    // purchase or quote up to `to` (no rows when there is none). history gives each customer's first purchase ever.
    static QList<ProspectMonth> monthly(
        const QList<CustomerTotals> &history, const QList<QuoteFact> &quotes, QDate from, QDate to);
};

#pragma once

#include "SalesFacts.h"
#include "ViewFacts.h"

struct LoyaltyResult
{
    int buyers = 0; // customers with at least one purchase in the period
    int repeatBuyers = 0; // ... with two or more
    double repeatRate = 0; // repeatBuyers / buyers (0 without buyers)
    // Buyers by years since their first purchase ever: [0, 1), [1, 2), [2, 3), [3, 5), [5, ∞).
    QList<ViewBucket> tenure;
    // Buyers by purchases in the period: 1, 2, 3–5, 6–10, 11 and more (bounds 2, 3, 6, 11).
    QList<ViewBucket> purchases;
};

// The loyalty view: how many buyers come back, for how long they have bought, and how often.
class Loyalty
{
public:
    // period: the totals of the chosen period; history: every purchase up to the as-of date, which gives the first
    // purchase ever (a buyer missing from it counts from their first purchase in the period).
    // Tenure in years = days from the first purchase to asOf / 365.25.
    static LoyaltyResult analyse(const QList<CustomerTotals> &period, const QList<CustomerTotals> &history, QDate asOf);
};

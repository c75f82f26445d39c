#pragma once

#include "SalesFacts.h"
#include "ViewFacts.h"

struct ProfitabilityResult
{
    // Customers with revenue by gross margin (profit / revenue): below 0, [0, 10%), [10%, 20%), [20%, 30%),
    // [30%, 40%), [40%, 50%), 50% and more (bounds as fractions: 0, 0.1 ... 0.5).
    QList<ViewBucket> margins;
    // Customers whose revenue in the period is zero or negative (refunds, free samples): no margin.
    QList<qint64> withoutRevenue;
    QList<CustomerTotals> top; // the highest gross profit first (ties: lower customer id first)
    QList<CustomerTotals> bottom; // the lowest gross profit first (ties: lower customer id first)
};

// The profitability view: gross margin by customer, and the customers who earn and cost the most.
class Profitability
{
public:
    static ProfitabilityResult analyse(const QList<CustomerTotals> &totals, int topCount = 10);
};

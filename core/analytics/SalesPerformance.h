#pragma once

#include "ViewFacts.h"

// The performance view: sales summed per product category, channel, region or sales rep.
class SalesPerformance
{
public:
    // One group per key with its customers (= buyers), orders, revenue and profit; customerShare is of the
    // distinct customers in the lines, revenueShare of the lines' total revenue. The highest revenue first, then
    // by key.
    static QList<ViewGroup> breakdown(const QList<SalesLine> &lines);
};

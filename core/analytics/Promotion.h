#pragma once

#include "SalesFacts.h"
#include "ViewFacts.h"

// New customers per acquisition source and month: counts[month][source].
struct SourceTimeline
{
    QStringList sources; // in the order of bySource
    QList<QDate> months; // first days, ascending
    QList<QList<int>> counts;
};

// The promotion view: what each acquisition source or campaign brought, in customers and in sales.
class Promotion
{
public:
    // One group per source: its customers (all, with their share), buyers (a purchase in the period), orders,
    // revenue and profit in the period (revenueShare of the period's revenue). The highest revenue first, then the
    // most customers, then by source.
    static QList<ViewGroup> bySource(const QList<ViewCustomer> &customers, const QList<CustomerTotals> &period);
    // How many customers of each source made their first purchase ever in each month of [from, to] (an invalid
    // from starts at the earliest first purchase); sources in the given order.
    static SourceTimeline newCustomersBySource(const QList<ViewCustomer> &customers,
        const QList<CustomerTotals> &history, const QStringList &sources, QDate from, QDate to);
};

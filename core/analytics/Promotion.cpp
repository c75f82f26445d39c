#include "Promotion.h"

#include <QHash>

#include <algorithm>
#include <map>

QList<ViewGroup> Promotion::bySource(const QList<ViewCustomer> &customers, const QList<CustomerTotals> &period)
{
    QHash<qint64, const CustomerTotals *> totals;
    qint64 revenue = 0;
    for (const CustomerTotals &t : period) {
        totals.insert(t.customerId, &t);
        revenue += t.revenue;
    }
    std::map<QString, ViewGroup> bySource;
    for (const ViewCustomer &customer : customers) {
        ViewGroup &group = bySource[customer.source];
        ++group.customers;
        group.customerIds << customer.id;
        if (const CustomerTotals *t = totals.value(customer.id)) {
            group.buyers += t->purchases > 0 ? 1 : 0;
            group.orders += t->purchases;
            group.revenue += t->revenue;
            group.profit += t->profit;
        }
    }
    QList<ViewGroup> groups;
    for (auto &[source, group] : bySource) {
        group.key = source;
        group.customerShare = double(group.customers) / double(customers.size());
        group.revenueShare = revenue > 0 ? double(group.revenue) / double(revenue) : 0;
        std::sort(group.customerIds.begin(), group.customerIds.end());
        groups << group;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const ViewGroup &a, const ViewGroup &b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.customers > b.customers;
    });
    return groups;
}

SourceTimeline Promotion::newCustomersBySource(const QList<ViewCustomer> &customers,
    const QList<CustomerTotals> &history, const QStringList &sources, QDate from, QDate to)
{
    SourceTimeline timeline;
    timeline.sources = sources;
    QHash<qint64, QDate> first;
    QDate start = from;
    for (const CustomerTotals &t : history) {
        if (t.purchases <= 0 || t.firstPurchase > to || (from.isValid() && t.firstPurchase < from))
            continue;
        first.insert(t.customerId, t.firstPurchase);
        if (!from.isValid() && (!start.isValid() || t.firstPurchase < start))
            start = t.firstPurchase;
    }
    if (!start.isValid() || !to.isValid())
        return timeline;
    start = QDate(start.year(), start.month(), 1);
    for (QDate month = start; month <= to; month = month.addMonths(1)) {
        timeline.months << month;
        timeline.counts << QList<int>(sources.size(), 0);
    }
    for (const ViewCustomer &customer : customers) {
        const QDate date = first.value(customer.id);
        const qsizetype source = sources.indexOf(customer.source);
        if (!date.isValid() || source < 0)
            continue;
        const int month = (date.year() - start.year()) * 12 + date.month() - start.month();
        ++timeline.counts[month][source];
    }
    return timeline;
}

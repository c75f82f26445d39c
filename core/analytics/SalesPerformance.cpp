#include "SalesPerformance.h"

#include <algorithm>
#include <map>
#include <set>

QList<ViewGroup> SalesPerformance::breakdown(const QList<SalesLine> &lines)
{
    std::map<QString, ViewGroup> byKey;
    std::map<QString, std::set<qint64>> customersByKey;
    std::set<qint64> everyone;
    qint64 revenue = 0;
    for (const SalesLine &line : lines) {
        ViewGroup &group = byKey[line.key];
        group.orders += line.orders;
        group.revenue += line.revenue;
        group.profit += line.profit;
        customersByKey[line.key].insert(line.customerId);
        everyone.insert(line.customerId);
        revenue += line.revenue;
    }
    QList<ViewGroup> groups;
    for (auto &[key, group] : byKey) {
        group.key = key;
        const std::set<qint64> &ids = customersByKey[key];
        group.customerIds = QList<qint64>(ids.begin(), ids.end());
        group.customers = group.buyers = int(ids.size());
        group.customerShare = double(group.customers) / double(everyone.size());
        group.revenueShare = revenue > 0 ? double(group.revenue) / double(revenue) : 0;
        groups << group;
    }
    std::stable_sort(
        groups.begin(), groups.end(), [](const ViewGroup &a, const ViewGroup &b) { return a.revenue > b.revenue; });
    return groups;
}

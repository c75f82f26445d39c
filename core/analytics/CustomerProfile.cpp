#include "CustomerProfile.h"

#include <algorithm>
#include <map>

QString CustomerProfile::valueOf(const ViewCustomer &customer, Attribute attribute)
{
    switch (attribute) {
    case Attribute::Industry:
        return customer.industry;
    case Attribute::Province:
        return customer.province;
    case Attribute::Tier:
        return customer.tier;
    case Attribute::Source:
        return customer.source;
    }
    return {};
}

QList<ViewGroup> CustomerProfile::mix(const QList<ViewCustomer> &customers, Attribute attribute)
{
    std::map<QString, ViewGroup> byValue;
    for (const ViewCustomer &customer : customers) {
        ViewGroup &group = byValue[valueOf(customer, attribute)];
        ++group.customers;
        group.customerIds << customer.id;
    }
    QList<ViewGroup> groups;
    for (auto &[key, group] : byValue) {
        group.key = key;
        group.customerShare = double(group.customers) / double(customers.size());
        std::sort(group.customerIds.begin(), group.customerIds.end());
        groups << group;
    }
    std::stable_sort(
        groups.begin(), groups.end(), [](const ViewGroup &a, const ViewGroup &b) { return a.customers > b.customers; });
    return groups;
}

#include "ValuePyramid.h"

#include <algorithm>

namespace {
qint64 ceilShare(qint64 count, int percent)
{
    return (count * percent + 99) / 100;
}
} // namespace

ValuePyramidResult ValuePyramid::build(QList<CustomerValue> values, Cuts cuts)
{
    std::sort(values.begin(), values.end(), [](const CustomerValue &a, const CustomerValue &b) {
        return a.value != b.value ? a.value > b.value : a.customerId < b.customerId;
    });
    const qint64 count = values.size();
    const qint64 ends[] = { ceilShare(count, cuts.vipPercent), ceilShare(count, cuts.vipPercent + cuts.keyPercent),
        ceilShare(count, cuts.vipPercent + cuts.keyPercent + cuts.ordinaryPercent), count };

    ValuePyramidResult result;
    qint64 positiveTotal = 0;
    for (ValueTier tier : { ValueTier::Vip, ValueTier::Key, ValueTier::Ordinary, ValueTier::Small })
        result.tiers.append(ValueTierSummary { tier });
    int tierIndex = 0;
    for (qint64 i = 0; i < count; ++i) {
        while (i >= ends[tierIndex])
            ++tierIndex;
        const CustomerValue &customer = values[i];
        ValueTierSummary &tier = result.tiers[tierIndex];
        tier.lowestValue = tier.customers == 0 ? customer.value : std::min(tier.lowestValue, customer.value);
        ++tier.customers;
        tier.value += customer.value;
        positiveTotal += std::max<qint64>(customer.value, 0);
        result.customers.append({ customer.customerId, tier.tier });
    }
    for (ValueTierSummary &tier : result.tiers) {
        tier.customerShare = count > 0 ? double(tier.customers) / double(count) : 0;
        tier.valueShare = positiveTotal > 0 ? double(std::max<qint64>(tier.value, 0)) / double(positiveTotal) : 0;
    }
    return result;
}

QString ValuePyramid::key(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Vip:
        return QStringLiteral("vip");
    case ValueTier::Key:
        return QStringLiteral("key");
    case ValueTier::Ordinary:
        return QStringLiteral("ordinary");
    case ValueTier::Small:
        return QStringLiteral("small");
    }
    return {};
}

QString ValuePyramid::name(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Vip:
        return tr("VIP");
    case ValueTier::Key:
        return tr("Key");
    case ValueTier::Ordinary:
        return tr("Ordinary");
    case ValueTier::Small:
        return tr("Small");
    }
    return {};
}

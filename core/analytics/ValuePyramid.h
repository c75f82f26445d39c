#pragma once

#include "Pareto.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

enum class ValueTier
{
    Vip,
    Key,
    Ordinary,
    Small
};

struct ValueTierSummary
{
    ValueTier tier = ValueTier::Small;
    int customers = 0;
    qint64 value = 0; // summed gross profit (or revenue) of the tier
    qint64 lowestValue = 0; // the smallest value in the tier: the entry bar
    double customerShare = 0; // 0..1
    double valueShare = 0; // 0..1 of the positive total
};

struct ValuePyramidResult
{
    QList<ValueTierSummary> tiers; // VIP first
    QList<std::pair<qint64, ValueTier>> customers; // customer id and tier, ranked
};

// The value pyramid: customers ranked by value (as in Pareto: highest first, ties by id) and cut by their
// count into VIP, key, ordinary and small. With N customers the VIP tier holds the first ceil(N × vip%) of them,
// key the next ceil(N × (vip% + key%)) minus those, and so on, so a small book still has a VIP.
class ValuePyramid
{
    Q_DECLARE_TR_FUNCTIONS(ValuePyramid)

public:
    struct Cuts
    {
        int vipPercent = 5;
        int keyPercent = 15;
        int ordinaryPercent = 30; // small is the rest
    };

    static ValuePyramidResult build(QList<CustomerValue> values, Cuts cuts);
    static ValuePyramidResult build(QList<CustomerValue> values) { return build(std::move(values), Cuts {}); }

    static QString key(ValueTier tier);
    static QString name(ValueTier tier);
};

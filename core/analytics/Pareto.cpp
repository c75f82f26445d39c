#include "Pareto.h"

#include <QtNumeric>

#include <algorithm>

namespace {
// Whether before / total < percent / 100, exactly while the products fit in 64 bits (books far beyond any
// real company's revenue fall back to long double).
bool shareBelow(qint64 before, qint64 total, qint64 percent)
{
    qint64 left = 0;
    qint64 right = 0;
    if (!qMulOverflow(before, qint64(100), &left) && !qMulOverflow(percent, total, &right))
        return left < right;
    return static_cast<long double>(before) * 100 < static_cast<long double>(percent) * total;
}
} // namespace

ParetoResult Pareto::classify(QList<CustomerValue> values, Thresholds thresholds)
{
    std::sort(values.begin(), values.end(), [](const CustomerValue &a, const CustomerValue &b) {
        return a.value != b.value ? a.value > b.value : a.customerId < b.customerId;
    });
    ParetoResult result;
    for (const CustomerValue &customer : values)
        result.positiveTotal += std::max<qint64>(customer.value, 0);
    for (AbcClass abc : { AbcClass::A, AbcClass::B, AbcClass::C })
        result.classes.append(ParetoClassSummary { abc });

    const qint64 aLimit = qint64(thresholds.aPercent);
    const qint64 bLimit = qint64(thresholds.aPercent + thresholds.bPercent);
    qint64 before = 0;
    qint64 positiveByClass[3] = {};
    result.rows.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const CustomerValue &customer = values[i];
        ParetoRow row { customer.customerId, customer.value, int(i + 1) };
        if (customer.value > 0) {
            if (shareBelow(before, result.positiveTotal, aLimit))
                row.abc = AbcClass::A;
            else if (shareBelow(before, result.positiveTotal, bLimit))
                row.abc = AbcClass::B;
            before += customer.value;
            positiveByClass[int(row.abc)] += customer.value;
        }
        row.cumulativeShare = result.positiveTotal > 0 ? double(before) / double(result.positiveTotal) : 0;
        ParetoClassSummary &summary = result.classes[int(row.abc)];
        ++summary.customers;
        summary.value += customer.value;
        result.rows.append(row);
    }
    for (ParetoClassSummary &summary : result.classes) {
        summary.customerShare = values.isEmpty() ? 0 : double(summary.customers) / double(values.size());
        summary.valueShare
            = result.positiveTotal > 0 ? double(positiveByClass[int(summary.abc)]) / double(result.positiveTotal) : 0;
    }
    return result;
}

QString Pareto::key(AbcClass abc)
{
    switch (abc) {
    case AbcClass::A:
        return QStringLiteral("A");
    case AbcClass::B:
        return QStringLiteral("B");
    case AbcClass::C:
        return QStringLiteral("C");
    }
    return {};
}

QString Pareto::headline(const ParetoResult &result, bool profit)
{
    if (result.positiveTotal <= 0)
        return profit ? tr("No customer brought a gross profit in the period.")
                      : tr("No customer brought revenue in the period.");
    const ParetoClassSummary &a = result.classes.value(int(AbcClass::A));
    const QString customers = QString::number(100.0 * a.customerShare, 'f', 1);
    const QString share = QString::number(100.0 * a.valueShare, 'f', 1);
    return profit ? tr("The top %1% of customers bring %2% of the gross profit.").arg(customers, share)
                  : tr("The top %1% of customers bring %2% of the revenue.").arg(customers, share);
}

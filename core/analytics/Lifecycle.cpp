#include "Lifecycle.h"

#include <algorithm>
#include <vector>

namespace {

std::vector<QDate> sortedUpTo(const QList<QDate> &dates, QDate asOf)
{
    std::vector<QDate> sorted;
    sorted.reserve(size_t(dates.size()));
    for (const QDate &date : dates) {
        if (date.isValid() && date <= asOf)
            sorted.push_back(date);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

int usualInterval(const std::vector<QDate> &sorted, int fallback)
{
    if (sorted.size() < 2)
        return fallback;
    std::vector<qint64> gaps;
    for (size_t i = 1; i < sorted.size(); ++i)
        gaps.push_back(sorted[i - 1].daysTo(sorted[i]));
    const size_t middle = (gaps.size() - 1) / 2;
    std::nth_element(gaps.begin(), gaps.begin() + qsizetype(middle), gaps.end());
    return int(std::max<qint64>(gaps[middle], 1));
}

// The last purchase before `day`, or an invalid date.
QDate lastBefore(const std::vector<QDate> &sorted, QDate day)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), day);
    return it == sorted.begin() ? QDate() : *std::prev(it);
}

// Whether there is a purchase in [first, last].
bool boughtWithin(const std::vector<QDate> &sorted, QDate first, QDate last)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), first);
    return it != sorted.end() && *it <= last;
}

double rate(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0;
}

} // namespace

QList<LifecycleRow> Lifecycle::classify(const QList<PurchaseHistory> &customers, QDate asOf, const Options &options)
{
    QList<LifecycleRow> rows;
    rows.reserve(customers.size());
    for (const PurchaseHistory &customer : customers) {
        const auto sorted = sortedUpTo(customer.purchases, asOf);
        LifecycleRow row { customer.customerId };
        row.value = customer.value;
        row.usualIntervalDays = usualInterval(sorted, options.fallbackIntervalDays);
        if (sorted.empty()) {
            rows.append(row);
            continue;
        }
        row.daysSinceLastPurchase = int(sorted.back().daysTo(asOf));
        if (row.daysSinceLastPurchase > options.lapsedDays)
            row.state = LifecycleState::Lapsed;
        else if (sorted.front().daysTo(asOf) <= options.newDays)
            row.state = LifecycleState::New;
        else if (qint64(row.daysSinceLastPurchase) * 100 > qint64(options.riskPercent) * row.usualIntervalDays)
            row.state = LifecycleState::AtRisk;
        else
            row.state = LifecycleState::Active;
        rows.append(row);
    }
    return rows;
}

QList<LifecycleRow> Lifecycle::warnings(const QList<LifecycleRow> &rows)
{
    QList<LifecycleRow> atRisk;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(atRisk),
        [](const LifecycleRow &row) { return row.state == LifecycleState::AtRisk; });
    std::sort(atRisk.begin(), atRisk.end(), [](const LifecycleRow &a, const LifecycleRow &b) {
        return a.value != b.value ? a.value > b.value : a.customerId < b.customerId;
    });
    return atRisk;
}

QList<MonthlyChurn> Lifecycle::monthlyChurn(
    const QList<PurchaseHistory> &customers, QDate from, QDate asOf, const Options &options)
{
    QList<MonthlyChurn> months;
    if (!from.isValid() || !asOf.isValid() || from > asOf)
        return months;
    std::vector<std::vector<QDate>> histories;
    histories.reserve(size_t(customers.size()));
    for (const PurchaseHistory &customer : customers)
        histories.push_back(sortedUpTo(customer.purchases, asOf));

    for (QDate start(from.year(), from.month(), 1); start <= asOf; start = start.addMonths(1)) {
        const QDate end = std::min(start.addMonths(1).addDays(-1), asOf);
        MonthlyChurn month { start };
        for (const auto &sorted : histories) {
            const QDate last = lastBefore(sorted, start);
            if (!last.isValid())
                continue;
            if (last.daysTo(start) > options.lapsedDays) {
                ++month.lapsedAtStart;
                month.reactivated += boughtWithin(sorted, start, end) ? 1 : 0;
                continue;
            }
            ++month.aliveAtStart;
            const QDate lapseDay = last.addDays(options.lapsedDays + 1);
            if (lapseDay <= end && !boughtWithin(sorted, start, lapseDay.addDays(-1)))
                ++month.churned;
        }
        month.churnRate = rate(month.churned, month.aliveAtStart);
        month.reactivationRate = rate(month.reactivated, month.lapsedAtStart);
        months.append(month);
    }
    return months;
}

QList<LifecycleState> Lifecycle::allStates()
{
    return { LifecycleState::Prospect, LifecycleState::New, LifecycleState::Active, LifecycleState::AtRisk,
        LifecycleState::Lapsed };
}

QString Lifecycle::key(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Prospect:
        return QStringLiteral("prospect");
    case LifecycleState::New:
        return QStringLiteral("new");
    case LifecycleState::Active:
        return QStringLiteral("active");
    case LifecycleState::AtRisk:
        return QStringLiteral("at_risk");
    case LifecycleState::Lapsed:
        return QStringLiteral("lapsed");
    }
    return {};
}

QString Lifecycle::name(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Prospect:
        return tr("No purchase yet");
    case LifecycleState::New:
        return tr("New");
    case LifecycleState::Active:
        return tr("Active");
    case LifecycleState::AtRisk:
        return tr("At risk");
    case LifecycleState::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

#include "Rfm.h"

#include <algorithm>
#include <vector>

namespace {

// For each value, how many values are strictly smaller, by binary search in a sorted copy.
template <typename T> std::vector<qint64> strictlySmallerCounts(const std::vector<T> &values)
{
    std::vector<T> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    std::vector<qint64> counts;
    counts.reserve(values.size());
    for (const T &value : values)
        counts.push_back(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
    return counts;
}

// Rows are R from 5 (top) down to 1, columns FM from 1 to 5.
constexpr RfmSegment kGrid[5][5] = {
    { RfmSegment::New, RfmSegment::PotentialLoyalist, RfmSegment::PotentialLoyalist, RfmSegment::Champions,
        RfmSegment::Champions },
    { RfmSegment::Promising, RfmSegment::PotentialLoyalist, RfmSegment::PotentialLoyalist, RfmSegment::Loyal,
        RfmSegment::Champions },
    { RfmSegment::AboutToSleep, RfmSegment::AboutToSleep, RfmSegment::NeedAttention, RfmSegment::Loyal,
        RfmSegment::Loyal },
    { RfmSegment::Hibernating, RfmSegment::Hibernating, RfmSegment::AtRisk, RfmSegment::AtRisk,
        RfmSegment::CannotLoseThem },
    { RfmSegment::Lost, RfmSegment::Lost, RfmSegment::Hibernating, RfmSegment::AtRisk, RfmSegment::CannotLoseThem },
};

} // namespace

int Rfm::quintile(qint64 strictlyWorse, qint64 count)
{
    Q_ASSERT(count > 0 && strictlyWorse >= 0 && strictlyWorse < count);
    return int(1 + 5 * strictlyWorse / count);
}

RfmSegment Rfm::segmentFor(int r, int f, int m)
{
    Q_ASSERT(r >= 1 && r <= 5 && f >= 1 && f <= 5 && m >= 1 && m <= 5);
    const int fm = (f + m + 1) / 2;
    return kGrid[5 - r][fm - 1];
}

QList<RfmScore> Rfm::score(const QList<CustomerTotals> &totals, QDate asOf)
{
    QList<RfmScore> scores;
    std::vector<qint64> negativeRecency; // larger is better, so "strictly smaller" means strictly worse
    std::vector<int> frequency;
    std::vector<qint64> monetary;
    for (const CustomerTotals &customer : totals) {
        if (customer.purchases <= 0)
            continue;
        RfmScore score;
        score.customerId = customer.customerId;
        score.recencyDays = int(customer.lastPurchase.daysTo(asOf));
        score.frequency = customer.purchases;
        score.monetary = customer.revenue;
        scores.append(score);
        negativeRecency.push_back(-qint64(score.recencyDays));
        frequency.push_back(score.frequency);
        monetary.push_back(score.monetary);
    }
    const qint64 count = scores.size();
    const auto worseR = strictlySmallerCounts(negativeRecency);
    const auto worseF = strictlySmallerCounts(frequency);
    const auto worseM = strictlySmallerCounts(monetary);
    for (qsizetype i = 0; i < scores.size(); ++i) {
        RfmScore &score = scores[i];
        score.r = quintile(worseR[size_t(i)], count);
        score.f = quintile(worseF[size_t(i)], count);
        score.m = quintile(worseM[size_t(i)], count);
        score.segment = segmentFor(score.r, score.f, score.m);
    }
    return scores;
}

QList<RfmSegment> Rfm::allSegments()
{
    return { RfmSegment::Champions, RfmSegment::Loyal, RfmSegment::PotentialLoyalist, RfmSegment::New,
        RfmSegment::Promising, RfmSegment::NeedAttention, RfmSegment::AboutToSleep, RfmSegment::AtRisk,
        RfmSegment::CannotLoseThem, RfmSegment::Hibernating, RfmSegment::Lost };
}

QList<RfmSegmentSummary> Rfm::summarize(const QList<RfmScore> &scores)
{
    QList<RfmSegmentSummary> summary;
    for (RfmSegment segment : allSegments())
        summary.append(RfmSegmentSummary { segment });
    qint64 positiveRevenue = 0;
    for (const RfmScore &score : scores) {
        RfmSegmentSummary &row = summary[int(score.segment)];
        ++row.customers;
        row.revenue += score.monetary;
        positiveRevenue += std::max<qint64>(score.monetary, 0);
    }
    for (RfmSegmentSummary &row : summary) {
        row.customerShare = scores.isEmpty() ? 0 : double(row.customers) / double(scores.size());
        row.revenueShare = positiveRevenue > 0 ? double(std::max<qint64>(row.revenue, 0)) / double(positiveRevenue) : 0;
    }
    return summary;
}

QString Rfm::key(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return QStringLiteral("champions");
    case RfmSegment::Loyal:
        return QStringLiteral("loyal");
    case RfmSegment::PotentialLoyalist:
        return QStringLiteral("potential_loyalist");
    case RfmSegment::New:
        return QStringLiteral("new");
    case RfmSegment::Promising:
        return QStringLiteral("promising");
    case RfmSegment::NeedAttention:
        return QStringLiteral("need_attention");
    case RfmSegment::AboutToSleep:
        return QStringLiteral("about_to_sleep");
    case RfmSegment::AtRisk:
        return QStringLiteral("at_risk");
    case RfmSegment::CannotLoseThem:
        return QStringLiteral("cannot_lose_them");
    case RfmSegment::Hibernating:
        return QStringLiteral("hibernating");
    case RfmSegment::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

QString Rfm::name(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return tr("Champions");
    case RfmSegment::Loyal:
        return tr("Loyal");
    case RfmSegment::PotentialLoyalist:
        return tr("Potential loyalist");
    case RfmSegment::New:
        return tr("New");
    case RfmSegment::Promising:
        return tr("Promising");
    case RfmSegment::NeedAttention:
        return tr("Need attention");
    case RfmSegment::AboutToSleep:
        return tr("About to sleep");
    case RfmSegment::AtRisk:
        return tr("At risk");
    case RfmSegment::CannotLoseThem:
        return tr("Cannot lose them");
    case RfmSegment::Hibernating:
        return tr("Hibernating");
    case RfmSegment::Lost:
        return tr("Lost");
    }
    return {};
}

QString Rfm::description(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return tr("Bought recently, buy often and spend the most.");
    case RfmSegment::Loyal:
        return tr("Buy regularly and spend well.");
    case RfmSegment::PotentialLoyalist:
        return tr("Recent customers who bought more than once.");
    case RfmSegment::New:
        return tr("Bought for the first time very recently.");
    case RfmSegment::Promising:
        return tr("Recent buyers who have not spent much yet.");
    case RfmSegment::NeedAttention:
        return tr("Average recency, frequency and spending.");
    case RfmSegment::AboutToSleep:
        return tr("Below average and not seen for a while.");
    case RfmSegment::AtRisk:
        return tr("Spent well and bought often, but long ago.");
    case RfmSegment::CannotLoseThem:
        return tr("Were among the best customers and have not come back.");
    case RfmSegment::Hibernating:
        return tr("Last bought long ago, rarely and little.");
    case RfmSegment::Lost:
        return tr("Lowest recency, frequency and spending.");
    }
    return {};
}

QString Rfm::suggestedAction(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return tr("Reward them; ask for referrals and reviews; offer new products first.");
    case RfmSegment::Loyal:
        return tr("Offer loyalty terms and upsell higher-value products.");
    case RfmSegment::PotentialLoyalist:
        return tr("Offer a membership or loyalty programme; recommend related products.");
    case RfmSegment::New:
        return tr("Onboard them well; follow up soon after the first order.");
    case RfmSegment::Promising:
        return tr("Build the relationship; offer a trial of other products.");
    case RfmSegment::NeedAttention:
        return tr("Make a limited-time offer based on their past purchases.");
    case RfmSegment::AboutToSleep:
        return tr("Call to reconnect; share useful news or a small offer.");
    case RfmSegment::AtRisk:
        return tr("Contact them personally; find out why they stopped and win them back.");
    case RfmSegment::CannotLoseThem:
        return tr("Visit or call now; a senior person should follow up.");
    case RfmSegment::Hibernating:
        return tr("Send a relevant offer; otherwise keep contact low-cost.");
    case RfmSegment::Lost:
        return tr("Try one reactivation campaign; otherwise do not spend on them.");
    }
    return {};
}

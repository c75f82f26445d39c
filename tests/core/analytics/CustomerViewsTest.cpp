// The seven views of customer analysis on small hand-computed data: empty data, one customer, refunds and zero
// revenue.
#include "../TestSupport.h"
#include "analytics/CustomerProfile.h"
#include "analytics/Loyalty.h"
#include "analytics/Profitability.h"
#include "analytics/Promotion.h"
#include "analytics/Prospects.h"
#include "analytics/SalesPerformance.h"
#include "services/CustomerViewsAnalysis.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

const QDate kAsOf(2026, 7, 1);

QList<ViewCustomer> fourCustomers()
{
    return { { 4, QStringLiteral("Retail"), QStringLiteral("浙江省"), QStringLiteral("B"), QStringLiteral("Referral") },
        { 1, QStringLiteral("Software"), QStringLiteral("广东省"), QStringLiteral("A"), QStringLiteral("Website") },
        { 2, QStringLiteral("Retail"), QStringLiteral("广东省"), QStringLiteral("A"), QStringLiteral("Referral") },
        { 3, QString(), QStringLiteral("浙江省"), QStringLiteral("A"), QStringLiteral("Referral") } };
}

} // namespace

TEST(DistributeTest, CountsValuesIntoHalfOpenBucketsWithShares)
{
    const QList<ViewBucket> buckets = distribute({ { 3, 1.0 }, { 1, -0.5 }, { 2, 2.0 }, { 5, 2.5 } }, { 0, 2 });
    ASSERT_EQ(buckets.size(), 3);
    EXPECT_TRUE(std::isinf(buckets[0].low));
    EXPECT_EQ(buckets[0].high, 0);
    EXPECT_EQ(buckets[0].customerIds, QList<qint64>({ 1 }));
    EXPECT_EQ(buckets[1].customerIds, QList<qint64>({ 3 }));
    EXPECT_EQ(buckets[2].low, 2);
    EXPECT_EQ(buckets[2].customerIds, QList<qint64>({ 2, 5 })); // 2.0 is the lower bound of [2, inf)
    EXPECT_DOUBLE_EQ(buckets[2].share, 0.5);
    const QList<ViewBucket> none = distribute({}, { 1 });
    ASSERT_EQ(none.size(), 2);
    EXPECT_EQ(none[0].customers, 0);
    EXPECT_EQ(none[0].share, 0);
}

TEST(CustomerProfileTest, MixByAttributeLargestFirstThenByValue)
{
    const QList<ViewGroup> industries = CustomerProfile::mix(fourCustomers(), CustomerProfile::Attribute::Industry);
    ASSERT_EQ(industries.size(), 3);
    EXPECT_EQ(industries[0].key, QStringLiteral("Retail"));
    EXPECT_EQ(industries[0].customers, 2);
    EXPECT_DOUBLE_EQ(industries[0].customerShare, 0.5);
    EXPECT_EQ(industries[0].customerIds, QList<qint64>({ 2, 4 }));
    EXPECT_EQ(industries[1].key, QString()); // not set: a group of its own, sorted before "Software"
    EXPECT_EQ(industries[2].key, QStringLiteral("Software"));
    EXPECT_DOUBLE_EQ(industries[2].customerShare, 0.25);

    const QList<ViewGroup> tiers = CustomerProfile::mix(fourCustomers(), CustomerProfile::Attribute::Tier);
    ASSERT_EQ(tiers.size(), 2);
    EXPECT_EQ(tiers[0].key, QStringLiteral("A"));
    EXPECT_EQ(tiers[0].customers, 3);
    EXPECT_DOUBLE_EQ(tiers[0].customerShare, 0.75);
    const QList<ViewGroup> provinces = CustomerProfile::mix(fourCustomers(), CustomerProfile::Attribute::Province);
    ASSERT_EQ(provinces.size(), 2);
    EXPECT_EQ(provinces[0].key, QStringLiteral("广东省")); // a tie of two: by value
    EXPECT_TRUE(CustomerProfile::mix({}, CustomerProfile::Attribute::Source).isEmpty());
}

TEST(LoyaltyTest, RepeatRateTenureFromTheFirstPurchaseEverAndPurchasesPerBuyer)
{
    // In the period: 1 bought 3 times, 2 once, 3 twelve times, 4 only a refund (no purchase).
    const QList<CustomerTotals> period { { 1, 3, 300, 90, QDate(2026, 1, 5), QDate(2026, 6, 1) },
        { 2, 1, 100, 10, QDate(2026, 6, 30), QDate(2026, 6, 30) },
        { 3, 12, 1200, 100, QDate(2025, 8, 1), QDate(2026, 6, 1) }, { 4, 0, -50, -50, {}, {} } };
    // Customer 1 first bought in 2023 (3.0 years before the as-of date), 3 in June 2021 (5.08 years); 2 is missing from
    // the history.
    const QList<CustomerTotals> history { { 1, 9, 900, 200, QDate(2023, 7, 1), QDate(2026, 6, 1) },
        { 3, 40, 4000, 500, QDate(2021, 6, 1), QDate(2026, 6, 1) }, { 4, 1, 50, 20, QDate(2024, 1, 1), {} } };
    const LoyaltyResult r = Loyalty::analyse(period, history, kAsOf);
    EXPECT_EQ(r.buyers, 3);
    EXPECT_EQ(r.repeatBuyers, 2);
    EXPECT_DOUBLE_EQ(r.repeatRate, 2.0 / 3);
    ASSERT_EQ(r.tenure.size(), 5);
    EXPECT_EQ(r.tenure[0].low, 0);
    EXPECT_EQ(r.tenure[0].customerIds, QList<qint64>({ 2 })); // one day
    EXPECT_EQ(r.tenure[1].customers, 0);
    // 2023-07-01 to 2026-07-01 is 1,096 days = 3.0007 years: [3, 5).
    EXPECT_EQ(r.tenure[3].customerIds, QList<qint64>({ 1 }));
    EXPECT_EQ(r.tenure[4].customerIds, QList<qint64>({ 3 }));
    ASSERT_EQ(r.purchases.size(), 5);
    EXPECT_EQ(r.purchases[0].low, 1);
    EXPECT_EQ(r.purchases[0].customerIds, QList<qint64>({ 2 }));
    EXPECT_EQ(r.purchases[1].customers, 0); // nobody bought exactly twice
    EXPECT_EQ(r.purchases[2].customerIds, QList<qint64>({ 1 }));
    EXPECT_EQ(r.purchases[4].customerIds, QList<qint64>({ 3 }));
    EXPECT_DOUBLE_EQ(r.purchases[4].share, 1.0 / 3);

    const LoyaltyResult empty = Loyalty::analyse({}, {}, kAsOf);
    EXPECT_EQ(empty.buyers, 0);
    EXPECT_EQ(empty.repeatRate, 0);
    EXPECT_EQ(empty.tenure.size(), 5);
}

TEST(ProfitabilityTest, MarginBucketsAndTopAndBottomByProfit)
{
    const QList<CustomerTotals> totals { { 1, 2, 1000, 450, {}, {} }, { 2, 1, 1000, 100, {}, {} },
        { 3, 1, 500, -50, {}, {} }, { 4, 0, 0, -30, {}, {} }, { 5, 1, 200, 100, {}, {} }, { 6, 0, -100, -20, {}, {} },
        { 7, 1, 300, 100, {}, {} } };
    const ProfitabilityResult r = Profitability::analyse(totals, 3);
    ASSERT_EQ(r.margins.size(), 7);
    EXPECT_EQ(r.margins[0].customerIds, QList<qint64>({ 3 })); // -10%
    EXPECT_EQ(r.margins[1].customers, 0);
    EXPECT_EQ(r.margins[2].customerIds, QList<qint64>({ 2 })); // exactly 10%: [10%, 20%)
    EXPECT_EQ(r.margins[4].customerIds, QList<qint64>({ 7 })); // 33.3%
    EXPECT_EQ(r.margins[5].customerIds, QList<qint64>({ 1 })); // 45%
    EXPECT_EQ(r.margins[6].customerIds, QList<qint64>({ 5 })); // 50%
    EXPECT_DOUBLE_EQ(r.margins[6].share, 0.2); // of the five with revenue
    EXPECT_EQ(r.withoutRevenue, QList<qint64>({ 4, 6 }));
    ASSERT_EQ(r.top.size(), 3);
    EXPECT_EQ(r.top[0].customerId, 1);
    EXPECT_EQ(r.top[1].customerId, 2); // 100, tied with 5 and 7: the lowest id first
    EXPECT_EQ(r.top[2].customerId, 5);
    ASSERT_EQ(r.bottom.size(), 3);
    EXPECT_EQ(r.bottom[0].customerId, 3);
    EXPECT_EQ(r.bottom[1].customerId, 4);
    EXPECT_EQ(r.bottom[2].customerId, 6);

    const ProfitabilityResult one = Profitability::analyse({ { 9, 1, 0, 0, {}, {} } });
    EXPECT_EQ(one.withoutRevenue, QList<qint64>({ 9 }));
    EXPECT_EQ(one.top.size(), 1);
    EXPECT_EQ(one.margins[1].customers, 0);
    EXPECT_TRUE(Profitability::analyse({}).top.isEmpty());
}

TEST(SalesPerformanceTest, SumsPerKeyWithDistinctCustomersAndShares)
{
    const QList<SalesLine> lines { { 1, QStringLiteral("Hardware"), 2, 800, 200 },
        { 1, QStringLiteral("Service"), 1, 200, 150 }, { 2, QStringLiteral("Hardware"), 1, 400, 40 },
        { 3, QStringLiteral("Service"), 3, -100, -100 }, { 3, QString(), 1, 0, -10 } };
    const QList<ViewGroup> groups = SalesPerformance::breakdown(lines);
    ASSERT_EQ(groups.size(), 3);
    EXPECT_EQ(groups[0].key, QStringLiteral("Hardware"));
    EXPECT_EQ(groups[0].customers, 2);
    EXPECT_EQ(groups[0].orders, 3);
    EXPECT_EQ(groups[0].revenue, 1200);
    EXPECT_EQ(groups[0].profit, 240);
    EXPECT_DOUBLE_EQ(groups[0].margin(), 0.2);
    EXPECT_DOUBLE_EQ(groups[0].revenueShare, 1200.0 / 1300);
    EXPECT_DOUBLE_EQ(groups[0].customerShare, 2.0 / 3);
    EXPECT_EQ(groups[0].customerIds, QList<qint64>({ 1, 2 }));
    EXPECT_EQ(groups[1].key, QStringLiteral("Service"));
    EXPECT_EQ(groups[1].revenue, 100);
    EXPECT_EQ(groups[1].orders, 4);
    EXPECT_EQ(groups[2].key, QString());
    EXPECT_EQ(groups[2].margin(), 0); // no revenue, no margin
    EXPECT_TRUE(SalesPerformance::breakdown({}).isEmpty());

    const QList<ViewGroup> refundsOnly = SalesPerformance::breakdown({ { 1, QStringLiteral("x"), 1, -5, -5 } });
    ASSERT_EQ(refundsOnly.size(), 1);
    EXPECT_EQ(refundsOnly[0].revenueShare, 0);
}

TEST(ProspectsTest, NewCustomersAndPipelinePerMonth)
{
    const QList<CustomerTotals> history { { 1, 2, 100, 10, QDate(2026, 1, 31), QDate(2026, 3, 1) },
        { 2, 1, 100, 10, QDate(2026, 3, 15), QDate(2026, 3, 15) }, { 3, 1, 100, 10, QDate(2025, 12, 1), {} },
        { 4, 0, 0, 0, {}, {} }, { 5, 1, 100, 10, QDate(2026, 3, 1), {} } };
    const QList<QuoteFact> quotes { { QDate(2026, 1, 2), 1000, QuoteOutcome::Won },
        { QDate(2026, 1, 20), 500, QuoteOutcome::Lost }, { QDate(2026, 1, 21), 300, QuoteOutcome::Lost },
        { QDate(2026, 3, 31), 700, QuoteOutcome::Open }, { QDate(2026, 4, 1), 999, QuoteOutcome::Won } };
    const QList<ProspectMonth> months = Prospects::monthly(history, quotes, QDate(2026, 1, 1), QDate(2026, 3, 31));
    ASSERT_EQ(months.size(), 3);
    EXPECT_EQ(months[0].month, QDate(2026, 1, 1));
    EXPECT_EQ(months[0].newCustomers, QList<qint64>({ 1 }));
    EXPECT_EQ(months[0].quotes, 3);
    EXPECT_EQ(months[0].quoted, 1800);
    EXPECT_EQ(months[0].won, 1000);
    EXPECT_EQ(months[0].lost, 800);
    EXPECT_EQ(months[0].open, 0);
    EXPECT_DOUBLE_EQ(months[0].winRate(), 1.0 / 3);
    EXPECT_TRUE(months[1].newCustomers.isEmpty());
    EXPECT_EQ(months[1].quotes, 0);
    EXPECT_EQ(months[1].winRate(), 0);
    EXPECT_EQ(months[2].newCustomers, QList<qint64>({ 2, 5 }));
    EXPECT_EQ(months[2].open, 700); // the April quote is after the period
    EXPECT_EQ(months[2].quoted, 700);

    // All history: from the earliest first purchase (December 2025) to the end.
    const QList<ProspectMonth> all = Prospects::monthly(history, quotes, {}, QDate(2026, 2, 10));
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].month, QDate(2025, 12, 1));
    EXPECT_EQ(all[0].newCustomers, QList<qint64>({ 3 }));
    EXPECT_TRUE(Prospects::monthly({}, {}, {}, kAsOf).isEmpty());
    EXPECT_EQ(Prospects::monthly({}, {}, QDate(2026, 5, 2), kAsOf).size(), 3);
}

TEST(PromotionTest, RevenueAndCustomersBySourceAndNewCustomersPerSourceOverTime)
{
    const QList<CustomerTotals> period { { 1, 2, 500, 100, QDate(2026, 2, 1), QDate(2026, 3, 1) },
        { 2, 1, 300, 30, QDate(2026, 3, 5), QDate(2026, 3, 5) }, { 3, 0, -100, -10, {}, {} } };
    const QList<ViewGroup> sources = Promotion::bySource(fourCustomers(), period);
    ASSERT_EQ(sources.size(), 2);
    EXPECT_EQ(sources[0].key, QStringLiteral("Website"));
    EXPECT_EQ(sources[0].customers, 1);
    EXPECT_EQ(sources[0].buyers, 1);
    EXPECT_EQ(sources[0].revenue, 500);
    EXPECT_DOUBLE_EQ(sources[0].revenueShare, 500.0 / 700);
    EXPECT_EQ(sources[1].key, QStringLiteral("Referral"));
    EXPECT_EQ(sources[1].customers, 3);
    EXPECT_DOUBLE_EQ(sources[1].customerShare, 0.75);
    EXPECT_EQ(sources[1].buyers, 1); // 3 only had a refund, 4 did not buy
    EXPECT_EQ(sources[1].orders, 1);
    EXPECT_EQ(sources[1].revenue, 200);
    EXPECT_EQ(sources[1].profit, 20);
    EXPECT_EQ(sources[1].customerIds, QList<qint64>({ 2, 3, 4 }));

    const QList<CustomerTotals> history { { 1, 4, 900, 100, QDate(2025, 11, 3), {} },
        { 2, 1, 300, 30, QDate(2026, 3, 5), {} }, { 4, 1, 10, 1, QDate(2026, 3, 9), {} } };
    const SourceTimeline timeline = Promotion::newCustomersBySource(fourCustomers(), history,
        { QStringLiteral("Website"), QStringLiteral("Referral") }, QDate(2026, 1, 1), QDate(2026, 3, 31));
    ASSERT_EQ(timeline.months.size(), 3);
    EXPECT_EQ(timeline.counts[0], QList<int>({ 0, 0 })); // customer 1 is from 2025
    EXPECT_EQ(timeline.counts[2], QList<int>({ 0, 2 }));
    const SourceTimeline all = Promotion::newCustomersBySource(
        fourCustomers(), history, { QStringLiteral("Website") }, {}, QDate(2026, 3, 31));
    ASSERT_EQ(all.months.size(), 5);
    EXPECT_EQ(all.months[0], QDate(2025, 11, 1));
    EXPECT_EQ(all.counts[0], QList<int>({ 1 }));
    EXPECT_TRUE(Promotion::bySource({}, {}).isEmpty());
    EXPECT_TRUE(Promotion::newCustomersBySource({}, {}, {}, {}, kAsOf).months.isEmpty());
}

TEST(CustomerViewsAnalysisTest, LifetimeValueBoundsScaleWithTheCurrency)
{
    EXPECT_EQ(CustomerViewsAnalysis::lifetimeValueBounds(2), QList<double>({ 0, 1e5, 5e5, 1e6, 5e6, 1e7, 5e7, 1e8 }));
    EXPECT_EQ(CustomerViewsAnalysis::lifetimeValueBounds(0).value(1), 1e3);
}

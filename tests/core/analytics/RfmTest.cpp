#include "analytics/Rfm.h"
#include "../TestSupport.h"

#include <gtest/gtest.h>

namespace {

const QDate kAsOf(2026, 7, 1);

CustomerTotals totals(qint64 id, int daysAgo, int purchases, qint64 revenue)
{
    CustomerTotals row;
    row.customerId = id;
    row.purchases = purchases;
    row.revenue = revenue;
    row.profit = revenue / 4;
    row.lastPurchase = kAsOf.addDays(-daysAgo);
    row.firstPurchase = row.lastPurchase.addDays(-100);
    return row;
}

} // namespace

TEST(RfmTest, ScoresQuintilesWithTiesSharingTheLowerScore)
{
    const QList<CustomerTotals> input { totals(1, 1, 5, 5000), totals(2, 1, 5, 5000), totals(3, 10, 3, 3000),
        totals(4, 30, 2, 2000), totals(5, 100, 1, 1000), totals(6, 400, 1, 100) };
    const QList<RfmScore> scores = Rfm::score(input, kAsOf);
    ASSERT_EQ(scores.size(), 6);
    struct Expected
    {
        int days, r, f, m;
        RfmSegment segment;
    };
    const Expected expected[] = {
        { 1, 4, 4, 4, RfmSegment::Loyal },
        { 1, 4, 4, 4, RfmSegment::Loyal },
        { 10, 3, 3, 3, RfmSegment::NeedAttention },
        { 30, 2, 2, 2, RfmSegment::Hibernating },
        { 100, 1, 1, 1, RfmSegment::Lost },
        { 400, 1, 1, 1, RfmSegment::Lost },
    };
    for (int i = 0; i < 6; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(scores[i].customerId, i + 1);
        EXPECT_EQ(scores[i].recencyDays, expected[i].days);
        EXPECT_EQ(scores[i].r, expected[i].r);
        EXPECT_EQ(scores[i].f, expected[i].f);
        EXPECT_EQ(scores[i].m, expected[i].m);
        EXPECT_EQ(scores[i].segment, expected[i].segment);
    }
}

TEST(RfmTest, DistinctValuesSpreadOverAllFiveScores)
{
    QList<CustomerTotals> input;
    for (int i = 0; i < 10; ++i)
        input << totals(i + 1, 100 - 10 * i, i + 1, 1000 * (i + 1));
    const QList<RfmScore> scores = Rfm::score(input, kAsOf);
    const int expected[] = { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 };
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(scores[i].r, expected[i]) << i;
        EXPECT_EQ(scores[i].f, expected[i]) << i;
        EXPECT_EQ(scores[i].m, expected[i]) << i;
    }
    EXPECT_EQ(scores[9].segment, RfmSegment::Champions);
    EXPECT_EQ(scores[0].segment, RfmSegment::Lost);
}

TEST(RfmTest, OneCustomerScoresOneAndCustomersWithoutPurchasesAreLeftOut)
{
    CustomerTotals refundsOnly;
    refundsOnly.customerId = 9;
    refundsOnly.revenue = -500;
    const QList<RfmScore> scores = Rfm::score({ totals(1, 5, 1, 100), refundsOnly }, kAsOf);
    ASSERT_EQ(scores.size(), 1);
    EXPECT_EQ(scores[0].customerId, 1);
    EXPECT_EQ(scores[0].r, 1);
    EXPECT_EQ(scores[0].f, 1);
    EXPECT_EQ(scores[0].m, 1);
    EXPECT_TRUE(Rfm::score({}, kAsOf).isEmpty());
}

TEST(RfmTest, RefundsLowerTheMonetaryValue)
{
    const QList<OrderFact> facts { { 1, QDate(2026, 6, 1), 1000, 200 }, { 1, QDate(2026, 6, 20), -300, -60 },
        { 1, QDate(2026, 6, 25), 0, -10 }, { 2, QDate(2026, 5, 1), 900, 100 } };
    const QList<CustomerTotals> summed = totalsByCustomer(facts);
    ASSERT_EQ(summed.size(), 2);
    EXPECT_EQ(summed[0].purchases, 1);
    EXPECT_EQ(summed[0].revenue, 700);
    EXPECT_EQ(summed[0].profit, 130);
    EXPECT_EQ(summed[0].lastPurchase, QDate(2026, 6, 1)); // a refund or a free order is not a purchase
    const QList<RfmScore> scores = Rfm::score(summed, kAsOf);
    EXPECT_EQ(scores[0].monetary, 700);
    EXPECT_EQ(scores[0].m, 1 + 5 * 0 / 2); // 700 < 900
    EXPECT_EQ(scores[1].m, 1 + 5 * 1 / 2);
}

TEST(RfmTest, TotalsRespectThePeriod)
{
    const QList<OrderFact> facts { { 1, QDate(2025, 12, 31), 100, 10 }, { 1, QDate(2026, 1, 1), 200, 20 },
        { 1, QDate(2026, 6, 30), 300, 30 }, { 1, QDate(2026, 7, 1), 400, 40 } };
    const QList<CustomerTotals> summed = totalsByCustomer(facts, QDate(2026, 1, 1), QDate(2026, 6, 30));
    ASSERT_EQ(summed.size(), 1);
    EXPECT_EQ(summed[0].purchases, 2);
    EXPECT_EQ(summed[0].revenue, 500);
    EXPECT_EQ(summed[0].firstPurchase, QDate(2026, 1, 1));
    EXPECT_EQ(summed[0].lastPurchase, QDate(2026, 6, 30));
}

struct SegmentCase
{
    int r, f, m;
    RfmSegment segment;
};

class RfmSegmentTest : public testing::TestWithParam<SegmentCase>
{
};

TEST_P(RfmSegmentTest, MapsScoresToTheSegmentGrid)
{
    const SegmentCase c = GetParam();
    EXPECT_EQ(Rfm::segmentFor(c.r, c.f, c.m), c.segment) << Rfm::key(Rfm::segmentFor(c.r, c.f, c.m));
}

INSTANTIATE_TEST_SUITE_P(Grid, RfmSegmentTest,
    testing::Values(SegmentCase { 5, 5, 5, RfmSegment::Champions }, SegmentCase { 4, 5, 4, RfmSegment::Champions },
        SegmentCase { 4, 4, 3, RfmSegment::Loyal }, SegmentCase { 3, 5, 5, RfmSegment::Loyal },
        SegmentCase { 5, 3, 2, RfmSegment::PotentialLoyalist }, SegmentCase { 5, 1, 1, RfmSegment::New },
        SegmentCase { 4, 1, 1, RfmSegment::Promising }, SegmentCase { 3, 3, 3, RfmSegment::NeedAttention },
        SegmentCase { 3, 1, 2, RfmSegment::AboutToSleep }, SegmentCase { 2, 3, 3, RfmSegment::AtRisk },
        SegmentCase { 1, 4, 3, RfmSegment::AtRisk }, SegmentCase { 1, 5, 5, RfmSegment::CannotLoseThem },
        SegmentCase { 2, 5, 4, RfmSegment::CannotLoseThem }, SegmentCase { 2, 1, 2, RfmSegment::Hibernating },
        SegmentCase { 1, 3, 2, RfmSegment::Hibernating }, SegmentCase { 1, 1, 1, RfmSegment::Lost },
        SegmentCase { 1, 2, 1, RfmSegment::Lost }));

TEST(RfmTest, SummaryCountsEverySegmentWithShares)
{
    const QList<CustomerTotals> input { totals(1, 1, 5, 5000), totals(2, 1, 5, 5000), totals(3, 10, 3, 3000),
        totals(4, 30, 2, 2000), totals(5, 100, 1, 1000), totals(6, 400, 1, -1000) };
    const QList<RfmSegmentSummary> summary = Rfm::summarize(Rfm::score(input, kAsOf));
    ASSERT_EQ(summary.size(), 11);
    const RfmSegmentSummary &loyal = summary[int(RfmSegment::Loyal)];
    EXPECT_EQ(loyal.customers, 2);
    EXPECT_EQ(loyal.revenue, 10000);
    EXPECT_DOUBLE_EQ(loyal.customerShare, 2.0 / 6);
    EXPECT_DOUBLE_EQ(loyal.revenueShare, 10000.0 / 16000); // the refund customer adds nothing to the total
    const RfmSegmentSummary &lost = summary[int(RfmSegment::Lost)];
    EXPECT_EQ(lost.customers, 2);
    EXPECT_EQ(lost.revenue, 0);
    EXPECT_EQ(summary[int(RfmSegment::Champions)].customers, 0);
    for (RfmSegment segment : Rfm::allSegments()) {
        EXPECT_FALSE(Rfm::name(segment).isEmpty());
        EXPECT_FALSE(Rfm::suggestedAction(segment).isEmpty());
    }
}

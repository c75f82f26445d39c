#include "analytics/Pareto.h"
#include "../TestSupport.h"
#include "analytics/ValuePyramid.h"

#include <gtest/gtest.h>

TEST(ParetoTest, RanksAndClassesByCumulativeShareBeforeEachCustomer)
{
    const QList<CustomerValue> values { { 7, -10 }, { 5, 5 }, { 2, 30 }, { 6, 0 }, { 1, 50 }, { 4, 5 }, { 3, 10 } };
    const ParetoResult result = Pareto::classify(values);
    EXPECT_EQ(result.positiveTotal, 100);
    const qint64 ids[] = { 1, 2, 3, 4, 5, 6, 7 };
    const double cumulative[] = { 0.5, 0.8, 0.9, 0.95, 1.0, 1.0, 1.0 };
    const AbcClass classes[]
        = { AbcClass::A, AbcClass::A, AbcClass::B, AbcClass::B, AbcClass::C, AbcClass::C, AbcClass::C };
    ASSERT_EQ(result.rows.size(), 7);
    for (int i = 0; i < 7; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(result.rows[i].customerId, ids[i]);
        EXPECT_EQ(result.rows[i].rank, i + 1);
        EXPECT_DOUBLE_EQ(result.rows[i].cumulativeShare, cumulative[i]);
        EXPECT_EQ(result.rows[i].abc, classes[i]);
    }
    EXPECT_EQ(result.classes[0].customers, 2);
    EXPECT_EQ(result.classes[0].value, 80);
    EXPECT_DOUBLE_EQ(result.classes[0].valueShare, 0.8);
    EXPECT_EQ(result.classes[1].customers, 2);
    EXPECT_DOUBLE_EQ(result.classes[1].valueShare, 0.15);
    EXPECT_EQ(result.classes[2].customers, 3);
    EXPECT_EQ(result.classes[2].value, -5);
    EXPECT_DOUBLE_EQ(result.classes[2].valueShare, 0.05);
    EXPECT_EQ(
        Pareto::headline(result, true), QStringLiteral("The top 28.6% of customers bring 80.0% of the gross profit."));
}

TEST(ParetoTest, ConfigurableThresholdsAndTheCustomerWhoCrossesStaysInTheClass)
{
    const QList<CustomerValue> values { { 1, 60 }, { 2, 25 }, { 3, 10 }, { 4, 5 } };
    const ParetoResult result = Pareto::classify(values, Pareto::Thresholds { 50, 30 });
    EXPECT_EQ(result.rows[0].abc, AbcClass::A); // 0% before it, crosses 50%
    EXPECT_EQ(result.rows[1].abc, AbcClass::B); // 60% before
    EXPECT_EQ(result.rows[2].abc, AbcClass::C); // 85% before: not below 80%
    EXPECT_EQ(result.rows[3].abc, AbcClass::C);
}

TEST(ParetoTest, EmptyAndAllZeroBooks)
{
    const ParetoResult empty = Pareto::classify({});
    EXPECT_TRUE(empty.rows.isEmpty());
    EXPECT_EQ(empty.classes.size(), 3);
    const ParetoResult zeros = Pareto::classify({ { 1, 0 }, { 2, 0 } });
    EXPECT_EQ(zeros.positiveTotal, 0);
    EXPECT_EQ(zeros.rows[0].abc, AbcClass::C);
    EXPECT_EQ(zeros.rows[1].abc, AbcClass::C);
    EXPECT_EQ(zeros.rows[1].cumulativeShare, 0);
}

TEST(ParetoTest, HugeAmountsDoNotOverflowTheClassRule)
{
    const qint64 big = std::numeric_limits<qint64>::max() / 4;
    const ParetoResult result = Pareto::classify({ { 1, big }, { 2, big }, { 3, big / 8 } });
    EXPECT_EQ(result.rows[0].abc, AbcClass::A);
    EXPECT_EQ(result.rows[1].abc, AbcClass::A); // 47% before it
    EXPECT_EQ(result.rows[2].abc, AbcClass::B); // 94% before it
}

TEST(ValuePyramidTest, CutsByCustomerCountRoundingUp)
{
    QList<CustomerValue> values;
    for (int i = 1; i <= 10; ++i)
        values << CustomerValue { i, 10 * (11 - i) }; // customer 1 is worth 100, customer 10 is worth 10
    const ValuePyramidResult result = ValuePyramid::build(values);
    ASSERT_EQ(result.tiers.size(), 4);
    const int counts[] = { 1, 1, 3, 5 };
    const qint64 sums[] = { 100, 90, 80 + 70 + 60, 50 + 40 + 30 + 20 + 10 };
    const qint64 lowest[] = { 100, 90, 60, 10 };
    for (int t = 0; t < 4; ++t) {
        SCOPED_TRACE(t);
        EXPECT_EQ(result.tiers[t].customers, counts[t]);
        EXPECT_EQ(result.tiers[t].value, sums[t]);
        EXPECT_EQ(result.tiers[t].lowestValue, lowest[t]);
        EXPECT_DOUBLE_EQ(result.tiers[t].valueShare, sums[t] / 550.0);
    }
    EXPECT_EQ(result.customers[0], std::make_pair(qint64(1), ValueTier::Vip));
    EXPECT_EQ(result.customers[9], std::make_pair(qint64(10), ValueTier::Small));
}

TEST(ValuePyramidTest, OneCustomerIsVipAndEmptyHasEmptyTiers)
{
    const ValuePyramidResult one = ValuePyramid::build({ { 4, 7 } });
    EXPECT_EQ(one.tiers[0].customers, 1);
    EXPECT_EQ(one.tiers[3].customers, 0);
    const ValuePyramidResult none = ValuePyramid::build({});
    EXPECT_EQ(none.tiers.size(), 4);
    EXPECT_EQ(none.tiers[0].customers, 0);
}

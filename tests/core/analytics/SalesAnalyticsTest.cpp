#include "../TestSupport.h"
#include "analytics/Associations.h"
#include "analytics/LifetimeValue.h"

#include <gtest/gtest.h>

#include <cmath>

TEST(LifetimeValueTest, ProfitPerYearOfTenureTimesTheExpectedLifetime)
{
    CustomerTotals customer { 1, 4, 40000, 10000, QDate(2025, 7, 1), QDate(2026, 6, 1) };
    CustomerTotals fresh { 2, 1, 5000, 1000, QDate(2026, 6, 30), QDate(2026, 6, 30) };
    CustomerTotals prospect { 3, 0, 0, 0, {}, {} };
    const QList<LifetimeValueRow> rows = LifetimeValue::estimate({ customer, fresh, prospect }, QDate(2026, 7, 1));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].historicProfit, 10000);
    EXPECT_EQ(rows[0].averageOrderValue, 10000);
    EXPECT_DOUBLE_EQ(rows[0].margin, 0.25);
    EXPECT_NEAR(rows[0].purchasesPerYear, 4 * 365.25 / 365, 1e-9);
    EXPECT_EQ(rows[0].lifetimeValue, std::llround(10000.0 * 3 * 365.25 / 365)); // 30,021
    EXPECT_EQ(rows[0].lifetimeValue, 30021);
    // One day of tenure counts as 30, so one order is not extrapolated to 365 a year.
    EXPECT_EQ(rows[1].lifetimeValue, std::llround(1000.0 * 3 * 365.25 / 30));
}

TEST(LifetimeValueTest, NoRevenueMeansNoMarginAndNoValue)
{
    CustomerTotals refunded { 1, 1, 0, -200, QDate(2026, 1, 1), QDate(2026, 1, 1) };
    const QList<LifetimeValueRow> rows = LifetimeValue::estimate({ refunded }, QDate(2026, 7, 1));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].margin, 0);
    EXPECT_EQ(rows[0].lifetimeValue, 0);
    EXPECT_EQ(rows[0].historicProfit, -200);
}

TEST(AssociationsTest, SupportConfidenceAndLiftOfPairs)
{
    const QList<Basket> baskets { { { 1, 2 } }, { { 1, 2, 3 } }, { { 3, 1 } }, { { 2 } }, { { 1, 1, 2 } } };
    const QList<AssociationRule> rules = Associations::pairs(baskets, 2);
    ASSERT_EQ(rules.size(), 4); // (2, 3) is together only once
    EXPECT_EQ(rules[0].antecedent, 1);
    EXPECT_EQ(rules[0].consequent, 3);
    EXPECT_EQ(rules[0].together, 2);
    EXPECT_DOUBLE_EQ(rules[0].support, 0.4);
    EXPECT_DOUBLE_EQ(rules[0].confidence, 0.5);
    EXPECT_DOUBLE_EQ(rules[0].lift, 1.25);
    EXPECT_EQ(rules[1].antecedent, 3);
    EXPECT_EQ(rules[1].consequent, 1);
    EXPECT_DOUBLE_EQ(rules[1].confidence, 1.0);
    EXPECT_DOUBLE_EQ(rules[1].lift, 1.25);
    EXPECT_EQ(rules[2].antecedent, 1);
    EXPECT_EQ(rules[2].consequent, 2);
    EXPECT_EQ(rules[2].together, 3);
    EXPECT_DOUBLE_EQ(rules[2].support, 0.6);
    EXPECT_DOUBLE_EQ(rules[2].confidence, 0.75);
    EXPECT_DOUBLE_EQ(rules[2].lift, 0.9375);
    EXPECT_EQ(Associations::pairs(baskets, 2, 1).size(), 1);
    EXPECT_TRUE(Associations::pairs({}, 1).isEmpty());
}

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
    CustomerTotals loyal { 4, 6, 60000, 15000, QDate(2024, 7, 1), QDate(2026, 6, 1) };
    const QList<LifetimeValueRow> rows
        = LifetimeValue::estimate({ customer, fresh, prospect, loyal }, QDate(2026, 7, 1));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].historicProfit, 10000);
    EXPECT_EQ(rows[0].averageOrderValue, 10000);
    EXPECT_DOUBLE_EQ(rows[0].margin, 0.25);
    // A year of tenure or less counts as one: what they bought so far is their year.
    EXPECT_DOUBLE_EQ(rows[0].purchasesPerYear, 4);
    EXPECT_EQ(rows[0].lifetimeValue, 30000);
    // One order yesterday is one purchase a year, not 365 (nor 12 with a month's floor).
    EXPECT_DOUBLE_EQ(rows[1].purchasesPerYear, 1);
    EXPECT_EQ(rows[1].lifetimeValue, 3000);
    // Two years of tenure: six purchases are three a year.
    EXPECT_NEAR(rows[2].purchasesPerYear, 6 * 365.25 / 730, 1e-9);
    EXPECT_EQ(rows[2].lifetimeValue, std::llround(15000.0 * 3 * 365.25 / 730)); // 22,515
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

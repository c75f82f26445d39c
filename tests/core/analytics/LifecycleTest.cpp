#include "analytics/Lifecycle.h"
#include "../TestSupport.h"

#include <gtest/gtest.h>

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

TEST(LifecycleTest, ClassifiesByTheRulesAsOfADate)
{
    const QList<PurchaseHistory> customers {
        { 1, {} }, { 2, { d(2026, 5, 1) } }, // first purchase 61 days ago
        { 3, { d(2025, 6, 30) } }, // 366 days ago
        { 4, { d(2025, 7, 1), d(2025, 1, 1) } }, // 365 days ago, usual gap 181 → 362 < 365
        { 5, { d(2026, 1, 1), d(2026, 2, 1), d(2026, 3, 1), d(2026, 4, 1), d(2026, 5, 1), d(2026, 6, 1) } },
        { 6, { d(2026, 1, 1), d(2026, 1, 15), d(2026, 2, 1) } }, // gaps 14, 17: usual 14; 150 days since
        { 7, { d(2026, 3, 1) } }, // one purchase, 122 days: within 2 × 90
        { 8, { d(2025, 12, 1) } }, // one purchase, 212 days: beyond 2 × 90
        { 9, { d(2026, 8, 1) } }, // after the as-of date: not yet a customer
    };
    const QList<LifecycleRow> rows = Lifecycle::classify(customers, d(2026, 7, 1), Lifecycle::Options {});
    const LifecycleState expected[] = { LifecycleState::Prospect, LifecycleState::New, LifecycleState::Lapsed,
        LifecycleState::AtRisk, LifecycleState::Active, LifecycleState::AtRisk, LifecycleState::Active,
        LifecycleState::AtRisk, LifecycleState::Prospect };
    ASSERT_EQ(rows.size(), 9);
    for (int i = 0; i < 9; ++i)
        EXPECT_EQ(Lifecycle::key(rows[i].state), Lifecycle::key(expected[i])) << "customer " << i + 1;
    EXPECT_EQ(rows[0].daysSinceLastPurchase, -1);
    EXPECT_EQ(rows[3].usualIntervalDays, 181);
    EXPECT_EQ(rows[4].usualIntervalDays, 31); // gaps 31, 28, 31, 30, 31: the median
    EXPECT_EQ(rows[5].usualIntervalDays, 14); // the lower middle of two
    EXPECT_EQ(rows[6].usualIntervalDays, 90); // the fallback
    EXPECT_EQ(rows[5].daysSinceLastPurchase, 150);
}

TEST(LifecycleTest, SameDayPurchasesCountAsAOneDayInterval)
{
    const QList<LifecycleRow> rows
        = Lifecycle::classify({ { 1, { d(2026, 1, 10), d(2026, 1, 10) } } }, d(2026, 6, 1), Lifecycle::Options {});
    EXPECT_EQ(rows[0].usualIntervalDays, 1);
    EXPECT_EQ(rows[0].state, LifecycleState::AtRisk);
}

TEST(LifecycleTest, WarningsListAtRiskCustomersByValue)
{
    QList<LifecycleRow> rows {
        { 1, LifecycleState::AtRisk, 10, 1, 500 },
        { 2, LifecycleState::Active, 1, 1, 9000 },
        { 3, LifecycleState::AtRisk, 10, 1, 800 },
        { 4, LifecycleState::AtRisk, 10, 1, 500 },
    };
    const QList<LifecycleRow> warnings = Lifecycle::warnings(rows);
    ASSERT_EQ(warnings.size(), 3);
    EXPECT_EQ(warnings[0].customerId, 3);
    EXPECT_EQ(warnings[1].customerId, 1);
    EXPECT_EQ(warnings[2].customerId, 4);
}

TEST(LifecycleTest, MonthlyChurnAndReactivation)
{
    Lifecycle::Options options;
    options.lapsedDays = 30;
    const QList<PurchaseHistory> customers {
        { 1, { d(2026, 1, 5) } }, // lapses on 5 Feb
        { 2, { d(2026, 1, 20), d(2026, 2, 10) } }, // would lapse 20 Feb but buys on 10 Feb; lapses 13 Mar
        { 3, { d(2025, 11, 1), d(2026, 2, 15) } }, // lapsed, comes back on 15 Feb, lapses 18 Mar
    };
    const QList<MonthlyChurn> months = Lifecycle::monthlyChurn(customers, d(2026, 1, 10), d(2026, 3, 31), options);
    ASSERT_EQ(months.size(), 3);
    EXPECT_EQ(months[0].month, d(2026, 1, 1));
    EXPECT_EQ(months[0].aliveAtStart, 0);
    EXPECT_EQ(months[0].lapsedAtStart, 1);
    EXPECT_EQ(months[0].reactivated, 0);
    EXPECT_EQ(months[1].aliveAtStart, 2);
    EXPECT_EQ(months[1].churned, 1);
    EXPECT_DOUBLE_EQ(months[1].churnRate, 0.5);
    EXPECT_EQ(months[1].lapsedAtStart, 1);
    EXPECT_EQ(months[1].reactivated, 1);
    EXPECT_DOUBLE_EQ(months[1].reactivationRate, 1.0);
    EXPECT_EQ(months[2].aliveAtStart, 2);
    EXPECT_EQ(months[2].churned, 2);
    EXPECT_EQ(months[2].lapsedAtStart, 1);
    EXPECT_EQ(months[2].reactivated, 0);
}

TEST(LifecycleTest, MonthlyChurnStopsAtTheAsOfDate)
{
    Lifecycle::Options options;
    options.lapsedDays = 30;
    // Lapses on 13 Mar, after the as-of date of 10 Mar: not churned yet.
    const QList<MonthlyChurn> months
        = Lifecycle::monthlyChurn({ { 1, { d(2026, 2, 10) } } }, d(2026, 3, 1), d(2026, 3, 10), options);
    ASSERT_EQ(months.size(), 1);
    EXPECT_EQ(months[0].aliveAtStart, 1);
    EXPECT_EQ(months[0].churned, 0);
    EXPECT_TRUE(Lifecycle::monthlyChurn({}, d(2026, 3, 1), d(2026, 2, 1), options).isEmpty());
}

#include "repo/OrderScan.h"
#include "repo/SalesHistoryRepository.h"

#include <gtest/gtest.h>

TEST(OrderScanTest, ParsesIsoDatesAndRejectsImpossibleOnes)
{
    EXPECT_EQ(OrderScan::parseIsoDate("2024-02-29"), QDate(2024, 2, 29));
    EXPECT_EQ(OrderScan::parseIsoDate("2026-11-20T09:30:00"), QDate(2026, 11, 20));
    EXPECT_FALSE(OrderScan::parseIsoDate("2026-02-30").isValid());
    EXPECT_FALSE(OrderScan::parseIsoDate("2026-1x-01").isValid());
    EXPECT_FALSE(OrderScan::parseIsoDate("").isValid());
}

TEST(OrderScanTest, KeepsWantedCustomersAndDatesInCustomerDateAndReadingOrder)
{
    SalesQuery query;
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 3, 31); // inclusive, as in SQL
    OrderScan scan({ 2, 5, 9 }, query);
    scan.add(9, "2026-02-01", 300, 100);
    scan.add(5, "2026-03-31", 10, 4);
    scan.add(2, "2025-12-31", 999, 0); // before the period
    scan.add(3, "2026-02-01", 999, 0); // not a wanted customer (trashed or filtered out)
    scan.add(5, "2026-01-15", 20, 5);
    scan.add(5, "2026-03-31", 30, 6); // same day as an earlier-read order: stays after it
    scan.add(12, "2026-02-01", 999, 0); // beyond the largest wanted id
    scan.add(2, "2026-04-01", 999, 0); // after the period
    scan.add(2, "2026-01-01", -50, -20); // a refund on the first day

    const QList<OrderFact> facts = scan.byCustomerAndDate();
    ASSERT_EQ(facts.size(), 5);
    const auto at = [&](int i) {
        return QStringLiteral("%1 %2 %3 %4")
            .arg(facts[i].customerId)
            .arg(facts[i].date.toString(Qt::ISODate))
            .arg(facts[i].revenue)
            .arg(facts[i].profit);
    };
    EXPECT_EQ(at(0), QStringLiteral("2 2026-01-01 -50 -30"));
    EXPECT_EQ(at(1), QStringLiteral("5 2026-01-15 20 15"));
    EXPECT_EQ(at(2), QStringLiteral("5 2026-03-31 10 6"));
    EXPECT_EQ(at(3), QStringLiteral("5 2026-03-31 30 24"));
    EXPECT_EQ(at(4), QStringLiteral("9 2026-02-01 300 200"));
}

TEST(OrderScanTest, NoWantedCustomersKeepsNothing)
{
    OrderScan scan({}, SalesQuery {});
    scan.add(1, "2026-01-01", 100, 0);
    EXPECT_TRUE(scan.byCustomerAndDate().isEmpty());
}

#include "repo/SalesLineScan.h"
#include "repo/SalesHistoryRepository.h"

#include <gtest/gtest.h>

namespace {
QStringList describe(const QList<SalesLine> &lines)
{
    QStringList text;
    for (const SalesLine &line : lines)
        text << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(line.customerId)
                    .arg(line.key.isEmpty() ? QStringLiteral("-") : line.key)
                    .arg(line.orders)
                    .arg(line.revenue)
                    .arg(line.profit);
    return text;
}
} // namespace

TEST(SalesLineScanTest, SumsChannelRegionAndRepPerCustomerInOnePass)
{
    SalesQuery query;
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 6, 30);
    SalesLineScan scan(query);
    scan.addCustomer(7, QStringLiteral("浙江省"));
    scan.addCustomer(3, QStringLiteral("广东省"));
    scan.addOwner(1, QStringLiteral("王伟"));
    scan.addOwner(2, QStringLiteral("Emily Carter"));
    scan.addOrder(7, "2026-02-01", "online", 1, 1000, 600);
    scan.addOrder(3, "2026-03-01", "direct", 2, 500, 100);
    scan.addOrder(7, "2026-06-30", "direct", 1, 300, 100); // the last day counts
    scan.addOrder(7, "2026-07-01", "direct", 1, 9999, 0); // after the period
    scan.addOrder(5, "2026-03-01", "direct", 1, 9999, 0); // a customer left out (trashed, filtered)
    scan.addOrder(7, "2026-04-01", "online", 99, -200, -50); // a refund; owner no longer listed
    scan.addOrder(3, "2026-05-01", "direct", 0, 100, 0); // no owner

    EXPECT_EQ(describe(scan.lines(SalesLineScan::Channel)),
        (QStringList { QStringLiteral("3 direct 2 600 500"), QStringLiteral("7 direct 1 300 200"),
            QStringLiteral("7 online 2 800 250") }));
    EXPECT_EQ(describe(scan.lines(SalesLineScan::Region)),
        (QStringList { QStringLiteral("3 广东省 2 600 500"), QStringLiteral("7 浙江省 3 1100 450") }));
    EXPECT_EQ(describe(scan.lines(SalesLineScan::Rep)),
        (QStringList { QStringLiteral("3 - 1 100 100"), QStringLiteral("3 Emily Carter 1 500 400"),
            QStringLiteral("7 - 1 -200 -150"), QStringLiteral("7 王伟 2 1300 600") }));
}

TEST(SalesLineScanTest, NoCustomersGiveNoLines)
{
    SalesLineScan scan(SalesQuery {});
    scan.addOrder(1, "2026-01-01", "direct", 0, 100, 0);
    EXPECT_TRUE(scan.lines(SalesLineScan::Channel).isEmpty());
    EXPECT_TRUE(scan.lines(SalesLineScan::Region).isEmpty());
    EXPECT_TRUE(scan.lines(SalesLineScan::Rep).isEmpty());
}

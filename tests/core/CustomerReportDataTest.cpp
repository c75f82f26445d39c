// The data of the printed customer report, gathered from a small hand-made book (CustomerReportFixture.h).
#include "TestSupport.h"

#include "Clock.h"
#include "CustomerReportFixture.h"
#include "domain/Contract.h"
#include "services/CustomerReportData.h"

namespace {

class CustomerReportDataTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
        m_fixture.build(db());
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    CustomerReportData gather(qint64 id, CustomerReportOptions options = {})
    {
        options.asOf = CustomerReportFixture::asOf();
        auto data = CustomerReportData::gather(db(), id, options);
        EXPECT_TRUE(data.ok()) << data.error().toString();
        return data.value_or({});
    }

    FixedClock m_clock { QDateTime(QDate(2026, 6, 29), QTime(12, 0), Qt::UTC) };
    CustomerReportFixture m_fixture;
};

} // namespace

TEST_F(CustomerReportDataTest, ProfileAndContacts)
{
    const CustomerReportData data = gather(m_fixture.harbour);
    EXPECT_EQ(data.customer.name, QStringLiteral("Harbour Tools Ltd"));
    EXPECT_EQ(data.customer.ownerName, QStringLiteral("Li Na"));
    EXPECT_EQ(data.customer.tags, (QStringList { QStringLiteral("export"), QStringLiteral("vip") }));
    ASSERT_EQ(data.contacts.size(), 2);
    QStringList roles;
    for (const Contact &c : data.contacts)
        roles << QStringLiteral("%1/%2").arg(c.name, c.title);
    roles.sort();
    EXPECT_EQ(
        roles, (QStringList { QStringLiteral("Chen Jie/Engineer"), QStringLiteral("Wang Fang/Purchasing manager") }));
}

TEST_F(CustomerReportDataTest, ValueCountsRefundsAndEveryOrder)
{
    const CustomerReportData data = gather(m_fixture.harbour);
    EXPECT_EQ(data.currency, QStringLiteral("CNY"));
    EXPECT_EQ(data.orders, 4);
    EXPECT_EQ(data.totals.purchases, 3);
    EXPECT_EQ(data.totals.revenue, 340000);
    EXPECT_EQ(data.totals.profit, 136000);
    EXPECT_DOUBLE_EQ(data.margin(), 0.4);
    EXPECT_EQ(data.totals.firstPurchase, QDate(2025, 9, 15));
    EXPECT_EQ(data.totals.lastPurchase, QDate(2026, 5, 10));
    ASSERT_TRUE(data.value.has_value());
    EXPECT_EQ(data.value->averageOrderValue, 113333); // 340000 / 3
    // 288 days of tenure count as a year: 3 purchases a year; 136000 profit a year × 3 years.
    EXPECT_DOUBLE_EQ(data.value->purchasesPerYear, 3.0);
    EXPECT_EQ(data.value->lifetimeValue, 408000);
}

TEST_F(CustomerReportDataTest, RfmIsScoredAgainstTheWholeBook)
{
    const CustomerReportData data = gather(m_fixture.harbour);
    EXPECT_EQ(data.scoredCustomers, 4);
    ASSERT_TRUE(data.rfm.has_value());
    EXPECT_EQ(data.rfm->recencyDays, 51);
    EXPECT_EQ(data.rfm->frequency, 3);
    EXPECT_EQ(data.rfm->monetary, 340000);
    // One of four has a longer recency: 1 + 5 × 1 / 4 = 2; three buy less often: 4; two spend less: 3.
    EXPECT_EQ(data.rfm->r, 2);
    EXPECT_EQ(data.rfm->f, 4);
    EXPECT_EQ(data.rfm->m, 3);
    EXPECT_EQ(data.rfm->segment, RfmSegment::AtRisk);
}

TEST_F(CustomerReportDataTest, MonthsAndTopProducts)
{
    const CustomerReportData data = gather(m_fixture.harbour);
    ASSERT_EQ(data.months.size(), 24);
    EXPECT_EQ(data.months.first().month, QDate(2024, 7, 1));
    EXPECT_EQ(data.months.last().month, QDate(2026, 6, 1));
    QStringList busy;
    for (const MonthlySales &m : data.months) {
        if (m.orders > 0)
            busy << QStringLiteral("%1:%2:%3:%4")
                        .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                        .arg(m.orders)
                        .arg(m.revenue)
                        .arg(m.profit);
    }
    EXPECT_EQ(busy,
        (QStringList { QStringLiteral("2025-09:1:100000:40000"), QStringLiteral("2026-01:1:50000:20000"),
            QStringLiteral("2026-05:1:200000:80000"), QStringLiteral("2026-06:1:-10000:-4000") }));
    ASSERT_EQ(data.topProducts.size(), 2);
    EXPECT_EQ(data.topProducts[0].code, QStringLiteral("GP-100"));
    EXPECT_EQ(data.topProducts[0].name, QStringLiteral("Gear pump"));
    EXPECT_EQ(data.topProducts[0].quantity, 5000);
    EXPECT_EQ(data.topProducts[0].revenue, 250000);
    EXPECT_EQ(data.topProducts[0].orders, 2);
    EXPECT_EQ(data.topProducts[1].code, QStringLiteral("VK-7"));
    EXPECT_EQ(data.topProducts[1].quantity, 5000);
    EXPECT_EQ(data.topProducts[1].revenue, 90000);
    EXPECT_EQ(data.topProducts[1].orders, 3);
}

TEST_F(CustomerReportDataTest, OpenQuotesContractsAndComplaints)
{
    const CustomerReportData data = gather(m_fixture.harbour);
    ASSERT_EQ(data.openQuotes.size(), 2);
    EXPECT_EQ(data.openQuotes[0].number, QStringLiteral("Q-2026-0002"));
    EXPECT_EQ(data.openQuotes[0].status, QuoteStatus::Sent);
    EXPECT_EQ(data.openQuotes[0].total, 45200);
    EXPECT_EQ(data.openQuotes[0].validUntil, QDate(2026, 7, 15));
    EXPECT_EQ(data.openQuotes[1].number, QStringLiteral("Q-2026-0001"));
    EXPECT_EQ(data.openQuotes[1].status, QuoteStatus::Draft);

    ASSERT_EQ(data.contracts.size(), 2);
    EXPECT_EQ(data.contracts[0].number, QStringLiteral("K-2026-01"));
    EXPECT_EQ(data.contracts[0].status, ContractStatus::Active);
    EXPECT_EQ(data.contracts[0].renewBy, QDate(2026, 12, 1));
    EXPECT_EQ(data.contracts[0].value, 1200000);
    EXPECT_FALSE(data.contracts[0].renewed);
    EXPECT_EQ(data.contracts[1].number, QStringLiteral("K-2025-01"));
    EXPECT_EQ(data.contracts[1].status, ContractStatus::Renewed);
    EXPECT_TRUE(data.contracts[1].renewed);

    ASSERT_EQ(data.complaints.size(), 2);
    EXPECT_EQ(data.complaints[0].number, QStringLiteral("C-2026-0002"));
    EXPECT_EQ(data.complaints[0].status, ComplaintStatus::InProgress);
    EXPECT_FALSE(data.complaints[0].csat.has_value());
    EXPECT_EQ(data.complaints[1].number, QStringLiteral("C-2026-0001"));
    EXPECT_EQ(data.complaints[1].severity, ComplaintSeverity::High);
    EXPECT_EQ(data.complaints[1].csat, 4);
    EXPECT_EQ(data.complaints[1].resolvedAt, QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
}

TEST_F(CustomerReportDataTest, TimelineIsTheNewestEventsOnly)
{
    CustomerReportOptions options;
    options.timelineEvents = 3;
    const CustomerReportData data = gather(m_fixture.harbour, options);
    ASSERT_EQ(data.timeline.size(), 3);
    for (int i = 1; i < data.timeline.size(); ++i)
        EXPECT_GE(data.timeline[i - 1].at, data.timeline[i].at);
    const CustomerReportData all = gather(m_fixture.harbour);
    // Created, two contacts, a note and two complaints.
    EXPECT_EQ(all.timeline.size(), 6);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(data.timeline[i].text, all.timeline[i].text);
    // The customer and its contacts were recorded on the 29th (the clock), the note on the 28th.
    EXPECT_EQ(all.timeline[3].text, QStringLiteral("Li Na — Visited the plant; a second line is planned"));
    EXPECT_EQ(all.timeline[5].text, QStringLiteral("Complaint C-2026-0001: Pump leaks oil (Closed)"));
}

TEST_F(CustomerReportDataTest, ACustomerWithoutOrdersHasEmptySections)
{
    const CustomerReportData data = gather(m_fixture.prospect);
    EXPECT_EQ(data.customer.name, QStringLiteral("Quiet Prospect Co"));
    EXPECT_EQ(data.currency, QStringLiteral("CNY")); // the book's
    EXPECT_EQ(data.orders, 0);
    EXPECT_EQ(data.totals.revenue, 0);
    EXPECT_FALSE(data.rfm.has_value());
    EXPECT_FALSE(data.value.has_value());
    EXPECT_EQ(data.scoredCustomers, 4);
    EXPECT_EQ(data.months.size(), 24);
    EXPECT_TRUE(data.topProducts.isEmpty());
    EXPECT_TRUE(data.contacts.isEmpty());
    EXPECT_TRUE(data.openQuotes.isEmpty());
    EXPECT_TRUE(data.contracts.isEmpty());
    EXPECT_TRUE(data.complaints.isEmpty());
}

TEST_F(CustomerReportDataTest, AnUnknownCustomerIsAnErrorNamingTheId)
{
    CustomerReportOptions options;
    options.asOf = CustomerReportFixture::asOf();
    auto data = CustomerReportData::gather(db(), 9999, options);
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error().message, QStringLiteral("There is no customer with id 9999."));
}

// Orders in a second currency are not summed with the first, and not dropped without a word either.
TEST_F(CustomerReportDataTest, OrdersInAnotherCurrencyAreListedBesideTheFigures)
{
    for (const char *date : { "2026-02-01", "2026-03-01" })
        TestSql::run(db(),
            QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, tax, cost, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, 'USD', 11000, 1000, 5000, ?, ?)"),
            { Database::newUuid(), QStringLiteral("US-%1").arg(QLatin1String(date)), m_fixture.harbour,
                QLatin1String(date), QLatin1String(date), QLatin1String(date) });
    const CustomerReportData data = gather(m_fixture.harbour);
    EXPECT_EQ(data.currency, QStringLiteral("CNY"));
    EXPECT_EQ(data.totals.revenue, 340000);
    ASSERT_EQ(data.otherCurrencies.size(), 1);
    EXPECT_EQ(data.otherCurrencies[0].currency, QStringLiteral("USD"));
    EXPECT_EQ(data.otherCurrencies[0].orders, 2);
    EXPECT_EQ(data.otherCurrencies[0].revenue, 20000);
    EXPECT_TRUE(gather(m_fixture.prospect).otherCurrencies.isEmpty());
}

// The report is as of its date: orders after it count neither for the currency nor for the figures.
TEST_F(CustomerReportDataTest, OrdersAfterTheAsOfDateAreNotCounted)
{
    for (const char *date : { "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01" })
        TestSql::run(db(),
            QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, tax, cost, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, 'USD', 11000, 1000, 5000, ?, ?)"),
            { Database::newUuid(), QStringLiteral("US-%1").arg(QLatin1String(date)), m_fixture.harbour,
                QLatin1String(date), QLatin1String(date), QLatin1String(date) });
    const CustomerReportData data = gather(m_fixture.harbour); // as of 2026-06-29
    EXPECT_EQ(data.currency, QStringLiteral("CNY"));
    EXPECT_EQ(data.orders, 4);
    EXPECT_TRUE(data.otherCurrencies.isEmpty());
}

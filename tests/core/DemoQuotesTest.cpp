#include "TestSupport.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "repo/OrderRepository.h"
#include "repo/QuoteRepository.h"
#include "services/QuoteCalculator.h"

using namespace TestSql;

namespace {

class DemoQuotesTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        Clock::setInstance(&m_clock);
        DemoGenerator::Options options;
        options.customers = 1500;
        options.seed = 7;
        const Status status = DemoGenerator(db()).generate(options);
        ASSERT_TRUE(status.ok()) << status.error().toString();
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    FixedClock m_clock { QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC) };
};

TEST_F(DemoQuotesTest, CatalogueQuotesInEveryStatusAndOrders)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM products")), 40);
    EXPECT_EQ(column(db(), QStringLiteral("SELECT DISTINCT status FROM quotes ORDER BY status")),
        (QStringList { QStringLiteral("accepted"), QStringLiteral("draft"), QStringLiteral("expired"),
            QStringLiteral("rejected"), QStringLiteral("sent") }));
    EXPECT_EQ(column(db(), QStringLiteral("SELECT DISTINCT channel FROM orders ORDER BY channel")),
        (QStringList { QStringLiteral("direct"), QStringLiteral("distributor"), QStringLiteral("online"),
            QStringLiteral("phone") }));
    // Every accepted quote has its order; orders reach back about three years and never into the future.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM quotes q WHERE status = 'accepted' AND NOT EXISTS "
                                 "(SELECT 1 FROM orders o WHERE o.quote_id = q.id)")),
        0);
    EXPECT_GE(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 300);
    EXPECT_LE(
        scalar(db(), QStringLiteral("SELECT max(order_date) FROM orders")).toString(), QStringLiteral("2026-06-15"));
    EXPECT_LT(
        scalar(db(), QStringLiteral("SELECT min(order_date) FROM orders")).toString(), QStringLiteral("2024-01-01"));
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM orders o WHERE subtotal <> (SELECT sum(amount) FROM "
                                 "order_lines l WHERE l.order_id = o.id)")),
        0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM orders WHERE total <> subtotal + tax")), 0);
}

TEST_F(DemoQuotesTest, StoredTotalsAgreeWithTheCalculator)
{
    QuoteRepository quotes(db());
    for (qint64 id : ids(db(), QStringLiteral("SELECT id FROM quotes ORDER BY id LIMIT 20"))) {
        const Quote quote = quotes.get(id).value();
        auto totals = QuoteCalculator::compute(quote);
        ASSERT_TRUE(totals.ok());
        EXPECT_EQ(totals.value().total, quote.total) << quote.number;
        EXPECT_EQ(totals.value().subtotal, quote.subtotal) << quote.number;
    }
}

TEST_F(DemoQuotesTest, NumberingGoesOnAfterTheDemoNumbers)
{
    const qint64 last = count(db(), QStringLiteral("SELECT count(*) FROM quotes WHERE number LIKE 'Q-2026-%'"));
    Quote quote;
    quote.customerId = ids(db(), QStringLiteral("SELECT id FROM customers LIMIT 1")).value(0);
    quote.date = QDate(2026, 6, 15);
    quote.validUntil = QDate(2026, 7, 15);
    auto id = QuoteRepository(db()).create(quote);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    EXPECT_EQ(QuoteRepository(db()).get(id.value()).value().number,
        QStringLiteral("Q-2026-%1").arg(last + 1, 4, 10, QLatin1Char('0')));
    auto order = QuoteRepository(db()).accept(id.value(), QDate(2026, 6, 15));
    ASSERT_TRUE(order.ok()) << order.error().toString();
}

} // namespace

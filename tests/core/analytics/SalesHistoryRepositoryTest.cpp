#include "../TestSupport.h"

#include "Clock.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"
#include "demo/DemoGenerator.h"
#include "repo/CustomerRepository.h"
#include "repo/SalesHistoryRepository.h"

using namespace TestSql;

namespace {

class SalesHistoryRepositoryTest : public BookTest
{
protected:
    qint64 customer(const QString &name, const QString &province, const QString &tier)
    {
        Customer c;
        c.name = name;
        c.province = province;
        c.tier = tier;
        auto id = CustomerRepository(db()).create(c);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        // In the book before the dates the tests analyse (an analysis leaves out customers made after its end).
        run(db(), QStringLiteral("UPDATE customers SET created_at = '2020-01-01T00:00:00Z' WHERE id = ?"),
            { id.value_or(0) });
        return id.value_or(0);
    }

    // An order with revenue (total - tax) = total - tax and the given cost.
    qint64 order(qint64 customerId, const QString &date, qint64 total, qint64 tax, qint64 cost,
        const QString &currency = QStringLiteral("CNY"))
    {
        run(db(),
            QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, tax, "
                           "cost, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { Database::newUuid(), QStringLiteral("SO-%1").arg(++m_orders), customerId, date, currency, total, tax,
                cost, date, date });
        return scalar(db(), QStringLiteral("SELECT max(id) FROM orders")).toLongLong();
    }

    qint64 product(const QString &name, const QString &category)
    {
        run(db(),
            QStringLiteral("INSERT INTO products (uuid, name, category, created_at, updated_at) "
                           "VALUES (?, ?, ?, '2026-01-01', '2026-01-01')"),
            { Database::newUuid(), name, category });
        return scalar(db(), QStringLiteral("SELECT max(id) FROM products")).toLongLong();
    }

    void line(qint64 orderId, qint64 productId, qint64 amount, qint64 cost)
    {
        run(db(),
            QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, quantity, unit_price, "
                           "amount, cost) VALUES (?, 1, ?, 1000, ?, ?, ?)"),
            { orderId, productId, amount, amount, cost });
    }

    int m_orders = 0;
};

} // namespace

TEST_F(SalesHistoryRepositoryTest, SumsRevenueWithoutTaxAndProfitPerCustomer)
{
    const qint64 a = customer(QStringLiteral("A"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 b = customer(QStringLiteral("B"), QStringLiteral("广东省"), QStringLiteral("B"));
    order(a, QStringLiteral("2026-01-10"), 11300, 1300, 6000);
    order(a, QStringLiteral("2026-03-01"), -2260, -260, -1000); // a refund
    order(a, QStringLiteral("2026-04-01"), 0, 0, 300); // a free sample
    order(b, QStringLiteral("2025-12-31"), 5000, 0, 1000);
    order(b, QStringLiteral("2026-02-01"), 9999, 0, 0, QStringLiteral("USD"));

    SalesHistoryRepository repository(db());
    auto totals = repository.totals(SalesQuery {});
    ASSERT_TRUE(totals.ok()) << totals.error().toString();
    ASSERT_EQ(totals.value().size(), 2);
    const CustomerTotals &first = totals.value()[0];
    EXPECT_EQ(first.customerId, a);
    EXPECT_EQ(first.purchases, 1);
    EXPECT_EQ(first.revenue, 10000 - 2000);
    EXPECT_EQ(first.profit, (10000 - 6000) + (-2000 + 1000) + (0 - 300));
    EXPECT_EQ(first.firstPurchase, QDate(2026, 1, 10));
    EXPECT_EQ(first.lastPurchase, QDate(2026, 1, 10));
    EXPECT_EQ(totals.value()[1].revenue, 5000); // the USD order is another currency

    // The database's sums equal the sums of the facts.
    auto facts = repository.facts(SalesQuery {});
    ASSERT_TRUE(facts.ok());
    EXPECT_EQ(facts.value().size(), 4);
    const QList<CustomerTotals> summed = totalsByCustomer(facts.value());
    EXPECT_EQ(summed[0].profit, first.profit);
    EXPECT_EQ(summed[1].lastPurchase, QDate(2025, 12, 31));

    SalesQuery query;
    query.from = QDate(2026, 1, 1);
    query.province = QStringLiteral("浙江省");
    EXPECT_EQ(repository.totals(query).value().size(), 1);
    query.province.clear();
    query.tier = QStringLiteral("B");
    EXPECT_TRUE(repository.totals(query).value().isEmpty()); // B's only CNY order is from 2025
    EXPECT_EQ(repository.currencies().value(), (QStringList { QStringLiteral("CNY"), QStringLiteral("USD") }));
}

TEST_F(SalesHistoryRepositoryTest, TrashedCustomersAndDeletedOrdersAreLeftOut)
{
    const qint64 a = customer(QStringLiteral("A"), {}, {});
    const qint64 b = customer(QStringLiteral("B"), {}, {});
    order(a, QStringLiteral("2026-01-10"), 100, 0, 0);
    const qint64 deleted = order(a, QStringLiteral("2026-01-11"), 200, 0, 0);
    order(b, QStringLiteral("2026-01-12"), 300, 0, 0);
    run(db(), QStringLiteral("UPDATE orders SET deleted_at = '2026-02-01' WHERE id = ?"), { deleted });
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ b }).ok());
    auto totals = SalesHistoryRepository(db()).totals(SalesQuery {});
    ASSERT_EQ(totals.value().size(), 1);
    EXPECT_EQ(totals.value()[0].revenue, 100);
    auto histories = SalesHistoryRepository(db()).purchaseHistories(SalesQuery {});
    ASSERT_EQ(histories.value().size(), 1);
    EXPECT_EQ(histories.value()[0].purchases, QList<QDate> { QDate(2026, 1, 10) });
}

TEST_F(SalesHistoryRepositoryTest, ProductCategoryCountsOnlyItsLinesAndBasketsListProducts)
{
    const qint64 a = customer(QStringLiteral("A"), {}, {});
    const qint64 c = customer(QStringLiteral("C"), {}, {}); // a prospect
    const qint64 printer = product(QStringLiteral("Printer"), QStringLiteral("Hardware"));
    const qint64 paper = product(QStringLiteral("Paper"), QStringLiteral("Supplies"));
    const qint64 first = order(a, QStringLiteral("2026-01-10"), 1000, 0, 500);
    line(first, printer, 800, 450);
    line(first, paper, 200, 50);
    const qint64 second = order(a, QStringLiteral("2026-02-10"), 200, 0, 50);
    line(second, paper, 200, 50);

    SalesQuery hardware;
    hardware.productCategory = QStringLiteral("Hardware");
    SalesHistoryRepository repository(db());
    auto totals = repository.totals(hardware);
    ASSERT_TRUE(totals.ok()) << totals.error().toString();
    ASSERT_EQ(totals.value().size(), 1);
    EXPECT_EQ(totals.value()[0].revenue, 800);
    EXPECT_EQ(totals.value()[0].profit, 350);
    EXPECT_EQ(totals.value()[0].purchases, 1);

    auto baskets = repository.baskets(SalesQuery {});
    ASSERT_TRUE(baskets.ok()) << baskets.error().toString();
    ASSERT_EQ(baskets.value().size(), 2);
    EXPECT_EQ(baskets.value()[0].products, (QList<qint64> { printer, paper }));
    EXPECT_EQ(baskets.value()[1].products, QList<qint64> { paper });

    auto histories = repository.purchaseHistories(SalesQuery {});
    ASSERT_EQ(histories.value().size(), 2);
    EXPECT_EQ(histories.value()[0].purchases.size(), 2);
    EXPECT_EQ(histories.value()[0].value, 500 + 150);
    EXPECT_EQ(histories.value()[1].customerId, c);
    EXPECT_TRUE(histories.value()[1].purchases.isEmpty());
}

// RFM and ABC of a generated demo book recomputed with plain SQL straight from the orders table.
TEST_F(SalesHistoryRepositoryTest, DemoBookRfmAndAbcMatchPlainSql)
{
    FixedClock clock { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC) };
    Clock::setInstance(&clock);
    DemoGenerator::Options options;
    options.customers = 400;
    options.seed = 7;
    const Status generated = DemoGenerator(db()).generate(options);
    Clock::setInstance(nullptr);
    ASSERT_TRUE(generated.ok()) << generated.error().toString();

    auto totals = SalesHistoryRepository(db()).totals(SalesQuery {});
    ASSERT_TRUE(totals.ok());
    ASSERT_GT(totals.value().size(), 50);
    QStringList rfm;
    for (const RfmScore &s : Rfm::score(totals.value(), QDate(2026, 11, 20)))
        rfm << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                   .arg(s.customerId)
                   .arg(s.recencyDays)
                   .arg(s.frequency)
                   .arg(s.monetary)
                   .arg(s.r)
                   .arg(s.f)
                   .arg(s.m);
    EXPECT_EQ(rfm,
        dump(db(),
            QStringLiteral(
                "WITH t AS (SELECT customer_id, SUM(CASE WHEN total - tax > 0 THEN 1 ELSE 0 END) AS f, "
                "  SUM(total - tax) AS m, MAX(CASE WHEN total - tax > 0 THEN order_date END) AS last FROM orders "
                "  WHERE currency = 'CNY' AND deleted_at IS NULL GROUP BY customer_id), "
                "s AS (SELECT customer_id, CAST(julianday('2026-11-20') - julianday(last) AS INTEGER) AS days, f, m "
                "  FROM t WHERE f > 0) "
                "SELECT customer_id, days, f, m, 1 + 5 * (RANK() OVER (ORDER BY days DESC) - 1) / COUNT(*) OVER (), "
                "  1 + 5 * (RANK() OVER (ORDER BY f) - 1) / COUNT(*) OVER (), "
                "  1 + 5 * (RANK() OVER (ORDER BY m) - 1) / COUNT(*) OVER () FROM s ORDER BY customer_id")));

    QList<CustomerValue> values;
    for (const CustomerTotals &t : totals.value())
        values << CustomerValue { t.customerId, t.profit };
    QStringList abc;
    for (const ParetoRow &row : Pareto::classify(values).rows)
        abc << QStringLiteral("%1\t%2\t%3").arg(row.customerId).arg(row.value).arg(Pareto::key(row.abc));
    EXPECT_EQ(abc,
        dump(db(),
            QStringLiteral(
                "WITH v AS (SELECT customer_id, SUM(total - tax - cost) AS value FROM orders "
                "  WHERE currency = 'CNY' AND deleted_at IS NULL GROUP BY customer_id), "
                "r AS (SELECT customer_id, value, ROW_NUMBER() OVER (ORDER BY value DESC, customer_id) AS rank, "
                "  COALESCE(SUM(MAX(value, 0)) OVER (ORDER BY value DESC, customer_id "
                "    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before, "
                "  SUM(MAX(value, 0)) OVER () AS total FROM v) "
                "SELECT customer_id, value, CASE WHEN value <= 0 THEN 'C' WHEN 100 * before < 80 * total THEN 'A' "
                "  WHEN 100 * before < 95 * total THEN 'B' ELSE 'C' END FROM r ORDER BY rank")));
}

// An analysis in yuan is about the customers who buy in yuan and those who have not bought yet: one who buys only
// in dollars is not a prospect of it. The analysis in dollars has them, and leaves out the yuan buyer.
TEST_F(SalesHistoryRepositoryTest, CustomersBuyingOnlyInAnotherCurrencyAreNotProspects)
{
    const qint64 yuan = customer(QStringLiteral("Yuan buyer"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 dollars = customer(QStringLiteral("Dollar buyer"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 both = customer(QStringLiteral("Both"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 none = customer(QStringLiteral("Not yet"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 later = customer(QStringLiteral("Yuan later"), QStringLiteral("浙江省"), QStringLiteral("A"));
    order(yuan, QStringLiteral("2026-01-10"), 1000, 0, 0);
    order(dollars, QStringLiteral("2026-01-11"), 1000, 0, 0, QStringLiteral("USD"));
    order(both, QStringLiteral("2026-01-12"), 1000, 0, 0, QStringLiteral("USD"));
    order(both, QStringLiteral("2026-02-12"), 1000, 0, 0);
    order(later, QStringLiteral("2026-01-13"), 1000, 0, 0, QStringLiteral("USD"));
    order(later, QStringLiteral("2026-06-01"), 1000, 0, 0);

    SalesHistoryRepository repository(db());
    qint64 leftOut = -1;
    auto inYuan = repository.customerIds(SalesQuery {}, &leftOut);
    ASSERT_TRUE(inYuan.ok()) << inYuan.error().toString();
    EXPECT_EQ(inYuan.value(), (QList<qint64> { yuan, both, none, later }));
    EXPECT_EQ(leftOut, 1);

    SalesQuery dollarQuery;
    dollarQuery.currency = QStringLiteral("USD");
    auto inDollars = repository.customerIds(dollarQuery, &leftOut);
    ASSERT_TRUE(inDollars.ok());
    EXPECT_EQ(inDollars.value(), (QList<qint64> { dollars, both, none, later }));
    EXPECT_EQ(leftOut, 1);

    // Seen from the end of March, the later yuan buyer had bought only in dollars.
    SalesQuery march;
    march.to = QDate(2026, 3, 31);
    auto inMarch = repository.customerIds(march, &leftOut);
    ASSERT_TRUE(inMarch.ok());
    EXPECT_EQ(inMarch.value(), (QList<qint64> { yuan, both, none }));
    EXPECT_EQ(leftOut, 2);

    auto histories = repository.purchaseHistories(SalesQuery {});
    ASSERT_TRUE(histories.ok());
    EXPECT_EQ(histories.value().size(), 4);

    // A purchase has revenue: a free sample in yuan does not make a dollar buyer a yuan prospect, and a refund in
    // dollars is no purchase that would leave a customer out of the analysis in yuan.
    const qint64 sample = customer(QStringLiteral("Sample"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 refund = customer(QStringLiteral("Refund"), QStringLiteral("浙江省"), QStringLiteral("A"));
    order(sample, QStringLiteral("2026-01-14"), 0, 0, 500);
    order(sample, QStringLiteral("2026-01-15"), 90000, 0, 0, QStringLiteral("USD"));
    order(refund, QStringLiteral("2026-01-16"), -30000, 0, -30000, QStringLiteral("USD"));
    auto withSamples = repository.customerIds(SalesQuery {}, &leftOut);
    ASSERT_TRUE(withSamples.ok());
    EXPECT_EQ(withSamples.value(), (QList<qint64> { yuan, both, none, later, refund }));
    EXPECT_EQ(leftOut, 2);
}

// An analysis as of a past day is about the customers there were then: one made since is not counted (it was, as
// a customer who never bought), unless it has an order by then (imported with its history, made later).
TEST_F(SalesHistoryRepositoryTest, AnAnalysisAsOfAPastDayLeavesOutCustomersMadeSince)
{
    const qint64 old = customer(QStringLiteral("Old"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 imported = customer(QStringLiteral("Imported"), QStringLiteral("浙江省"), QStringLiteral("A"));
    const qint64 recent = customer(QStringLiteral("Recent"), QStringLiteral("浙江省"), QStringLiteral("A"));
    run(db(), QStringLiteral("UPDATE customers SET created_at = '2025-03-01T08:00:00Z' WHERE id = ?"), { old });
    run(db(), QStringLiteral("UPDATE customers SET created_at = '2026-02-01T08:00:00Z' WHERE id IN (?, ?)"),
        { imported, recent });
    order(imported, QStringLiteral("2025-05-10"), 1000, 0, 0);

    SalesQuery asOf;
    asOf.to = QDate(2025, 12, 31);
    auto then = SalesHistoryRepository(db()).customerIds(asOf);
    ASSERT_TRUE(then.ok()) << then.error().toString();
    EXPECT_EQ(then.value(), (QList<qint64> { old, imported }));
    asOf.to = QDate(2026, 2, 1); // made that day: counted
    EXPECT_EQ(SalesHistoryRepository(db()).customerIds(asOf).value_or(QList<qint64> {}),
        (QList<qint64> { old, imported, recent }));
    EXPECT_EQ(SalesHistoryRepository(db()).customerIds(SalesQuery {}).value_or(QList<qint64> {}),
        (QList<qint64> { old, imported, recent }));
}

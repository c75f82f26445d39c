// The views read from a real book: the repository's filters on a small hand-made book, and performance by product
// category, channel and sales rep of a generated demo book recomputed with plain SQL from the order lines.
#include "../TestSupport.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "repo/CustomerRepository.h"
#include "services/SalesAnalysis.h"

using namespace TestSql;

namespace {

QStringList rowsOf(const QList<ViewGroup> &groups)
{
    QStringList rows;
    for (const ViewGroup &g : groups)
        rows << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(g.key)
                    .arg(g.customers)
                    .arg(g.orders)
                    .arg(g.revenue)
                    .arg(g.profit);
    return rows;
}

class CustomerViewsBookTest : public BookTest
{
protected:
    qint64 customer(const QString &name, const QString &tier, const QString &source)
    {
        Customer c;
        c.name = name;
        c.tier = tier;
        c.source = source;
        auto id = CustomerRepository(db()).create(c);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    void quote(qint64 customerId, const QString &date, qint64 total, const QString &status, int superseded = 0)
    {
        run(db(),
            QStringLiteral("INSERT INTO quotes (uuid, number, revision, superseded, customer_id, quote_date, "
                           "valid_until, currency, status, total, tax, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?)"),
            { Database::newUuid(), QStringLiteral("Q-%1").arg(++m_quotes), 1 + superseded, superseded, customerId, date,
                date, status, total, total / 10, date, date });
    }

    int m_quotes = 0;
};

} // namespace

TEST_F(CustomerViewsBookTest, CustomersAndQuotesFollowTheFilters)
{
    const qint64 a = customer(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Referral"));
    const qint64 b = customer(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Website"));
    quote(a, QStringLiteral("2026-01-10"), 1100, QStringLiteral("accepted"));
    quote(a, QStringLiteral("2026-01-11"), 2200, QStringLiteral("sent"), 1); // an older revision
    quote(b, QStringLiteral("2026-02-01"), 3300, QStringLiteral("expired"));
    quote(b, QStringLiteral("2025-12-31"), 4400, QStringLiteral("draft"));

    CustomerViewRepository repository(db());
    SalesQuery query;
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 3, 31);
    auto quotes = repository.quotes(query);
    ASSERT_TRUE(quotes.ok()) << quotes.error().toString();
    ASSERT_EQ(quotes.value().size(), 2);
    EXPECT_EQ(quotes.value()[0].value, 1100 - 110);
    EXPECT_EQ(quotes.value()[0].outcome, QuoteOutcome::Won);
    EXPECT_EQ(quotes.value()[1].date, QDate(2026, 2, 1));
    EXPECT_EQ(quotes.value()[1].outcome, QuoteOutcome::Lost);
    query.tier = QStringLiteral("A");
    EXPECT_EQ(repository.quotes(query).value().size(), 1);
    auto customers = repository.customers(query);
    ASSERT_TRUE(customers.ok());
    ASSERT_EQ(customers.value().size(), 1);
    EXPECT_EQ(customers.value()[0].id, a);
    EXPECT_EQ(customers.value()[0].source, QStringLiteral("Referral"));
    query.tier = QStringLiteral("Z");
    EXPECT_TRUE(repository.customers(query).value().isEmpty());
}

TEST_F(CustomerViewsBookTest, EmptyBookGivesEmptyViews)
{
    SalesAnalysisOptions options;
    options.asOf = QDate(2026, 7, 1);
    options.sales.to = options.asOf;
    auto result = SalesAnalysis::run(db(), options);
    ASSERT_TRUE(result.ok()) << result.error().toString();
    const CustomerViewsResult &views = result.value().views;
    EXPECT_EQ(views.customers, 0);
    EXPECT_TRUE(views.profileBy(CustomerProfile::Attribute::Industry).isEmpty());
    EXPECT_EQ(views.loyalty.buyers, 0);
    EXPECT_TRUE(views.performanceBy(CustomerViewRepository::Dimension::Category).isEmpty());
    EXPECT_TRUE(views.prospects.isEmpty());
    EXPECT_TRUE(views.associations.isEmpty());
    EXPECT_TRUE(views.lifetimeValues.isEmpty());
    EXPECT_EQ(views.lifetimeValueDistribution.size(), 9);
}

TEST_F(CustomerViewsBookTest, DemoBookPerformanceMatchesPlainSql)
{
    FixedClock clock { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC) };
    Clock::setInstance(&clock);
    DemoGenerator::Options demo;
    demo.customers = 400;
    demo.seed = 11;
    const Status generated = DemoGenerator(db()).generate(demo);
    Clock::setInstance(nullptr);
    ASSERT_TRUE(generated.ok()) << generated.error().toString();

    SalesAnalysisOptions options;
    options.asOf = QDate(2026, 11, 20);
    options.sales.to = options.asOf;
    options.sales.from = QDate(2025, 11, 21);
    auto result = SalesAnalysis::run(db(), options);
    ASSERT_TRUE(result.ok()) << result.error().toString();
    const CustomerViewsResult &views = result.value().views;
    const QString period = QStringLiteral(
        "o.currency = 'CNY' AND o.deleted_at IS NULL AND o.order_date BETWEEN '2025-11-21' AND '2026-11-20'");

    const QStringList byCategory = rowsOf(views.performanceBy(CustomerViewRepository::Dimension::Category));
    ASSERT_GT(byCategory.size(), 2);
    EXPECT_EQ(byCategory,
        dump(db(),
            QStringLiteral(
                "SELECT COALESCE(p.category, ''), COUNT(DISTINCT o.customer_id), COUNT(DISTINCT o.id), "
                "SUM(l.amount), SUM(l.amount - l.cost) FROM orders o JOIN order_lines l ON l.order_id = o.id "
                "LEFT JOIN products p ON p.id = l.product_id WHERE %1 "
                "GROUP BY 1 ORDER BY 4 DESC, 1")
                .arg(period)));
    EXPECT_EQ(rowsOf(views.performanceBy(CustomerViewRepository::Dimension::Channel)),
        dump(db(),
            QStringLiteral("SELECT o.channel, COUNT(DISTINCT o.customer_id), COUNT(*), SUM(o.total - o.tax), "
                           "SUM(o.total - o.tax - o.cost) FROM orders o WHERE %1 GROUP BY 1 ORDER BY 4 DESC, 1")
                .arg(period)));
    EXPECT_EQ(rowsOf(views.performanceBy(CustomerViewRepository::Dimension::Rep)),
        dump(db(),
            QStringLiteral("SELECT COALESCE(w.name, ''), COUNT(DISTINCT o.customer_id), COUNT(*), "
                           "SUM(o.total - o.tax), SUM(o.total - o.tax - o.cost) FROM orders o "
                           "LEFT JOIN owners w ON w.id = o.owner_id WHERE %1 GROUP BY 1 ORDER BY 4 DESC, 1")
                .arg(period)));

    // Repeat rate and first purchases per month, straight from the orders.
    EXPECT_EQ(views.loyalty.buyers,
        count(db(),
            QStringLiteral("SELECT COUNT(DISTINCT o.customer_id) FROM orders o WHERE %1 AND o.total - o.tax > 0")
                .arg(period)));
    EXPECT_EQ(views.loyalty.repeatBuyers,
        count(db(),
            QStringLiteral("SELECT COUNT(*) FROM (SELECT o.customer_id FROM orders o WHERE %1 AND o.total - o.tax > 0 "
                           "GROUP BY o.customer_id HAVING COUNT(*) >= 2)")
                .arg(period)));
    QStringList newPerMonth;
    for (const ProspectMonth &m : views.prospects) {
        if (!m.newCustomers.isEmpty())
            newPerMonth
                << QStringLiteral("%1\t%2").arg(m.month.toString(QStringLiteral("yyyy-MM"))).arg(m.newCustomers.size());
    }
    EXPECT_EQ(newPerMonth,
        dump(db(),
            QStringLiteral("SELECT substr(f, 1, 7), COUNT(*) FROM (SELECT MIN(o.order_date) AS f FROM orders o "
                           "WHERE o.currency = 'CNY' AND o.deleted_at IS NULL AND o.total - o.tax > 0 "
                           "AND o.order_date <= '2026-11-20' GROUP BY o.customer_id) "
                           "WHERE f >= '2025-11-21' GROUP BY 1 ORDER BY 1")));
    // Every live customer but those who bought, up to the as-of date, only in dollars.
    const QString bought = QStringLiteral("EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND "
                                          "o.deleted_at IS NULL AND o.total - o.tax > 0 AND o.order_date <= "
                                          "'2026-11-20' AND o.currency %1 'CNY')");
    const qint64 dollarsOnly = count(db(),
        QStringLiteral("SELECT COUNT(*) FROM customers c WHERE c.deleted_at IS NULL AND %1 AND NOT %2")
            .arg(bought.arg(QStringLiteral("<>")), bought.arg(QStringLiteral("="))));
    EXPECT_GT(dollarsOnly, 0);
    EXPECT_EQ(views.customers,
        count(db(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL")) - dollarsOnly);
    EXPECT_EQ(result.value().otherCurrencyCustomers, dollarsOnly);
    // Lifetime value is estimated for every buyer of the whole history to the as-of date, not only the period's.
    EXPECT_EQ(views.lifetimeValues.size(),
        count(db(),
            QStringLiteral("SELECT COUNT(DISTINCT o.customer_id) FROM orders o WHERE o.currency = 'CNY' "
                           "AND o.deleted_at IS NULL AND o.total - o.tax > 0 AND o.order_date <= '2026-11-20'")));
    EXPECT_GT(views.lifetimeValues.size(), views.loyalty.buyers);
    EXPECT_GT(views.associations.size(), 0);
    EXPECT_FALSE(views.productNames.value(views.associations.first().antecedent).isEmpty());
}

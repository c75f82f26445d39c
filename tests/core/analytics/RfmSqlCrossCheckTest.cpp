// RFM and ABC recomputed by plain SQL (window functions) in SQLite on the same orders: the core's results must
// match row for row. The orders are random but seeded, with many ties, refunds and zero-amount orders.
#include "../TestSupport.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <random>

namespace {

class RfmSqlCrossCheckTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_connection = std::make_unique<RawConnection>(m_dir.filePath(QStringLiteral("orders.sqlite")));
        ASSERT_TRUE(m_connection->isOpen());
        QSqlDatabase db = m_connection->db();
        TestSql::run(db,
            QStringLiteral("CREATE TABLE orders (customer_id INTEGER, order_date TEXT, revenue INTEGER, "
                           "profit INTEGER)"));
        std::mt19937_64 rng(20261125);
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO orders VALUES (?, ?, ?, ?)"));
        const QDate start(2023, 7, 1);
        for (int i = 0; i < 12000; ++i) {
            const qint64 customer = 1 + qint64(rng() % 1500);
            const QDate date = start.addDays(qint64(rng() % 1096));
            const int kind = int(rng() % 20);
            // Coarse amounts so that many customers tie; some refunds and free orders.
            const qint64 revenue = kind == 0 ? -1000 * qint64(1 + rng() % 3)
                : kind == 1                  ? 0
                                             : 1000 * qint64(1 + rng() % 8);
            const qint64 profit = revenue / 4 - (kind == 2 ? 500 : 0);
            insert.addBindValue(customer);
            insert.addBindValue(date.toString(Qt::ISODate));
            insert.addBindValue(revenue);
            insert.addBindValue(profit);
            ASSERT_TRUE(insert.exec());
            m_facts.append(OrderFact { customer, date, revenue, profit });
        }
        db.commit();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<RawConnection> m_connection;
    QList<OrderFact> m_facts;
};

} // namespace

TEST_F(RfmSqlCrossCheckTest, RfmScoresMatchSqlWindowFunctions)
{
    const QDate asOf(2026, 7, 1);
    const QStringList sql = TestSql::dump(m_connection->db(),
        QStringLiteral(
            "WITH t AS (SELECT customer_id, SUM(CASE WHEN revenue > 0 THEN 1 ELSE 0 END) AS f, SUM(revenue) AS m, "
            "  MAX(CASE WHEN revenue > 0 THEN order_date END) AS last FROM orders GROUP BY customer_id), "
            "s AS (SELECT customer_id, CAST(julianday('2026-07-01') - julianday(last) AS INTEGER) AS days, f, m "
            "  FROM t WHERE f > 0) "
            "SELECT customer_id, days, f, m, "
            "  1 + 5 * (RANK() OVER (ORDER BY days DESC) - 1) / COUNT(*) OVER (), "
            "  1 + 5 * (RANK() OVER (ORDER BY f) - 1) / COUNT(*) OVER (), "
            "  1 + 5 * (RANK() OVER (ORDER BY m) - 1) / COUNT(*) OVER () "
            "FROM s ORDER BY customer_id"));
    QStringList ours;
    for (const RfmScore &s : Rfm::score(totalsByCustomer(m_facts), asOf))
        ours << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                    .arg(s.customerId)
                    .arg(s.recencyDays)
                    .arg(s.frequency)
                    .arg(s.monetary)
                    .arg(s.r)
                    .arg(s.f)
                    .arg(s.m);
    ASSERT_GT(sql.size(), 1000);
    EXPECT_EQ(ours, sql);
}

TEST_F(RfmSqlCrossCheckTest, AbcClassesMatchSqlWindowFunctions)
{
    const QStringList sql = TestSql::dump(m_connection->db(),
        QStringLiteral(
            "WITH v AS (SELECT customer_id, SUM(profit) AS value FROM orders GROUP BY customer_id), "
            "r AS (SELECT customer_id, value, "
            "  ROW_NUMBER() OVER (ORDER BY value DESC, customer_id) AS rank, "
            "  COALESCE(SUM(MAX(value, 0)) OVER (ORDER BY value DESC, customer_id "
            "    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before, "
            "  SUM(MAX(value, 0)) OVER () AS total FROM v) "
            "SELECT customer_id, value, rank, CASE WHEN value <= 0 THEN 'C' WHEN 100 * before < 80 * total THEN 'A' "
            "  WHEN 100 * before < 95 * total THEN 'B' ELSE 'C' END FROM r ORDER BY rank"));
    QList<CustomerValue> values;
    for (const CustomerTotals &t : totalsByCustomer(m_facts))
        values << CustomerValue { t.customerId, t.profit };
    QStringList ours;
    for (const ParetoRow &row : Pareto::classify(values).rows)
        ours << QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(row.customerId)
                    .arg(row.value)
                    .arg(row.rank)
                    .arg(Pareto::key(row.abc));
    ASSERT_GT(sql.size(), 1000);
    EXPECT_EQ(ours, sql);
}

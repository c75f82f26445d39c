// clientele-cli report views: the seven views of a demo book as CSV and JSON, checked against plain SQL.
#include "CliTestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

namespace {

class ViewReportCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_demo = runCli(s_dir->path(),
            { QStringLiteral("--db"), QStringLiteral("demo.clientele"), QStringLiteral("demo"),
                QStringLiteral("--customers"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("9") });
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    void SetUp() override { ASSERT_EQ(s_demo.exitCode, 0) << s_demo; }

    static CliRun views(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("views"));
        arguments.prepend(QStringLiteral("report"));
        arguments.prepend(QStringLiteral("demo.clientele"));
        arguments.prepend(QStringLiteral("--db"));
        arguments << QStringLiteral("--as-of") << QStringLiteral("2026-06-30") << QStringLiteral("--currency")
                  << QStringLiteral("CNY");
        return runCli(s_dir->path(), arguments);
    }

    // Every row of a query on the demo book, its columns joined by commas.
    static QStringList sqlRows(const QString &sql)
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("views-check"));
            db.setDatabaseName(s_dir->filePath(QStringLiteral("demo.clientele")));
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql));
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << query.value(i).toString();
                rows << fields.join(QLatin1Char(','));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("views-check"));
        return rows;
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline CliRun s_demo;
};

} // namespace

// Every live customer of the analysis in yuan that existed by the as-of date (made by then, or with an order or
// quote by then): the demo's customers who bought only in dollars up to the as-of date are in the one in dollars.
TEST_F(ViewReportCliTest, ProfileByTierCountsEveryLiveCustomer)
{
    const CliRun run = views(
        { QStringLiteral("--view"), QStringLiteral("profile"), QStringLiteral("--by"), QStringLiteral("tier") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QList<QStringList> rows = parseCsv(run.out);
    ASSERT_GT(rows.size(), 1);
    EXPECT_EQ(rows[0].mid(0, 3),
        (QStringList { QStringLiteral("key"), QStringLiteral("customers"), QStringLiteral("customer_share") }));
    QStringList counts;
    for (const QStringList &row : rows.mid(1))
        counts << row[0] + QLatin1Char(',') + row[1];
    EXPECT_EQ(counts,
        sqlRows(QStringLiteral("SELECT tier, COUNT(*) FROM customers c WHERE deleted_at IS NULL AND NOT ("
                               "EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.deleted_at IS NULL "
                               "AND o.total - o.tax > 0 AND o.order_date <= '2026-06-30' AND o.currency <> 'CNY') "
                               "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.deleted_at IS "
                               "NULL AND o.total - o.tax > 0 AND o.order_date <= '2026-06-30' AND o.currency = 'CNY')) "
                               "AND (c.created_at < '2026-07-01' OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id "
                               "= c.id AND o.deleted_at IS NULL AND o.order_date <= '2026-06-30') OR EXISTS (SELECT 1 "
                               "FROM quotes q WHERE q.customer_id = c.id AND q.deleted_at IS NULL AND q.quote_date <= "
                               "'2026-06-30')) GROUP BY tier ORDER BY 2 DESC, 1")));
}

TEST_F(ViewReportCliTest, PerformanceByChannelAsJsonMatchesTheOrders)
{
    const CliRun run = views({ QStringLiteral("--view"), QStringLiteral("performance"), QStringLiteral("--by"),
        QStringLiteral("channel"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    QStringList rows;
    for (const QJsonValue &value : jsonArray(run)) {
        const QJsonObject row = value.toObject();
        rows << QStringLiteral("%1,%2,%3")
                    .arg(row.value(QStringLiteral("key")).toString())
                    .arg(row.value(QStringLiteral("orders")).toInt())
                    .arg(row.value(QStringLiteral("revenue")).toString());
    }
    EXPECT_EQ(rows,
        sqlRows(QStringLiteral("SELECT channel, COUNT(*), printf('%.2f', SUM(total - tax) / 100.0) FROM orders "
                               "WHERE currency = 'CNY' AND deleted_at IS NULL AND order_date <= '2026-06-30' "
                               "GROUP BY channel ORDER BY SUM(total - tax) DESC, channel")));
}

TEST_F(ViewReportCliTest, EveryViewRunsAndAnUnknownViewIsRefused)
{
    for (const char *view :
        { "loyalty", "profitability", "prospects", "products", "promotion", "value", "performance", "profile" }) {
        const CliRun run = views({ QStringLiteral("--view"), QLatin1String(view) });
        EXPECT_EQ(run.exitCode, 0) << view << run;
        EXPECT_GT(parseCsv(run.out).size(), 1) << view;
    }
    const CliRun bad = views({ QStringLiteral("--view"), QStringLiteral("weather") });
    EXPECT_EQ(bad.exitCode, 1) << bad;
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--view must be one of: profile, loyalty"))) << bad;
    const CliRun badBy = views(
        { QStringLiteral("--view"), QStringLiteral("performance"), QStringLiteral("--by"), QStringLiteral("tier") });
    EXPECT_TRUE(badBy.err.contains(QStringLiteral("--by must be one of: category, channel, region, rep"))) << badBy;
}

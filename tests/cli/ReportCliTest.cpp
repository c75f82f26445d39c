// clientele-cli report: the analyses of a demo book as CSV and JSON, checked against plain SQL on the same book.
#include "CliTestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace {

class ReportCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_demo = runCli(s_dir->path(),
            { QStringLiteral("--db"), QStringLiteral("demo.clientele"), QStringLiteral("demo"),
                QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5") });
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    void SetUp() override { ASSERT_EQ(s_demo.exitCode, 0) << s_demo; }

    static CliRun report(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("report"));
        arguments.prepend(QStringLiteral("demo.clientele"));
        arguments.prepend(QStringLiteral("--db"));
        return runCli(s_dir->path(), arguments);
    }

    // The first column of a query on the demo book, as text.
    static QStringList sqlColumn(const QString &sql)
    {
        QStringList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("report-check"));
            db.setDatabaseName(s_dir->filePath(QStringLiteral("demo.clientele")));
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql));
            while (query.next())
                values << query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("report-check"));
        return values;
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline CliRun s_demo;
};

} // namespace

TEST_F(ReportCliTest, RfmAsCsvHasOneScoredRowPerBuyingCustomer)
{
    const CliRun run = report({ QStringLiteral("rfm"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
        QStringLiteral("--currency"), QStringLiteral("CNY") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QList<QStringList> rows = parseCsv(run.out);
    ASSERT_GT(rows.size(), 20);
    EXPECT_EQ(rows[0],
        (QStringList { QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("recency_days"),
            QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("r"), QStringLiteral("f"),
            QStringLiteral("m"), QStringLiteral("segment") }));
    QStringList ids;
    for (const QStringList &row : rows.mid(1)) {
        ids << row[0];
        for (int column : { 5, 6, 7 })
            EXPECT_TRUE(row[column].toInt() >= 1 && row[column].toInt() <= 5) << row.join(QLatin1Char(','));
        EXPECT_FALSE(row[8].isEmpty());
    }
    EXPECT_EQ(ids,
        sqlColumn(QStringLiteral("SELECT o.customer_id FROM orders o JOIN customers c ON c.id = "
                                 "o.customer_id WHERE o.currency = 'CNY' AND o.order_date <= '2026-06-30' "
                                 "AND o.deleted_at IS NULL AND c.deleted_at IS NULL GROUP BY o.customer_id "
                                 "HAVING SUM(CASE WHEN o.total - o.tax > 0 THEN 1 ELSE 0 END) > 0 "
                                 "ORDER BY o.customer_id")));
}

TEST_F(ReportCliTest, AbcByRevenueAsJsonEndsAtTheWholeTotal)
{
    const CliRun run = report({ QStringLiteral("abc"), QStringLiteral("--by"), QStringLiteral("revenue"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--currency"), QStringLiteral("CNY") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonArray rows = jsonArray(run);
    ASSERT_GT(rows.size(), 20);
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("class")).toString(), QStringLiteral("A"));
    EXPECT_EQ(rows.last().toObject().value(QStringLiteral("class")).toString(), QStringLiteral("C"));
    EXPECT_EQ(rows.last().toObject().value(QStringLiteral("cumulative_share")).toString(), QStringLiteral("1.0000"));
}

// Every live customer who has bought in yuan or not at all up to the as-of date: the demo's dollar buyers are
// in the analysis in dollars, not prospects of this one, and customers made after it are in no analysis of that day.
TEST_F(ReportCliTest, LifecycleListsEveryLiveCustomerIncludingProspects)
{
    const CliRun run = report({ QStringLiteral("lifecycle"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QList<QStringList> rows = parseCsv(run.out);
    const auto bought = [](const char *currency) {
        return QStringLiteral("EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.deleted_at IS NULL "
                              "AND o.order_date <= '2026-06-30' AND o.currency %1)")
            .arg(QLatin1String(currency));
    };
    const int dollarsOnly = sqlColumn(QStringLiteral("SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL "
                                                     "AND %1 AND NOT %2")
                                          .arg(bought("<> 'CNY'"), bought("= 'CNY'")))
                                .value(0)
                                .toInt();
    EXPECT_GT(dollarsOnly, 0) << "the demo book has customers buying in dollars";
    const int madeLater = sqlColumn(
        QStringLiteral("SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND c.created_at >= "
                       "'2026-07-01' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND "
                       "o.deleted_at IS NULL AND o.order_date <= '2026-06-30') AND NOT EXISTS (SELECT 1 FROM "
                       "quotes q WHERE q.customer_id = c.id AND q.deleted_at IS NULL AND q.quote_date <= "
                       "'2026-06-30')"))
                              .value(0)
                              .toInt();
    EXPECT_GT(madeLater, 0) << "the demo book has customers made after the as-of date";
    EXPECT_EQ(rows.size() - 1,
        sqlColumn(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")).value(0).toInt()
            - dollarsOnly - madeLater);
    QSet<QString> states;
    for (const QStringList &row : rows.mid(1))
        states.insert(row[1]);
    EXPECT_TRUE(states.contains(QStringLiteral("prospect")));
    EXPECT_TRUE(states.contains(QStringLiteral("active")) || states.contains(QStringLiteral("at_risk")));
}

// A report of a past period is seen from the period's end unless --as-of says otherwise: the same answer as
// with --as-of set to --to, not today's lapsed customers and prospects.
TEST_F(ReportCliTest, APastPeriodIsSeenFromItsEnd)
{
    const CliRun byPeriod
        = report({ QStringLiteral("lifecycle"), QStringLiteral("--to"), QStringLiteral("2025-06-30") });
    const CliRun explicitly = report({ QStringLiteral("lifecycle"), QStringLiteral("--to"),
        QStringLiteral("2025-06-30"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30") });
    const CliRun today = report({ QStringLiteral("lifecycle") });
    ASSERT_EQ(byPeriod.exitCode, 0) << byPeriod;
    EXPECT_EQ(byPeriod.out, explicitly.out);
    EXPECT_NE(byPeriod.out, today.out);
}

TEST_F(ReportCliTest, ClustersAreDeterministicForASeed)
{
    const QStringList arguments { QStringLiteral("clusters"), QStringLiteral("--k"), QStringLiteral("4"),
        QStringLiteral("--seed"), QStringLiteral("9") };
    const CliRun first = report(arguments);
    const CliRun second = report(arguments);
    ASSERT_EQ(first.exitCode, 0) << first;
    EXPECT_EQ(first.out, second.out);
    QSet<QString> clusters;
    for (const QStringList &row : parseCsv(first.out).mid(1))
        clusters.insert(row[1]);
    EXPECT_EQ(clusters,
        (QSet<QString> { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4") }));
}

TEST_F(ReportCliTest, BadOptionsFailWithOneLine)
{
    for (const QStringList &arguments : { QStringList { QStringLiteral("nonsense") },
             QStringList { QStringLiteral("rfm"), QStringLiteral("--as-of"), QStringLiteral("30/06/2026") },
             QStringList { QStringLiteral("abc"), QStringLiteral("--by"), QStringLiteral("margin") },
             QStringList { QStringLiteral("clusters"), QStringLiteral("--k"), QStringLiteral("0") },
             QStringList { QStringLiteral("rfm"), QStringLiteral("--owner"), QStringLiteral("Nobody") },
             QStringList { QStringLiteral("rfm"), QStringLiteral("--currency"), QStringLiteral("XYZ") } }) {
        const CliRun run = report(arguments);
        EXPECT_NE(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString();
        expectOneLineError(run);
    }
}

TEST_F(ReportCliTest, PdfIsThePrintedAnalysis)
{
    const CliRun run = report({ QStringLiteral("pdf"), QStringLiteral("analysis.pdf"), QStringLiteral("--as-of"),
        QStringLiteral("2026-06-30"), QStringLiteral("--from"), QStringLiteral("2025-07-01") });
    ASSERT_EQ(run.exitCode, 0) << run;
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { s_dir->filePath(QStringLiteral("analysis.pdf")), QStringLiteral("-") });
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("Period: 1 Jul 2025 to 30 Jun 2026")))
        << content.left(400).toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("RFM segments")));
    const CliRun missing = report({ QStringLiteral("pdf") });
    EXPECT_EQ(missing.exitCode, 2) << missing;
    expectOneLineError(missing);
    // A period without sales: no PDF of zeros, and a message that says why.
    const CliRun empty = report({ QStringLiteral("pdf"), QStringLiteral("empty.pdf"), QStringLiteral("--as-of"),
        QStringLiteral("2010-06-30"), QStringLiteral("--from"), QStringLiteral("2010-01-01") });
    EXPECT_EQ(empty.exitCode, 1) << empty;
    expectOneLineError(empty);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("no customer bought in the period"))) << empty;
    EXPECT_FALSE(QFile::exists(s_dir->filePath(QStringLiteral("empty.pdf"))));
}

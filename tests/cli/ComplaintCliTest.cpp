#include "Book.h"
#include "CliTestSupport.h"
#include "Clock.h"
#include "repo/ComplaintRepository.h"
#include "repo/CustomerRepository.h"
#include "services/ComplaintWorkflow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// Runs clientele-cli in UTC, so that --from/--to days and months are UTC days and months.
CliRun cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(CLIENTELE_CLI_PATH), QDir::currentPath(), arguments,
        { { QStringLiteral("TZ"), QStringLiteral("UTC") } });
}

QDateTime utc(int month, int day, int hour = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

// A book with five complaints from January to March 2026 (long before any real "now" these tests run at):
//  C-2026-0001 high, delivery, closed: answered after 1 h (8 h allowed), resolved after 48 h (72 h), CSAT 5, NPS 10
//  C-2026-0002 critical, delivery, closed: answered after 3 h (2 h allowed), resolved after 30 h (24 h), CSAT 2, NPS 6
//  C-2026-0003 medium, billing, in progress: answered after 2 h, never resolved -> overdue
//  C-2026-0004 low, product quality, new -> overdue (no answer)
//  C-2026-0005 low, other, received 1 April: outside a stats period ending 31 March
class ComplaintCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(path());
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        m_db = book.value()->connection();
        Clock::setInstance(&m_clock);
        Customer alpha;
        alpha.name = QStringLiteral("Alpha Foods Inc.");
        Customer beta;
        beta.name = QStringLiteral("北京百川商贸有限公司");
        const qint64 a = CustomerRepository(m_db).create(alpha).value();
        const qint64 b = CustomerRepository(m_db).create(beta).value();
        add(a, ComplaintSeverity::High, QStringLiteral("delivery"), utc(1, 5), QStringLiteral("Late delivery"));
        step(1, utc(1, 5, 1), ComplaintStatus::Acknowledged);
        step(1, utc(1, 5, 2), ComplaintStatus::InProgress);
        resolve(1, utc(1, 7));
        at(utc(1, 8));
        EXPECT_TRUE(ComplaintWorkflow(m_db).close(1, 5, 10, {}).ok());
        add(a, ComplaintSeverity::Critical, QStringLiteral("delivery"), utc(2, 10),
            QStringLiteral("Delivery late again"));
        step(2, utc(2, 10, 3), ComplaintStatus::Acknowledged);
        step(2, utc(2, 10, 4), ComplaintStatus::InProgress);
        resolve(2, utc(2, 11, 6));
        at(utc(2, 12));
        EXPECT_TRUE(ComplaintWorkflow(m_db).close(2, 2, 6, {}).ok());
        add(b, ComplaintSeverity::Medium, QStringLiteral("billing"), utc(3, 1), QStringLiteral("发票金额错误"));
        step(3, utc(3, 1, 2), ComplaintStatus::Acknowledged);
        step(3, utc(3, 1, 3), ComplaintStatus::InProgress);
        add(b, ComplaintSeverity::Low, QStringLiteral("product_quality"), utc(3, 20), QStringLiteral("包装破损"));
        add(b, ComplaintSeverity::Low, QStringLiteral("other"), utc(4, 1), QStringLiteral("Wrong colour"));
        Clock::setInstance(nullptr);
        m_db = {};
        book.value().reset();
    }

    void at(const QDateTime &when) { m_clock.set(when); }
    void add(qint64 customer, ComplaintSeverity severity, const QString &category, const QDateTime &received,
        const QString &summary)
    {
        at(received);
        Complaint c;
        c.customerId = customer;
        c.severity = severity;
        c.category = category;
        c.summary = summary;
        c.receivedAt = received;
        auto logged = ComplaintWorkflow(m_db).log(c, QStringLiteral("test"));
        ASSERT_TRUE(logged.ok()) << logged.error().toString().toStdString();
    }
    void step(qint64 id, const QDateTime &when, ComplaintStatus to)
    {
        at(when);
        auto moved = ComplaintWorkflow(m_db).move(id, to, {});
        ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    }
    void resolve(qint64 id, const QDateTime &when)
    {
        at(when);
        Complaint c = ComplaintRepository(m_db).get(id).value();
        c.resolution = QStringLiteral("Replaced the goods.");
        ASSERT_TRUE(ComplaintWorkflow(m_db).saveDetails(c, {}).ok());
        step(id, when, ComplaintStatus::Resolved);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("book.clientele")); }

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    FixedClock m_clock { utc(1, 1) };
};

TEST_F(ComplaintCliTest, ListsEveryComplaintAsCsvNewestFirst)
{
    const CliRun run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines[0],
        QStringLiteral("number,received_at,customer,contact,channel,category,severity,status,owner,"
                       "summary,product,order,response_due_at,resolution_due_at,responded_at,"
                       "resolved_at,closed_at,service_level,escalation_level,csat,nps"));
    EXPECT_EQ(lines[1],
        QStringLiteral("C-2026-0005,2026-04-01T00:00:00Z,北京百川商贸有限公司,,phone,other,low,new,,"
                       "Wrong colour,,,2026-04-04T00:00:00Z,2026-04-11T00:00:00Z,,,,overdue,0,,"));
    EXPECT_EQ(lines[5],
        QStringLiteral("C-2026-0001,2026-01-05T00:00:00Z,Alpha Foods Inc.,,phone,delivery,high,closed,,"
                       "Late delivery,,,2026-01-05T08:00:00Z,2026-01-08T00:00:00Z,"
                       "2026-01-05T01:00:00Z,2026-01-07T00:00:00Z,2026-01-08T00:00:00Z,done,0,5,10"));
}

TEST_F(ComplaintCliTest, FiltersByStatusAndOverdueAsJson)
{
    CliRun run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("list"),
        QStringLiteral("--overdue"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QStringList numbers;
    for (const QJsonValue &value : array)
        numbers << value.toObject().value(QStringLiteral("number")).toString();
    EXPECT_EQ(numbers,
        (QStringList { QStringLiteral("C-2026-0005"), QStringLiteral("C-2026-0004"), QStringLiteral("C-2026-0003") }));
    EXPECT_EQ(array[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    EXPECT_EQ(array[2].toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("发票金额错误"));
    EXPECT_TRUE(array[2].toObject().value(QStringLiteral("csat")).isNull());

    run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("list"),
        QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 2);
    EXPECT_EQ(array[0].toObject().value(QStringLiteral("number")).toString(), QStringLiteral("C-2026-0002"));
    EXPECT_EQ(array[0].toObject().value(QStringLiteral("nps")).toInt(), 6);
    EXPECT_EQ(
        array[0].toObject().value(QStringLiteral("resolution")).toString(), QStringLiteral("Replaced the goods."));

    run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("list"),
        QStringLiteral("--status"), QStringLiteral("open") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.trimmed(),
        QStringLiteral("clientele-cli: --status must be new, acknowledged, in_progress, "
                       "resolved or closed, not \"open\""));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(ComplaintCliTest, StatisticsOverAPeriod)
{
    const CliRun run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("stats"),
        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
        QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(s.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
    EXPECT_EQ(s.value(QStringLiteral("total")).toInt(), 4);
    EXPECT_EQ(s.value(QStringLiteral("by_category")).toObject(),
        (QJsonObject { { QStringLiteral("delivery"), 2 }, { QStringLiteral("billing"), 1 },
            { QStringLiteral("product_quality"), 1 } }));
    EXPECT_EQ(s.value(QStringLiteral("by_severity")).toObject(),
        (QJsonObject { { QStringLiteral("critical"), 1 }, { QStringLiteral("high"), 1 },
            { QStringLiteral("medium"), 1 }, { QStringLiteral("low"), 1 } }));
    EXPECT_EQ(s.value(QStringLiteral("by_month")).toObject(),
        (QJsonObject {
            { QStringLiteral("2026-01"), 1 }, { QStringLiteral("2026-02"), 1 }, { QStringLiteral("2026-03"), 2 } }));
    // Responses after 1, 3 and 2 h; resolutions after 48 and 30 h.
    EXPECT_EQ(s.value(QStringLiteral("average_response_hours")).toDouble(), 2.0);
    EXPECT_EQ(s.value(QStringLiteral("average_resolution_hours")).toDouble(), 39.0);
    // Responses: 1 and 3 in time, 2 late, 4 never answered -> 2 of 4. Resolutions: 1 in time; 2 late, 3 and 4
    // still open long past their due time -> 1 of 4.
    EXPECT_EQ(s.value(QStringLiteral("responses_met")).toInt(), 2);
    EXPECT_EQ(s.value(QStringLiteral("response_compliance_percent")).toDouble(), 50.0);
    EXPECT_EQ(s.value(QStringLiteral("resolutions_met")).toInt(), 1);
    EXPECT_EQ(s.value(QStringLiteral("resolutions_missed")).toInt(), 3);
    EXPECT_EQ(s.value(QStringLiteral("resolution_compliance_percent")).toDouble(), 25.0);
    // CSAT 5 and 2; NPS 10 (promoter) and 6 (detractor).
    EXPECT_EQ(s.value(QStringLiteral("csat_average")).toDouble(), 3.5);
    EXPECT_EQ(s.value(QStringLiteral("nps")).toDouble(), 0.0);
    EXPECT_EQ(s.value(QStringLiteral("promoters")).toInt(), 1);
    EXPECT_EQ(s.value(QStringLiteral("detractors")).toInt(), 1);
    EXPECT_EQ(s.value(QStringLiteral("repeated_customers")).toArray(),
        (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Alpha Foods Inc.") },
                          { QStringLiteral("count"), 2 } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("北京百川商贸有限公司") },
                { QStringLiteral("count"), 2 } } }));
    const QJsonArray terms = s.value(QStringLiteral("frequent_terms")).toArray();
    ASSERT_FALSE(terms.isEmpty());
    EXPECT_EQ(terms[0].toObject(),
        (QJsonObject { { QStringLiteral("term"), QStringLiteral("delivery") }, { QStringLiteral("count"), 2 } }));
}

TEST_F(ComplaintCliTest, BadPeriodsAreRefused)
{
    CliRun run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("stats"),
        QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.trimmed(),
        QStringLiteral("clientele-cli: complaints stats needs --from and --to as dates "
                       "YYYY-MM-DD, not \"2026-13-01\" and \"2026-03-31\""));
    run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("stats"),
        QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.trimmed(), QStringLiteral("clientele-cli: --to 2026-01-31 is before --from 2026-03-01"));
    run = cli({ QStringLiteral("--db"), path(), QStringLiteral("complaints"), QStringLiteral("purge") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.trimmed(), QStringLiteral("clientele-cli: complaints needs list or stats, not \"purge\""));
}

} // namespace

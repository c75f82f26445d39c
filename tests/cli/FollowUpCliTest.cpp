#include "Book.h"
#include "CliTestSupport.h"
#include "repo/ActivityRepository.h"
#include "repo/ContractRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/FollowUpService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

const QString kLongNotes
    = QStringLiteral("带上新的样品目录和价格表；客户希望了解交货期、付款方式, and the warranty terms "
                     "for the 2025 models.\nSecond line: bring the contract draft.");

class FollowUpCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(bookPath());
        ASSERT_TRUE(book.ok()) << book.error().toString();
        const QSqlDatabase db = book.value()->connection();
        LookupRepository lookups(db);
        const qint64 li = lookups.addOwner(QStringLiteral("李娜")).value_or(0);
        const qint64 emily = lookups.addOwner(QStringLiteral("Emily Carter")).value_or(0);
        CustomerRepository customers(db);
        Customer star;
        star.name = QStringLiteral("上海星辰贸易有限公司");
        star.ownerId = li;
        const qint64 starId = customers.create(star).value_or(0);
        Customer acme;
        acme.name = QStringLiteral("Acme, Inc.");
        acme.ownerId = emily;
        const qint64 acmeId = customers.create(acme).value_or(0);
        ASSERT_GT(starId, 0);
        ASSERT_GT(acmeId, 0);

        FollowUpService service(db);
        auto plan = [&](Activity a) {
            auto id = service.schedule(a);
            EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
            return id.value_or(0);
        };
        Activity call;
        call.customerId = starId;
        call.ownerId = li;
        call.subject = QStringLiteral("Call about \"the\" offer; price, terms");
        call.dueAt = utc(2025, 3, 4, 2);
        call.durationMinutes = 15;
        call.uuid = QStringLiteral("00000000-0000-4000-8000-000000000001");
        plan(call);
        Activity task;
        task.customerId = starId;
        task.ownerId = li;
        task.type = ActivityType::Task;
        task.subject = QStringLiteral("寄样品");
        task.allDay = true;
        task.dueDate = QDate(2025, 3, 5);
        task.uuid = QStringLiteral("00000000-0000-4000-8000-000000000002");
        plan(task);
        Activity review;
        review.customerId = acmeId;
        review.ownerId = emily;
        review.type = ActivityType::Meeting;
        review.subject = QStringLiteral("Quarterly review");
        review.dueAt = utc(2025, 3, 5, 16, 30); // 00:30 on the 6th in Shanghai
        review.durationMinutes = 60;
        review.recurrence = Recurrence(Recurrence::Unit::Month, 3);
        review.priority = ActivityPriority::High;
        review.uuid = QStringLiteral("00000000-0000-4000-8000-000000000003");
        plan(review);
        Activity visit;
        visit.customerId = starId;
        visit.ownerId = li;
        visit.type = ActivityType::Visit;
        visit.subject = QStringLiteral("拜访采购部");
        visit.notes = kLongNotes;
        visit.dueAt = utc(2025, 3, 12, 1);
        visit.durationMinutes = 90;
        visit.uuid = QStringLiteral("00000000-0000-4000-8000-000000000004");
        plan(visit);
        Activity done = call;
        done.uuid = QStringLiteral("00000000-0000-4000-8000-000000000005");
        done.subject = QStringLiteral("Old call");
        auto doneId = service.schedule(done);
        ASSERT_TRUE(doneId.ok());
        ASSERT_TRUE(service.complete(doneId.value(), QStringLiteral("ok")).ok());

        ContractRepository contracts(db);
        auto contract = [&](const QString &number, const QDate &start, const QDate &end, qint64 value) {
            Contract k;
            k.customerId = starId;
            k.number = number;
            k.title = QStringLiteral("年度维保");
            k.startDate = start;
            k.endDate = end;
            k.value = Amount { value, QStringLiteral("CNY") };
            EXPECT_TRUE(contracts.create(k).ok());
        };
        contract(QStringLiteral("HT-1"), QDate(2024, 4, 1), QDate(2025, 3, 31), 1234567);
        contract(QStringLiteral("HT-2"), QDate(2024, 7, 1), QDate(2025, 6, 30), 50000000);
        contract(QStringLiteral("HT-3"), QDate(2024, 3, 1), QDate(2025, 2, 28), 100);
    }

    QString bookPath() const { return m_dir.filePath(QStringLiteral("book.clientele")); }
    CliRun cli(const QStringList &arguments)
    {
        // In China Standard Time (no daylight saving), so local days are known.
        return runCli(m_dir.path(), QStringList { QStringLiteral("--db"), bookPath() } + arguments,
            { { QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai") } });
    }

    QTemporaryDir m_dir;
};

TEST_F(FollowUpCliTest, AgendaListsOverdueTodayAndTheNextSevenDaysInLocalTime)
{
    const CliRun run = cli({ QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2025-03-05") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
        (QStringList {
            QStringLiteral(
                "section,id,due,due_utc,all_day,type,subject,customer,contact,owner,priority,recurrence,uuid"),
            QStringLiteral("overdue,1,2025-03-04T10:00,2025-03-04T02:00:00Z,no,call,\"Call about \"\"the\"\" offer; "
                           "price, terms\",上海星辰贸易有限公司,,李娜,normal,,00000000-0000-4000-8000-000000000001"),
            QStringLiteral("today,2,2025-03-05,,yes,task,寄样品,上海星辰贸易有限公司,,李娜,normal,,"
                           "00000000-0000-4000-8000-000000000002"),
            QStringLiteral("next7days,3,2025-03-06T00:30,2025-03-05T16:30:00Z,no,meeting,Quarterly review,"
                           "\"Acme, Inc.\",,Emily Carter,high,FREQ=MONTHLY;INTERVAL=3,"
                           "00000000-0000-4000-8000-000000000003"),
            QStringLiteral("next7days,4,2025-03-12T09:00,2025-03-12T01:00:00Z,no,visit,拜访采购部,"
                           "上海星辰贸易有限公司,,李娜,normal,,00000000-0000-4000-8000-000000000004") }));
}

TEST_F(FollowUpCliTest, AgendaForOneOwnerAsJson)
{
    const CliRun run = cli(
        { QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2025-03-05"), QStringLiteral("--owner"),
            QStringLiteral("Emily Carter"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 1) << run;
    const QJsonObject item = items.first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("section")).toString(), QStringLiteral("next7days"));
    EXPECT_EQ(item.value(QStringLiteral("subject")).toString(), QStringLiteral("Quarterly review"));
    EXPECT_EQ(item.value(QStringLiteral("customer")).toString(), QStringLiteral("Acme, Inc."));
    EXPECT_EQ(item.value(QStringLiteral("due")).toString(), QStringLiteral("2025-03-06T00:30"));
}

TEST_F(FollowUpCliTest, BadOptionsFailWithOneLine)
{
    for (const QStringList &arguments :
        { QStringList { QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2025-02-30") },
            QStringList { QStringLiteral("agenda"), QStringLiteral("--owner"), QStringLiteral("Nobody") },
            QStringList { QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("xml") },
            QStringList { QStringLiteral("renewals") },
            QStringList { QStringLiteral("renewals"), QStringLiteral("--within"), QStringLiteral("soon") },
            QStringList { QStringLiteral("activities"), QStringLiteral("export-ics") },
            QStringList { QStringLiteral("activities"), QStringLiteral("import") } }) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << run;
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("clientele-cli: "))) << run;
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run;
        EXPECT_TRUE(run.out.isEmpty()) << run;
    }
    EXPECT_EQ(cli({ QStringLiteral("agenda"), QStringLiteral("--owner"), QStringLiteral("Nobody") }).err,
        QStringLiteral("clientele-cli: there is no owner named \"Nobody\"\n"));
}

TEST_F(FollowUpCliTest, RenewalsWithinDaysAsOfADate)
{
    const CliRun month = cli({ QStringLiteral("renewals"), QStringLiteral("--within"), QStringLiteral("30"),
        QStringLiteral("--as-of"), QStringLiteral("2025-03-05") });
    ASSERT_EQ(month.exitCode, 0) << month;
    EXPECT_EQ(month.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
        (QStringList { QStringLiteral("number,customer,title,start_date,end_date,days_left,value,currency,owner,status,"
                                      "auto_renew,notice_days"),
            QStringLiteral(
                "HT-1,上海星辰贸易有限公司,年度维保,2024-04-01,2025-03-31,26,12345.67,CNY,李娜,expiring,no,30") }));
    const CliRun longer = cli({ QStringLiteral("renewals"), QStringLiteral("--within"), QStringLiteral("120"),
        QStringLiteral("--as-of"), QStringLiteral("2025-03-05"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(longer.exitCode, 0) << longer;
    const QJsonArray items = QJsonDocument::fromJson(longer.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 2) << longer;
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("number")).toString(), QStringLiteral("HT-2"));
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("500000.00"));
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("days_left")).toString(), QStringLiteral("117"));
}

// Parses the file with python3-icalendar (not ours) and prints the events as JSON.
const char *kIcsReader = R"PY(
import json, sys
from icalendar import Calendar
with open(sys.argv[1], 'rb') as f:
    cal = Calendar.from_ical(f.read())
events = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    end = e.decoded('DTEND')
    rrule = e.get('RRULE')
    events.append({
        'uid': str(e.get('UID')),
        'summary': str(e.get('SUMMARY')),
        'description': str(e.get('DESCRIPTION')),
        'start': start.isoformat(),
        'end': end.isoformat(),
        'rrule': rrule.to_ical().decode() if rrule else '',
        'priority': int(e.get('PRIORITY')),
    })
print(json.dumps({'version': str(cal.get('VERSION')), 'events': sorted(events, key=lambda e: e['uid'])}))
)PY";

TEST_F(FollowUpCliTest, ExportedCalendarIsReadByPythonIcalendar)
{
    const CliRun run = cli({ QStringLiteral("activities"), QStringLiteral("export-ics"), QStringLiteral("out.ics") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(run.err, QStringLiteral("Wrote 4 follow-ups to out.ics.\n"));
    QFile file(m_dir.filePath(QStringLiteral("out.ics")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(bytes.count("\r\n"), bytes.count("\n")) << "every line ends in CRLF";
    bool folded = false;
    for (const QByteArray &line : bytes.split('\n')) {
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets and the CR
        folded = folded || line.startsWith(' ');
    }
    EXPECT_TRUE(folded) << "the long description is folded";

    if (QProcess::execute(
            QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QStringLiteral("import icalendar") })
        != 0)
        GTEST_SKIP() << "python3-icalendar is not installed for /usr/bin/python3";
    const CliRun parsed = runProgram(QStringLiteral("/usr/bin/python3"), m_dir.path(),
        { QStringLiteral("-c"), QString::fromUtf8(kIcsReader), m_dir.filePath(QStringLiteral("out.ics")) });
    ASSERT_EQ(parsed.exitCode, 0) << parsed;
    const QJsonObject calendar = QJsonDocument::fromJson(parsed.out.toUtf8()).object();
    EXPECT_EQ(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
    const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 4) << parsed;
    const QJsonObject call = events[0].toObject();
    EXPECT_EQ(
        call.value(QStringLiteral("uid")).toString(), QStringLiteral("00000000-0000-4000-8000-000000000001@clientele"));
    EXPECT_EQ(call.value(QStringLiteral("summary")).toString(),
        QStringLiteral("Call about \"the\" offer; price, terms — 上海星辰贸易有限公司"));
    EXPECT_EQ(call.value(QStringLiteral("start")).toString(), QStringLiteral("2025-03-04T02:00:00+00:00"));
    EXPECT_EQ(call.value(QStringLiteral("end")).toString(), QStringLiteral("2025-03-04T02:15:00+00:00"));
    EXPECT_EQ(call.value(QStringLiteral("priority")).toInt(), 5);
    const QJsonObject task = events[1].toObject();
    EXPECT_EQ(task.value(QStringLiteral("start")).toString(), QStringLiteral("2025-03-05"));
    EXPECT_EQ(task.value(QStringLiteral("end")).toString(), QStringLiteral("2025-03-06"));
    const QJsonObject review = events[2].toObject();
    EXPECT_EQ(review.value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=MONTHLY;INTERVAL=3"));
    EXPECT_EQ(review.value(QStringLiteral("priority")).toInt(), 1);
    const QJsonObject visit = events[3].toObject();
    EXPECT_EQ(visit.value(QStringLiteral("description")).toString(),
        QStringLiteral("Type: Visit\nCustomer: 上海星辰贸易有限公司\nOwner: 李娜\n") + kLongNotes);
    EXPECT_EQ(visit.value(QStringLiteral("end")).toString(), QStringLiteral("2025-03-12T02:30:00+00:00"));
}

} // namespace

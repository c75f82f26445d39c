// Every kind of change leaves its audit entry, in the transaction of the change itself: follow-ups, products,
// quotes and their orders, complaints and exports. (Contracts: AuditContractsTest.cpp; consent: ConsentTest.cpp.)
#include "FollowUpTestSupport.h"
#include "Formatting.h"

#include "audit/AuditDescriber.h"
#include "audit/AuditLog.h"
#include "db/Transaction.h"
#include "io/CalendarExporter.h"
#include "repo/ActivityRepository.h"
#include "repo/ComplaintRepository.h"
#include "repo/OrderRepository.h"
#include "repo/ProductRepository.h"
#include "repo/QuoteRepository.h"
#include "repo/TimelineRepository.h"
#include "services/ComplaintWorkflow.h"
#include "services/FollowUpService.h"

#include <QFile>
#include <QJsonDocument>

using namespace TestSql;

namespace {

class AuditCoverageTest : public FollowUpBookTest
{
protected:
    void SetUp() override
    {
        FollowUpBookTest::SetUp();
        if (HasFatalFailure())
            return;
        qputenv("USER", "wangwei");
        m_customer = addCustomer(QStringLiteral("杭州恒泰机械有限公司"), QStringLiteral("A"), m_li);
    }

    // "action id customer changes" for each entry about `entity`, oldest first.
    QStringList trail(const QString &entity)
    {
        return dump(db(),
            QStringLiteral("SELECT action, COALESCE(entity_id, '-'), COALESCE(customer_id, '-'), changes "
                           "FROM audit_entries WHERE entity = '%1' ORDER BY id")
                .arg(entity));
    }

    QString entryLine(const QString &action, qint64 id, qint64 customerId, const QString &changes)
    {
        return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(action, id > 0 ? QString::number(id) : QStringLiteral("-"),
                customerId > 0 ? QString::number(customerId) : QStringLiteral("-"), changes);
    }

    qint64 entries() { return count(db(), QStringLiteral("SELECT count(*) FROM audit_entries")); }

    Activity call(const QString &subject)
    {
        Activity a;
        a.customerId = m_customer;
        a.ownerId = m_li;
        a.subject = subject;
        a.dueAt = newYork(2025, 3, 6, 9);
        return a;
    }

    Quote quote()
    {
        Quote q;
        q.customerId = m_customer;
        q.date = QDate(2025, 3, 5);
        q.validUntil = QDate(2025, 4, 4);
        QuoteLine line;
        line.description = QStringLiteral("液压泵");
        line.quantity = 2500;
        line.unitPrice = 120000;
        q.lines << line;
        return q;
    }

    qint64 m_customer = 0;
};

TEST_F(AuditCoverageTest, FollowUpsAreRecordedWhenScheduledChangedRescheduledDoneAndCancelled)
{
    const qint64 before = entries();
    FollowUpService service(db());
    Activity weekly = call(QStringLiteral("周会"));
    weekly.recurrence = Recurrence(Recurrence::Unit::Week, 1);
    auto id = service.schedule(weekly);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    ASSERT_TRUE(service.reschedule(id.value(), QDate(2025, 3, 7)).ok());
    m_clock.set(newYork(2025, 3, 7, 10));
    auto next = service.complete(id.value(), QStringLiteral("谈妥了"));
    ASSERT_TRUE(next.ok()) << next.error().toString();
    ASSERT_TRUE(service.cancel(next.value()).ok());

    const QStringList lines = trail(QStringLiteral("activity"));
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(entries() - before, 5);
    EXPECT_EQ(lines[0],
        entryLine(QStringLiteral("create"), id.value(), m_customer,
            QStringLiteral("{\"completed_at\":{\"new\":\"\"},\"contact_id\":{\"new\":0},\"due\":{\"new\":"
                           "\"2025-03-06T14:00:00Z\"},\"duration_minutes\":{\"new\":0},\"notes\":{\"new\":\"\"},"
                           "\"outcome\":{\"new\":\"\"},\"owner_id\":{\"new\":%1},\"priority\":{\"new\":\"normal\"},"
                           "\"recurrence\":{\"new\":\"FREQ=WEEKLY;INTERVAL=1\"},\"status\":{\"new\":\"planned\"},"
                           "\"subject\":{\"new\":\"周会\"},\"type\":{\"new\":\"call\"}}")
                .arg(m_li)));
    // Moved to another day at the same local time.
    EXPECT_EQ(lines[1],
        entryLine(QStringLiteral("update"), id.value(), m_customer,
            QStringLiteral("{\"due\":{\"new\":\"2025-03-07T14:00:00Z\",\"old\":\"2025-03-06T14:00:00Z\"}}")));
    EXPECT_EQ(lines[2],
        entryLine(QStringLiteral("update"), id.value(), m_customer,
            QStringLiteral("{\"completed_at\":{\"new\":\"2025-03-07T15:00:00Z\",\"old\":\"\"},\"outcome\":{\"new\":"
                           "\"谈妥了\",\"old\":\"\"},\"status\":{\"new\":\"done\",\"old\":\"planned\"}}")));
    // The series' next occurrence (from its Thursday anchor, 9:00 local after the DST change) is a new follow-up.
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("create\t%1\t%2\t").arg(next.value()).arg(m_customer)));
    EXPECT_TRUE(lines[3].contains(QStringLiteral("\"due\":{\"new\":\"2025-03-13T13:00:00Z\"}")));
    EXPECT_EQ(lines[4],
        entryLine(QStringLiteral("update"), next.value(), m_customer,
            QStringLiteral("{\"status\":{\"new\":\"cancelled\",\"old\":\"planned\"}}")));
}

TEST_F(AuditCoverageTest, TheCustomerTimelineShowsChangesToTheCustomersRecordsButNotACompletionTwice)
{
    FollowUpService service(db());
    auto id = service.schedule(call(QStringLiteral("回访")));
    ASSERT_TRUE(id.ok());
    m_clock.set(newYork(2025, 3, 5, 11));
    ASSERT_TRUE(service.reschedule(id.value(), QDate(2025, 3, 7)).ok());
    m_clock.set(newYork(2025, 3, 5, 12));
    auto quoteId = QuoteRepository(db()).create(quote());
    ASSERT_TRUE(quoteId.ok());
    m_clock.set(newYork(2025, 3, 5, 13));
    ASSERT_TRUE(QuoteRepository(db()).markSent(quoteId.value()).ok());
    m_clock.set(newYork(2025, 3, 7, 10));
    ASSERT_TRUE(service.complete(id.value(), QStringLiteral("谈妥了")).ok());
    auto timeline = TimelineRepository(db()).forCustomer(m_customer);
    ASSERT_TRUE(timeline.ok());
    QStringList audited;
    for (const TimelineEntry &entry : timeline.value()) {
        if (entry.kind == TimelineEntry::Kind::Audit)
            audited << entry.text;
    }
    EXPECT_EQ(audited,
        (QStringList { QStringLiteral("Changed (Quote) by wangwei: Status: Draft → Sent"),
            QStringLiteral("Changed (Follow-up) by wangwei: Due: %1 → %2")
                .arg(Formatting::localDateTime(QDateTime(QDate(2025, 3, 6), QTime(14, 0), Qt::UTC)),
                    Formatting::localDateTime(QDateTime(QDate(2025, 3, 7), QTime(14, 0), Qt::UTC))) }));
}

TEST_F(AuditCoverageTest, ARefusedOrRolledBackChangeLeavesNoEntry)
{
    auto id = FollowUpService(db()).schedule(call(QStringLiteral("Call")));
    ASSERT_TRUE(id.ok());
    const qint64 before = entries();
    Activity missing = call(QStringLiteral("Ghost"));
    missing.id = id.value() + 100;
    EXPECT_FALSE(ActivityRepository(db()).update(missing).ok());
    Product duplicateCode;
    duplicateCode.code = QStringLiteral("P-1");
    duplicateCode.name = QStringLiteral("Pump");
    ASSERT_TRUE(ProductRepository(db()).save(duplicateCode).ok());
    EXPECT_FALSE(ProductRepository(db()).save(duplicateCode).ok()); // the code is taken
    EXPECT_EQ(entries(), before + 1);
    {
        // A change whose user action fails later is rolled back with its entry.
        Transaction action(db());
        ASSERT_TRUE(action.begin().ok());
        ASSERT_TRUE(FollowUpService(db()).cancel(id.value()).ok());
        EXPECT_EQ(entries(), before + 2);
    }
    EXPECT_EQ(entries(), before + 1);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT status FROM activities WHERE id = ?"), { id.value() }).toString(),
        QStringLiteral("planned"));
}

TEST_F(AuditCoverageTest, ProductsAreRecordedWhenCreatedChangedAndRetired)
{
    ProductRepository products(db());
    Product pump;
    pump.code = QStringLiteral("HP-200");
    pump.name = QStringLiteral("液压泵");
    pump.unitPrice = 120000;
    auto id = products.save(pump);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    pump.id = id.value();
    pump.unitPrice = 125000;
    ASSERT_TRUE(products.save(pump).ok());
    ASSERT_TRUE(products.save(pump).ok()); // unchanged: nothing recorded
    ASSERT_TRUE(products.setActive(pump.id, false).ok());

    const QStringList lines = trail(QStringLiteral("product"));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0],
        entryLine(QStringLiteral("create"), pump.id, 0,
            QStringLiteral("{\"active\":{\"new\":true},\"category\":{\"new\":\"\"},\"code\":{\"new\":\"HP-200\"},"
                           "\"cost_price\":{\"new\":0},\"currency\":{\"new\":\"CNY\"},\"description\":{\"new\":\"\"},"
                           "\"name\":{\"new\":\"液压泵\"},\"tax_rate\":{\"new\":0},\"unit\":{\"new\":\"\"},"
                           "\"unit_price\":{\"new\":120000}}")));
    EXPECT_EQ(lines[1],
        entryLine(
            QStringLiteral("update"), pump.id, 0, QStringLiteral("{\"unit_price\":{\"new\":125000,\"old\":120000}}")));
    EXPECT_EQ(lines[2],
        entryLine(QStringLiteral("update"), pump.id, 0, QStringLiteral("{\"active\":{\"new\":false,\"old\":true}}")));
    // As the Audit view and the timeline show a new record: its fields, leaving out the empty ones.
    AuditFilter filter;
    filter.entity = QStringLiteral("product");
    const QList<AuditEntry> entries = AuditLog(db()).list(filter).value_or({});
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(AuditDescriber(db()).describe(entries.last()),
        QStringLiteral("Code: HP-200; Name: 液压泵; Currency: CNY; Unit price: ¥1,200.00; Cost price: ¥0.00; "
                       "Tax rate: 0%; Active: Yes"));
}

TEST_F(AuditCoverageTest, QuotesAreRecordedThroughRevisionsStatusChangesDuplicationAndAcceptance)
{
    QuoteRepository quotes(db());
    auto id = quotes.create(quote());
    ASSERT_TRUE(id.ok()) << id.error().toString();
    auto draft = quotes.get(id.value());
    ASSERT_TRUE(draft.ok());
    const QString number = draft.value().number;
    draft.value().notes = QStringLiteral("含运费");
    ASSERT_TRUE(quotes.save(draft.value()).ok());
    ASSERT_TRUE(quotes.markSent(id.value()).ok());
    Quote revised = quotes.get(id.value()).value_or(Quote {});
    revised.lines[0].quantity = 3000;
    auto revision = quotes.save(revised);
    ASSERT_TRUE(revision.ok()) << revision.error().toString();
    ASSERT_TRUE(quotes.reject(revision.value()).ok());
    auto copy = quotes.duplicate(revision.value(), QDate(2025, 3, 6));
    ASSERT_TRUE(copy.ok()) << copy.error().toString();
    auto order = quotes.accept(copy.value(), QDate(2025, 3, 8));
    ASSERT_TRUE(order.ok()) << order.error().toString();

    const QStringList lines = trail(QStringLiteral("quote"));
    ASSERT_EQ(lines.size(), 7);
    const QString created = QStringLiteral(
        "{\"charges\":{\"new\":0},\"contact_id\":{\"new\":0},\"currency\":{\"new\":\"CNY\"},\"customer_id\":{\"new\":"
        "%1},\"date\":{\"new\":\"2025-03-05\"},\"discount_rate\":{\"new\":0},\"lines\":{\"new\":[\"液压泵 × 2.5 @ "
        "1200.00\"]},\"notes\":{\"new\":\"\"},\"number\":{\"new\":\"%2\"},\"owner_id\":{\"new\":0},\"revision\":"
        "{\"new\":1},\"status\":{\"new\":\"draft\"},\"terms\":{\"new\":\"\"},\"total\":{\"new\":300000},"
        "\"valid_until\":{\"new\":\"2025-04-04\"}}")
                                .arg(m_customer)
                                .arg(number);
    EXPECT_EQ(lines[0], entryLine(QStringLiteral("create"), id.value(), m_customer, created));
    EXPECT_EQ(lines[1],
        entryLine(QStringLiteral("update"), id.value(), m_customer,
            QStringLiteral("{\"notes\":{\"new\":\"含运费\",\"old\":\"\"}}")));
    EXPECT_EQ(lines[2],
        entryLine(QStringLiteral("update"), id.value(), m_customer,
            QStringLiteral("{\"status\":{\"new\":\"sent\",\"old\":\"draft\"}}")));
    // A sent quote changed becomes its next revision: the entry is on the new revision and names the one it revises.
    EXPECT_EQ(lines[3],
        entryLine(QStringLiteral("update"), revision.value(), m_customer,
            QStringLiteral("{\"lines\":{\"new\":[\"液压泵 × 3 @ 1200.00\"],\"old\":[\"液压泵 × 2.5 @ 1200.00\"]},"
                           "\"revises\":{\"new\":%1},\"revision\":{\"new\":2,\"old\":1},\"status\":{\"new\":"
                           "\"draft\",\"old\":\"sent\"},\"total\":{\"new\":360000,\"old\":300000}}")
                .arg(id.value())));
    EXPECT_EQ(lines[4],
        entryLine(QStringLiteral("update"), revision.value(), m_customer,
            QStringLiteral("{\"status\":{\"new\":\"rejected\",\"old\":\"draft\"}}")));
    EXPECT_TRUE(lines[5].startsWith(QStringLiteral("create\t%1\t%2\t").arg(copy.value()).arg(m_customer)));
    EXPECT_TRUE(lines[5].contains(QStringLiteral("\"duplicate_of\":{\"new\":%1}").arg(revision.value())));
    EXPECT_EQ(lines[6],
        entryLine(QStringLiteral("update"), copy.value(), m_customer,
            QStringLiteral("{\"status\":{\"new\":\"accepted\",\"old\":\"draft\"}}")));

    // Accepting made the order in the same transaction, and recorded it.
    const QStringList orders = trail(QStringLiteral("order"));
    ASSERT_EQ(orders.size(), 1);
    const QString orderNumber = OrderRepository(db()).get(order.value()).value_or(Order {}).number;
    EXPECT_EQ(orders[0],
        entryLine(QStringLiteral("create"), order.value(), m_customer,
            QStringLiteral("{\"channel\":{\"new\":\"direct\"},\"charges\":{\"new\":0},\"currency\":{\"new\":\"CNY\"},"
                           "\"date\":{\"new\":\"2025-03-08\"},\"discount\":{\"new\":0},\"lines\":{\"new\":1},"
                           "\"number\":{\"new\":\"%1\"},\"owner_id\":{\"new\":0},\"quote_id\":{\"new\":%2},"
                           "\"subtotal\":{\"new\":360000},\"tax\":{\"new\":0},\"total\":{\"new\":360000}}")
                .arg(orderNumber)
                .arg(copy.value())));
}

TEST_F(AuditCoverageTest, ExpiringOverdueQuotesIsOneEntryForTheBatch)
{
    QuoteRepository quotes(db());
    auto a = quotes.create(quote());
    auto b = quotes.create(quote());
    auto c = quotes.create(quote());
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    ASSERT_TRUE(quotes.markSent(a.value()).ok());
    ASSERT_TRUE(quotes.markSent(b.value()).ok());
    auto expired = quotes.expireOverdue(QDate(2025, 4, 10));
    ASSERT_TRUE(expired.ok());
    EXPECT_EQ(expired.value(), 2);
    EXPECT_EQ(trail(QStringLiteral("quote")).last(),
        entryLine(QStringLiteral("update"), 0, 0,
            QStringLiteral("{\"ids\":[%1,%2],\"rows\":2,\"status\":{\"new\":\"expired\",\"old\":\"sent\"}}")
                .arg(a.value())
                .arg(b.value())));
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity = 'quote' AND "
                                 "batch_id IS NOT NULL")),
        1);
    ASSERT_TRUE(quotes.expireOverdue(QDate(2025, 4, 10)).ok()); // nothing left to expire: nothing recorded
    EXPECT_EQ(trail(QStringLiteral("quote")).size(), 6);
}

TEST_F(AuditCoverageTest, ComplaintsAreRecordedThroughEveryWorkflowStepAndTheClosingScores)
{
    m_clock.set(QDateTime(QDate(2025, 3, 5), QTime(15, 0), Qt::UTC));
    Complaint draft;
    draft.customerId = m_customer;
    draft.channel = ComplaintChannel::Email;
    draft.category = QStringLiteral("delivery");
    draft.severity = ComplaintSeverity::Medium;
    draft.summary = QStringLiteral("货物延迟两周");
    draft.receivedAt = QDateTime(QDate(2025, 3, 5), QTime(14, 0), Qt::UTC);
    ComplaintWorkflow workflow(db());
    auto logged = workflow.log(draft, QStringLiteral("wang"));
    ASSERT_TRUE(logged.ok()) << logged.error().toString();
    const qint64 id = logged.value().id;
    Complaint edited = logged.value();
    edited.ownerId = m_emily;
    ASSERT_TRUE(workflow.saveDetails(edited, QStringLiteral("wang")).ok());
    m_clock.set(QDateTime(QDate(2025, 3, 5), QTime(16, 0), Qt::UTC));
    ASSERT_TRUE(workflow.move(id, ComplaintStatus::Acknowledged, QStringLiteral("wang")).ok());
    ASSERT_TRUE(workflow.move(id, ComplaintStatus::InProgress, QStringLiteral("wang")).ok());
    edited = ComplaintRepository(db()).get(id).value_or(Complaint {});
    edited.resolution = QStringLiteral("补发");
    ASSERT_TRUE(workflow.saveDetails(edited, QStringLiteral("wang")).ok());
    m_clock.set(QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(workflow.move(id, ComplaintStatus::Resolved, QStringLiteral("wang")).ok());
    m_clock.set(QDateTime(QDate(2025, 3, 7), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(workflow.close(id, 4, 9, QStringLiteral("wang")).ok());

    const QStringList lines = trail(QStringLiteral("complaint"));
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("create\t%1\t%2\t").arg(id).arg(m_customer)));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("\"status\":{\"new\":\"new\"}")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("\"summary\":{\"new\":\"货物延迟两周\"}")));
    EXPECT_EQ(lines[1],
        entryLine(QStringLiteral("update"), id, m_customer,
            QStringLiteral("{\"owner_id\":{\"new\":%1,\"old\":0}}").arg(m_emily)));
    EXPECT_EQ(lines[2],
        entryLine(QStringLiteral("update"), id, m_customer,
            QStringLiteral("{\"responded_at\":{\"new\":\"2025-03-05T16:00:00Z\",\"old\":\"\"},\"status\":{\"new\":"
                           "\"acknowledged\",\"old\":\"new\"}}")));
    EXPECT_EQ(lines[3],
        entryLine(QStringLiteral("update"), id, m_customer,
            QStringLiteral("{\"status\":{\"new\":\"in_progress\",\"old\":\"acknowledged\"}}")));
    EXPECT_EQ(lines[4],
        entryLine(QStringLiteral("update"), id, m_customer,
            QStringLiteral("{\"resolution\":{\"new\":\"补发\",\"old\":\"\"}}")));
    EXPECT_EQ(lines[5],
        entryLine(QStringLiteral("update"), id, m_customer,
            QStringLiteral("{\"resolved_at\":{\"new\":\"2025-03-06T09:00:00Z\",\"old\":\"\"},\"status\":{\"new\":"
                           "\"resolved\",\"old\":\"in_progress\"}}")));
    EXPECT_EQ(lines[6],
        entryLine(QStringLiteral("update"), id, m_customer,
            QStringLiteral("{\"closed_at\":{\"new\":\"2025-03-07T09:00:00Z\",\"old\":\"\"},\"csat\":{\"new\":4,"
                           "\"old\":null},\"nps\":{\"new\":9,\"old\":null},\"status\":{\"new\":\"closed\",\"old\":"
                           "\"resolved\"}}")));
}

TEST_F(AuditCoverageTest, ExportsOfTheCalendarAndTheAuditTrailAreEachOneEntry)
{
    ASSERT_TRUE(FollowUpService(db()).schedule(call(QStringLiteral("A"))).ok());
    ASSERT_TRUE(FollowUpService(db()).schedule(call(QStringLiteral("B"))).ok());
    const QString ics = m_dir.filePath(QStringLiteral("follow-ups.ics"));
    auto written = CalendarExporter(db()).exportPlanned(ics, m_li, m_clock.nowUtc());
    ASSERT_TRUE(written.ok()) << written.error().toString();
    EXPECT_EQ(written.value(), 2);
    EXPECT_TRUE(QFile::exists(ics));
    EXPECT_EQ(trail(QStringLiteral("activity")).last(),
        QStringLiteral("export\t-\t-\t{\"anonymised\":false,\"file\":\"follow-ups.ics\",\"owner_id\":%1,\"rows\":2}")
            .arg(m_li));

    AuditFilter filter;
    filter.entity = QStringLiteral("activity");
    const QString xlsx = m_dir.filePath(QStringLiteral("trail.xlsx"));
    auto rows = AuditLog(db()).exportTo(xlsx, filter);
    ASSERT_TRUE(rows.ok()) << rows.error().toString();
    EXPECT_EQ(rows.value(), 3);
    EXPECT_EQ(trail(QStringLiteral("audit_entry")),
        QStringList { QStringLiteral(
            "export\t-\t-\t{\"anonymised\":false,\"entity\":\"activity\",\"file\":\"trail.xlsx\",\"rows\":3}") });

    // A file that cannot be written is no export.
    const qint64 before = entries();
    EXPECT_FALSE(CalendarExporter(db()).exportPlanned(m_dir.filePath(QStringLiteral("missing/x.ics")), 0, {}).ok());
    EXPECT_FALSE(AuditLog(db()).exportTo(m_dir.filePath(QStringLiteral("missing/x.csv")), filter).ok());
    EXPECT_EQ(entries(), before);
}

TEST_F(AuditCoverageTest, TheAuditViewNamesEveryKindOfRecordInTheUsersLanguage)
{
    EXPECT_EQ(allAuditEntities(),
        (QStringList { QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("note"),
            QStringLiteral("activity"), QStringLiteral("contract"), QStringLiteral("product"), QStringLiteral("quote"),
            QStringLiteral("order"), QStringLiteral("complaint"), QStringLiteral("owner"),
            QStringLiteral("audit_entry"), QStringLiteral("book") }));
    EXPECT_EQ(auditEntityDisplayName(QStringLiteral("activity")), QStringLiteral("Follow-up"));
    EXPECT_EQ(auditEntityDisplayName(QStringLiteral("owner")), QStringLiteral("Sales rep"));
    EXPECT_EQ(auditEntityDisplayName(QStringLiteral("audit_entry")), QStringLiteral("Audit trail"));
}

} // namespace

#include "TestSupport.h"

#include "Clock.h"
#include "repo/ComplaintRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/TimelineRepository.h"
#include "services/ComplaintSettings.h"
#include "services/ComplaintWorkflow.h"

using namespace TestSql;

namespace {

const QDateTime kReceived(QDate(2026, 3, 6), QTime(9, 30), Qt::UTC);

class ComplaintWorkflowTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
        Customer customer;
        customer.name = QStringLiteral("杭州恒泰物流有限公司");
        auto id = CustomerRepository(db()).create(customer);
        ASSERT_TRUE(id.ok()) << id.error().toString();
        m_customerId = id.value();
        auto owner = LookupRepository(db()).addOwner(QStringLiteral("李娜"));
        ASSERT_TRUE(owner.ok());
        m_ownerId = owner.value();
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    Complaint draft(ComplaintSeverity severity = ComplaintSeverity::High) const
    {
        Complaint c;
        c.customerId = m_customerId;
        c.channel = ComplaintChannel::Email;
        c.category = QStringLiteral("delivery");
        c.severity = severity;
        c.summary = QStringLiteral("货物延迟两周");
        c.description = QStringLiteral("订单 SO-1042 承诺 3 月 1 日到货，至今未到。");
        c.orderRef = QStringLiteral("SO-1042");
        c.receivedAt = kReceived;
        c.ownerId = m_ownerId;
        return c;
    }

    Complaint logged(ComplaintSeverity severity = ComplaintSeverity::High)
    {
        auto c = ComplaintWorkflow(db()).log(draft(severity), QStringLiteral("wang"));
        EXPECT_TRUE(c.ok()) << c.error().toString();
        return c.value_or(Complaint());
    }

    void at(const QDateTime &utc) { m_clock.set(utc); }

    // "from>to actor note" per history entry, oldest first.
    QStringList history(qint64 id)
    {
        return dump(db(),
            QStringLiteral("SELECT COALESCE(from_status, '-') || '>' || to_status, actor, note, "
                           "happened_at FROM complaint_history WHERE complaint_id = %1 ORDER BY id")
                .arg(id));
    }

    FixedClock m_clock { QDateTime(QDate(2026, 3, 6), QTime(9, 45), Qt::UTC) };
    qint64 m_customerId = 0;
    qint64 m_ownerId = 0;
};

TEST_F(ComplaintWorkflowTest, LoggingNumbersTheCaseAndComputesItsDueTimes)
{
    const Complaint c = logged();
    EXPECT_EQ(c.number, QStringLiteral("C-2026-0001"));
    EXPECT_EQ(c.status, ComplaintStatus::New);
    EXPECT_EQ(c.customerName, QStringLiteral("杭州恒泰物流有限公司"));
    EXPECT_EQ(c.ownerName, QStringLiteral("李娜"));
    EXPECT_EQ(c.receivedAt, kReceived);
    // High: respond within 8 h, resolve within 3 days, around the clock by default.
    EXPECT_EQ(c.responseDueAt, QDateTime(QDate(2026, 3, 6), QTime(17, 30), Qt::UTC));
    EXPECT_EQ(c.resolutionDueAt, QDateTime(QDate(2026, 3, 9), QTime(9, 30), Qt::UTC));
    EXPECT_FALSE(c.respondedAt.isValid());
    EXPECT_EQ(history(c.id),
        (QStringList { QStringLiteral("->new\twang\tLogged via Email, severity High.\t"
                                      "2026-03-06T09:45:00Z") }));

    Complaint second = draft();
    second.receivedAt = {};
    auto two = ComplaintWorkflow(db()).log(second, {});
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(two.value().number, QStringLiteral("C-2026-0002"));
    EXPECT_EQ(two.value().receivedAt, m_clock.nowUtc()); // received now when no time is given
    Complaint lastYear = draft();
    lastYear.receivedAt = QDateTime(QDate(2025, 12, 31), QTime(23, 0), Qt::UTC);
    auto three = ComplaintWorkflow(db()).log(lastYear, {});
    ASSERT_TRUE(three.ok());
    EXPECT_EQ(three.value().number, QStringLiteral("C-2025-0001"));
}

TEST_F(ComplaintWorkflowTest, DueTimesFollowTheBooksBusinessHours)
{
    auto levels = ServiceLevels::fromText(
        QStringLiteral("high=240/960"), QStringLiteral("1,2,3,4,5 09:00-18:00 Asia/Shanghai"));
    ASSERT_TRUE(levels.ok());
    ASSERT_TRUE(ComplaintSettings(db()).setServiceLevels(levels.value()).ok());
    Complaint late = draft();
    late.receivedAt = QDateTime(QDate(2026, 3, 6), QTime(17, 0), QTimeZone("Asia/Shanghai")); // a Friday
    auto c = ComplaintWorkflow(db()).log(late, {});
    ASSERT_TRUE(c.ok()) << c.error().toString();
    // 1 h on Friday, 3 h on Monday; 16 h = 1 + 9 + 6 -> Tuesday 15:00 Shanghai time.
    EXPECT_EQ(c.value().responseDueAt, QDateTime(QDate(2026, 3, 9), QTime(4, 0), Qt::UTC));
    EXPECT_EQ(c.value().resolutionDueAt, QDateTime(QDate(2026, 3, 10), QTime(7, 0), Qt::UTC));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT value FROM book_settings WHERE key = 'complaint_sla'")).toString(),
        QStringLiteral("critical=120/1440;high=240/960;medium=1440/7200;low=4320/14400"));
}

TEST_F(ComplaintWorkflowTest, ACaseNeedsACustomerAndASummary)
{
    Complaint noSummary = draft();
    noSummary.summary = QStringLiteral("   ");
    auto refused = ComplaintWorkflow(db()).log(noSummary, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("summary"));
    Complaint nobody = draft();
    nobody.customerId = 999;
    refused = ComplaintWorkflow(db()).log(nobody, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
        QStringLiteral("The customer 999 of the complaint does not exist or is in the trash."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaints")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaint_history")), 0);
}

TEST_F(ComplaintWorkflowTest, ACaseGoesThroughToClosedWithSatisfaction)
{
    const Complaint c = logged();
    ComplaintWorkflow workflow(db());
    at(QDateTime(QDate(2026, 3, 6), QTime(10, 0), Qt::UTC));
    ASSERT_TRUE(
        workflow.move(c.id, ComplaintStatus::Acknowledged, QStringLiteral("li"), QStringLiteral("已致电客户")).ok());
    at(QDateTime(QDate(2026, 3, 6), QTime(11, 0), Qt::UTC));
    ASSERT_TRUE(workflow.move(c.id, ComplaintStatus::InProgress, QStringLiteral("li")).ok());
    Complaint edited = ComplaintRepository(db()).get(c.id).value();
    edited.resolution = QStringLiteral("Re-sent the goods by express.");
    edited.rootCause = QStringLiteral("Carrier lost the pallet.");
    edited.correctiveAction = QStringLiteral("Insure pallets over 10,000 yuan.");
    ASSERT_TRUE(workflow.saveDetails(edited, QStringLiteral("li")).ok());
    at(QDateTime(QDate(2026, 3, 8), QTime(16, 0), Qt::UTC));
    auto resolved = workflow.move(c.id, ComplaintStatus::Resolved, QStringLiteral("li"));
    ASSERT_TRUE(resolved.ok()) << resolved.error().toString();
    at(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    auto closed = workflow.close(c.id, 4, 9, QStringLiteral("li"));
    ASSERT_TRUE(closed.ok()) << closed.error().toString();

    const Complaint done = closed.value();
    EXPECT_EQ(done.status, ComplaintStatus::Closed);
    EXPECT_EQ(done.respondedAt, QDateTime(QDate(2026, 3, 6), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(done.resolvedAt, QDateTime(QDate(2026, 3, 8), QTime(16, 0), Qt::UTC));
    EXPECT_EQ(done.closedAt, QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    EXPECT_EQ(done.csat, 4);
    EXPECT_EQ(done.nps, 9);
    EXPECT_EQ(done.rootCause, QStringLiteral("Carrier lost the pallet."));
    EXPECT_EQ(history(c.id),
        (QStringList { QStringLiteral("->new\twang\tLogged via Email, severity High.\t2026-03-06T09:45:00Z"),
            QStringLiteral("new>acknowledged\tli\t已致电客户\t2026-03-06T10:00:00Z"),
            QStringLiteral("acknowledged>in_progress\tli\t\t2026-03-06T11:00:00Z"),
            QStringLiteral("in_progress>resolved\tli\t\t2026-03-08T16:00:00Z"),
            QStringLiteral("resolved>closed\tli\tSatisfaction: CSAT 4, NPS 9.\t2026-03-10T08:00:00Z") }));
}

TEST_F(ComplaintWorkflowTest, IllegalMovesAreRefusedAndChangeNothing)
{
    const Complaint c = logged();
    ComplaintWorkflow workflow(db());
    auto refused = workflow.move(c.id, ComplaintStatus::Resolved, QStringLiteral("li"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("The complaint C-2026-0001 is New; it cannot move to Resolved."));
    refused = workflow.close(c.id, 5, 10, QStringLiteral("li"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("The complaint C-2026-0001 is New; it cannot move to Closed."));
    EXPECT_EQ(ComplaintRepository(db()).get(c.id).value().status, ComplaintStatus::New);
    EXPECT_FALSE(ComplaintRepository(db()).get(c.id).value().csat.has_value());
    EXPECT_EQ(history(c.id).size(), 1);

    ASSERT_TRUE(workflow.move(c.id, ComplaintStatus::Acknowledged, {}).ok());
    ASSERT_TRUE(workflow.move(c.id, ComplaintStatus::InProgress, {}).ok());
    refused = workflow.move(c.id, ComplaintStatus::Resolved, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
        QStringLiteral("Write down the resolution before resolving the complaint C-2026-0001."));
    EXPECT_EQ(refused.error().field, QStringLiteral("resolution"));
    EXPECT_EQ(ComplaintRepository(db()).get(c.id).value().status, ComplaintStatus::InProgress);
    EXPECT_EQ(history(c.id).size(), 3);
}

TEST_F(ComplaintWorkflowTest, TheTransitionTable)
{
    const QList<ComplaintStatus> all = allComplaintStatuses();
    QStringList allowed;
    for (ComplaintStatus from : all) {
        for (ComplaintStatus to : all) {
            if (ComplaintWorkflow::canMove(from, to))
                allowed << toString(from) + QStringLiteral(">") + toString(to);
        }
    }
    EXPECT_EQ(allowed,
        (QStringList { QStringLiteral("new>acknowledged"), QStringLiteral("acknowledged>in_progress"),
            QStringLiteral("in_progress>resolved"), QStringLiteral("resolved>in_progress"),
            QStringLiteral("resolved>closed"), QStringLiteral("closed>in_progress") }));
    EXPECT_EQ(
        ComplaintWorkflow::actionName(ComplaintStatus::Closed, ComplaintStatus::InProgress), QStringLiteral("Reopen"));
    EXPECT_EQ(ComplaintWorkflow::actionName(ComplaintStatus::Acknowledged, ComplaintStatus::InProgress),
        QStringLiteral("Start work"));
}

TEST_F(ComplaintWorkflowTest, ReopeningClearsTheResolutionAndClosingTimes)
{
    const Complaint c = logged();
    ComplaintWorkflow workflow(db());
    ASSERT_TRUE(workflow.move(c.id, ComplaintStatus::Acknowledged, {}).ok());
    ASSERT_TRUE(workflow.move(c.id, ComplaintStatus::InProgress, {}).ok());
    Complaint edited = ComplaintRepository(db()).get(c.id).value();
    edited.resolution = QStringLiteral("Refunded the freight.");
    ASSERT_TRUE(workflow.saveDetails(edited, {}).ok());
    ASSERT_TRUE(workflow.move(c.id, ComplaintStatus::Resolved, {}).ok());
    ASSERT_TRUE(workflow.close(c.id, std::nullopt, std::nullopt, {}).ok());
    at(QDateTime(QDate(2026, 3, 7), QTime(8, 0), Qt::UTC));
    auto reopened = workflow.move(c.id, ComplaintStatus::InProgress, QStringLiteral("zhang"),
        QStringLiteral("Customer called again: second pallet missing."));
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString();
    EXPECT_EQ(reopened.value().status, ComplaintStatus::InProgress);
    EXPECT_FALSE(reopened.value().resolvedAt.isValid());
    EXPECT_FALSE(reopened.value().closedAt.isValid());
    EXPECT_EQ(reopened.value().respondedAt, QDateTime(QDate(2026, 3, 6), QTime(9, 45), Qt::UTC));
    EXPECT_EQ(history(c.id).last(),
        QStringLiteral("closed>in_progress\tzhang\tCustomer called again: second pallet "
                       "missing.\t2026-03-07T08:00:00Z"));
    // Closed without scores: they can be recorded afterwards, within range only.
    auto early = workflow.recordSatisfaction(c.id, 3, 5, {});
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(
        early.error().message, QStringLiteral("Satisfaction is asked once the complaint C-2026-0001 is resolved."));
    ASSERT_TRUE(workflow.move(c.id, ComplaintStatus::Resolved, {}).ok());
    auto outOfRange = workflow.recordSatisfaction(c.id, 6, 5, {});
    ASSERT_FALSE(outOfRange.ok());
    EXPECT_EQ(
        outOfRange.error().message, QStringLiteral("Customer satisfaction (CSAT) is a score from 1 to 5, not 6."));
    outOfRange = workflow.close(c.id, 5, 11, {});
    ASSERT_FALSE(outOfRange.ok());
    EXPECT_EQ(outOfRange.error().message, QStringLiteral("The recommendation score (NPS) is from 0 to 10, not 11."));
    EXPECT_EQ(ComplaintRepository(db()).get(c.id).value().status, ComplaintStatus::Resolved);
    auto recorded = workflow.recordSatisfaction(c.id, 3, 6, {});
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(recorded.value().csat, 3);
    EXPECT_EQ(recorded.value().nps, 6);
}

TEST_F(ComplaintWorkflowTest, ChangingTheSeverityRecomputesTheDueTimesAndIsRecorded)
{
    const Complaint c = logged(ComplaintSeverity::Low);
    Complaint edited = c;
    edited.severity = ComplaintSeverity::Critical;
    edited.ownerId = 0;
    auto saved = ComplaintWorkflow(db()).saveDetails(edited, QStringLiteral("chen"));
    ASSERT_TRUE(saved.ok()) << saved.error().toString();
    EXPECT_EQ(saved.value().responseDueAt, kReceived.addSecs(2 * 3600));
    EXPECT_EQ(saved.value().resolutionDueAt, kReceived.addSecs(24 * 3600));
    EXPECT_EQ(history(c.id).last(),
        QStringLiteral("new>new\tchen\tSeverity changed from Low to Critical. Owner "
                       "changed from 李娜 to nobody.\t2026-03-06T09:45:00Z"));
}

TEST_F(ComplaintWorkflowTest, OverdueCasesAreEscalatedOncePerMissedDueTime)
{
    const Complaint critical = logged(ComplaintSeverity::Critical); // respond by 11:30, resolve by next day 09:30
    const Complaint low = logged(ComplaintSeverity::Low);
    ComplaintWorkflow workflow(db());
    ComplaintFilter overdue;
    overdue.overdueAt = QDateTime(QDate(2026, 3, 6), QTime(11, 30), Qt::UTC);
    EXPECT_EQ(ComplaintRepository(db()).count(overdue).value(), 0);
    overdue.overdueAt = QDateTime(QDate(2026, 3, 6), QTime(11, 31), Qt::UTC);
    EXPECT_EQ(ComplaintRepository(db()).count(overdue).value(), 1);

    auto escalated = workflow.escalateOverdue(overdue.overdueAt, QStringLiteral("system"));
    ASSERT_TRUE(escalated.ok()) << escalated.error().toString();
    EXPECT_EQ(escalated.value(), 1);
    EXPECT_EQ(workflow.escalateOverdue(overdue.overdueAt, {}).value(), 0);
    Complaint flagged = ComplaintRepository(db()).get(critical.id).value();
    EXPECT_EQ(flagged.escalationLevel, 1);
    EXPECT_EQ(flagged.escalatedAt, overdue.overdueAt);
    EXPECT_TRUE(history(critical.id).last().startsWith(QStringLiteral("new>new\tsystem\tEscalated: no response by ")));
    EXPECT_EQ(ComplaintRepository(db()).get(low.id).value().escalationLevel, 0);

    ASSERT_TRUE(workflow.move(critical.id, ComplaintStatus::Acknowledged, {}).ok());
    const QDateTime nextDay(QDate(2026, 3, 7), QTime(9, 31), Qt::UTC);
    EXPECT_EQ(workflow.escalateOverdue(nextDay, QStringLiteral("system")).value(), 1);
    flagged = ComplaintRepository(db()).get(critical.id).value();
    EXPECT_EQ(flagged.escalationLevel, 2);
    EXPECT_TRUE(history(critical.id)
                    .last()
                    .startsWith(QStringLiteral("acknowledged>acknowledged\tsystem\tEscalated: "
                                               "not resolved by ")));
    EXPECT_EQ(history(critical.id).size(), 4);
}

TEST_F(ComplaintWorkflowTest, ManyOverdueCasesAreEscalatedInOneRunAndLeftAloneAfterwards)
{
    for (int i = 0; i < 1234; ++i)
        logged(i % 2 ? ComplaintSeverity::Critical : ComplaintSeverity::Low);
    ComplaintWorkflow workflow(db());
    // Four days on: the critical cases are past resolution (level 2), the low ones past response only (1).
    const QDateTime later(QDate(2026, 3, 10), QTime(11, 31), Qt::UTC);
    auto escalated = workflow.escalateOverdue(later, QStringLiteral("system"));
    ASSERT_TRUE(escalated.ok()) << escalated.error().toString();
    EXPECT_EQ(escalated.value(), 1234);
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT escalation_level, count(*) FROM complaints GROUP BY 1 ORDER BY 1")),
        (QStringList { QStringLiteral("1\t617"), QStringLiteral("2\t617") }));
    EXPECT_EQ(workflow.escalateOverdue(later, QStringLiteral("system")).value(), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaint_history WHERE note LIKE 'Escalated%'")), 1234);
}

TEST_F(ComplaintWorkflowTest, TheListFiltersByStatusSeverityCategoryOwnerAndCustomer)
{
    const Complaint a = logged(ComplaintSeverity::High);
    Complaint other = draft(ComplaintSeverity::Low);
    other.category = QStringLiteral("billing");
    other.ownerId = 0;
    other.summary = QStringLiteral("Invoice charged twice");
    auto b = ComplaintWorkflow(db()).log(other, {});
    ASSERT_TRUE(b.ok());
    ASSERT_TRUE(ComplaintWorkflow(db()).move(a.id, ComplaintStatus::Acknowledged, {}).ok());
    ComplaintRepository repository(db());
    auto numbers = [&](const ComplaintFilter &filter) {
        QStringList list;
        const QList<Complaint> complaints = repository.list(filter).value_or({});
        for (const Complaint &c : complaints)
            list << c.number;
        return list;
    };
    ComplaintFilter filter;
    EXPECT_EQ(numbers(filter), (QStringList { QStringLiteral("C-2026-0002"), QStringLiteral("C-2026-0001") }));
    filter.status = ComplaintStatus::Acknowledged;
    EXPECT_EQ(numbers(filter), QStringList { QStringLiteral("C-2026-0001") });
    filter = {};
    filter.severity = ComplaintSeverity::Low;
    EXPECT_EQ(numbers(filter), QStringList { QStringLiteral("C-2026-0002") });
    filter = {};
    filter.category = QStringLiteral("delivery");
    EXPECT_EQ(numbers(filter), QStringList { QStringLiteral("C-2026-0001") });
    filter = {};
    filter.ownerId = 0;
    EXPECT_EQ(numbers(filter), QStringList { QStringLiteral("C-2026-0002") });
    filter.ownerId = m_ownerId;
    EXPECT_EQ(numbers(filter), QStringList { QStringLiteral("C-2026-0001") });
    filter = {};
    filter.search = QStringLiteral("INVOICE");
    EXPECT_EQ(numbers(filter), QStringList { QStringLiteral("C-2026-0002") });
    filter.search = QStringLiteral("恒泰");
    EXPECT_EQ(repository.count(filter).value(), 2);
    const QList<Complaint> oldestFirst
        = repository.list({}, ComplaintRepository::Order::ReceivedNewestFirst, 10, 0, true).value_or({});
    ASSERT_EQ(oldestFirst.size(), 2);
    EXPECT_EQ(oldestFirst[0].number, QStringLiteral("C-2026-0001"));
    const QList<Complaint> bySeverity = repository.list({}, ComplaintRepository::Order::Severity, 10, 0).value_or({});
    ASSERT_EQ(bySeverity.size(), 2);
    EXPECT_EQ(bySeverity[0].severity, ComplaintSeverity::High);
    EXPECT_EQ(repository.list({}, ComplaintRepository::Order::Severity, 10, 0, true).value_or({}).first().severity,
        ComplaintSeverity::Low);
}

} // namespace

namespace {

TEST_F(ComplaintWorkflowTest, TheCustomersTimelineShowsTheirComplaints)
{
    const Complaint c = logged();
    ASSERT_TRUE(ComplaintWorkflow(db()).move(c.id, ComplaintStatus::Acknowledged, {}).ok());
    auto entries = TimelineRepository(db()).forCustomer(m_customerId);
    ASSERT_TRUE(entries.ok()) << entries.error().toString();
    QStringList complaints;
    for (const TimelineEntry &entry : entries.value()) {
        if (entry.kind == TimelineEntry::Kind::Complaint)
            complaints << Database::timestamp(entry.at) + QLatin1Char(' ') + entry.text;
    }
    EXPECT_EQ(complaints,
        QStringList { QStringLiteral("2026-03-06T09:30:00Z Complaint C-2026-0001: 货物延迟两周 "
                                     "(Acknowledged)") });
}

} // namespace

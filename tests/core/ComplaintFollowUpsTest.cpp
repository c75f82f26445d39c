#include "FollowUpTestSupport.h"

#include "privacy/Eraser.h"
#include "privacy/SubjectExporter.h"
#include "repo/ActivityRepository.h"
#include "repo/ComplaintRepository.h"
#include "repo/ContactRepository.h"
#include "services/ComplaintFollowUps.h"
#include "services/ComplaintSettings.h"
#include "services/ComplaintWorkflow.h"
#include "services/FollowUpService.h"

#include <QJsonArray>

using namespace TestSql;

namespace {

// The clock stands at Wednesday 2025-03-05 10:00 in New York (15:00 UTC).
class ComplaintFollowUpsTest : public FollowUpBookTest
{
protected:
    void SetUp() override
    {
        FollowUpBookTest::SetUp();
        if (HasFatalFailure())
            return;
        m_customer = addCustomer(QStringLiteral("杭州恒泰物流有限公司"), QStringLiteral("A"), m_emily);
        Contact contact;
        contact.customerId = m_customer;
        contact.name = QStringLiteral("王芳");
        auto contactId = ContactRepository(db()).create(contact);
        ASSERT_TRUE(contactId.ok()) << contactId.error().toString();
        m_contact = contactId.value();
    }

    Complaint logged(ComplaintSeverity severity, const QDateTime &receivedUtc,
        const QString &summary = QStringLiteral("货物延迟两周"))
    {
        Complaint c;
        c.customerId = m_customer;
        c.contactId = m_contact;
        c.category = QStringLiteral("delivery");
        c.severity = severity;
        c.summary = summary;
        c.description = QStringLiteral("订单 SO-1042 承诺 3 月 1 日到货，至今未到。");
        c.receivedAt = receivedUtc;
        c.ownerId = m_li;
        auto saved = ComplaintWorkflow(db()).log(c, QStringLiteral("wang"));
        EXPECT_TRUE(saved.ok()) << saved.error().toString();
        return saved.value_or(Complaint {});
    }

    qint64 m_customer = 0;
    qint64 m_contact = 0;
};

TEST_F(ComplaintFollowUpsTest, ACallbackIsProposedForTheCaseResponseDueTime)
{
    // High: a response within 8 hours of 09:30, so by 17:30 the same day.
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    auto proposed = ComplaintFollowUps(db()).propose(c, ActivityType::Call, m_clock.nowUtc());
    ASSERT_TRUE(proposed.ok()) << proposed.error().toString();
    const Activity &a = proposed.value();
    EXPECT_EQ(a.id, 0);
    EXPECT_EQ(a.type, ActivityType::Call);
    EXPECT_EQ(a.customerId, m_customer);
    EXPECT_EQ(a.contactId, m_contact);
    EXPECT_EQ(a.ownerId, m_li);
    EXPECT_EQ(a.complaintId, c.id);
    EXPECT_EQ(a.complaintNumber, QStringLiteral("C-2025-0001"));
    EXPECT_EQ(a.subject, QStringLiteral("Call back about complaint C-2025-0001: 货物延迟两周"));
    EXPECT_EQ(a.notes, QStringLiteral("订单 SO-1042 承诺 3 月 1 日到货，至今未到。"));
    EXPECT_FALSE(a.allDay);
    EXPECT_EQ(a.dueAt, newYork(2025, 3, 5, 17, 30));
    EXPECT_EQ(a.durationMinutes, 15);
    EXPECT_EQ(a.priority, ActivityPriority::High);
}

TEST_F(ComplaintFollowUpsTest, AVisitAfterTheResponseTimePassedIsProposedForTheNextBusinessHour)
{
    // Critical: respond within 2 hours of 07:00, so by 09:00; at 10:00 that is past.
    const Complaint c = logged(ComplaintSeverity::Critical, newYork(2025, 3, 5, 7, 0),
        QStringLiteral("The forklift delivered on Monday has a cracked mast and cannot be used at all"));
    m_clock.set(newYork(2025, 3, 5, 17, 20));
    auto proposed = ComplaintFollowUps(db()).propose(c, ActivityType::Visit, m_clock.nowUtc());
    ASSERT_TRUE(proposed.ok()) << proposed.error().toString();
    EXPECT_EQ(proposed.value().type, ActivityType::Visit);
    EXPECT_EQ(proposed.value().subject,
        QStringLiteral("Visit about complaint C-2025-0001: The forklift delivered on Monday has a…"));
    EXPECT_EQ(proposed.value().durationMinutes, 60);
    // 17:20 rounds up to 18:00, the end of the default business day: Thursday 9:00.
    EXPECT_EQ(proposed.value().dueAt, newYork(2025, 3, 6, 9, 0));
}

TEST_F(ComplaintFollowUpsTest, TheBookBusinessHoursDecideTheNextBusinessHour)
{
    ServiceLevels levels;
    BusinessHours hours;
    hours.enabled = true;
    hours.start = QTime(8, 0);
    hours.end = QTime(17, 0);
    hours.zone = QTimeZone("Asia/Shanghai");
    levels.setBusinessHours(hours);
    ASSERT_TRUE(ComplaintSettings(db()).setServiceLevels(levels).ok());
    Complaint c = logged(ComplaintSeverity::Low, newYork(2025, 3, 5, 9, 30));
    auto moved = ComplaintWorkflow(db()).move(c.id, ComplaintStatus::Acknowledged, QStringLiteral("wang"));
    ASSERT_TRUE(moved.ok()) << moved.error().toString();
    // Responded: the response due time no longer counts. 15:00 UTC is 23:00 in Shanghai: Thursday 8:00 there.
    auto proposed = ComplaintFollowUps(db()).propose(moved.value(), ActivityType::Call, m_clock.nowUtc());
    ASSERT_TRUE(proposed.ok()) << proposed.error().toString();
    EXPECT_EQ(proposed.value().dueAt, QDateTime(QDate(2025, 3, 6), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(proposed.value().priority, ActivityPriority::Normal);
}

struct BusinessHourCase
{
    const char *now; // Shanghai local time
    const char *expected;
};

class NextBusinessHourTest : public ::testing::TestWithParam<BusinessHourCase>
{
};

TEST_P(NextBusinessHourTest, RoundsUpToAFullHourWithinWorkingTime)
{
    const QTimeZone shanghai("Asia/Shanghai");
    BusinessHours hours; // Monday to Friday, 9:00 to 18:00
    hours.zone = shanghai;
    const QDateTime now
        = QDateTime::fromString(QString::fromLatin1(GetParam().now), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QDateTime nowUtc = QDateTime(now.date(), now.time(), shanghai).toUTC();
    const QDateTime due = ComplaintFollowUps::nextBusinessHour(nowUtc, hours).toTimeZone(shanghai);
    EXPECT_EQ(due.toString(QStringLiteral("yyyy-MM-dd HH:mm ddd")), QString::fromLatin1(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(Cases, NextBusinessHourTest,
    ::testing::Values(BusinessHourCase { "2025-03-05 10:00:00", "2025-03-05 10:00 Wed" }, // on the hour: stays
        BusinessHourCase { "2025-03-05 10:00:01", "2025-03-05 11:00 Wed" },
        BusinessHourCase { "2025-03-05 07:15:00", "2025-03-05 09:00 Wed" }, // before opening
        BusinessHourCase { "2025-03-05 17:20:00", "2025-03-06 09:00 Thu" }, // 18:00 is closing time
        BusinessHourCase { "2025-03-07 18:30:00", "2025-03-10 09:00 Mon" }, // Friday evening
        BusinessHourCase { "2025-03-08 11:00:00", "2025-03-10 09:00 Mon" }, // Saturday
        BusinessHourCase { "2025-03-09 23:59:00", "2025-03-10 09:00 Mon" }));

TEST_F(ComplaintFollowUpsTest, SchedulingLinksTheFollowUpAndRecordsItInTheCaseHistory)
{
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    ComplaintFollowUps followUps(db());
    auto proposed = followUps.propose(c, ActivityType::Call, m_clock.nowUtc());
    ASSERT_TRUE(proposed.ok());
    auto id = followUps.schedule(proposed.value(), QStringLiteral("emily"));
    ASSERT_TRUE(id.ok()) << id.error().toString();

    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT customer_id, contact_id, owner_id, type, due_at, complaint_id, status "
                                 "FROM activities")),
        QStringList { QStringLiteral("%1\t%2\t%3\tcall\t2025-03-05T22:30:00Z\t%4\tplanned")
                          .arg(m_customer)
                          .arg(m_contact)
                          .arg(m_li)
                          .arg(c.id) });
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT from_status, to_status, actor, note, happened_at FROM complaint_history "
                                 "WHERE complaint_id = %1 ORDER BY id")
                      .arg(c.id)),
        (QStringList { QStringLiteral("<null>\tnew\twang\tLogged via Phone, severity High.\t2025-03-05T15:00:00Z"),
            QStringLiteral("new\tnew\temily\tFollow-up scheduled: Call \"Call back about complaint C-2025-0001: "
                           "货物延迟两周\", due 2025-03-05 17:30, for 李娜.\t2025-03-05T15:00:00Z") }));
}

TEST_F(ComplaintFollowUpsTest, DoneAndCancelledFollowUpsAreRecordedInTheCaseHistoryWithTheirOutcome)
{
    struct UserGuard
    {
        QByteArray saved = qgetenv("USER");
        UserGuard() { qputenv("USER", "li.na"); }
        ~UserGuard() { qputenv("USER", saved); }
    } user;
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    ComplaintFollowUps followUps(db());
    auto call = followUps.schedule(followUps.propose(c, ActivityType::Call, m_clock.nowUtc()).value(), {});
    auto visit = followUps.schedule(followUps.propose(c, ActivityType::Visit, m_clock.nowUtc()).value(), {});
    auto another = followUps.schedule(followUps.propose(c, ActivityType::Call, m_clock.nowUtc()).value(), {});
    ASSERT_TRUE(call.ok() && visit.ok() && another.ok());
    const QString history = QStringLiteral("SELECT from_status, to_status, actor, note FROM complaint_history WHERE "
                                           "complaint_id = %1 AND note NOT LIKE 'Follow-up scheduled%' ORDER BY id")
                                .arg(c.id);

    FollowUpService service(db());
    ASSERT_TRUE(service.complete(call.value(), QStringLiteral("  Promised a replacement by Friday ")).ok());
    ASSERT_TRUE(service.complete(another.value(), QString()).ok());
    ASSERT_TRUE(service.cancel(visit.value()).ok());
    EXPECT_EQ(dump(db(), history),
        (QStringList { QStringLiteral("<null>\tnew\twang\tLogged via Phone, severity High."),
            QStringLiteral("new\tnew\tli.na\tFollow-up done: Call \"Call back about complaint C-2025-0001: 货物延迟两周\". "
                           "Outcome: Promised a replacement by Friday"),
            QStringLiteral("new\tnew\tli.na\tFollow-up done: Call \"Call back about complaint C-2025-0001: 货物延迟两周\"."),
            QStringLiteral("new\tnew\tli.na\tFollow-up cancelled: Visit \"Visit about complaint C-2025-0001: "
                           "货物延迟两周\".") }));

    // A follow-up of a case in the trash is completed without touching the case's history; one with no case too.
    auto late = followUps.schedule(followUps.propose(c, ActivityType::Call, m_clock.nowUtc()).value(), {});
    ASSERT_TRUE(late.ok());
    const int before = count(db(), QStringLiteral("SELECT count(*) FROM complaint_history"));
    run(db(), QStringLiteral("UPDATE complaints SET deleted_at = '2025-03-05T15:00:00Z' WHERE id = %1").arg(c.id));
    EXPECT_TRUE(service.complete(late.value(), QStringLiteral("Done")).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaint_history")), before);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT status FROM activities WHERE id = ?"), { late.value() }).toString(),
        QStringLiteral("done"));
}

TEST_F(ComplaintFollowUpsTest, AFollowUpForAnotherCustomerIsRefusedAndNothingIsWritten)
{
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    auto proposed = ComplaintFollowUps(db()).propose(c, ActivityType::Call, m_clock.nowUtc());
    ASSERT_TRUE(proposed.ok());
    Activity other = proposed.value();
    other.customerId = addCustomer(QStringLiteral("Someone Else Ltd"));
    other.contactId = 0;
    auto id = ComplaintFollowUps(db()).schedule(other, QStringLiteral("emily"));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().message,
        QStringLiteral("The follow-up \"Call back about complaint C-2025-0001: 货物延迟两周\" is not for the customer "
                       "of the complaint C-2025-0001."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaint_history")), 1);

    Activity invalid = proposed.value();
    invalid.subject = QStringLiteral("  ");
    ASSERT_FALSE(ComplaintFollowUps(db()).schedule(invalid, QStringLiteral("emily")).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaint_history")), 1);
}

TEST_F(ComplaintFollowUpsTest, TheRepositoryKeepsTheLinkThroughReadsUpdatesAndCompletion)
{
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    ComplaintFollowUps followUps(db());
    auto call = followUps.schedule(followUps.propose(c, ActivityType::Call, m_clock.nowUtc()).value(), {});
    ASSERT_TRUE(call.ok()) << call.error().toString();
    ActivityRepository activities(db());
    auto found = activities.find(call.value());
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value().complaintId, c.id);
    EXPECT_EQ(found.value().complaintNumber, QStringLiteral("C-2025-0001"));

    Activity edited = found.value();
    edited.subject = QStringLiteral("Call Wang Fang back");
    ASSERT_TRUE(activities.update(edited).ok());
    EXPECT_EQ(activities.find(call.value()).value().complaintId, c.id);
    EXPECT_EQ(activities.forCustomer(m_customer).value().first().complaintNumber, QStringLiteral("C-2025-0001"));

    // A next call proposed after this one stays with the case.
    auto next = FollowUpService(db()).proposeNext(activities.find(call.value()).value(), m_clock.today());
    ASSERT_TRUE(next.ok());
    auto nextId = FollowUpService(db()).complete(call.value(), QStringLiteral("Promised a replacement"), next.value());
    ASSERT_TRUE(nextId.ok()) << nextId.error().toString();
    EXPECT_EQ(activities.find(nextId.value()).value().complaintId, c.id);

    // An activity without a case has none.
    Activity plain;
    plain.customerId = m_customer;
    plain.subject = QStringLiteral("Quarterly review");
    plain.dueAt = newYork(2025, 3, 7, 9, 0);
    auto plainId = FollowUpService(db()).schedule(plain);
    ASSERT_TRUE(plainId.ok());
    EXPECT_EQ(activities.find(plainId.value()).value().complaintId, 0);
    EXPECT_TRUE(activities.find(plainId.value()).value().complaintNumber.isEmpty());
    EXPECT_TRUE(
        scalar(db(), QStringLiteral("SELECT complaint_id FROM activities WHERE id = ?"), { plainId.value() }).isNull());
}

TEST_F(ComplaintFollowUpsTest, TheCaseListsItsFollowUpsPlannedFirstThenDoneNewestFirst)
{
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    const Complaint other = logged(ComplaintSeverity::Low, newYork(2025, 3, 5, 9, 45));
    ComplaintFollowUps followUps(db());
    const auto add = [&](const Complaint &complaint, ActivityType type, const QDateTime &due) {
        Activity a = followUps.propose(complaint, type, m_clock.nowUtc()).value();
        a.dueAt = due;
        auto id = followUps.schedule(a, {});
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    };
    const qint64 firstCall = add(c, ActivityType::Call, newYork(2025, 3, 5, 11, 0));
    const qint64 visit = add(c, ActivityType::Visit, newYork(2025, 3, 10, 14, 0));
    const qint64 secondCall = add(c, ActivityType::Call, newYork(2025, 3, 7, 9, 0));
    add(other, ActivityType::Call, newYork(2025, 3, 6, 9, 0));
    ASSERT_TRUE(FollowUpService(db()).completeLast(firstCall, QStringLiteral("Apologised")).ok());

    auto list = followUps.followUps(c.id);
    ASSERT_TRUE(list.ok()) << list.error().toString();
    QList<qint64> order;
    QList<ActivityStatus> statuses;
    for (const Activity &a : list.value()) {
        order << a.id;
        statuses << a.status;
    }
    EXPECT_EQ(order, (QList<qint64> { secondCall, visit, firstCall }));
    EXPECT_EQ(
        statuses, (QList<ActivityStatus> { ActivityStatus::Planned, ActivityStatus::Planned, ActivityStatus::Done }));
    EXPECT_EQ(followUps.followUps(other.id).value().size(), 1);
}

TEST_F(ComplaintFollowUpsTest, PrivacyToolsCoverTheCaseFollowUps)
{
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    ComplaintFollowUps followUps(db());
    auto id = followUps.schedule(followUps.propose(c, ActivityType::Call, m_clock.nowUtc()).value(), {});
    ASSERT_TRUE(id.ok());

    auto document = SubjectExporter(db()).collect(m_customer);
    ASSERT_TRUE(document.ok()) << document.error().toString();
    const QJsonArray exported
        = document.value().value(QStringLiteral("tables")).toObject().value(QStringLiteral("activities")).toArray();
    ASSERT_EQ(exported.size(), 1);
    EXPECT_EQ(exported.first().toObject().value(QStringLiteral("complaint_id")).toInteger(), c.id);

    // Deleting a case (as an erasure does) leaves no follow-up pointing at it.
    run(db(), QStringLiteral("DELETE FROM complaints WHERE id = ?"), { c.id });
    EXPECT_TRUE(
        scalar(db(), QStringLiteral("SELECT complaint_id FROM activities WHERE id = ?"), { id.value() }).isNull());
    auto erased = Eraser(db()).erase(m_customer);
    ASSERT_TRUE(erased.ok()) << erased.error().toString();
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaints")), 0);
}

TEST_F(ComplaintFollowUpsTest, ErasingACustomerRemovesTheirCasesAndTheFollowUpsLinkedToThem)
{
    const Complaint c = logged(ComplaintSeverity::High, newYork(2025, 3, 5, 9, 30));
    ComplaintFollowUps followUps(db());
    ASSERT_TRUE(followUps.schedule(followUps.propose(c, ActivityType::Visit, m_clock.nowUtc()).value(), {}).ok());
    const qint64 keep = addCustomer(QStringLiteral("Stays Here Ltd"));
    Activity plain;
    plain.customerId = keep;
    plain.subject = QStringLiteral("Quarterly review");
    plain.dueAt = newYork(2025, 3, 7, 9, 0);
    ASSERT_TRUE(FollowUpService(db()).schedule(plain).ok());

    auto erased = Eraser(db()).erase(m_customer);
    ASSERT_TRUE(erased.ok()) << erased.error().toString();
    EXPECT_EQ(column(db(), QStringLiteral("SELECT subject FROM activities")),
        QStringList { QStringLiteral("Quarterly review") });
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaints")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE complaint_id IS NOT NULL")), 0);
}

} // namespace

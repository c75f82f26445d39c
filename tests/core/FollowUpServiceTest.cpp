#include "FollowUpTestSupport.h"

#include "repo/ActivityRepository.h"
#include "services/FollowUpService.h"

using namespace TestSql;

namespace {

class FollowUpServiceTest : public FollowUpBookTest
{
protected:
    void SetUp() override
    {
        FollowUpBookTest::SetUp();
        if (HasFatalFailure())
            return;
        m_customer = addCustomer(QStringLiteral("杭州恒泰机械有限公司"), QStringLiteral("A"), m_li);
    }

    Activity timed(const QString &subject, const QDateTime &dueUtc)
    {
        Activity a;
        a.customerId = m_customer;
        a.ownerId = m_li;
        a.subject = subject;
        a.dueAt = dueUtc;
        return a;
    }

    Activity allDay(const QString &subject, const QDate &day)
    {
        Activity a;
        a.customerId = m_customer;
        a.ownerId = m_li;
        a.type = ActivityType::Task;
        a.subject = subject;
        a.allDay = true;
        a.dueDate = day;
        return a;
    }

    qint64 schedule(const Activity &activity)
    {
        auto id = FollowUpService(db()).schedule(activity);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    Activity find(qint64 id)
    {
        auto found = ActivityRepository(db()).find(id);
        EXPECT_TRUE(found.ok()) << found.error().toString();
        return found.value_or(Activity {});
    }

    qint64 m_customer = 0;
};

TEST_F(FollowUpServiceTest, StoresUtcAndAllDayDatesAndReadsThemBack)
{
    Activity call = timed(QStringLiteral("Call about the Q2 order"), newYork(2025, 3, 6, 9, 30));
    call.notes = QStringLiteral("Ask about 500 units");
    call.durationMinutes = 30;
    call.priority = ActivityPriority::High;
    const qint64 callId = schedule(call);
    const qint64 taskId = schedule(allDay(QStringLiteral("寄样品"), QDate(2025, 3, 7)));
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT type, subject, due_at, due_date, duration_minutes, priority, status "
                                 "FROM activities ORDER BY id")),
        (QStringList { QStringLiteral("call\tCall about the Q2 order\t2025-03-06T14:30:00Z\t<null>\t30\thigh\tplanned"),
            QStringLiteral("task\t寄样品\t<null>\t2025-03-07\t0\tnormal\tplanned") }));
    const Activity readCall = find(callId);
    EXPECT_EQ(readCall.dueAt, QDateTime(QDate(2025, 3, 6), QTime(14, 30), Qt::UTC));
    EXPECT_EQ(readCall.localDueDate(), QDate(2025, 3, 6));
    EXPECT_EQ(readCall.customerName, QStringLiteral("杭州恒泰机械有限公司"));
    EXPECT_EQ(readCall.ownerName, QStringLiteral("李娜"));
    EXPECT_EQ(readCall.notes, QStringLiteral("Ask about 500 units"));
    const Activity readTask = find(taskId);
    EXPECT_TRUE(readTask.allDay);
    EXPECT_EQ(readTask.dueDate, QDate(2025, 3, 7));
}

TEST_F(FollowUpServiceTest, RefusesAnActivityWithoutSubjectOrDateAndWritesNothing)
{
    FollowUpService service(db());
    Activity noSubject = timed(QStringLiteral("  "), newYork(2025, 3, 6, 9));
    auto first = service.schedule(noSubject);
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().field, QStringLiteral("subject"));
    Activity noDate = allDay(QStringLiteral("Visit"), QDate());
    auto second = service.schedule(noDate);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().message, QStringLiteral("The activity \"Visit\" needs a due date."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 0);
}

TEST_F(FollowUpServiceTest, DoneAndScheduleTheNextOneIsOneStep)
{
    const qint64 id = schedule(timed(QStringLiteral("Call about the offer"), newYork(2025, 3, 5, 9)));
    FollowUpService service(db());
    auto proposed = service.proposeNext(find(id), QDate(2025, 3, 5));
    ASSERT_TRUE(proposed.ok()) << proposed.error().toString();
    // Tier A: 7 days; the time of day stays 9:00 local.
    EXPECT_EQ(proposed.value().dueAt, newYork(2025, 3, 12, 9));
    Activity next = proposed.value();
    next.type = ActivityType::Visit;
    next.subject = QStringLiteral("Visit with samples");
    auto nextId = service.complete(id, QStringLiteral("Interested, wants samples"), next);
    ASSERT_TRUE(nextId.ok()) << nextId.error().toString();
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT id, type, subject, status, outcome, completed_at, due_at FROM "
                                 "activities ORDER BY id")),
        (QStringList { QStringLiteral("%1\tcall\tCall about the offer\tdone\tInterested, wants samples\t"
                                      "2025-03-05T15:00:00Z\t2025-03-05T14:00:00Z")
                           .arg(id),
            QStringLiteral("%1\tvisit\tVisit with samples\tplanned\t\t<null>\t2025-03-12T13:00:00Z")
                .arg(nextId.value()) }));
}

TEST_F(FollowUpServiceTest, ANextOneThatCannotBeSavedLeavesTheFirstOnePlanned)
{
    const qint64 id = schedule(timed(QStringLiteral("Call"), newYork(2025, 3, 5, 9)));
    Activity broken = timed(QString(), newYork(2025, 3, 12, 9));
    auto result = FollowUpService(db()).complete(id, QStringLiteral("ok"), broken);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT status, outcome, completed_at FROM activities")),
        QStringList { QStringLiteral("planned\t\t<null>") });
}

TEST_F(FollowUpServiceTest, CompletingTwiceIsRefused)
{
    const qint64 id = schedule(timed(QStringLiteral("Call"), newYork(2025, 3, 5, 9)));
    FollowUpService service(db());
    ASSERT_TRUE(service.complete(id, QStringLiteral("ok")).ok());
    auto again = service.complete(id, QStringLiteral("again"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, QStringLiteral("The activity \"Call\" is already Done."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 1);
}

TEST_F(FollowUpServiceTest, AMonthlyFollowUpFromJanuaryTheThirtyFirstKeepsItsDay)
{
    m_clock.set(newYork(2025, 1, 31, 8));
    Activity review = allDay(QStringLiteral("Monthly account review"), QDate(2025, 1, 31));
    review.recurrence = Recurrence(Recurrence::Unit::Month, 1);
    qint64 id = schedule(review);
    EXPECT_EQ(find(id).seriesStart, QDate(2025, 1, 31));
    QList<QDate> dates;
    FollowUpService service(db());
    for (int i = 0; i < 3; ++i) {
        m_clock.set(find(id).dueMomentUtc().addSecs(3600));
        auto next = service.complete(id, QStringLiteral("reviewed"));
        ASSERT_TRUE(next.ok()) << next.error().toString();
        id = next.value();
        dates << find(id).dueDate;
    }
    EXPECT_EQ(dates, (QList<QDate> { QDate(2025, 2, 28), QDate(2025, 3, 31), QDate(2025, 4, 30) }));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE status = 'done'")), 3);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE status = 'planned'")), 1);
}

TEST_F(FollowUpServiceTest, AWeeklyCallStaysAtNineLocalAcrossTheDaylightSavingChange)
{
    // 2025-03-09: New York moves from EST (UTC-5) to EDT (UTC-4).
    m_clock.set(newYork(2025, 3, 3, 10));
    Activity call = timed(QStringLiteral("Weekly call"), newYork(2025, 3, 3, 9));
    call.recurrence = Recurrence(Recurrence::Unit::Week, 1);
    const qint64 id = schedule(call);
    EXPECT_EQ(find(id).dueAt, QDateTime(QDate(2025, 3, 3), QTime(14, 0), Qt::UTC));
    auto next = FollowUpService(db()).complete(id, QStringLiteral("done"));
    ASSERT_TRUE(next.ok()) << next.error().toString();
    const Activity after = find(next.value());
    EXPECT_EQ(after.dueAt, QDateTime(QDate(2025, 3, 10), QTime(13, 0), Qt::UTC));
    EXPECT_EQ(after.dueAt.toLocalTime().time(), QTime(9, 0));
    EXPECT_EQ(after.recurrence, Recurrence(Recurrence::Unit::Week, 1));
}

TEST_F(FollowUpServiceTest, ARecurringItemCompletedLateContinuesFromToday)
{
    m_clock.set(newYork(2025, 3, 20, 10));
    Activity call = timed(QStringLiteral("Weekly call"), newYork(2025, 3, 3, 9));
    call.recurrence = Recurrence(Recurrence::Unit::Week, 1);
    const qint64 id = schedule(call);
    auto next = FollowUpService(db()).complete(id, QStringLiteral("late"));
    ASSERT_TRUE(next.ok());
    // Mondays of the series: 3, 10, 17, 24 March; the first not before today (the 20th) is the 24th.
    EXPECT_EQ(find(next.value()).dueAt, newYork(2025, 3, 24, 9));
}

TEST_F(FollowUpServiceTest, RescheduleKeepsTheLocalTimeOfDay)
{
    const qint64 id = schedule(timed(QStringLiteral("Visit"), newYork(2025, 3, 7, 15, 30)));
    ASSERT_TRUE(FollowUpService(db()).reschedule(id, QDate(2025, 3, 11)).ok());
    EXPECT_EQ(find(id).dueAt, newYork(2025, 3, 11, 15, 30));
    EXPECT_EQ(find(id).dueAt, QDateTime(QDate(2025, 3, 11), QTime(19, 30), Qt::UTC));
}

TEST_F(FollowUpServiceTest, TierIntervalsHaveDefaultsAndCanBeChanged)
{
    FollowUpService service(db());
    auto intervals = service.tierIntervals();
    ASSERT_TRUE(intervals.ok());
    EXPECT_EQ(intervals.value(),
        (QMap<QString, int> { { QStringLiteral("A"), 7 }, { QStringLiteral("B"), 30 }, { QStringLiteral("C"), 90 } }));
    ASSERT_TRUE(service.setTierIntervals({ { QStringLiteral("A"), 14 }, { QStringLiteral("B"), 45 } }).ok());
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT value FROM book_settings WHERE key = 'followup_intervals'")),
        QStringLiteral("A=14,B=45"));
    auto proposed = service.proposeNext(allDay(QStringLiteral("x"), QDate(2025, 3, 5)), QDate(2025, 3, 5));
    ASSERT_TRUE(proposed.ok());
    EXPECT_EQ(proposed.value().dueDate, QDate(2025, 3, 19));
    EXPECT_FALSE(service.setTierIntervals({ { QStringLiteral("A"), 0 } }).ok());
}

} // namespace

#include "FollowUpTestSupport.h"

#include "repo/ActivityRepository.h"
#include "repo/ContractRepository.h"
#include "services/FollowUpService.h"

using namespace TestSql;

namespace {

class AgendaTest : public FollowUpBookTest
{
protected:
    qint64 plan(qint64 customer, const QString &subject, const QDateTime &dueUtc, qint64 owner)
    {
        Activity a;
        a.customerId = customer;
        a.ownerId = owner;
        a.subject = subject;
        a.dueAt = dueUtc;
        auto id = FollowUpService(db()).schedule(a);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    qint64 planDay(qint64 customer, const QString &subject, const QDate &day, qint64 owner)
    {
        Activity a;
        a.customerId = customer;
        a.ownerId = owner;
        a.type = ActivityType::Task;
        a.subject = subject;
        a.allDay = true;
        a.dueDate = day;
        auto id = FollowUpService(db()).schedule(a);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    static QStringList subjects(const AgendaSection &section)
    {
        QStringList list;
        for (const Activity &a : section.items)
            list << a.subject;
        return list;
    }

    Agenda agenda(qint64 owner = 0, int limit = 500)
    {
        auto result = ActivityRepository(db()).agenda({ QDate(2025, 3, 5), owner, limit });
        EXPECT_TRUE(result.ok()) << result.error().toString();
        return result.value_or(Agenda {});
    }
};

TEST_F(AgendaTest, SortsItemsIntoOverdueTodayAndTheNextSevenDaysByLocalDay)
{
    const qint64 c = addCustomer(QStringLiteral("Acme Inc."));
    plan(c, QStringLiteral("late call"), newYork(2025, 3, 4, 16), m_li);
    planDay(c, QStringLiteral("late task"), QDate(2025, 3, 2), m_emily);
    plan(c, QStringLiteral("just before midnight"), newYork(2025, 3, 4, 23, 59), m_li);
    plan(c, QStringLiteral("morning call"), newYork(2025, 3, 5, 0, 0), m_li);
    planDay(c, QStringLiteral("today's task"), QDate(2025, 3, 5), m_li);
    // 23:30 in New York is already the 6th in UTC: still today here.
    plan(c, QStringLiteral("late evening call"), newYork(2025, 3, 5, 23, 30), m_emily);
    plan(c, QStringLiteral("tomorrow"), newYork(2025, 3, 6, 8), m_li);
    // 2025-03-12 is after the change to daylight saving time.
    plan(c, QStringLiteral("in seven days"), newYork(2025, 3, 12, 23, 0), m_li);
    planDay(c, QStringLiteral("in eight days"), QDate(2025, 3, 13), m_li);
    const qint64 done = plan(c, QStringLiteral("done already"), newYork(2025, 3, 4, 10), m_li);
    const qint64 cancelled = plan(c, QStringLiteral("cancelled"), newYork(2025, 3, 5, 11), m_li);
    FollowUpService service(db());
    ASSERT_TRUE(service.complete(done, QStringLiteral("ok")).ok());
    ASSERT_TRUE(service.cancel(cancelled).ok());

    const Agenda team = agenda();
    EXPECT_EQ(subjects(team.overdue),
        (QStringList {
            QStringLiteral("late task"), QStringLiteral("late call"), QStringLiteral("just before midnight") }));
    EXPECT_EQ(subjects(team.today),
        (QStringList {
            QStringLiteral("today's task"), QStringLiteral("morning call"), QStringLiteral("late evening call") }));
    EXPECT_EQ(subjects(team.nextDays), (QStringList { QStringLiteral("tomorrow"), QStringLiteral("in seven days") }));
    EXPECT_EQ(team.overdue.total, 3);
    EXPECT_EQ(team.today.total, 3);
    EXPECT_EQ(team.nextDays.total, 2);

    const Agenda mine = agenda(m_emily);
    EXPECT_EQ(subjects(mine.overdue), QStringList { QStringLiteral("late task") });
    EXPECT_EQ(subjects(mine.today), QStringList { QStringLiteral("late evening call") });
    EXPECT_TRUE(mine.nextDays.items.isEmpty());
    auto overdue = ActivityRepository(db()).overdueCount(QDate(2025, 3, 5), m_li);
    ASSERT_TRUE(overdue.ok());
    EXPECT_EQ(overdue.value(), 2);
}

TEST_F(AgendaTest, ThousandsOfOverdueItemsAreCountedAndTheListIsCut)
{
    const qint64 c = addCustomer(QStringLiteral("Acme Inc."));
    run(db(), QStringLiteral("BEGIN"));
    QSqlQuery insert(db());
    ASSERT_TRUE(
        insert.prepare(QStringLiteral("INSERT INTO activities (uuid, customer_id, owner_id, type, subject, "
                                      "due_at, created_at, updated_at) VALUES (?, ?, ?, 'call', ?, ?, 't', 't')")));
    for (int i = 0; i < 3000; ++i) {
        insert.addBindValue(QStringLiteral("u%1").arg(i));
        insert.addBindValue(c);
        insert.addBindValue(i % 2 ? m_li : m_emily);
        insert.addBindValue(QStringLiteral("call %1").arg(i));
        insert.addBindValue(Database::timestamp(newYork(2025, 3, 4, 12).addSecs(-60 * i)));
        ASSERT_TRUE(insert.exec());
    }
    run(db(), QStringLiteral("COMMIT"));
    const Agenda team = agenda(0, 100);
    EXPECT_EQ(team.overdue.total, 3000);
    ASSERT_EQ(team.overdue.items.size(), 100);
    EXPECT_EQ(team.overdue.items.first().subject, QStringLiteral("call 2999"));
    EXPECT_EQ(agenda(m_li, 100).overdue.total, 1500);
}

TEST_F(AgendaTest, PlannedItemsGoToTheTrashWithTheirCustomerAndComeBackWithIt)
{
    const qint64 kept = addCustomer(QStringLiteral("Kept Ltd."));
    const qint64 trashed = addCustomer(QStringLiteral("北京华信科技有限公司"));
    plan(kept, QStringLiteral("kept call"), newYork(2025, 3, 5, 11), m_li);
    plan(trashed, QStringLiteral("trashed call"), newYork(2025, 3, 5, 12), m_li);
    const qint64 done = plan(trashed, QStringLiteral("old call"), newYork(2025, 3, 1, 12), m_li);
    ASSERT_TRUE(FollowUpService(db()).complete(done, QStringLiteral("ok")).ok());
    CustomerRepository customers(db());
    ASSERT_TRUE(customers.moveToTrash({ trashed }).ok());
    EXPECT_EQ(subjects(agenda().today), QStringList { QStringLiteral("kept call") });
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT subject, deleted_at IS NOT NULL FROM activities ORDER BY id")),
        (QStringList {
            QStringLiteral("kept call\t0"), QStringLiteral("trashed call\t1"), QStringLiteral("old call\t0") }));
    ASSERT_TRUE(customers.restore({ trashed }).ok());
    EXPECT_EQ(subjects(agenda().today), (QStringList { QStringLiteral("kept call"), QStringLiteral("trashed call") }));
    ASSERT_TRUE(customers.moveToTrash({ trashed }).ok());
    ASSERT_TRUE(customers.purge({ trashed }).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 1);
}

// Moving a customer already in the trash to the trash again (an import undone twice) keeps the time it went
// there, by which its planned items come back with it.
TEST_F(AgendaTest, ACustomerTrashedTwiceBringsItsPlannedItemsBack)
{
    const qint64 customer = addCustomer(QStringLiteral("茂名高州荔枝园"));
    plan(customer, QStringLiteral("call"), newYork(2025, 3, 5, 12), m_li);
    CustomerRepository customers(db());
    ASSERT_TRUE(customers.moveToTrash({ customer }).ok());
    m_clock.set(m_clock.nowUtc().addSecs(60));
    ASSERT_TRUE(customers.moveToTrash({ customer }).ok());
    ASSERT_TRUE(customers.restore({ customer }).ok());
    EXPECT_EQ(subjects(agenda().today), QStringList { QStringLiteral("call") });
}

TEST_F(AgendaTest, CalendarRangeAndCustomerTimelineShowPlannedAndPastItems)
{
    const qint64 c = addCustomer(QStringLiteral("Acme Inc."));
    const qint64 first = plan(c, QStringLiteral("first"), newYork(2025, 3, 3, 9), m_li);
    planDay(c, QStringLiteral("second"), QDate(2025, 3, 8), m_li);
    plan(c, QStringLiteral("third"), newYork(2025, 3, 10, 23, 30), m_li);
    ASSERT_TRUE(FollowUpService(db()).complete(first, QStringLiteral("ok")).ok());
    auto week = ActivityRepository(db()).between(QDate(2025, 3, 3), QDate(2025, 3, 9));
    ASSERT_TRUE(week.ok());
    QStringList inWeek;
    for (const Activity &a : week.value())
        inWeek << a.subject;
    EXPECT_EQ(inWeek, (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
    auto timeline = ActivityRepository(db()).forCustomer(c);
    ASSERT_TRUE(timeline.ok());
    QStringList lines;
    for (const Activity &a : timeline.value())
        lines << a.subject + QLatin1Char(' ') + toString(a.status);
    EXPECT_EQ(lines,
        (QStringList {
            QStringLiteral("second planned"), QStringLiteral("third planned"), QStringLiteral("first done") }));
}

TEST_F(AgendaTest, ACalendarDayShowsItsFirstItemsDoneOrPlannedAndCountsTheRest)
{
    const qint64 c = addCustomer(QStringLiteral("Acme Inc."));
    run(db(), QStringLiteral("BEGIN"));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO activities (uuid, customer_id, owner_id, type, subject, "
                                              "due_at, status, created_at, updated_at) VALUES (?, ?, ?, 'call', ?, ?, "
                                              "?, 't', 't')")));
    // 5 March in New York, from 08:00 a minute apart: every third done, every seventh cancelled.
    for (int i = 0; i < 300; ++i) {
        insert.addBindValue(QStringLiteral("u%1").arg(i));
        insert.addBindValue(c);
        insert.addBindValue(i % 2 ? m_li : m_emily);
        insert.addBindValue(QStringLiteral("call %1").arg(i));
        insert.addBindValue(Database::timestamp(newYork(2025, 3, 5, 8).addSecs(60 * i)));
        insert.addBindValue(i % 7 == 0 ? QStringLiteral("cancelled") : i % 3 == 0 ? QStringLiteral("done")
                                                                                  : QStringLiteral("planned"));
        ASSERT_TRUE(insert.exec());
    }
    run(db(), QStringLiteral("COMMIT"));
    planDay(c, QStringLiteral("all-day task"), QDate(2025, 3, 5), m_li);
    plan(c, QStringLiteral("next day, 00:30 in New York"), newYork(2025, 3, 6, 0, 30), m_li);

    ActivityRepository activities(db());
    auto day = activities.onDay(QDate(2025, 3, 5), 0, 5);
    ASSERT_TRUE(day.ok()) << day.error().toString();
    EXPECT_EQ(day.value().total, 300 - 43 + 1); // 43 of the 300 are cancelled; the all-day task counts
    EXPECT_EQ(subjects(day.value()), (QStringList { QStringLiteral("all-day task"), QStringLiteral("call 1"),
                                         QStringLiteral("call 2"), QStringLiteral("call 3"), QStringLiteral("call 4") }));
    auto li = activities.onDay(QDate(2025, 3, 5), m_li, 1000);
    ASSERT_TRUE(li.ok());
    EXPECT_EQ(li.value().total, li.value().items.size());
    EXPECT_EQ(li.value().total, 150 - 21 + 1);
    auto next = activities.onDay(QDate(2025, 3, 6), 0, 5);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(subjects(next.value()), QStringList { QStringLiteral("next day, 00:30 in New York") });
    // Both reads use the calendar's partial indexes, not a scan of every follow-up.
    const QStringList plan = dump(db(), QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM activities a WHERE "
                                                       "a.deleted_at IS NULL AND a.status <> 'cancelled' AND "
                                                       "a.due_at < '2025-03-06' AND a.due_at >= '2025-03-05'"));
    EXPECT_TRUE(plan.join(QLatin1Char(' ')).contains(QStringLiteral("activities_calendar_timed")))
        << plan.join(QLatin1Char(' ')).toStdString();
    const QStringList dayPlan = dump(db(), QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM activities a WHERE "
                                                          "a.deleted_at IS NULL AND a.status <> 'cancelled' AND "
                                                          "a.due_date < '2025-03-06' AND a.due_date >= '2025-03-05'"));
    EXPECT_TRUE(dayPlan.join(QLatin1Char(' ')).contains(QStringLiteral("activities_calendar_day")))
        << dayPlan.join(QLatin1Char(' ')).toStdString();
}

TEST_F(AgendaTest, RemindersComeOnceUnlessSnoozed)
{
    const qint64 c = addCustomer(QStringLiteral("Acme Inc."));
    const qint64 due = plan(c, QStringLiteral("due now"), newYork(2025, 3, 5, 9, 30), m_li);
    plan(c, QStringLiteral("later"), newYork(2025, 3, 5, 11), m_li);
    plan(c, QStringLiteral("long ago"), newYork(2025, 2, 1, 9), m_li);
    ActivityRepository activities(db());
    const QDateTime now = newYork(2025, 3, 5, 10);
    auto first = activities.dueForReminder(now.addDays(-1), now);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first.value().size(), 1);
    EXPECT_EQ(first.value().first().subject, QStringLiteral("due now"));
    ASSERT_TRUE(activities.snoozeReminder(due, now.addSecs(600)).ok());
    EXPECT_TRUE(activities.dueForReminder(now.addDays(-1), now.addSecs(300)).value().isEmpty());
    EXPECT_EQ(activities.dueForReminder(now.addDays(-1), now.addSecs(600)).value().size(), 1);
    ASSERT_TRUE(activities.dismissReminder(due, now.addSecs(600)).ok());
    EXPECT_TRUE(activities.dueForReminder(now.addDays(-1), now.addSecs(900)).value().isEmpty());
}

TEST_F(AgendaTest, NeglectedCustomersAreThoseUntouchedForLongerThanTheirTierInterval)
{
    m_clock.set(newYork(2024, 1, 1, 10));
    const qint64 oldA = addCustomer(QStringLiteral("Old A"), QStringLiteral("A"), m_li);
    const qint64 freshA = addCustomer(QStringLiteral("Fresh A"), QStringLiteral("A"), m_li);
    const qint64 valuableC = addCustomer(QStringLiteral("Valuable C"), QStringLiteral("C"), m_emily);
    const qint64 recentC = addCustomer(QStringLiteral("Recent C"), QStringLiteral("C"), m_emily);
    m_clock.set(newYork(2025, 3, 1, 10));
    addCustomer(QStringLiteral("New A"), QStringLiteral("A"), m_li);
    const qint64 a1 = plan(oldA, QStringLiteral("call"), newYork(2025, 2, 20, 9), m_li);
    const qint64 a2 = plan(freshA, QStringLiteral("call"), newYork(2025, 3, 1, 9), m_li);
    const qint64 a3 = plan(recentC, QStringLiteral("call"), newYork(2025, 1, 1, 9), m_li);
    FollowUpService service(db());
    m_clock.set(newYork(2025, 2, 20, 12));
    ASSERT_TRUE(service.complete(a1, QStringLiteral("ok")).ok());
    m_clock.set(newYork(2025, 3, 1, 12));
    ASSERT_TRUE(service.complete(a2, QStringLiteral("ok")).ok());
    m_clock.set(newYork(2025, 1, 1, 12));
    ASSERT_TRUE(service.complete(a3, QStringLiteral("ok")).ok());
    m_clock.set(newYork(2025, 3, 5, 10));
    Contract contract;
    contract.customerId = valuableC;
    contract.number = QStringLiteral("K-1");
    contract.startDate = QDate(2025, 1, 1);
    contract.endDate = QDate(2025, 12, 31);
    contract.value = Amount { 1200000, QStringLiteral("CNY") };
    ASSERT_TRUE(ContractRepository(db()).create(contract).ok());

    auto intervals = service.tierIntervals();
    ASSERT_TRUE(intervals.ok());
    auto neglected
        = ActivityRepository(db()).neglected(QDate(2025, 3, 5), intervals.value(), QStringLiteral("CNY"), 0, 100);
    ASSERT_TRUE(neglected.ok()) << neglected.error().toString();
    QStringList lines;
    for (const NeglectedCustomer &n : neglected.value())
        lines << QStringLiteral("%1 %2 %3 %4").arg(n.name, n.tier).arg(n.daysSince).arg(n.valueMinor);
    // Fresh A was called 4 days ago, New A is 4 days old, Recent C was called 63 days ago (C: 90 days).
    EXPECT_EQ(lines, (QStringList { QStringLiteral("Valuable C C 429 1200000"), QStringLiteral("Old A A 13 0") }));
    auto mine
        = ActivityRepository(db()).neglected(QDate(2025, 3, 5), intervals.value(), QStringLiteral("CNY"), m_li, 100);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine.value().size(), 1);
    EXPECT_EQ(mine.value().first().lastActivityAt, QDateTime(QDate(2025, 2, 20), QTime(17, 0), Qt::UTC));
}

} // namespace

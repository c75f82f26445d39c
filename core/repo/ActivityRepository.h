#pragma once

#include "Result.h"
#include "domain/Activity.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

// One section of the agenda: the first `limit` items in date order and how many there are in all.
struct AgendaSection
{
    QList<Activity> items;
    qint64 total = 0;
};

// What needs doing, seen from a local date: overdue (before it), today, and the next seven days.
struct Agenda
{
    AgendaSection overdue;
    AgendaSection today;
    AgendaSection nextDays;
};

struct AgendaQuery
{
    QDate date; // the user's "today"
    qint64 ownerId = 0; // 0: the whole team
    int limit = 500; // items per section (totals count them all)
};

// A customer nobody has done anything with for longer than their tier's follow-up interval.
struct NeglectedCustomer
{
    qint64 customerId = 0;
    QString name;
    QString tier;
    QString ownerName;
    QDateTime lastActivityAt; // invalid: never; then the customer's creation counts
    qint64 valueMinor = 0; // live contracts in the book's currency
    int intervalDays = 0;
    int daysSince = 0;
};

// Follow-up activities: plain reads and writes, the agenda, the calendar, reminders and neglected customers.
// Every write is one transaction. The rules (completing with a next one, recurrence) live in FollowUpService.
class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<qint64> create(const Activity &activity);
    Status update(const Activity &activity);
    Result<Activity> find(qint64 id) const;

    Result<Agenda> agenda(const AgendaQuery &query) const;
    Result<qint64> overdueCount(const QDate &today, qint64 ownerId = 0) const;
    // Planned and done items whose day falls in [from, to] in local time, in date order.
    Result<QList<Activity>> between(const QDate &from, const QDate &to, qint64 ownerId = 0) const;
    // The calendar's items of one local day (planned and done): the first `limit` in time order, and how many
    // there are in all. Two range reads on indexes, however many follow-ups the book has.
    Result<AgendaSection> onDay(const QDate &day, qint64 ownerId, int limit) const;
    // A customer's activities, planned ones first (soonest first), then the rest newest first.
    Result<QList<Activity>> forCustomer(qint64 customerId, int limit = 500) const;
    // A complaint case's follow-ups, planned ones first (soonest first), then the rest newest first.
    Result<QList<Activity>> forComplaint(qint64 complaintId) const;
    // Writes many new activities with one prepared statement (bulk scheduling); joins the caller's transaction.
    // The activities must have been checked (FollowUpService::validate).
    Status createMany(const QList<Activity> &activities);
    // Every live planned activity (iCalendar export), in date order.
    Result<QList<Activity>> planned(qint64 ownerId = 0) const;

    // Planned items that fell due in (since, now] whose reminder was neither dismissed nor snoozed past now.
    Result<QList<Activity>> dueForReminder(const QDateTime &sinceUtc, const QDateTime &nowUtc) const;
    Status dismissReminder(qint64 id, const QDateTime &atUtc);
    Status snoozeReminder(qint64 id, const QDateTime &untilUtc);

    // Per tier (e.g. "A" -> 7 days): customers with no done activity for longer than that, most valuable first.
    Result<QList<NeglectedCustomer>> neglected(const QDate &today, const QMap<QString, int> &intervals,
        const QString &currency, qint64 ownerId, int limit) const;

    // Planned activities go to the trash with their customers and come back with them; done ones stay as they
    // were. Called inside the customers' own transaction.
    Status followCustomersToTrash(const QList<qint64> &customerIds, const QString &deletedAt);
    Status followCustomersOutOfTrash(const QList<qint64> &customerIds);

private:
    Result<AgendaSection> section(const QDate &from, const QDate &to, qint64 ownerId, int limit) const;
    // `live`: which items count (planned ones for the agenda, all but cancelled ones for the calendar).
    Result<AgendaSection> section(
        const QString &live, const QDate &from, const QDate &to, qint64 ownerId, int limit) const;
    Result<QList<Activity>> select(const QString &where, const QVariantList &binds, const QString &orderLimit) const;
    static QList<Activity> plannedFirst(QList<Activity> activities);

    QSqlDatabase m_db;
};

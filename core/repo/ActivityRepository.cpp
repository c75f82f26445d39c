#include "ActivityRepository.h"
#include "SqlHelpers.h"
#include "db/BulkStatement.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace SqlHelpers;

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.uuid, a.customer_id, c.name, a.contact_id, k.name, a.owner_id, o.name, a.type, a.subject, a.notes, "
    "a.due_at, a.due_date, a.duration_minutes, a.priority, a.status, a.outcome, a.recurrence, a.series_start, "
    "a.completed_at, a.reminded_at, a.snoozed_until, a.contract_id, a.renewal_threshold, a.created_at, "
    "a.updated_at, a.complaint_id, p.number");
const QString kFrom = QStringLiteral("FROM activities a JOIN customers c ON c.id = a.customer_id "
                                     "LEFT JOIN contacts k ON k.id = a.contact_id "
                                     "LEFT JOIN owners o ON o.id = a.owner_id "
                                     "LEFT JOIN complaints p ON p.id = a.complaint_id");
const QString kPlannedLive = QStringLiteral("a.status = 'planned' AND a.deleted_at IS NULL");
// What the calendar shows, written as the partial indexes activities_calendar_timed and _day are (0011).
const QString kOnCalendar = QStringLiteral("a.deleted_at IS NULL AND a.status <> 'cancelled'");
const QString kEntity = QStringLiteral("activity");

QString stampOrEmpty(const QDateTime &utc)
{
    return utc.isValid() ? Database::timestamp(utc) : QString();
}

// The audited fields of an activity, as stored (reminder snoozes and dismissals are not changes to the record).
QJsonObject auditFields(const Activity &a)
{
    return QJsonObject {
        { QStringLiteral("type"), toString(a.type) },
        { QStringLiteral("subject"), a.subject },
        { QStringLiteral("notes"), a.notes },
        { QStringLiteral("due"), a.allDay ? a.dueDate.toString(Qt::ISODate) : stampOrEmpty(a.dueAt) },
        { QStringLiteral("duration_minutes"), qMax(0, a.durationMinutes) },
        { QStringLiteral("priority"), toString(a.priority) },
        { QStringLiteral("status"), toString(a.status) },
        { QStringLiteral("outcome"), a.outcome },
        { QStringLiteral("recurrence"), a.recurrence.toRule() },
        { QStringLiteral("contact_id"), a.contactId },
        { QStringLiteral("owner_id"), a.ownerId },
        { QStringLiteral("completed_at"), stampOrEmpty(a.completedAt) },
    };
}

Activity activityFrom(const QSqlQuery &query)
{
    Activity a;
    a.id = query.value(0).toLongLong();
    a.uuid = query.value(1).toString();
    a.customerId = query.value(2).toLongLong();
    a.customerName = query.value(3).toString();
    a.contactId = query.value(4).toLongLong();
    a.contactName = query.value(5).toString();
    a.ownerId = query.value(6).toLongLong();
    a.ownerName = query.value(7).toString();
    a.type = activityTypeFromString(query.value(8).toString()).value_or(ActivityType::Task);
    a.subject = query.value(9).toString();
    a.notes = query.value(10).toString();
    a.allDay = query.value(11).isNull();
    a.dueAt = toDateTime(query.value(11));
    a.dueDate = QDate::fromString(query.value(12).toString(), Qt::ISODate);
    a.durationMinutes = query.value(13).toInt();
    a.priority = activityPriorityFromString(query.value(14).toString()).value_or(ActivityPriority::Normal);
    a.status = activityStatusFromString(query.value(15).toString()).value_or(ActivityStatus::Planned);
    a.outcome = query.value(16).toString();
    a.recurrence = Recurrence::fromRule(query.value(17).toString()).value_or(Recurrence {});
    a.seriesStart = QDate::fromString(query.value(18).toString(), Qt::ISODate);
    a.completedAt = toDateTime(query.value(19));
    a.remindedAt = toDateTime(query.value(20));
    a.snoozedUntil = toDateTime(query.value(21));
    a.contractId = query.value(22).toLongLong();
    a.renewalThreshold = query.value(23).toInt();
    a.createdAt = toDateTime(query.value(24));
    a.updatedAt = toDateTime(query.value(25));
    a.complaintId = query.value(26).toLongLong();
    a.complaintNumber = query.value(27).toString();
    return a;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant timestampOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(Database::timestamp(utc)) : QVariant(QMetaType(QMetaType::QString));
}

// Date order; an all-day item comes before the timed ones of its day. Keys are computed once per item.
void sortByDue(QList<Activity> &activities, bool descending = false)
{
    QList<std::pair<qint64, qsizetype>> keys;
    keys.reserve(activities.size());
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const Activity &a = activities[i];
        keys.append({ a.dueMomentUtc().toSecsSinceEpoch() * 2 + (a.allDay ? 0 : 1), i });
    }
    std::stable_sort(keys.begin(), keys.end(),
        [descending](const auto &x, const auto &y) { return descending ? x.first > y.first : x.first < y.first; });
    QList<Activity> sorted;
    sorted.reserve(activities.size());
    for (const auto &key : keys)
        sorted.append(std::move(activities[key.second]));
    activities = std::move(sorted);
}

// The UTC moment a local date starts, as stored text.
QString localDayStart(const QDate &date)
{
    return Database::timestamp(date.startOfDay(Qt::LocalTime).toUTC());
}

void bindActivity(QSqlQuery &query, const Activity &a)
{
    query.addBindValue(idOrNull(a.contactId));
    query.addBindValue(idOrNull(a.ownerId));
    query.addBindValue(toString(a.type));
    query.addBindValue(a.subject.trimmed());
    query.addBindValue(text(a.notes));
    query.addBindValue(a.allDay ? QVariant(QMetaType(QMetaType::QString)) : QVariant(Database::timestamp(a.dueAt)));
    query.addBindValue(a.allDay ? fromDate(a.dueDate) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(qMax(0, a.durationMinutes));
    query.addBindValue(toString(a.priority));
    query.addBindValue(toString(a.status));
    query.addBindValue(text(a.outcome));
    query.addBindValue(text(a.recurrence.toRule()));
    query.addBindValue(a.recurrence.isNone() ? QVariant(QMetaType(QMetaType::QString)) : fromDate(a.seriesStart));
    query.addBindValue(timestampOrNull(a.completedAt));
    query.addBindValue(timestampOrNull(a.remindedAt));
    query.addBindValue(timestampOrNull(a.snoozedUntil));
    query.addBindValue(idOrNull(a.complaintId));
}

} // namespace

Result<qint64> ActivityRepository::create(const Activity &activity)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO activities (contact_id, owner_id, type, subject, notes, due_at, due_date, duration_minutes, "
        "priority, status, outcome, recurrence, series_start, completed_at, reminded_at, snoozed_until, complaint_id, "
        "uuid, customer_id, contract_id, renewal_threshold, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindActivity(query, activity);
    query.addBindValue(activity.uuid.isEmpty() ? Database::newUuid() : activity.uuid);
    query.addBindValue(activity.customerId);
    query.addBindValue(idOrNull(activity.contractId));
    query.addBindValue(
        activity.contractId > 0 ? QVariant(activity.renewalThreshold) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Saving the activity \"%1\"").arg(activity.subject));
    const qint64 id = query.lastInsertId().toLongLong();
    QJsonObject fields = auditFields(activity);
    if (activity.contractId > 0)
        fields.insert(QStringLiteral("contract_id"), activity.contractId);
    if (Status status = AuditTrail::recordCreate(m_db, kEntity, id, activity.customerId, fields); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ActivityRepository::update(const Activity &activity)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    auto before = find(activity.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE activities SET contact_id = ?, owner_id = ?, type = ?, subject = ?, notes = ?, due_at = ?, "
        "due_date = ?, duration_minutes = ?, priority = ?, status = ?, outcome = ?, recurrence = ?, "
        "series_start = ?, completed_at = ?, reminded_at = ?, snoozed_until = ?, complaint_id = ?, updated_at = ? "
        "WHERE id = ? AND deleted_at IS NULL"));
    bindActivity(query, activity);
    query.addBindValue(Database::nowTimestamp());
    query.addBindValue(activity.id);
    if (!query.exec())
        return sqlError(query, tr("Saving the activity \"%1\"").arg(activity.subject));
    if (query.numRowsAffected() != 1)
        return Error { tr("The activity \"%1\" no longer exists.").arg(activity.subject) };
    if (Status status = AuditTrail::recordUpdate(m_db, kEntity, activity.id, before.value().customerId,
            auditFields(before.value()), auditFields(activity));
        !status)
        return status;
    return transaction.commit();
}

Result<Activity> ActivityRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("a.id = ?"), { id }, {});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error { tr("There is no activity with the number %1.").arg(id) };
    return found.value().first();
}

Result<QList<Activity>> ActivityRepository::select(
    const QString &where, const QVariantList &binds, const QString &orderLimit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 %2 WHERE %3 %4").arg(kColumns, kFrom, where, orderLimit)))
        return sqlError(query, tr("Reading activities"));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Reading activities"));
    QList<Activity> activities;
    while (query.next())
        activities << activityFrom(query);
    return activities;
}

Result<AgendaSection> ActivityRepository::section(const QDate &from, const QDate &to, qint64 ownerId, int limit) const
{
    return section(kPlannedLive, from, to, ownerId, limit);
}

Result<AgendaSection> ActivityRepository::onDay(const QDate &day, qint64 ownerId, int limit) const
{
    return section(kOnCalendar, day, day.addDays(1), ownerId, limit);
}

Result<AgendaSection> ActivityRepository::section(
    const QString &live, const QDate &from, const QDate &to, qint64 ownerId, int limit) const
{
    // Timed and all-day items are two range reads over their own partial indexes, merged in date order.
    QString timedWhere = live + QStringLiteral(" AND a.due_at < ?");
    QString dayWhere = live + QStringLiteral(" AND a.due_date < ?");
    QVariantList timedBinds { localDayStart(to) };
    QVariantList dayBinds { to.toString(Qt::ISODate) };
    if (from.isValid()) {
        timedWhere += QStringLiteral(" AND a.due_at >= ?");
        dayWhere += QStringLiteral(" AND a.due_date >= ?");
        timedBinds << localDayStart(from);
        dayBinds << from.toString(Qt::ISODate);
    }
    if (ownerId > 0) {
        timedWhere += QStringLiteral(" AND a.owner_id = ?");
        dayWhere += QStringLiteral(" AND a.owner_id = ?");
        timedBinds << ownerId;
        dayBinds << ownerId;
    }
    const QString limitText = QStringLiteral("LIMIT %1").arg(limit);
    auto timed = select(timedWhere, timedBinds, QStringLiteral("ORDER BY a.due_at, a.id ") + limitText);
    if (!timed)
        return timed.error();
    auto days = select(dayWhere, dayBinds, QStringLiteral("ORDER BY a.due_date, a.id ") + limitText);
    if (!days)
        return days.error();
    AgendaSection result;
    result.items = timed.value() + days.value();
    sortByDue(result.items);
    if (result.items.size() > limit)
        result.items.resize(limit);
    for (const auto &[where, binds] : { std::pair { timedWhere, timedBinds }, std::pair { dayWhere, dayBinds } }) {
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT count(*) FROM activities a WHERE %1").arg(where));
        for (const QVariant &value : binds)
            count.addBindValue(value);
        if (!count.exec() || !count.next())
            return sqlError(count, tr("Counting activities"));
        result.total += count.value(0).toLongLong();
    }
    return result;
}

Result<Agenda> ActivityRepository::agenda(const AgendaQuery &query) const
{
    Agenda agenda;
    auto overdue = section({}, query.date, query.ownerId, query.limit);
    if (!overdue)
        return overdue.error();
    auto today = section(query.date, query.date.addDays(1), query.ownerId, query.limit);
    if (!today)
        return today.error();
    auto next = section(query.date.addDays(1), query.date.addDays(8), query.ownerId, query.limit);
    if (!next)
        return next.error();
    agenda.overdue = std::move(overdue).value();
    agenda.today = std::move(today).value();
    agenda.nextDays = std::move(next).value();
    return agenda;
}

Result<qint64> ActivityRepository::overdueCount(const QDate &today, qint64 ownerId) const
{
    auto overdue = section({}, today, ownerId, 0);
    if (!overdue)
        return overdue.error();
    return overdue.value().total;
}

Result<QList<Activity>> ActivityRepository::between(const QDate &from, const QDate &to, qint64 ownerId) const
{
    QString where = QStringLiteral("a.deleted_at IS NULL AND a.status <> 'cancelled' AND ((a.due_at >= ? AND "
                                   "a.due_at < ?) OR (a.due_date >= ? AND a.due_date <= ?))");
    QVariantList binds { localDayStart(from), localDayStart(to.addDays(1)), from.toString(Qt::ISODate),
        to.toString(Qt::ISODate) };
    if (ownerId > 0) {
        where += QStringLiteral(" AND a.owner_id = ?");
        binds << ownerId;
    }
    auto found = select(where, binds, QStringLiteral("ORDER BY a.id"));
    if (!found)
        return found.error();
    QList<Activity> activities = std::move(found).value();
    sortByDue(activities);
    return activities;
}

Result<QList<Activity>> ActivityRepository::forCustomer(qint64 customerId, int limit) const
{
    auto found = select(
        QStringLiteral("a.customer_id = ?"), { customerId }, QStringLiteral("ORDER BY a.id DESC LIMIT %1").arg(limit));
    if (!found)
        return found.error();
    return plannedFirst(std::move(found).value());
}

Result<QList<Activity>> ActivityRepository::forComplaint(qint64 complaintId) const
{
    auto found = select(QStringLiteral("a.complaint_id = ? AND a.deleted_at IS NULL"), { complaintId },
        QStringLiteral("ORDER BY a.id DESC"));
    if (!found)
        return found.error();
    return plannedFirst(std::move(found).value());
}

QList<Activity> ActivityRepository::plannedFirst(QList<Activity> activities)
{
    QList<Activity> planned;
    QList<Activity> past;
    for (Activity &a : activities)
        (a.status == ActivityStatus::Planned ? planned : past).append(std::move(a));
    sortByDue(planned);
    sortByDue(past, true);
    return planned + past;
}

Status ActivityRepository::createMany(const QList<Activity> &activities)
{
    if (activities.isEmpty())
        return {};
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    Error error;
    auto insert = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO activities (uuid, customer_id, contact_id, owner_id, type, subject, notes, due_at, "
                       "due_date, duration_minutes, priority, status, complaint_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?)"),
        &error);
    if (!insert)
        return error;
    const QString now = Database::nowTimestamp();
    QList<qint64> ids;
    const auto bindId = [&insert](int index, qint64 id) {
        if (id > 0)
            insert->bindInt(index, id);
        else
            insert->bindNull(index);
    };
    for (const Activity &a : activities) {
        insert->bindText(0, a.uuid.isEmpty() ? Database::newUuid() : a.uuid);
        insert->bindInt(1, a.customerId);
        bindId(2, a.contactId);
        bindId(3, a.ownerId);
        insert->bindText(4, toString(a.type));
        insert->bindText(5, a.subject.trimmed());
        insert->bindText(6, a.notes);
        if (a.allDay) {
            insert->bindNull(7);
            insert->bindText(8, a.dueDate.toString(Qt::ISODate));
        } else {
            insert->bindText(7, Database::timestamp(a.dueAt));
            insert->bindNull(8);
        }
        insert->bindInt(9, qMax(0, a.durationMinutes));
        insert->bindText(10, toString(a.priority));
        bindId(11, a.complaintId);
        insert->bindText(12, now);
        insert->bindText(13, now);
        if (!insert->exec())
            return Error { tr("Saving the activity \"%1\": %2").arg(a.subject, insert->errorText()) };
        ids << insert->lastInsertId();
    }
    // One trail entry for the whole batch (a segment's follow-ups), not one per row.
    if (Status status = AuditTrail::recordBulk(m_db, AuditEntry::Action::Create, kEntity, ids,
            QJsonObject { { QStringLiteral("count"), ids.size() },
                { QStringLiteral("subject"), activities.first().subject.trimmed() } });
        !status)
        return status;
    return transaction.commit();
}

Result<QList<Activity>> ActivityRepository::planned(qint64 ownerId) const
{
    QString where = kPlannedLive;
    QVariantList binds;
    if (ownerId > 0) {
        where += QStringLiteral(" AND a.owner_id = ?");
        binds << ownerId;
    }
    return select(where, binds, QStringLiteral("ORDER BY coalesce(a.due_at, a.due_date), a.id"));
}

Result<QList<Activity>> ActivityRepository::dueForReminder(const QDateTime &sinceUtc, const QDateTime &nowUtc) const
{
    const QString now = Database::timestamp(nowUtc);
    const QDate today = nowUtc.toLocalTime().date();
    const QDate sinceDay = sinceUtc.toLocalTime().date();
    // Items that fell due since the last look, and snoozed ones whose time has come (whenever they were due).
    auto fresh = select(kPlannedLive
            + QStringLiteral(" AND a.reminded_at IS NULL AND a.snoozed_until IS NULL AND ((a.due_at > ? "
                             "AND a.due_at <= ?) OR (a.due_date > ? AND a.due_date <= ?))"),
        { Database::timestamp(sinceUtc), now, sinceDay.toString(Qt::ISODate), today.toString(Qt::ISODate) },
        QStringLiteral("LIMIT 200"));
    if (!fresh)
        return fresh.error();
    auto snoozed = select(kPlannedLive + QStringLiteral(" AND a.reminded_at IS NULL AND a.snoozed_until <= ?"), { now },
        QStringLiteral("LIMIT 200"));
    if (!snoozed)
        return snoozed.error();
    QList<Activity> due = fresh.value() + snoozed.value();
    sortByDue(due);
    return due;
}

Status ActivityRepository::dismissReminder(qint64 id, const QDateTime &atUtc)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE activities SET reminded_at = ?, snoozed_until = NULL WHERE id = ?"));
    query.addBindValue(Database::timestamp(atUtc));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Dismissing the reminder"));
    return {};
}

Status ActivityRepository::snoozeReminder(qint64 id, const QDateTime &untilUtc)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE activities SET snoozed_until = ?, reminded_at = NULL WHERE id = ?"));
    query.addBindValue(Database::timestamp(untilUtc));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Snoozing the reminder"));
    return {};
}

Result<QList<NeglectedCustomer>> ActivityRepository::neglected(
    const QDate &today, const QMap<QString, int> &intervals, const QString &currency, qint64 ownerId, int limit) const
{
    QList<NeglectedCustomer> found;
    for (auto it = intervals.cbegin(); it != intervals.cend(); ++it) {
        // The customer's creation counts as the first contact, so a new customer is not neglected at once.
        const QString cutoff = localDayStart(today.addDays(-it.value()));
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT id, name, tier, owner_name, last_done, value_minor, created_at FROM (SELECT c.id, c.name, "
            "c.tier, o.name AS owner_name, c.created_at, (SELECT max(a.completed_at) FROM activities a WHERE "
            "a.customer_id = c.id AND a.status = 'done') AS last_done, (SELECT coalesce(sum(k.value_minor), 0) "
            "FROM contracts k WHERE k.customer_id = c.id AND k.deleted_at IS NULL AND k.currency = ? AND k.status "
            "IN ('active', 'expiring')) AS value_minor FROM customers c LEFT JOIN owners o ON o.id = c.owner_id "
            "WHERE c.deleted_at IS NULL AND c.tier = ? AND (? = 0 OR c.owner_id = ?)) t "
            "WHERE coalesce(last_done, created_at) < ? ORDER BY value_minor DESC, coalesce(last_done, created_at), "
            "id LIMIT ?"));
        for (const QVariant &value : QVariantList { currency, it.key(), ownerId, ownerId, cutoff, limit })
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(query, tr("Looking for neglected customers"));
        while (query.next()) {
            NeglectedCustomer customer;
            customer.customerId = query.value(0).toLongLong();
            customer.name = query.value(1).toString();
            customer.tier = query.value(2).toString();
            customer.ownerName = query.value(3).toString();
            customer.lastActivityAt = toDateTime(query.value(4));
            customer.valueMinor = query.value(5).toLongLong();
            customer.intervalDays = it.value();
            const QDateTime since
                = customer.lastActivityAt.isValid() ? customer.lastActivityAt : toDateTime(query.value(6));
            customer.daysSince = int(since.toLocalTime().date().daysTo(today));
            found << customer;
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const NeglectedCustomer &a, const NeglectedCustomer &b) {
        return a.valueMinor != b.valueMinor ? a.valueMinor > b.valueMinor : a.daysSince > b.daysSince;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

Status ActivityRepository::followCustomersToTrash(const QList<qint64> &customerIds, const QString &deletedAt)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE activities SET deleted_at = ?, updated_at = ? WHERE status = 'planned' "
                                 "AND deleted_at IS NULL AND customer_id IN (%1)")
                      .arg(placeholders(customerIds.size())));
    query.addBindValue(deletedAt);
    query.addBindValue(deletedAt);
    bindAll(query, customerIds);
    if (!query.exec())
        return sqlError(query, tr("Moving the customers' planned activities to the trash"));
    return {};
}

Status ActivityRepository::followCustomersOutOfTrash(const QList<qint64> &customerIds)
{
    // Only what went to the trash with the customer (the same moment) comes back.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE activities SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND "
                                 "customer_id IN (%1) AND deleted_at = (SELECT c.deleted_at FROM customers c "
                                 "WHERE c.id = activities.customer_id)")
                      .arg(placeholders(customerIds.size())));
    bindAll(query, customerIds);
    if (!query.exec())
        return sqlError(query, tr("Restoring the customers' planned activities"));
    return {};
}

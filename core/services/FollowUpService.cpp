#include "FollowUpService.h"
#include "Clock.h"
#include "audit/AuditLog.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "repo/ActivityRepository.h"
#include "repo/ComplaintRepository.h"
#include "repo/LookupRepository.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace {

const QString kIntervalsKey = QStringLiteral("followup_intervals");
const QString kDefaultIntervals = QStringLiteral("A=7,B=30,C=90");

// The same local time of day on another local date, back in UTC (so a 9:00 call stays at 9:00 across a
// daylight-saving change).
QDateTime sameLocalTimeOn(const QDateTime &utc, const QDate &day)
{
    const QTime time = utc.toLocalTime().time();
    return QDateTime(day, time, QTimeZone::systemTimeZone()).toUTC();
}

} // namespace

Status FollowUpService::validate(const Activity &activity)
{
    if (activity.customerId <= 0)
        return Error { tr("An activity needs a customer."), {}, -1, -1, QStringLiteral("customer") };
    if (activity.subject.trimmed().isEmpty())
        return Error { tr("An activity needs a subject."), {}, -1, -1, QStringLiteral("subject") };
    if (activity.allDay ? !activity.dueDate.isValid() : !activity.dueAt.isValid())
        return Error { tr("The activity \"%1\" needs a due date.").arg(activity.subject.trimmed()), {}, -1, -1,
            QStringLiteral("due") };
    if (activity.durationMinutes < 0 || activity.durationMinutes > 7 * 24 * 60)
        return Error {
            tr("The duration of \"%1\" must be between 0 minutes and 7 days.").arg(activity.subject.trimmed()), {}, -1,
            -1, QStringLiteral("duration")
        };
    return {};
}

Result<qint64> FollowUpService::schedule(Activity activity)
{
    if (Status status = validate(activity); !status)
        return status.error();
    activity.status = ActivityStatus::Planned;
    if (!activity.recurrence.isNone() && !activity.seriesStart.isValid())
        activity.seriesStart = activity.localDueDate();
    return ActivityRepository(m_db).create(activity);
}

Status FollowUpService::save(const Activity &activity)
{
    if (Status status = validate(activity); !status)
        return status;
    Activity copy = activity;
    if (!copy.recurrence.isNone() && !copy.seriesStart.isValid())
        copy.seriesStart = copy.localDueDate();
    return ActivityRepository(m_db).update(copy);
}

Activity FollowUpService::nextOccurrence(const Activity &activity, const QDate &today)
{
    Activity next = activity;
    next.id = 0;
    next.uuid.clear();
    next.status = ActivityStatus::Planned;
    next.outcome.clear();
    next.completedAt = {};
    next.remindedAt = {};
    next.snoozedUntil = {};
    if (activity.recurrence.isNone())
        return next;
    const QDate anchor = activity.seriesStart.isValid() ? activity.seriesStart : activity.localDueDate();
    next.seriesStart = anchor;
    const QDate day = activity.recurrence.nextAfter(anchor, activity.localDueDate(), today);
    if (activity.allDay)
        next.dueDate = day;
    else
        next.dueAt = sameLocalTimeOn(activity.dueAt, day);
    return next;
}

Result<Activity> FollowUpService::proposeNext(const Activity &done, const QDate &today) const
{
    if (!done.recurrence.isNone())
        return nextOccurrence(done, today);
    Activity next = nextOccurrence(done, today);
    next.contractId = 0;
    next.renewalThreshold = 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT tier FROM customers WHERE id = ?"));
    query.addBindValue(done.customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading the customer's tier"));
    const QString tier = query.next() ? query.value(0).toString() : QString();
    auto intervals = tierIntervals();
    if (!intervals)
        return intervals.error();
    // A customer without a known tier gets the longest interval the book uses.
    int days = 30;
    if (intervals.value().contains(tier))
        days = intervals.value().value(tier);
    else if (!intervals.value().isEmpty())
        days = *std::max_element(intervals.value().cbegin(), intervals.value().cend());
    const QDate day = today.addDays(days);
    if (done.allDay)
        next.dueDate = day;
    else
        next.dueAt = sameLocalTimeOn(done.dueAt, day);
    return next;
}

Result<qint64> FollowUpService::complete(qint64 activityId, const QString &outcome, const std::optional<Activity> &next)
{
    return markDone(activityId, outcome, next, Then::ScheduleNext);
}

Status FollowUpService::completeLast(qint64 activityId, const QString &outcome)
{
    auto done = markDone(activityId, outcome, std::nullopt, Then::EndSeries);
    if (!done)
        return done.error();
    return {};
}

Result<qint64> FollowUpService::markDone(
    qint64 activityId, const QString &outcome, const std::optional<Activity> &next, Then then)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    ActivityRepository activities(m_db);
    auto found = activities.find(activityId);
    if (!found)
        return found.error();
    Activity activity = std::move(found).value();
    if (activity.status != ActivityStatus::Planned)
        return Error { tr("The activity \"%1\" is already %2.").arg(activity.subject, displayName(activity.status)) };
    activity.status = ActivityStatus::Done;
    activity.outcome = outcome.trimmed();
    activity.completedAt = Clock::instance().nowUtc();
    if (then == Then::EndSeries)
        activity.recurrence = Recurrence {};
    if (Status status = activities.update(activity); !status)
        return status.error();
    if (Status status = noteOnComplaint(activity); !status)
        return status.error();
    qint64 nextId = 0;
    if (next || !activity.recurrence.isNone()) {
        auto id = schedule(next ? *next : nextOccurrence(activity, Clock::instance().today()));
        if (!id)
            return id.error();
        nextId = id.value();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return nextId;
}

Status FollowUpService::cancel(qint64 activityId)
{
    ActivityRepository activities(m_db);
    auto found = activities.find(activityId);
    if (!found)
        return found.error();
    Activity activity = std::move(found).value();
    if (activity.status != ActivityStatus::Planned)
        return Error { tr("The activity \"%1\" is already %2.").arg(activity.subject, displayName(activity.status)) };
    activity.status = ActivityStatus::Cancelled;
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = activities.update(activity); !status)
        return status;
    if (Status status = noteOnComplaint(activity); !status)
        return status;
    return transaction.commit();
}

// A callback or visit about a complaint case that is done or cancelled shows in the case's history, with its
// outcome, so the case tells the whole story without opening the follow-ups. Joins the caller's transaction.
Status FollowUpService::noteOnComplaint(const Activity &activity)
{
    if (activity.complaintId <= 0)
        return {};
    // A case in the trash keeps its history as it was.
    ComplaintRepository complaints(m_db);
    auto status = complaints.liveStatus(activity.complaintId);
    if (!status)
        return status.error();
    if (!status.value())
        return {};
    QString note;
    if (activity.status == ActivityStatus::Cancelled)
        note = tr("Follow-up cancelled: %1 \"%2\".").arg(displayName(activity.type), activity.subject);
    else if (activity.outcome.isEmpty())
        note = tr("Follow-up done: %1 \"%2\".").arg(displayName(activity.type), activity.subject);
    else
        note = tr("Follow-up done: %1 \"%2\". Outcome: %3")
                   .arg(displayName(activity.type), activity.subject, activity.outcome);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(Clock::instance().nowUtc().toSecsSinceEpoch(), Qt::UTC);
    const ComplaintStatus current = *status.value();
    return complaints.addHistory({ 0, activity.complaintId, now, AuditLog::currentUser(), current, current, note });
}

Status FollowUpService::reschedule(qint64 activityId, const QDate &localDay)
{
    ActivityRepository activities(m_db);
    auto found = activities.find(activityId);
    if (!found)
        return found.error();
    Activity activity = std::move(found).value();
    if (!localDay.isValid())
        return Error { tr("The activity \"%1\" needs a valid date.").arg(activity.subject) };
    if (activity.allDay)
        activity.dueDate = localDay;
    else
        activity.dueAt = sameLocalTimeOn(activity.dueAt, localDay);
    activity.remindedAt = {};
    activity.snoozedUntil = {};
    return activities.update(activity);
}

QMap<QString, int> FollowUpService::parseIntervals(const QString &text)
{
    QMap<QString, int> intervals;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tier = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int days = part.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (!tier.isEmpty() && ok && days > 0)
            intervals.insert(tier, days);
    }
    return intervals;
}

Result<QMap<QString, int>> FollowUpService::tierIntervals() const
{
    auto text = LookupRepository(m_db).setting(kIntervalsKey, kDefaultIntervals);
    if (!text)
        return text.error();
    return parseIntervals(text.value());
}

Status FollowUpService::setTierIntervals(const QMap<QString, int> &intervals)
{
    QStringList parts;
    for (auto it = intervals.cbegin(); it != intervals.cend(); ++it) {
        if (it.value() <= 0 || it.value() > 3650)
            return Error { tr("The follow-up interval of tier %1 must be between 1 and 3650 days.").arg(it.key()) };
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    }
    return LookupRepository(m_db).setSetting(kIntervalsKey, parts.join(QLatin1Char(',')));
}

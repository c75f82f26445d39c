#include "ComplaintFollowUps.h"
#include "Clock.h"
#include "db/Transaction.h"
#include "repo/ActivityRepository.h"
#include "repo/ComplaintRepository.h"
#include "services/ComplaintSettings.h"
#include "services/FollowUpService.h"

namespace {

constexpr int kSummaryLength = 40;

QString shortened(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= kSummaryLength)
        return simplified;
    return simplified.left(kSummaryLength - 1).trimmed() + QChar(0x2026);
}

} // namespace

QDateTime ComplaintFollowUps::nextBusinessHour(const QDateTime &nowUtc, const BusinessHours &hours)
{
    QDateTime at = nowUtc.toTimeZone(hours.zone);
    // Up to the next full hour (a moment already on the hour stays).
    const QTime time = at.time();
    if (time.minute() != 0 || time.second() != 0 || time.msec() != 0)
        at = QDateTime(at.date(), QTime(time.hour(), 0), hours.zone).addSecs(3600);
    if (hours.workingDays.isEmpty() || hours.start >= hours.end)
        return at.toUTC();
    for (int day = 0; day < 14; ++day) {
        const QDate date = at.date();
        if (hours.workingDays.contains(date.dayOfWeek())) {
            const QDateTime open(date, hours.start, hours.zone);
            const QDateTime close(date, hours.end, hours.zone);
            if (at < open)
                return open.toUTC();
            if (at < close)
                return at.toUTC();
        }
        at = QDateTime(date.addDays(1), QTime(0, 0), hours.zone);
    }
    return at.toUTC();
}

QString ComplaintFollowUps::subjectFor(const Complaint &complaint, ActivityType type)
{
    const QString summary = shortened(complaint.summary);
    if (type == ActivityType::Visit)
        return tr("Visit about complaint %1: %2").arg(complaint.number, summary);
    return tr("Call back about complaint %1: %2").arg(complaint.number, summary);
}

Result<Activity> ComplaintFollowUps::propose(
    const Complaint &complaint, ActivityType type, const QDateTime &nowUtc) const
{
    Activity activity;
    activity.customerId = complaint.customerId;
    activity.customerName = complaint.customerName;
    activity.contactId = complaint.contactId;
    activity.ownerId = complaint.ownerId;
    activity.type = type;
    activity.subject = subjectFor(complaint, type);
    activity.notes = complaint.description;
    activity.complaintId = complaint.id;
    activity.complaintNumber = complaint.number;
    activity.durationMinutes = type == ActivityType::Visit ? 60 : 15;
    activity.priority
        = complaint.severity == ComplaintSeverity::High || complaint.severity == ComplaintSeverity::Critical
        ? ActivityPriority::High
        : ActivityPriority::Normal;
    if (!complaint.respondedAt.isValid() && complaint.responseDueAt > nowUtc) {
        activity.dueAt = complaint.responseDueAt;
        return activity;
    }
    auto levels = ComplaintSettings(m_db).serviceLevels();
    if (!levels)
        return levels.error();
    const BusinessHours hours
        = levels.value().businessHours().enabled ? levels.value().businessHours() : BusinessHours {};
    activity.dueAt = nextBusinessHour(nowUtc, hours);
    return activity;
}

Result<qint64> ComplaintFollowUps::schedule(const Activity &activity, const QString &actor)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    ComplaintRepository complaints(m_db);
    auto complaint = complaints.get(activity.complaintId);
    if (!complaint)
        return complaint.error();
    const Complaint &c = complaint.value();
    if (activity.customerId != c.customerId)
        return Error { tr("The follow-up \"%1\" is not for the customer of the complaint %2.")
                           .arg(activity.subject.trimmed(), c.number),
            {}, -1, -1, QStringLiteral("customer") };
    auto id = FollowUpService(m_db).schedule(activity);
    if (!id)
        return id.error();
    auto saved = ActivityRepository(m_db).find(id.value());
    if (!saved)
        return saved.error();
    const Activity &a = saved.value();
    const QString due = a.allDay ? a.dueDate.toString(Qt::ISODate)
                                 : a.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString note
        = tr("Follow-up scheduled: %1 \"%2\", due %3, for %4.")
              .arg(displayName(a.type), a.subject, due, a.ownerName.isEmpty() ? tr("nobody") : a.ownerName);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(Clock::instance().nowUtc().toSecsSinceEpoch(), Qt::UTC);
    ComplaintHistoryEntry entry { 0, c.id, now, actor, c.status, c.status, note };
    if (Status status = complaints.addHistory(entry); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id.value();
}

Result<QList<Activity>> ComplaintFollowUps::followUps(qint64 complaintId) const
{
    return ActivityRepository(m_db).forComplaint(complaintId);
}

#pragma once

#include "Result.h"
#include "domain/Activity.h"
#include "domain/Complaint.h"
#include "services/ServiceLevels.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Callbacks and visits about a complaint case: the follow-up proposed for one click (kind, customer, the case's
// contact and owner, due when the case's response is due or else at the next business hour, a subject naming the
// case), saving it linked to the case with a "follow-up scheduled" line in the case history, and the case's
// follow-ups.
class ComplaintFollowUps
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintFollowUps)

public:
    explicit ComplaintFollowUps(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // A call or visit about the case for the user to edit (not saved). Due at the case's response due time while
    // no response was given and that time is still ahead; otherwise at the next business hour after nowUtc (the
    // book's business hours, or Monday to Friday 9:00-18:00 local time when it has none).
    Result<Activity> propose(const Complaint &complaint, ActivityType type, const QDateTime &nowUtc) const;
    // Saves a new follow-up of the case named by activity.complaintId and records it in the case history, in one
    // transaction. The follow-up must be for the case's customer. Returns the activity's id.
    Result<qint64> schedule(const Activity &activity, const QString &actor);
    // The case's follow-ups, planned ones first (soonest first), then done and cancelled ones, newest first.
    Result<QList<Activity>> followUps(qint64 complaintId) const;

    // The first full hour at or after nowUtc that lies within the business hours (in their time zone).
    static QDateTime nextBusinessHour(const QDateTime &nowUtc, const BusinessHours &hours);
    // "Call back about complaint C-2026-0001: Wrong colour delivered" (a long summary is shortened).
    static QString subjectFor(const Complaint &complaint, ActivityType type);

private:
    QSqlDatabase m_db;
};

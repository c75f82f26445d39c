#pragma once

#include "domain/Recurrence.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class ActivityType
{
    Call,
    Visit,
    Meeting,
    Email,
    Message,
    Task
};
enum class ActivityPriority
{
    Low,
    Normal,
    High
};
enum class ActivityStatus
{
    Planned,
    Done,
    Cancelled
};

QString toString(ActivityType type);
std::optional<ActivityType> activityTypeFromString(const QString &text);
QString displayName(ActivityType type);
QList<ActivityType> allActivityTypes();

QString toString(ActivityPriority priority);
std::optional<ActivityPriority> activityPriorityFromString(const QString &text);
QString displayName(ActivityPriority priority);

QString toString(ActivityStatus status);
std::optional<ActivityStatus> activityStatusFromString(const QString &text);
QString displayName(ActivityStatus status);

// A follow-up: a call, visit, meeting, email, message or task with a customer, planned for a moment (stored in
// UTC, shown in local time) or for a whole day (a calendar date, the same in every time zone).
struct Activity
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QString customerName; // read-only, filled by the repository
    qint64 contactId = 0; // 0: no contact
    QString contactName; // read-only
    qint64 ownerId = 0; // 0: nobody in particular
    QString ownerName; // read-only
    ActivityType type = ActivityType::Call;
    QString subject;
    QString notes;
    bool allDay = false;
    QDateTime dueAt; // UTC; timed activities only
    QDate dueDate; // all-day activities only
    int durationMinutes = 0;
    ActivityPriority priority = ActivityPriority::Normal;
    ActivityStatus status = ActivityStatus::Planned;
    QString outcome;
    Recurrence recurrence;
    QDate seriesStart; // the first date of a recurring series (its anchor day)
    QDateTime completedAt;
    QDateTime remindedAt; // its reminder was seen and dismissed
    QDateTime snoozedUntil; // its reminder comes back then
    qint64 contractId = 0; // a renewal follow-up's contract
    int renewalThreshold = 0;
    qint64 complaintId = 0; // a callback or visit about this complaint case; 0: none
    QString complaintNumber; // read-only: the case's number, C-2026-0001
    QDateTime createdAt;
    QDateTime updatedAt;

    // The day it falls on where the user is.
    QDate localDueDate() const { return allDay ? dueDate : dueAt.toLocalTime().date(); }
    // When it falls due in UTC: the moment, or the local start of the day for an all-day item.
    QDateTime dueMomentUtc() const;
};

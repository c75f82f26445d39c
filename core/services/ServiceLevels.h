#pragma once

#include "Result.h"
#include "domain/Complaint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QTime>
#include <QTimeZone>

// How long a complaint may wait for a first answer and for its resolution, per severity.
struct ServiceLevelTarget
{
    int responseMinutes = 0;
    int resolutionMinutes = 0;
};

// When the clock of a service level runs: around the clock (not enabled), or only on working days between two
// times of day in one time zone (a case received late on a Friday is due on Monday).
struct BusinessHours
{
    bool enabled = false;
    QList<int> workingDays { 1, 2, 3, 4, 5 }; // Qt::DayOfWeek: Monday 1 .. Sunday 7
    QTime start { 9, 0 };
    QTime end { 18, 0 };
    QTimeZone zone = QTimeZone::systemTimeZone();
};

// Where an open case stands against its due times at a given moment.
enum class ServiceLevelState
{
    OnTrack,
    AtRisk,
    Overdue,
    Done
};

// The service levels of a book: targets per severity and business hours, kept as two book settings
// ("complaint_sla", "complaint_business_hours"). Pure: computes due times, states and escalation needs.
class ServiceLevels
{
    Q_DECLARE_TR_FUNCTIONS(ServiceLevels)

public:
    // critical 2 h / 24 h, high 8 h / 3 days, medium 1 day / 5 days, low 3 days / 10 days, around the clock.
    ServiceLevels();

    ServiceLevelTarget target(ComplaintSeverity severity) const { return m_targets.value(severity); }
    void setTarget(ComplaintSeverity severity, ServiceLevelTarget target) { m_targets.insert(severity, target); }
    const BusinessHours &businessHours() const { return m_hours; }
    void setBusinessHours(const BusinessHours &hours) { m_hours = hours; }

    // The moment `minutes` of service time after `fromUtc` (working time only when business hours are on).
    QDateTime addServiceTime(const QDateTime &fromUtc, int minutes) const;
    QDateTime responseDue(ComplaintSeverity severity, const QDateTime &receivedUtc) const;
    QDateTime resolutionDue(ComplaintSeverity severity, const QDateTime &receivedUtc) const;

    // Overdue: an open case past its response due time without a response, or past its resolution due time.
    // At risk: less than a quarter of the time to the next due time is left.
    static ServiceLevelState state(const Complaint &complaint, const QDateTime &nowUtc);
    // The escalation level a case has earned by now: 1 when the response is late, 2 when the resolution is.
    static int escalationLevel(const Complaint &complaint, const QDateTime &nowUtc);

    // Settings text: "critical=120/1440;high=480/4320;..." (minutes) and
    // "1,2,3,4,5 09:00-18:00 Asia/Shanghai" (empty: around the clock).
    QString targetsText() const;
    QString businessHoursText() const;
    static Result<ServiceLevels> fromText(const QString &targets, const QString &businessHours);

private:
    bool isWorkingDay(const QDate &date) const;
    QMap<ComplaintSeverity, ServiceLevelTarget> m_targets;
    BusinessHours m_hours;
};

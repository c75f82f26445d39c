#include "ServiceLevels.h"

#include <QRegularExpression>

ServiceLevels::ServiceLevels()
{
    m_targets.insert(ComplaintSeverity::Critical, { 2 * 60, 24 * 60 });
    m_targets.insert(ComplaintSeverity::High, { 8 * 60, 3 * 24 * 60 });
    m_targets.insert(ComplaintSeverity::Medium, { 24 * 60, 5 * 24 * 60 });
    m_targets.insert(ComplaintSeverity::Low, { 3 * 24 * 60, 10 * 24 * 60 });
}

bool ServiceLevels::isWorkingDay(const QDate &date) const
{
    return m_hours.workingDays.contains(date.dayOfWeek());
}

QDateTime ServiceLevels::addServiceTime(const QDateTime &fromUtc, int minutes) const
{
    if (!m_hours.enabled || m_hours.workingDays.isEmpty() || m_hours.start >= m_hours.end)
        return fromUtc.toUTC().addSecs(qint64(minutes) * 60);
    qint64 remaining = qint64(minutes) * 60;
    QDateTime at = fromUtc.toTimeZone(m_hours.zone);
    // A working day is at least a minute long, so each turn either finishes or moves to the next day: a year of
    // days is far more than any target needs.
    for (int day = 0; day < 3700; ++day) {
        const QDate date = at.date();
        const QDateTime open(date, m_hours.start, m_hours.zone);
        const QDateTime close(date, m_hours.end, m_hours.zone);
        if (isWorkingDay(date) && at < close) {
            if (at < open)
                at = open;
            const qint64 available = at.secsTo(close);
            if (remaining <= available)
                return at.addSecs(remaining).toUTC();
            remaining -= available;
        }
        at = QDateTime(date.addDays(1), QTime(0, 0), m_hours.zone);
    }
    return at.toUTC();
}

QDateTime ServiceLevels::responseDue(ComplaintSeverity severity, const QDateTime &receivedUtc) const
{
    return addServiceTime(receivedUtc, target(severity).responseMinutes);
}

QDateTime ServiceLevels::resolutionDue(ComplaintSeverity severity, const QDateTime &receivedUtc) const
{
    return addServiceTime(receivedUtc, target(severity).resolutionMinutes);
}

ServiceLevelState ServiceLevels::state(const Complaint &complaint, const QDateTime &nowUtc)
{
    if (!isOpen(complaint.status))
        return ServiceLevelState::Done;
    const bool responded = complaint.respondedAt.isValid();
    if ((!responded && nowUtc > complaint.responseDueAt) || nowUtc > complaint.resolutionDueAt)
        return ServiceLevelState::Overdue;
    const QDateTime due = responded ? complaint.resolutionDueAt : complaint.responseDueAt;
    const qint64 span = complaint.receivedAt.secsTo(due);
    const qint64 left = nowUtc.secsTo(due);
    return left * 4 < span ? ServiceLevelState::AtRisk : ServiceLevelState::OnTrack;
}

int ServiceLevels::escalationLevel(const Complaint &complaint, const QDateTime &nowUtc)
{
    if (!isOpen(complaint.status))
        return 0;
    if (nowUtc > complaint.resolutionDueAt)
        return 2;
    if (!complaint.respondedAt.isValid() && nowUtc > complaint.responseDueAt)
        return 1;
    return 0;
}

QString ServiceLevels::targetsText() const
{
    QStringList parts;
    for (ComplaintSeverity severity : allComplaintSeverities()) {
        const ServiceLevelTarget t = target(severity);
        parts << QStringLiteral("%1=%2/%3").arg(toString(severity)).arg(t.responseMinutes).arg(t.resolutionMinutes);
    }
    return parts.join(QLatin1Char(';'));
}

QString ServiceLevels::businessHoursText() const
{
    if (!m_hours.enabled)
        return {};
    QStringList days;
    for (int day : m_hours.workingDays)
        days << QString::number(day);
    return QStringLiteral("%1 %2-%3 %4")
        .arg(days.join(QLatin1Char(',')), m_hours.start.toString(QStringLiteral("HH:mm")),
            m_hours.end.toString(QStringLiteral("HH:mm")), QString::fromUtf8(m_hours.zone.id()));
}

Result<ServiceLevels> ServiceLevels::fromText(const QString &targets, const QString &businessHours)
{
    ServiceLevels levels;
    static const QRegularExpression targetPattern(QStringLiteral("^\\s*(\\w+)\\s*=\\s*(\\d+)\\s*/\\s*(\\d+)\\s*$"));
    for (const QString &part : targets.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto match = targetPattern.match(part);
        const auto severity = match.hasMatch() ? complaintSeverityFromString(match.captured(1)) : std::nullopt;
        if (!severity)
            return Error { tr("The service level \"%1\" is not of the form severity=response/resolution minutes.")
                               .arg(part.trimmed()) };
        const int response = match.captured(2).toInt();
        const int resolution = match.captured(3).toInt();
        if (response <= 0 || resolution < response)
            return Error { tr("The service level for %1 needs a response time above zero and a resolution time "
                              "no shorter than it.")
                               .arg(displayName(*severity)) };
        levels.setTarget(*severity, { response, resolution });
    }
    if (businessHours.trimmed().isEmpty())
        return levels;
    static const QRegularExpression hoursPattern(
        QStringLiteral("^\\s*([1-7](?:,[1-7])*)\\s+(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})(?:\\s+(\\S+))?\\s*$"));
    const auto match = hoursPattern.match(businessHours);
    BusinessHours hours;
    hours.enabled = true;
    if (match.hasMatch()) {
        hours.workingDays.clear();
        for (const QString &day : match.captured(1).split(QLatin1Char(',')))
            hours.workingDays << day.toInt();
        hours.start = QTime::fromString(match.captured(2), QStringLiteral("H:mm"));
        hours.end = QTime::fromString(match.captured(3), QStringLiteral("H:mm"));
        if (!match.captured(4).isEmpty())
            hours.zone = QTimeZone(match.captured(4).toUtf8());
    }
    if (!match.hasMatch() || !hours.start.isValid() || !hours.end.isValid() || hours.start >= hours.end)
        return Error { tr("The business hours \"%1\" are not of the form \"1,2,3,4,5 09:00-18:00\" with the start "
                          "before the end.")
                           .arg(businessHours.trimmed()) };
    if (!hours.zone.isValid())
        return Error { tr("The time zone \"%1\" of the business hours is unknown.").arg(match.captured(4)) };
    levels.setBusinessHours(hours);
    return levels;
}

#include "Recurrence.h"

#include <QStringList>

QString Recurrence::toRule() const
{
    switch (m_unit) {
    case Unit::None:
        return {};
    case Unit::Day:
        return QStringLiteral("FREQ=DAILY;INTERVAL=%1").arg(m_interval);
    case Unit::Week:
        return QStringLiteral("FREQ=WEEKLY;INTERVAL=%1").arg(m_interval);
    case Unit::Month:
        return QStringLiteral("FREQ=MONTHLY;INTERVAL=%1").arg(m_interval);
    }
    return {};
}

std::optional<Recurrence> Recurrence::fromRule(const QString &rule)
{
    if (rule.trimmed().isEmpty())
        return Recurrence {};
    Unit unit = Unit::None;
    int interval = 1;
    for (const QString &part : rule.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char('='), 1).trimmed().toUpper();
        if (key == QLatin1String("FREQ")) {
            if (value == QLatin1String("DAILY"))
                unit = Unit::Day;
            else if (value == QLatin1String("WEEKLY"))
                unit = Unit::Week;
            else if (value == QLatin1String("MONTHLY"))
                unit = Unit::Month;
            else
                return std::nullopt;
        } else if (key == QLatin1String("INTERVAL")) {
            bool ok = false;
            interval = value.toInt(&ok);
            if (!ok || interval < 1 || interval > 999)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (unit == Unit::None)
        return std::nullopt;
    return Recurrence(unit, interval);
}

QString Recurrence::displayText() const
{
    switch (m_unit) {
    case Unit::None:
        return tr("Does not repeat");
    case Unit::Day:
        return tr("Every %n day(s)", nullptr, m_interval);
    case Unit::Week:
        return tr("Every %n week(s)", nullptr, m_interval);
    case Unit::Month:
        return tr("Every %n month(s)", nullptr, m_interval);
    }
    return {};
}

QDate Recurrence::occurrence(const QDate &start, int n) const
{
    switch (m_unit) {
    case Unit::None:
        return n == 0 ? start : QDate();
    case Unit::Day:
        return start.addDays(qint64(n) * m_interval);
    case Unit::Week:
        return start.addDays(qint64(n) * m_interval * 7);
    case Unit::Month:
        // QDate::addMonths keeps the day and clamps it to the end of a shorter month.
        return start.addMonths(n * m_interval);
    }
    return {};
}

QDate Recurrence::nextAfter(const QDate &start, const QDate &after, const QDate &notBefore) const
{
    if (isNone() || !start.isValid())
        return {};
    const QDate floor = notBefore.isValid() && notBefore.addDays(-1) > after ? notBefore.addDays(-1) : after;
    // Jump close to the floor first, then step: a daily series started years ago stays cheap.
    const qint64 days = start.daysTo(floor);
    int n = 0;
    if (days > 0) {
        const qint64 unitDays = m_unit == Unit::Day ? m_interval
            : m_unit == Unit::Week                  ? 7 * m_interval
                                                    : 31 * m_interval;
        n = int(qMax<qint64>(0, days / unitDays - 1));
    }
    QDate date = occurrence(start, n);
    while (date.isValid() && date <= floor)
        date = occurrence(start, ++n);
    return date;
}

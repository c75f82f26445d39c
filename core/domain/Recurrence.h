#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// "Every N days, weeks or months": a subset of an RFC 5545 RRULE (FREQ=DAILY|WEEKLY|MONTHLY;INTERVAL=N), stored
// as that text so the iCalendar export can carry it as it is.
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    enum class Unit
    {
        None,
        Day,
        Week,
        Month
    };

    Recurrence() = default;
    Recurrence(Unit unit, int interval)
        : m_unit(unit)
        , m_interval(unit == Unit::None ? 0 : qMax(1, interval))
    {
    }

    Unit unit() const { return m_unit; }
    int interval() const { return m_interval; }
    bool isNone() const { return m_unit == Unit::None; }

    // "" for none, else e.g. "FREQ=MONTHLY;INTERVAL=1".
    QString toRule() const;
    // nullopt for a rule this subset does not know; "" is no recurrence.
    static std::optional<Recurrence> fromRule(const QString &rule);
    // "Every 2 weeks", translated.
    QString displayText() const;

    // The n-th date of a series that starts on `start` (n = 0 is the start). Months count from the start, so the
    // day of the month comes back where it can: Jan 31, Feb 28 (29 in a leap year), Mar 31, Apr 30 ...
    QDate occurrence(const QDate &start, int n) const;
    // The first date of the series after `after` (and not before `notBefore`, when given).
    QDate nextAfter(const QDate &start, const QDate &after, const QDate &notBefore = {}) const;

    bool operator==(const Recurrence &other) const = default;

private:
    Unit m_unit = Unit::None;
    int m_interval = 0;
};

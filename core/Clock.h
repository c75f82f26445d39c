#pragma once

#include <QDate>
#include <QDateTime>

// The one source of "now" in the product, so that tests can set the date and time (reminders, "today" views).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;
    QDate today() const { return nowUtc().toLocalTime().date(); }

    static const Clock &instance();
    // Tests install their own clock; pass nullptr to go back to the system clock.
    static void setInstance(const Clock *clock);
};

// A clock that stands still at the time it is given.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime utc) : m_now(std::move(utc)) { }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc; }

private:
    QDateTime m_now;
};

#include "Clock.h"

namespace {
const Clock *g_override = nullptr;
}

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::instance()
{
    static const Clock systemClock;
    return g_override ? *g_override : systemClock;
}

void Clock::setInstance(const Clock *clock)
{
    g_override = clock;
}

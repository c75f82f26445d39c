#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>

#include <gtest/gtest.h>

#include <ostream>

// Readable QStrings in GoogleTest's messages (global, where argument-dependent lookup finds it).
inline std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << '"' << text.toStdString() << '"';
}

// Processes events until `done` holds or the timeout passes; true when it holds. QTest's QTRY_* macros report
// to QTest's own log, which a GoogleTest run never reads: a failure there would pass silently.
template<typename Predicate>
bool waitFor(Predicate done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

// EXPECT_EQ once the two sides become equal, or after the timeout (then failing with both values).
#define EXPECT_EVENTUALLY_EQ(actual, expected)                                                                        \
    do {                                                                                                              \
        waitFor([&] { return (actual) == (expected); });                                                             \
        EXPECT_EQ(actual, expected);                                                                                  \
    } while (false)

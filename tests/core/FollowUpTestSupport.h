#pragma once

#include "TestSupport.h"

#include "Clock.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

#include <QTimeZone>

#include <ctime>

// Runs a test in a fixed time zone (TZ + tzset), so local days and daylight-saving changes are known, and puts
// the previous zone back afterwards.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const char *zone)
        : m_previous(qgetenv("TZ"))
        , m_hadPrevious(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_hadPrevious)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    QByteArray m_previous;
    bool m_hadPrevious = false;
};

// A book in New York time with a fixed clock, two owners and a helper to add customers.
class FollowUpBookTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
        LookupRepository lookups(db());
        auto li = lookups.addOwner(QStringLiteral("李娜"));
        auto emily = lookups.addOwner(QStringLiteral("Emily Carter"));
        ASSERT_TRUE(li.ok() && emily.ok());
        m_li = li.value();
        m_emily = emily.value();
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    qint64 addCustomer(const QString &name, const QString &tier = QStringLiteral("B"), qint64 ownerId = 0)
    {
        Customer customer;
        customer.name = name;
        customer.tier = tier;
        customer.ownerId = ownerId;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    // A local wall-clock time in New York as UTC.
    static QDateTime newYork(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("America/New_York")).toUTC();
    }

    ScopedTimeZone m_zone { "America/New_York" };
    // Wednesday 2025-03-05, 10:00 in New York (EST, UTC-5).
    FixedClock m_clock { QDateTime(QDate(2025, 3, 5), QTime(15, 0), Qt::UTC) };
    qint64 m_li = 0;
    qint64 m_emily = 0;
};

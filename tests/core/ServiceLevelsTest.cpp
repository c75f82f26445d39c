#include "TestSupport.h"

#include "services/ServiceLevels.h"

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kShanghai);
}

ServiceLevels officeHours()
{
    auto levels = ServiceLevels::fromText(QString(), QStringLiteral("1,2,3,4,5 09:00-18:00 Asia/Shanghai"));
    EXPECT_TRUE(levels.ok()) << levels.error().toString();
    return levels.value_or(ServiceLevels());
}

struct DueCase
{
    const char *name;
    ComplaintSeverity severity;
    QDateTime received;
    QDateTime responseDue;
    QDateTime resolutionDue;
};

class BusinessHoursDueTest : public ::testing::TestWithParam<DueCase>
{
};

// 2026-03-06 is a Friday. Working days are 9 hours long (09:00-18:00, Shanghai time).
INSTANTIATE_TEST_SUITE_P(ServiceLevels, BusinessHoursDueTest,
    ::testing::Values(
        // 30 minutes left on Friday, 90 on Monday; resolution 24 h = 0.5 + 9 + 9 + 5.5 h -> Wednesday 14:30.
        DueCase { "criticalLateFriday", ComplaintSeverity::Critical, local(2026, 3, 6, 17, 30),
            local(2026, 3, 9, 10, 30), local(2026, 3, 11, 14, 30) },
        // 8 h: 0.5 h Friday, 7.5 h Monday; 3 days = 72 h: 0.5 + 8 * 9 - 0.5 -> the 8th working day, 17:30.
        DueCase { "highLateFriday", ComplaintSeverity::High, local(2026, 3, 6, 17, 30), local(2026, 3, 9, 16, 30),
            local(2026, 3, 18, 17, 30) },
        // Received on a Saturday: the clock starts on Monday at 09:00.
        DueCase { "criticalOnSaturday", ComplaintSeverity::Critical, local(2026, 3, 7, 10, 0), local(2026, 3, 9, 11, 0),
            local(2026, 3, 11, 15, 0) },
        // Received at closing time: nothing left that day.
        DueCase { "criticalAtClosing", ComplaintSeverity::Critical, local(2026, 3, 6, 18, 0), local(2026, 3, 9, 11, 0),
            local(2026, 3, 11, 15, 0) },
        // Before opening: 24 h of working time = Thursday 9 + Friday 9 + Monday 6 -> Monday 15:00;
        // 120 h = 13 working days + 3 h -> Tuesday 24th, 12:00.
        DueCase { "mediumBeforeOpening", ComplaintSeverity::Medium, local(2026, 3, 5, 8, 0), local(2026, 3, 9, 15, 0),
            local(2026, 3, 24, 12, 0) },
        // Ends exactly at closing time: due that evening, not the next morning; 24 h = 2 + 9 + 9 + 4.
        DueCase { "criticalEndsAtClosing", ComplaintSeverity::Critical, local(2026, 3, 6, 16, 0),
            local(2026, 3, 6, 18, 0), local(2026, 3, 11, 13, 0) },
        // Low: 72 h -> 8 working days; 240 h -> 26 working days and 6 h (no public holidays).
        DueCase { "lowMondayMorning", ComplaintSeverity::Low, local(2026, 3, 2, 9, 0), local(2026, 3, 11, 18, 0),
            local(2026, 4, 7, 15, 0) }),
    [](const ::testing::TestParamInfo<DueCase> &info) { return std::string(info.param.name); });

TEST_P(BusinessHoursDueTest, DueTimesCountWorkingTimeOnly)
{
    const DueCase &c = GetParam();
    const ServiceLevels levels = officeHours();
    EXPECT_EQ(levels.responseDue(c.severity, c.received.toUTC()), c.responseDue.toUTC());
    EXPECT_EQ(levels.resolutionDue(c.severity, c.received.toUTC()), c.resolutionDue.toUTC());
    EXPECT_EQ(levels.responseDue(c.severity, c.received.toUTC()).timeSpec(), Qt::UTC);
}

TEST(ServiceLevels, AroundTheClockByDefault)
{
    const ServiceLevels levels;
    const QDateTime received(QDate(2026, 3, 6), QTime(9, 30), Qt::UTC);
    EXPECT_EQ(levels.responseDue(ComplaintSeverity::Critical, received),
        QDateTime(QDate(2026, 3, 6), QTime(11, 30), Qt::UTC));
    EXPECT_EQ(levels.resolutionDue(ComplaintSeverity::Critical, received),
        QDateTime(QDate(2026, 3, 7), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(
        levels.responseDue(ComplaintSeverity::High, received), QDateTime(QDate(2026, 3, 6), QTime(17, 30), Qt::UTC));
    EXPECT_EQ(
        levels.resolutionDue(ComplaintSeverity::High, received), QDateTime(QDate(2026, 3, 9), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(
        levels.responseDue(ComplaintSeverity::Medium, received), QDateTime(QDate(2026, 3, 7), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(levels.resolutionDue(ComplaintSeverity::Medium, received),
        QDateTime(QDate(2026, 3, 11), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(
        levels.responseDue(ComplaintSeverity::Low, received), QDateTime(QDate(2026, 3, 9), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(
        levels.resolutionDue(ComplaintSeverity::Low, received), QDateTime(QDate(2026, 3, 16), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(levels.targetsText(), QStringLiteral("critical=120/1440;high=480/4320;medium=1440/7200;low=4320/14400"));
    EXPECT_EQ(levels.businessHoursText(), QString());
}

TEST(ServiceLevels, SettingsTextRoundTrips)
{
    auto levels = ServiceLevels::fromText(
        QStringLiteral("critical=60/480; low=600/6000"), QStringLiteral("1,2,3,4,5,6 08:30-17:00 Asia/Taipei"));
    ASSERT_TRUE(levels.ok()) << levels.error().toString();
    EXPECT_EQ(levels.value().target(ComplaintSeverity::Critical).responseMinutes, 60);
    EXPECT_EQ(levels.value().target(ComplaintSeverity::Critical).resolutionMinutes, 480);
    EXPECT_EQ(levels.value().target(ComplaintSeverity::High).responseMinutes, 480);
    EXPECT_EQ(
        levels.value().targetsText(), QStringLiteral("critical=60/480;high=480/4320;medium=1440/7200;low=600/6000"));
    EXPECT_EQ(levels.value().businessHoursText(), QStringLiteral("1,2,3,4,5,6 08:30-17:00 Asia/Taipei"));
    EXPECT_EQ(levels.value().businessHours().workingDays, (QList<int> { 1, 2, 3, 4, 5, 6 }));
}

TEST(ServiceLevels, BadSettingsAreRefusedWithTheirText)
{
    auto noMinutes = ServiceLevels::fromText(QStringLiteral("critical=2h/24h"), {});
    ASSERT_FALSE(noMinutes.ok());
    EXPECT_EQ(noMinutes.error().message,
        QStringLiteral("The service level \"critical=2h/24h\" is not of the form severity=response/resolution "
                       "minutes."));
    auto unknown = ServiceLevels::fromText(QStringLiteral("urgent=10/20"), {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("\"urgent=10/20\"")));
    auto backwards = ServiceLevels::fromText(QStringLiteral("high=600/60"), {});
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().message,
        QStringLiteral("The service level for High needs a response time above zero "
                       "and a resolution time no shorter than it."));
    auto hours = ServiceLevels::fromText({}, QStringLiteral("1-5 18:00-09:00"));
    ASSERT_FALSE(hours.ok());
    EXPECT_TRUE(hours.error().message.startsWith(QStringLiteral("The business hours \"1-5 18:00-09:00\"")));
    auto zone = ServiceLevels::fromText({}, QStringLiteral("1,2 09:00-17:00 Mars/Olympus"));
    ASSERT_FALSE(zone.ok());
    EXPECT_EQ(zone.error().message, QStringLiteral("The time zone \"Mars/Olympus\" of the business hours is unknown."));
}

class ServiceLevelStateTest : public ::testing::Test
{
protected:
    ServiceLevelStateTest()
    {
        m_case.status = ComplaintStatus::New;
        m_case.receivedAt = at(10, 0);
        m_case.responseDueAt = at(12, 0);
        m_case.resolutionDueAt = QDateTime(QDate(2026, 3, 7), QTime(10, 0), Qt::UTC);
    }
    static QDateTime at(int h, int m) { return QDateTime(QDate(2026, 3, 6), QTime(h, m), Qt::UTC); }
    Complaint m_case;
};

TEST_F(ServiceLevelStateTest, WaitingForAResponse)
{
    EXPECT_EQ(ServiceLevels::state(m_case, at(11, 0)), ServiceLevelState::OnTrack);
    EXPECT_EQ(ServiceLevels::state(m_case, at(11, 30)), ServiceLevelState::OnTrack); // exactly a quarter left
    EXPECT_EQ(ServiceLevels::state(m_case, at(11, 31)), ServiceLevelState::AtRisk);
    EXPECT_EQ(ServiceLevels::state(m_case, at(12, 0)), ServiceLevelState::AtRisk); // due, not yet past
    EXPECT_EQ(ServiceLevels::state(m_case, at(12, 1)), ServiceLevelState::Overdue);
    EXPECT_EQ(ServiceLevels::escalationLevel(m_case, at(12, 0)), 0);
    EXPECT_EQ(ServiceLevels::escalationLevel(m_case, at(12, 1)), 1);
}

TEST_F(ServiceLevelStateTest, AnsweredCasesRunAgainstTheResolution)
{
    m_case.status = ComplaintStatus::InProgress;
    m_case.respondedAt = at(11, 0);
    EXPECT_EQ(ServiceLevels::state(m_case, at(13, 0)), ServiceLevelState::OnTrack);
    EXPECT_EQ(ServiceLevels::escalationLevel(m_case, at(13, 0)), 0);
    // 24 h span: at risk with less than 6 h left.
    const QDateTime saturday(QDate(2026, 3, 7), QTime(4, 0), Qt::UTC);
    EXPECT_EQ(ServiceLevels::state(m_case, saturday), ServiceLevelState::OnTrack);
    EXPECT_EQ(ServiceLevels::state(m_case, saturday.addSecs(1)), ServiceLevelState::AtRisk);
    EXPECT_EQ(ServiceLevels::state(m_case, m_case.resolutionDueAt.addSecs(1)), ServiceLevelState::Overdue);
    EXPECT_EQ(ServiceLevels::escalationLevel(m_case, m_case.resolutionDueAt.addSecs(1)), 2);
}

TEST_F(ServiceLevelStateTest, ResolvedAndClosedCasesAreDone)
{
    m_case.status = ComplaintStatus::Resolved;
    EXPECT_EQ(ServiceLevels::state(m_case, at(23, 0).addDays(5)), ServiceLevelState::Done);
    EXPECT_EQ(ServiceLevels::escalationLevel(m_case, at(23, 0).addDays(5)), 0);
    m_case.status = ComplaintStatus::Closed;
    EXPECT_EQ(ServiceLevels::state(m_case, at(23, 0).addDays(5)), ServiceLevelState::Done);
}

} // namespace

#include "TestSupport.h"

#include "domain/Recurrence.h"

namespace {

struct OccurrenceCase
{
    const char *name;
    Recurrence recurrence;
    QDate start;
    QList<QDate> expected; // occurrences 0, 1, 2, ...
};

class RecurrenceOccurrences : public ::testing::TestWithParam<OccurrenceCase>
{
};

TEST_P(RecurrenceOccurrences, FollowTheAnchorDay)
{
    const OccurrenceCase &c = GetParam();
    for (int n = 0; n < c.expected.size(); ++n)
        EXPECT_EQ(c.recurrence.occurrence(c.start, n), c.expected[n]) << c.name << " occurrence " << n;
}

using Unit = Recurrence::Unit;

INSTANTIATE_TEST_SUITE_P(Dates, RecurrenceOccurrences,
    ::testing::Values(
        OccurrenceCase { "monthly_from_jan_31", Recurrence(Unit::Month, 1), QDate(2025, 1, 31),
            { QDate(2025, 1, 31), QDate(2025, 2, 28), QDate(2025, 3, 31), QDate(2025, 4, 30), QDate(2025, 5, 31) } },
        OccurrenceCase { "monthly_from_jan_31_leap_year", Recurrence(Unit::Month, 1), QDate(2024, 1, 31),
            { QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31) } },
        OccurrenceCase { "every_12_months_from_leap_day", Recurrence(Unit::Month, 12), QDate(2024, 2, 29),
            { QDate(2024, 2, 29), QDate(2025, 2, 28), QDate(2026, 2, 28), QDate(2027, 2, 28), QDate(2028, 2, 29) } },
        OccurrenceCase { "every_3_months_from_nov_30", Recurrence(Unit::Month, 3), QDate(2024, 11, 30),
            { QDate(2024, 11, 30), QDate(2025, 2, 28), QDate(2025, 5, 30), QDate(2025, 8, 30) } },
        OccurrenceCase { "every_2_weeks", Recurrence(Unit::Week, 2), QDate(2025, 12, 22),
            { QDate(2025, 12, 22), QDate(2026, 1, 5), QDate(2026, 1, 19) } },
        OccurrenceCase { "every_3_days_over_leap_day", Recurrence(Unit::Day, 3), QDate(2024, 2, 27),
            { QDate(2024, 2, 27), QDate(2024, 3, 1), QDate(2024, 3, 4) } }),
    [](const ::testing::TestParamInfo<OccurrenceCase> &info) { return std::string(info.param.name); });

TEST(Recurrence, NextAfterSkipsToTheFirstDateAfterTheGivenOneAndNotBeforeTheFloor)
{
    const Recurrence monthly(Unit::Month, 1);
    EXPECT_EQ(monthly.nextAfter(QDate(2025, 1, 31), QDate(2025, 1, 31)), QDate(2025, 2, 28));
    EXPECT_EQ(monthly.nextAfter(QDate(2025, 1, 31), QDate(2025, 2, 28)), QDate(2025, 3, 31));
    // Completed late: the series goes on from today, on its own days.
    EXPECT_EQ(monthly.nextAfter(QDate(2025, 1, 31), QDate(2025, 1, 31), QDate(2025, 4, 2)), QDate(2025, 4, 30));
    EXPECT_EQ(monthly.nextAfter(QDate(2025, 1, 31), QDate(2025, 1, 31), QDate(2025, 4, 30)), QDate(2025, 4, 30));
    // A daily series started years ago.
    EXPECT_EQ(Recurrence(Unit::Day, 1).nextAfter(QDate(2015, 1, 1), QDate(2025, 6, 1)), QDate(2025, 6, 2));
    EXPECT_FALSE(Recurrence().nextAfter(QDate(2025, 1, 1), QDate(2025, 1, 1)).isValid());
}

TEST(Recurrence, RulesRoundTripAndUnknownRulesAreRefused)
{
    EXPECT_EQ(Recurrence(Unit::Week, 2).toRule(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2"));
    EXPECT_EQ(Recurrence::fromRule(QStringLiteral("FREQ=MONTHLY;INTERVAL=3")), Recurrence(Unit::Month, 3));
    EXPECT_EQ(Recurrence::fromRule(QStringLiteral("freq=daily")), Recurrence(Unit::Day, 1));
    EXPECT_EQ(Recurrence::fromRule(QString()), Recurrence());
    EXPECT_EQ(Recurrence().toRule(), QString());
    EXPECT_FALSE(Recurrence::fromRule(QStringLiteral("FREQ=YEARLY")).has_value());
    EXPECT_FALSE(Recurrence::fromRule(QStringLiteral("FREQ=DAILY;INTERVAL=0")).has_value());
    EXPECT_FALSE(Recurrence::fromRule(QStringLiteral("FREQ=DAILY;BYDAY=MO")).has_value());
    EXPECT_FALSE(Recurrence::fromRule(QStringLiteral("INTERVAL=2")).has_value());
}

} // namespace

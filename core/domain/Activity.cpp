#include "Activity.h"

#include <QCoreApplication>

#include <array>

namespace {

template <typename Enum, size_t N> QString nameOf(Enum value, const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const QString &text, const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

const std::array<std::pair<ActivityType, const char *>, 6> kTypes { { { ActivityType::Call, "call" },
    { ActivityType::Visit, "visit" }, { ActivityType::Meeting, "meeting" }, { ActivityType::Email, "email" },
    { ActivityType::Message, "message" }, { ActivityType::Task, "task" } } };
const std::array<std::pair<ActivityPriority, const char *>, 3> kPriorities { { { ActivityPriority::Low, "low" },
    { ActivityPriority::Normal, "normal" }, { ActivityPriority::High, "high" } } };
const std::array<std::pair<ActivityStatus, const char *>, 3> kStatuses { { { ActivityStatus::Planned, "planned" },
    { ActivityStatus::Done, "done" }, { ActivityStatus::Cancelled, "cancelled" } } };

} // namespace

QString toString(ActivityType type)
{
    return nameOf(type, kTypes);
}

std::optional<ActivityType> activityTypeFromString(const QString &text)
{
    return valueOf(text, kTypes);
}

QString displayName(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return QCoreApplication::translate("Activity", "Call");
    case ActivityType::Visit:
        return QCoreApplication::translate("Activity", "Visit");
    case ActivityType::Meeting:
        return QCoreApplication::translate("Activity", "Meeting");
    case ActivityType::Email:
        return QCoreApplication::translate("Activity", "Email");
    case ActivityType::Message:
        return QCoreApplication::translate("Activity", "Message");
    case ActivityType::Task:
        return QCoreApplication::translate("Activity", "Task");
    }
    return {};
}

QList<ActivityType> allActivityTypes()
{
    QList<ActivityType> types;
    for (const auto &entry : kTypes)
        types << entry.first;
    return types;
}

QString toString(ActivityPriority priority)
{
    return nameOf(priority, kPriorities);
}

std::optional<ActivityPriority> activityPriorityFromString(const QString &text)
{
    return valueOf(text, kPriorities);
}

QString displayName(ActivityPriority priority)
{
    switch (priority) {
    case ActivityPriority::Low:
        return QCoreApplication::translate("Activity", "Low");
    case ActivityPriority::Normal:
        return QCoreApplication::translate("Activity", "Normal");
    case ActivityPriority::High:
        return QCoreApplication::translate("Activity", "High");
    }
    return {};
}

QString toString(ActivityStatus status)
{
    return nameOf(status, kStatuses);
}

std::optional<ActivityStatus> activityStatusFromString(const QString &text)
{
    return valueOf(text, kStatuses);
}

QString displayName(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Planned:
        return QCoreApplication::translate("Activity", "Planned");
    case ActivityStatus::Done:
        return QCoreApplication::translate("Activity", "Done");
    case ActivityStatus::Cancelled:
        return QCoreApplication::translate("Activity", "Cancelled");
    }
    return {};
}

QDateTime Activity::dueMomentUtc() const
{
    if (!allDay)
        return dueAt;
    // Qt::LocalTime goes through the C library (cheap); a QTimeZone::systemTimeZone() per call reads the zone data.
    return dueDate.startOfDay(Qt::LocalTime).toUTC();
}

#include "Complaint.h"

#include <QCoreApplication>

namespace {

template <typename Enum> struct Names
{
    Enum value;
    const char *code;
};

constexpr Names<ComplaintStatus> kStatuses[] {
    { ComplaintStatus::New, "new" },
    { ComplaintStatus::Acknowledged, "acknowledged" },
    { ComplaintStatus::InProgress, "in_progress" },
    { ComplaintStatus::Resolved, "resolved" },
    { ComplaintStatus::Closed, "closed" },
};

constexpr Names<ComplaintSeverity> kSeverities[] {
    { ComplaintSeverity::Critical, "critical" },
    { ComplaintSeverity::High, "high" },
    { ComplaintSeverity::Medium, "medium" },
    { ComplaintSeverity::Low, "low" },
};

constexpr Names<ComplaintChannel> kChannels[] {
    { ComplaintChannel::Phone, "phone" },
    { ComplaintChannel::Email, "email" },
    { ComplaintChannel::Visit, "visit" },
    { ComplaintChannel::Web, "web" },
    { ComplaintChannel::Message, "message" },
    { ComplaintChannel::Other, "other" },
};

template <typename Enum, std::size_t N> QString codeOf(const Names<Enum> (&names)[N], Enum value)
{
    for (const auto &name : names) {
        if (name.value == value)
            return QString::fromLatin1(name.code);
    }
    Q_ASSERT(false);
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> valueOf(const Names<Enum> (&names)[N], const QString &text)
{
    const QString code = text.trimmed().toLower();
    for (const auto &name : names) {
        if (code == QLatin1String(name.code))
            return name.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QList<Enum> valuesOf(const Names<Enum> (&names)[N])
{
    QList<Enum> values;
    for (const auto &name : names)
        values << name.value;
    return values;
}

} // namespace

QString toString(ComplaintStatus status)
{
    return codeOf(kStatuses, status);
}

std::optional<ComplaintStatus> complaintStatusFromString(const QString &text)
{
    return valueOf(kStatuses, text);
}

QString displayName(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::New:
        return QCoreApplication::translate("Complaint", "New");
    case ComplaintStatus::Acknowledged:
        return QCoreApplication::translate("Complaint", "Acknowledged");
    case ComplaintStatus::InProgress:
        return QCoreApplication::translate("Complaint", "In progress");
    case ComplaintStatus::Resolved:
        return QCoreApplication::translate("Complaint", "Resolved");
    case ComplaintStatus::Closed:
        return QCoreApplication::translate("Complaint", "Closed");
    }
    return {};
}

QList<ComplaintStatus> allComplaintStatuses()
{
    return valuesOf(kStatuses);
}

bool isOpen(ComplaintStatus status)
{
    return status != ComplaintStatus::Resolved && status != ComplaintStatus::Closed;
}

QString toString(ComplaintSeverity severity)
{
    return codeOf(kSeverities, severity);
}

std::optional<ComplaintSeverity> complaintSeverityFromString(const QString &text)
{
    return valueOf(kSeverities, text);
}

QString displayName(ComplaintSeverity severity)
{
    switch (severity) {
    case ComplaintSeverity::Low:
        return QCoreApplication::translate("Complaint", "Low");
    case ComplaintSeverity::Medium:
        return QCoreApplication::translate("Complaint", "Medium");
    case ComplaintSeverity::High:
        return QCoreApplication::translate("Complaint", "High");
    case ComplaintSeverity::Critical:
        return QCoreApplication::translate("Complaint", "Critical");
    }
    return {};
}

QList<ComplaintSeverity> allComplaintSeverities()
{
    return valuesOf(kSeverities);
}

QString toString(ComplaintChannel channel)
{
    return codeOf(kChannels, channel);
}

std::optional<ComplaintChannel> complaintChannelFromString(const QString &text)
{
    return valueOf(kChannels, text);
}

QString displayName(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Phone:
        return QCoreApplication::translate("Complaint", "Phone");
    case ComplaintChannel::Email:
        return QCoreApplication::translate("Complaint", "Email");
    case ComplaintChannel::Visit:
        return QCoreApplication::translate("Complaint", "Visit");
    case ComplaintChannel::Web:
        return QCoreApplication::translate("Complaint", "Web");
    case ComplaintChannel::Message:
        return QCoreApplication::translate("Complaint", "Message");
    case ComplaintChannel::Other:
        return QCoreApplication::translate("Complaint", "Other", "channel");
    }
    return {};
}

QList<ComplaintChannel> allComplaintChannels()
{
    return valuesOf(kChannels);
}

QString complaintCategoryDisplayName(const QString &code)
{
    if (code == QLatin1String("product_quality"))
        return QCoreApplication::translate("Complaint", "Product quality");
    if (code == QLatin1String("delivery"))
        return QCoreApplication::translate("Complaint", "Delivery");
    if (code == QLatin1String("service_attitude"))
        return QCoreApplication::translate("Complaint", "Service attitude");
    if (code == QLatin1String("billing"))
        return QCoreApplication::translate("Complaint", "Billing");
    if (code == QLatin1String("other"))
        return QCoreApplication::translate("Complaint", "Other", "category");
    return code;
}

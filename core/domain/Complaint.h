#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class ComplaintStatus
{
    New,
    Acknowledged,
    InProgress,
    Resolved,
    Closed
};
enum class ComplaintSeverity
{
    Low,
    Medium,
    High,
    Critical
};
enum class ComplaintChannel
{
    Phone,
    Email,
    Visit,
    Web,
    Message,
    Other
};

QString toString(ComplaintStatus status);
std::optional<ComplaintStatus> complaintStatusFromString(const QString &text);
QString displayName(ComplaintStatus status);
QList<ComplaintStatus> allComplaintStatuses();
// Resolved and closed cases wait for nobody; the others run against their due times.
bool isOpen(ComplaintStatus status);

QString toString(ComplaintSeverity severity);
std::optional<ComplaintSeverity> complaintSeverityFromString(const QString &text);
QString displayName(ComplaintSeverity severity);
QList<ComplaintSeverity> allComplaintSeverities(); // most severe first

QString toString(ComplaintChannel channel);
std::optional<ComplaintChannel> complaintChannelFromString(const QString &text);
QString displayName(ComplaintChannel channel);
QList<ComplaintChannel> allComplaintChannels();

// Categories are a per-book list of codes. The built-in codes (product_quality, delivery, service_attitude,
// billing, other) are shown translated; a category the user added is shown as written.
QString complaintCategoryDisplayName(const QString &code);

struct Complaint
{
    qint64 id = 0;
    QString uuid;
    QString number; // C-2026-0001, given when the case is logged
    qint64 customerId = 0;
    QString customerName; // read-only, filled by the repository
    qint64 contactId = 0; // 0: none
    QString contactName; // read-only
    ComplaintChannel channel = ComplaintChannel::Phone;
    QString category = QStringLiteral("other");
    // Free text until products and orders exist; the ids stay 0 until then.
    QString productRef;
    qint64 productId = 0;
    QString orderRef;
    qint64 orderId = 0;
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    QString summary;
    QString description;
    QDateTime receivedAt;
    qint64 ownerId = 0;
    QString ownerName; // read-only
    ComplaintStatus status = ComplaintStatus::New;
    QString resolution;
    QString rootCause;
    QString correctiveAction;
    QDateTime responseDueAt;
    QDateTime resolutionDueAt;
    QDateTime respondedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QDateTime escalatedAt;
    int escalationLevel = 0;
    std::optional<int> csat; // 1..5
    std::optional<int> nps; // 0..10
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ComplaintHistoryEntry
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime at;
    QString actor;
    std::optional<ComplaintStatus> from; // none: the case was logged
    ComplaintStatus to = ComplaintStatus::New;
    QString note;
};

// What the complaint list filters on; empty or absent means "any".
struct ComplaintFilter
{
    std::optional<ComplaintStatus> status;
    bool openOnly = false; // new, acknowledged or in progress
    std::optional<ComplaintSeverity> severity;
    QString category;
    std::optional<qint64> ownerId; // 0: cases without an owner
    qint64 customerId = 0;
    // Open cases past a due time (response not given in time, or not resolved in time) at this moment.
    QDateTime overdueAt;
    // Open cases whose escalation level is below what this moment calls for (ServiceLevels::escalationLevel).
    QDateTime escalationDueAt;
    QString search; // in the number, summary, description and customer name
};

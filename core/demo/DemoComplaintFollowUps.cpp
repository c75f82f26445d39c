#include "DemoComplaintFollowUps.h"
#include "db/BulkStatement.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Activity.h"
#include "domain/Complaint.h"
#include "services/ComplaintFollowUps.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <random>

namespace {

struct Case
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 ownerId = 0;
    QString ownerName;
    Complaint complaint; // number, summary, status and times
};

void bindIdOrNull(BulkStatement &statement, int index, qint64 id)
{
    if (id > 0)
        statement.bindInt(index, id);
    else
        statement.bindNull(index);
}

bool isChinese(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// Stored data, not interface text: in the case's own language, like the demo cases themselves.
QString demoSubject(const Complaint &complaint, ActivityType type)
{
    if (!isChinese(complaint.summary))
        return type == ActivityType::Visit
            ? QStringLiteral("Visit about complaint %1: %2").arg(complaint.number, complaint.summary)
            : QStringLiteral("Call back about complaint %1: %2").arg(complaint.number, complaint.summary);
    return type == ActivityType::Visit
        ? QStringLiteral("就投诉 %1 上门拜访：%2").arg(complaint.number, complaint.summary)
        : QStringLiteral("就投诉 %1 回电：%2").arg(complaint.number, complaint.summary);
}

QString demoNote(const Complaint &complaint, ActivityType type, const QString &subject, const QDateTime &dueUtc,
    const QString &owner)
{
    const QString due = dueUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!isChinese(complaint.summary))
        return QStringLiteral("Follow-up scheduled: %1 \"%2\", due %3, for %4.")
            .arg(type == ActivityType::Visit ? QStringLiteral("Visit") : QStringLiteral("Call"), subject, due,
                owner.isEmpty() ? QStringLiteral("nobody") : owner);
    return QStringLiteral("已安排跟进：%1“%2”，时间 %3，负责人 %4。")
        .arg(type == ActivityType::Visit ? QStringLiteral("拜访") : QStringLiteral("电话"), subject, due,
            owner.isEmpty() ? QStringLiteral("无") : owner);
}

} // namespace

Status DemoComplaintFollowUps::generate(QSqlDatabase db, quint64 seed, const QDateTime &nowUtc)
{
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.id, c.customer_id, c.contact_id, c.owner_id, o.name, c.number, "
                                   "c.summary, c.status, c.received_at, c.responded_at, c.severity FROM complaints c "
                                   "LEFT JOIN owners o ON o.id = c.owner_id ORDER BY c.id")))
        return sqlError(query, tr("Reading the demo complaints"));
    QList<Case> cases;
    while (query.next()) {
        Case c;
        c.id = query.value(0).toLongLong();
        c.customerId = query.value(1).toLongLong();
        c.contactId = query.value(2).toLongLong();
        c.ownerId = query.value(3).toLongLong();
        c.ownerName = query.value(4).toString();
        c.complaint.id = c.id;
        c.complaint.number = query.value(5).toString();
        c.complaint.summary = query.value(6).toString();
        c.complaint.status = complaintStatusFromString(query.value(7).toString()).value_or(ComplaintStatus::New);
        c.complaint.receivedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
        c.complaint.respondedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        c.complaint.severity
            = complaintSeverityFromString(query.value(10).toString()).value_or(ComplaintSeverity::Medium);
        cases << c;
    }
    query.finish();

    Error error;
    auto activity = BulkStatement::prepare(db,
        QStringLiteral("INSERT INTO activities (uuid, customer_id, contact_id, owner_id, type, subject, due_at, "
                       "duration_minutes, priority, status, outcome, completed_at, complaint_id, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!activity)
        return error;
    auto history = BulkStatement::prepare(db,
        QStringLiteral("INSERT INTO complaint_history (uuid, complaint_id, happened_at, actor, from_status, "
                       "to_status, note, created_at, updated_at) VALUES (?, ?, ?, ?, 'new', 'new', ?, ?, ?)"),
        &error);
    if (!history)
        return error;
    std::mt19937_64 rng(seed ^ 0x63616c6c6261636bULL);
    const auto uuid = [&rng] {
        const quint64 a = rng();
        const quint64 b = rng();
        const QUuid id(uint(a >> 32), ushort(a >> 16), ushort(0x4000 | (a & 0x0fff)), uchar(0x80 | ((b >> 56) & 0x3f)),
            uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
        return id.toString(QUuid::WithoutBraces);
    };
    const QString now = Database::timestamp(nowUtc);
    const BusinessHours hours;
    const auto write
        = [&](const Case &c, ActivityType type, const QDateTime &scheduled, const QDateTime &due, bool done) -> Status {
        const QString subject = demoSubject(c.complaint, type);
        const bool urgent
            = c.complaint.severity == ComplaintSeverity::High || c.complaint.severity == ComplaintSeverity::Critical;
        activity->bindText(0, uuid());
        activity->bindInt(1, c.customerId);
        bindIdOrNull(*activity, 2, c.contactId);
        bindIdOrNull(*activity, 3, c.ownerId);
        activity->bindText(4, toString(type));
        activity->bindText(5, subject);
        activity->bindText(6, Database::timestamp(due));
        activity->bindInt(7, type == ActivityType::Visit ? 60 : 15);
        activity->bindText(8, toString(urgent ? ActivityPriority::High : ActivityPriority::Normal));
        activity->bindText(9, toString(done ? ActivityStatus::Done : ActivityStatus::Planned));
        activity->bindText(10, QString());
        if (done)
            activity->bindText(11, Database::timestamp(due));
        else
            activity->bindNull(11);
        activity->bindInt(12, c.id);
        activity->bindText(13, Database::timestamp(scheduled));
        activity->bindText(14, now);
        if (!activity->exec())
            return Error(tr("Writing the demo complaint follow-ups failed: %1").arg(activity->errorText()));
        const QString note = demoNote(c.complaint, type, subject, due, c.ownerName);
        history->bindText(0, uuid());
        history->bindInt(1, c.id);
        history->bindText(2, Database::timestamp(scheduled));
        history->bindText(3, c.ownerName);
        history->bindText(4, note);
        history->bindText(5, now);
        history->bindText(6, now);
        if (!history->exec())
            return Error(tr("Writing the demo complaint follow-ups failed: %1").arg(history->errorText()));
        return {};
    };
    for (const Case &c : std::as_const(cases)) {
        if (rng() % 3 == 0)
            continue;
        const bool answered = c.complaint.respondedAt.isValid();
        const QDateTime scheduled = c.complaint.receivedAt.addSecs(60 * qint64(1 + rng() % 4));
        if (!answered && scheduled > nowUtc)
            continue;
        const ActivityType type = rng() % 4 == 0 ? ActivityType::Visit : ActivityType::Call;
        const QDateTime due = answered ? c.complaint.respondedAt : ComplaintFollowUps::nextBusinessHour(nowUtc, hours);
        if (Status status = write(c, type, scheduled, due, answered); !status)
            return status;
        // Half the cases being worked on after the first call also have a visit coming up.
        if (answered && c.complaint.status == ComplaintStatus::InProgress && rng() % 2 == 0) {
            const QDateTime visit = ComplaintFollowUps::nextBusinessHour(nowUtc.addDays(1 + qint64(rng() % 3)), hours);
            if (Status status = write(c, ActivityType::Visit, c.complaint.respondedAt, visit, false); !status)
                return status;
        }
    }
    return transaction.commit();
}

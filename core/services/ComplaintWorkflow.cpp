#include "ComplaintWorkflow.h"
#include "Clock.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "repo/ComplaintRepository.h"
#include "services/ComplaintSettings.h"
#include "services/ServiceLevels.h"

#include <QSqlQuery>

namespace {

QDateTime nowSeconds()
{
    // Stored timestamps have whole seconds; so do the values handed back.
    return QDateTime::fromSecsSinceEpoch(Clock::instance().nowUtc().toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

bool ComplaintWorkflow::canMove(ComplaintStatus from, ComplaintStatus to)
{
    return nextStatuses(from).contains(to);
}

QList<ComplaintStatus> ComplaintWorkflow::nextStatuses(ComplaintStatus from)
{
    switch (from) {
    case ComplaintStatus::New:
        return { ComplaintStatus::Acknowledged };
    case ComplaintStatus::Acknowledged:
        return { ComplaintStatus::InProgress };
    case ComplaintStatus::InProgress:
        return { ComplaintStatus::Resolved };
    case ComplaintStatus::Resolved:
        return { ComplaintStatus::Closed, ComplaintStatus::InProgress };
    case ComplaintStatus::Closed:
        return { ComplaintStatus::InProgress };
    }
    return {};
}

QString ComplaintWorkflow::actionName(ComplaintStatus from, ComplaintStatus to)
{
    if (to == ComplaintStatus::InProgress && !isOpen(from))
        return tr("Reopen");
    switch (to) {
    case ComplaintStatus::New:
        break;
    case ComplaintStatus::Acknowledged:
        return tr("Acknowledge");
    case ComplaintStatus::InProgress:
        return tr("Start work");
    case ComplaintStatus::Resolved:
        return tr("Resolve");
    case ComplaintStatus::Closed:
        return tr("Close case");
    }
    return displayName(to);
}

Status ComplaintWorkflow::checkDetails(const Complaint &complaint) const
{
    if (complaint.customerId <= 0)
        return Error { tr("A complaint needs a customer."), {}, -1, -1, QStringLiteral("customer") };
    if (complaint.summary.trimmed().isEmpty())
        return Error { tr("A complaint needs a short summary of what the customer complains about."), {}, -1, -1,
            QStringLiteral("summary") };
    if (complaint.category.trimmed().isEmpty())
        return Error { tr("A complaint needs a category."), {}, -1, -1, QStringLiteral("category") };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(complaint.customerId);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Checking the complaint"));
    if (query.value(0).toLongLong() == 0)
        return Error {
            tr("The customer %1 of the complaint does not exist or is in the trash.").arg(complaint.customerId), {}, -1,
            -1, QStringLiteral("customer")
        };
    if (complaint.contactId > 0) {
        query.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ? AND customer_id = ? AND "
                                     "deleted_at IS NULL"));
        query.addBindValue(complaint.contactId);
        query.addBindValue(complaint.customerId);
        if (!query.exec() || !query.next())
            return sqlError(query, tr("Checking the complaint"));
        if (query.value(0).toLongLong() == 0)
            return Error { tr("The contact of the complaint is not one of the customer's contacts."), {}, -1, -1,
                QStringLiteral("contact") };
    }
    return {};
}

Status ComplaintWorkflow::checkSatisfaction(std::optional<int> csat, std::optional<int> nps) const
{
    if (csat && (*csat < 1 || *csat > 5))
        return Error { tr("Customer satisfaction (CSAT) is a score from 1 to 5, not %1.").arg(*csat), {}, -1, -1,
            QStringLiteral("csat") };
    if (nps && (*nps < 0 || *nps > 10))
        return Error { tr("The recommendation score (NPS) is from 0 to 10, not %1.").arg(*nps), {}, -1, -1,
            QStringLiteral("nps") };
    return {};
}

Result<Complaint> ComplaintWorkflow::log(const Complaint &complaint, const QString &actor)
{
    if (Status status = checkDetails(complaint); !status)
        return status.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto levels = ComplaintSettings(m_db).serviceLevels();
    if (!levels)
        return levels.error();
    Complaint fresh = complaint;
    fresh.status = ComplaintStatus::New;
    fresh.receivedAt = complaint.receivedAt.isValid()
        ? QDateTime::fromSecsSinceEpoch(complaint.receivedAt.toSecsSinceEpoch(), Qt::UTC)
        : nowSeconds();
    fresh.responseDueAt = levels.value().responseDue(fresh.severity, fresh.receivedAt);
    fresh.resolutionDueAt = levels.value().resolutionDue(fresh.severity, fresh.receivedAt);
    fresh.respondedAt = fresh.resolvedAt = fresh.closedAt = fresh.escalatedAt = {};
    fresh.escalationLevel = 0;
    fresh.csat = fresh.nps = std::nullopt;
    ComplaintRepository repository(m_db);
    auto stored = repository.add(fresh);
    if (!stored)
        return stored.error();
    ComplaintHistoryEntry entry;
    entry.complaintId = stored.value().id;
    entry.at = nowSeconds();
    entry.actor = actor;
    entry.to = ComplaintStatus::New;
    entry.note = tr("Logged via %1, severity %2.").arg(displayName(fresh.channel), displayName(fresh.severity));
    if (Status status = repository.addHistory(entry); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stored;
}

Result<Complaint> ComplaintWorkflow::saveDetails(const Complaint &edited, const QString &actor)
{
    if (Status status = checkDetails(edited); !status)
        return status.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    ComplaintRepository repository(m_db);
    auto current = repository.get(edited.id);
    if (!current)
        return current.error();
    const Complaint &before = current.value();
    Complaint after = edited;
    // The workflow owns these; an edit of the details never changes them.
    after.status = before.status;
    after.respondedAt = before.respondedAt;
    after.resolvedAt = before.resolvedAt;
    after.closedAt = before.closedAt;
    after.escalatedAt = before.escalatedAt;
    after.escalationLevel = before.escalationLevel;
    after.csat = before.csat;
    after.nps = before.nps;
    after.receivedAt = after.receivedAt.isValid()
        ? QDateTime::fromSecsSinceEpoch(after.receivedAt.toSecsSinceEpoch(), Qt::UTC)
        : before.receivedAt;
    after.responseDueAt = before.responseDueAt;
    after.resolutionDueAt = before.resolutionDueAt;
    QStringList changes;
    if (after.severity != before.severity)
        changes << tr("Severity changed from %1 to %2.").arg(displayName(before.severity), displayName(after.severity));
    if (after.ownerId != before.ownerId)
        changes << tr("Owner changed from %1 to %2.")
                       .arg(before.ownerName.isEmpty() ? tr("nobody") : before.ownerName,
                           after.ownerId > 0 ? after.ownerName : tr("nobody"));
    if (after.severity != before.severity || after.receivedAt != before.receivedAt) {
        auto levels = ComplaintSettings(m_db).serviceLevels();
        if (!levels)
            return levels.error();
        after.responseDueAt = levels.value().responseDue(after.severity, after.receivedAt);
        after.resolutionDueAt = levels.value().resolutionDue(after.severity, after.receivedAt);
    }
    if (Status status = repository.update(after); !status)
        return status.error();
    if (!changes.isEmpty()) {
        ComplaintHistoryEntry entry { 0, after.id, nowSeconds(), actor, after.status, after.status,
            changes.join(QLatin1Char(' ')) };
        if (Status status = repository.addHistory(entry); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return repository.get(after.id);
}

Result<Complaint> ComplaintWorkflow::moveInTransaction(
    Complaint complaint, ComplaintStatus to, const QString &actor, const QString &note)
{
    const ComplaintStatus from = complaint.status;
    if (!canMove(from, to))
        return Error { tr("The complaint %1 is %2; it cannot move to %3.")
                           .arg(complaint.number, displayName(from), displayName(to)),
            {}, -1, -1, QStringLiteral("status") };
    if (to == ComplaintStatus::Resolved && complaint.resolution.trimmed().isEmpty())
        return Error { tr("Write down the resolution before resolving the complaint %1.").arg(complaint.number), {}, -1,
            -1, QStringLiteral("resolution") };
    const QDateTime now = nowSeconds();
    complaint.status = to;
    if (!complaint.respondedAt.isValid() && to != ComplaintStatus::New)
        complaint.respondedAt = now;
    if (to == ComplaintStatus::Resolved)
        complaint.resolvedAt = now;
    if (to == ComplaintStatus::Closed)
        complaint.closedAt = now;
    if (to == ComplaintStatus::InProgress && !isOpen(from)) {
        complaint.resolvedAt = {};
        complaint.closedAt = {};
    }
    ComplaintRepository repository(m_db);
    if (Status status = repository.update(complaint); !status)
        return status.error();
    ComplaintHistoryEntry entry { 0, complaint.id, now, actor, from, to, note.trimmed() };
    if (Status status = repository.addHistory(entry); !status)
        return status.error();
    return complaint;
}

Result<Complaint> ComplaintWorkflow::move(qint64 id, ComplaintStatus to, const QString &actor, const QString &note)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto current = ComplaintRepository(m_db).get(id);
    if (!current)
        return current.error();
    auto moved = moveInTransaction(current.value(), to, actor, note);
    if (!moved)
        return moved.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return ComplaintRepository(m_db).get(id);
}

Result<Complaint> ComplaintWorkflow::close(
    qint64 id, std::optional<int> csat, std::optional<int> nps, const QString &actor, const QString &note)
{
    if (Status status = checkSatisfaction(csat, nps); !status)
        return status.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto current = ComplaintRepository(m_db).get(id);
    if (!current)
        return current.error();
    Complaint complaint = current.value();
    if (csat)
        complaint.csat = csat;
    if (nps)
        complaint.nps = nps;
    QString text = note.trimmed();
    if (csat || nps) {
        const QString scores
            = tr("Satisfaction: CSAT %1, NPS %2.")
                  .arg(csat ? QString::number(*csat) : tr("not given"), nps ? QString::number(*nps) : tr("not given"));
        text = text.isEmpty() ? scores : tr("%1 %2").arg(text, scores);
    }
    auto moved = moveInTransaction(complaint, ComplaintStatus::Closed, actor, text);
    if (!moved)
        return moved.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return ComplaintRepository(m_db).get(id);
}

Result<Complaint> ComplaintWorkflow::recordSatisfaction(
    qint64 id, std::optional<int> csat, std::optional<int> nps, const QString &actor)
{
    if (Status status = checkSatisfaction(csat, nps); !status)
        return status.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    ComplaintRepository repository(m_db);
    auto current = repository.get(id);
    if (!current)
        return current.error();
    Complaint complaint = current.value();
    if (isOpen(complaint.status))
        return Error { tr("Satisfaction is asked once the complaint %1 is resolved.").arg(complaint.number), {}, -1, -1,
            QStringLiteral("status") };
    complaint.csat = csat;
    complaint.nps = nps;
    if (Status status = repository.update(complaint); !status)
        return status.error();
    const QString note
        = tr("Satisfaction: CSAT %1, NPS %2.")
              .arg(csat ? QString::number(*csat) : tr("not given"), nps ? QString::number(*nps) : tr("not given"));
    ComplaintHistoryEntry entry { 0, id, nowSeconds(), actor, complaint.status, complaint.status, note };
    if (Status status = repository.addHistory(entry); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return repository.get(id);
}

Result<int> ComplaintWorkflow::escalateOverdue(const QDateTime &nowUtc, const QString &actor)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    ComplaintRepository repository(m_db);
    // Only the cases due a higher level are read (a book's hundreds of long-escalated cases are not), and an
    // escalated case leaves that set: each round reads the first 500 again until none is left.
    ComplaintFilter filter;
    filter.escalationDueAt = nowUtc;
    int escalated = 0;
    for (;;) {
        const int before = escalated;
        auto page = repository.list(filter, ComplaintRepository::Order::ResolutionDueFirst, 500, 0);
        if (!page)
            return page.error();
        for (Complaint complaint : page.value()) {
            const int level = ServiceLevels::escalationLevel(complaint, nowUtc);
            if (level <= complaint.escalationLevel)
                continue;
            complaint.escalationLevel = level;
            complaint.escalatedAt = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), Qt::UTC);
            if (Status status = repository.update(complaint); !status)
                return status.error();
            const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
            const QString note = level == 2
                ? tr("Escalated: not resolved by %1.").arg(complaint.resolutionDueAt.toLocalTime().toString(format))
                : tr("Escalated: no response by %1.").arg(complaint.responseDueAt.toLocalTime().toString(format));
            ComplaintHistoryEntry entry { 0, complaint.id, complaint.escalatedAt, actor, complaint.status,
                complaint.status, note };
            if (Status status = repository.addHistory(entry); !status)
                return status.error();
            ++escalated;
        }
        if (page.value().size() < 500 || escalated == before)
            break;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return escalated;
}

#include "ComplaintRepository.h"
#include "SqlHelpers.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace SqlHelpers;

namespace {

const QString kEntity = QStringLiteral("complaint");

QJsonValue stampValue(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(Database::timestamp(utc)) : QJsonValue(QString());
}

QJsonValue scoreValue(std::optional<int> score)
{
    return score ? QJsonValue(*score) : QJsonValue();
}

// The audited fields of a complaint, as stored: its details, where it stands and the customer's satisfaction.
QJsonObject auditFields(const Complaint &c)
{
    return QJsonObject {
        { QStringLiteral("number"), c.number },
        { QStringLiteral("customer_id"), c.customerId },
        { QStringLiteral("contact_id"), c.contactId },
        { QStringLiteral("channel"), toString(c.channel) },
        { QStringLiteral("category"), c.category },
        { QStringLiteral("product_ref"), c.productRef },
        { QStringLiteral("order_ref"), c.orderRef },
        { QStringLiteral("severity"), toString(c.severity) },
        { QStringLiteral("summary"), c.summary.trimmed() },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("received_at"), stampValue(c.receivedAt) },
        { QStringLiteral("owner_id"), c.ownerId },
        { QStringLiteral("status"), toString(c.status) },
        { QStringLiteral("resolution"), c.resolution },
        { QStringLiteral("root_cause"), c.rootCause },
        { QStringLiteral("corrective_action"), c.correctiveAction },
        { QStringLiteral("response_due_at"), stampValue(c.responseDueAt) },
        { QStringLiteral("resolution_due_at"), stampValue(c.resolutionDueAt) },
        { QStringLiteral("responded_at"), stampValue(c.respondedAt) },
        { QStringLiteral("resolved_at"), stampValue(c.resolvedAt) },
        { QStringLiteral("closed_at"), stampValue(c.closedAt) },
        { QStringLiteral("escalated_at"), stampValue(c.escalatedAt) },
        { QStringLiteral("escalation_level"), c.escalationLevel },
        { QStringLiteral("csat"), scoreValue(c.csat) },
        { QStringLiteral("nps"), scoreValue(c.nps) },
    };
}

const QString kColumns = QStringLiteral(
    "c.id, c.uuid, c.number, c.customer_id, cu.name, c.contact_id, ct.name, c.channel, c.category, "
    "c.product_ref, c.product_id, c.order_ref, c.order_id, c.severity, c.summary, c.description, c.received_at, "
    "c.owner_id, o.name, c.status, c.resolution, c.root_cause, c.corrective_action, c.response_due_at, "
    "c.resolution_due_at, c.responded_at, c.resolved_at, c.closed_at, c.escalated_at, c.escalation_level, "
    "c.csat, c.nps, c.created_at, c.updated_at "
    "FROM complaints c JOIN customers cu ON cu.id = c.customer_id "
    "LEFT JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN owners o ON o.id = c.owner_id ");

QVariant stamp(const QDateTime &at)
{
    return at.isValid() ? QVariant(Database::timestamp(at)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

Complaint readComplaint(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.number = q.value(2).toString();
    c.customerId = q.value(3).toLongLong();
    c.customerName = q.value(4).toString();
    c.contactId = q.value(5).toLongLong();
    c.contactName = q.value(6).toString();
    c.channel = complaintChannelFromString(q.value(7).toString()).value_or(ComplaintChannel::Other);
    c.category = q.value(8).toString();
    c.productRef = q.value(9).toString();
    c.productId = q.value(10).toLongLong();
    c.orderRef = q.value(11).toString();
    c.orderId = q.value(12).toLongLong();
    c.severity = complaintSeverityFromString(q.value(13).toString()).value_or(ComplaintSeverity::Medium);
    c.summary = q.value(14).toString();
    c.description = q.value(15).toString();
    c.receivedAt = toDateTime(q.value(16));
    c.ownerId = q.value(17).toLongLong();
    c.ownerName = q.value(18).toString();
    c.status = complaintStatusFromString(q.value(19).toString()).value_or(ComplaintStatus::New);
    c.resolution = q.value(20).toString();
    c.rootCause = q.value(21).toString();
    c.correctiveAction = q.value(22).toString();
    c.responseDueAt = toDateTime(q.value(23));
    c.resolutionDueAt = toDateTime(q.value(24));
    c.respondedAt = toDateTime(q.value(25));
    c.resolvedAt = toDateTime(q.value(26));
    c.closedAt = toDateTime(q.value(27));
    c.escalatedAt = toDateTime(q.value(28));
    c.escalationLevel = q.value(29).toInt();
    c.csat = toOptionalInt(q.value(30));
    c.nps = toOptionalInt(q.value(31));
    c.createdAt = toDateTime(q.value(32));
    c.updatedAt = toDateTime(q.value(33));
    return c;
}

// The terms of an order, each ascending (true) or descending; `reversed` turns every one around.
QString orderBy(ComplaintRepository::Order order, bool reversed)
{
    QList<std::pair<QString, bool>> terms;
    switch (order) {
    case ComplaintRepository::Order::ReceivedNewestFirst:
        terms = { { QStringLiteral("c.received_at"), false }, { QStringLiteral("c.id"), false } };
        break;
    case ComplaintRepository::Order::ResolutionDueFirst:
        terms = { { QStringLiteral("c.resolution_due_at"), true }, { QStringLiteral("c.id"), true } };
        break;
    case ComplaintRepository::Order::Number:
        terms = { { QStringLiteral("c.number_year"), false }, { QStringLiteral("c.number_seq"), false } };
        break;
    case ComplaintRepository::Order::Customer:
        terms = { { QStringLiteral("cu.name"), true }, { QStringLiteral("c.id"), true } };
        break;
    case ComplaintRepository::Order::Severity:
        terms = { { QStringLiteral("CASE c.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 "
                                   "ELSE 3 END"),
                      true },
            { QStringLiteral("c.received_at"), false }, { QStringLiteral("c.id"), false } };
        break;
    case ComplaintRepository::Order::Status:
        terms = { { QStringLiteral("CASE c.status WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1 WHEN 'in_progress' "
                                   "THEN 2 WHEN 'resolved' THEN 3 ELSE 4 END"),
                      true },
            { QStringLiteral("c.received_at"), false }, { QStringLiteral("c.id"), false } };
        break;
    }
    QStringList parts;
    for (const auto &[expression, ascending] : terms)
        parts << expression + ((ascending != reversed) ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<QString> ComplaintRepository::nextNumber(int year, int *sequence) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(number_seq), 0) FROM complaints WHERE number_year = ?"));
    query.addBindValue(year);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Numbering the complaint"));
    *sequence = query.value(0).toInt() + 1;
    return QStringLiteral("C-%1-%2").arg(year).arg(*sequence, 4, 10, QLatin1Char('0'));
}

Result<Complaint> ComplaintRepository::add(const Complaint &complaint)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    Complaint stored = complaint;
    int sequence = 0;
    auto number = nextNumber(complaint.receivedAt.toUTC().date().year(), &sequence);
    if (!number)
        return number.error();
    stored.number = number.value();
    if (stored.uuid.isEmpty())
        stored.uuid = Database::newUuid();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO complaints (uuid, number, number_year, number_seq, customer_id, contact_id, channel, "
        "category, product_ref, product_id, order_ref, order_id, severity, summary, description, received_at, "
        "owner_id, status, resolution, root_cause, corrective_action, response_due_at, resolution_due_at, "
        "responded_at, resolved_at, closed_at, escalated_at, escalation_level, csat, nps, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)"));
    for (const QVariant &value :
        { QVariant(stored.uuid), QVariant(stored.number), QVariant(stored.receivedAt.toUTC().date().year()),
            QVariant(sequence), QVariant(stored.customerId), optionalId(stored.contactId),
            QVariant(toString(stored.channel)), text(stored.category), text(stored.productRef),
            optionalId(stored.productId), text(stored.orderRef), optionalId(stored.orderId),
            QVariant(toString(stored.severity)), text(stored.summary.trimmed()), text(stored.description),
            stamp(stored.receivedAt), optionalId(stored.ownerId), QVariant(toString(stored.status)),
            text(stored.resolution), text(stored.rootCause), text(stored.correctiveAction), stamp(stored.responseDueAt),
            stamp(stored.resolutionDueAt), stamp(stored.respondedAt), stamp(stored.resolvedAt), stamp(stored.closedAt),
            stamp(stored.escalatedAt), QVariant(stored.escalationLevel), optionalInt(stored.csat),
            optionalInt(stored.nps), QVariant(now), QVariant(now) })
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Saving the complaint"));
    const qint64 id = query.lastInsertId().toLongLong();
    auto added = get(id);
    if (!added)
        return added.error();
    if (Status status = AuditTrail::recordCreate(m_db, kEntity, id, stored.customerId, auditFields(added.value()));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return added;
}

Status ComplaintRepository::update(const Complaint &c)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    auto before = get(c.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE complaints SET customer_id = ?, contact_id = ?, channel = ?, category = ?, product_ref = ?, "
        "product_id = ?, order_ref = ?, order_id = ?, severity = ?, summary = ?, description = ?, "
        "received_at = ?, owner_id = ?, status = ?, resolution = ?, root_cause = ?, corrective_action = ?, "
        "response_due_at = ?, resolution_due_at = ?, responded_at = ?, resolved_at = ?, closed_at = ?, "
        "escalated_at = ?, escalation_level = ?, csat = ?, nps = ?, updated_at = ? "
        "WHERE id = ? AND deleted_at IS NULL"));
    for (const QVariant &value : { QVariant(c.customerId), optionalId(c.contactId), QVariant(toString(c.channel)),
             text(c.category), text(c.productRef), optionalId(c.productId), text(c.orderRef), optionalId(c.orderId),
             QVariant(toString(c.severity)), text(c.summary.trimmed()), text(c.description), stamp(c.receivedAt),
             optionalId(c.ownerId), QVariant(toString(c.status)), text(c.resolution), text(c.rootCause),
             text(c.correctiveAction), stamp(c.responseDueAt), stamp(c.resolutionDueAt), stamp(c.respondedAt),
             stamp(c.resolvedAt), stamp(c.closedAt), stamp(c.escalatedAt), QVariant(c.escalationLevel),
             optionalInt(c.csat), optionalInt(c.nps), QVariant(Database::nowTimestamp()), QVariant(c.id) })
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Saving the complaint"));
    if (query.numRowsAffected() != 1)
        return Error { tr("The complaint %1 no longer exists.").arg(c.number) };
    Complaint after = c;
    after.number = before.value().number;
    if (Status status = AuditTrail::recordUpdate(
            m_db, kEntity, c.id, c.customerId, auditFields(before.value()), auditFields(after));
        !status)
        return status;
    return transaction.commit();
}

Result<QList<Complaint>> ComplaintRepository::select(const QString &whereAndOrder, const QVariantList &binds) const
{
    QList<Complaint> complaints;
    Status status = forEachRow(whereAndOrder, binds, [&complaints](const Complaint &c) {
        complaints << c;
        return true;
    });
    if (!status)
        return status.error();
    return complaints;
}

Status ComplaintRepository::forEachRow(
    const QString &whereAndOrder, const QVariantList &binds, const std::function<bool(const Complaint &)> &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT ") + kColumns + whereAndOrder))
        return sqlError(query, tr("Reading complaints"));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Reading complaints"));
    while (query.next()) {
        if (!visit(readComplaint(query)))
            break;
    }
    return {};
}

Status ComplaintRepository::forEach(
    const ComplaintFilter &filter, Order order, const std::function<bool(const Complaint &)> &visit) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    return forEachRow(where + QStringLiteral(" ORDER BY ") + orderBy(order, false), binds, visit);
}

Result<Complaint> ComplaintRepository::get(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE c.id = ? AND c.deleted_at IS NULL"), { id });
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error { tr("There is no complaint with the id %1.").arg(id) };
    return found.value().first();
}

QString ComplaintRepository::whereClause(const ComplaintFilter &filter, QVariantList *binds) const
{
    QStringList conditions { QStringLiteral("c.deleted_at IS NULL") };
    if (filter.status) {
        conditions << QStringLiteral("c.status = ?");
        *binds << toString(*filter.status);
    }
    if (filter.openOnly)
        conditions << QStringLiteral("c.status IN ('new', 'acknowledged', 'in_progress')");
    if (filter.severity) {
        conditions << QStringLiteral("c.severity = ?");
        *binds << toString(*filter.severity);
    }
    if (!filter.category.isEmpty()) {
        conditions << QStringLiteral("c.category = ?");
        *binds << filter.category;
    }
    if (filter.ownerId) {
        if (*filter.ownerId > 0) {
            conditions << QStringLiteral("c.owner_id = ?");
            *binds << *filter.ownerId;
        } else {
            conditions << QStringLiteral("c.owner_id IS NULL");
        }
    }
    if (filter.customerId != 0) {
        conditions << QStringLiteral("c.customer_id = ?");
        *binds << filter.customerId;
    }
    if (filter.overdueAt.isValid()) {
        // Timestamps are stored in one fixed form (UTC, seconds, Z), so they compare as text.
        conditions << QStringLiteral("c.status IN ('new', 'acknowledged', 'in_progress') AND "
                                     "(c.resolution_due_at < ? OR (c.responded_at IS NULL AND c.response_due_at < ?))");
        const QString now = Database::timestamp(filter.overdueAt);
        *binds << now << now;
    }
    if (filter.escalationDueAt.isValid()) {
        conditions << QStringLiteral("c.status IN ('new', 'acknowledged', 'in_progress') AND "
                                     "((c.resolution_due_at < ? AND c.escalation_level < 2) OR "
                                     "(c.responded_at IS NULL AND c.response_due_at < ? AND c.escalation_level < 1))");
        const QString now = Database::timestamp(filter.escalationDueAt);
        *binds << now << now;
    }
    if (!filter.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("(lower(c.number) LIKE ? OR lower(c.summary) LIKE ? OR "
                                     "lower(c.description) LIKE ? OR lower(cu.name) LIKE ?)");
        const QString pattern = QStringLiteral("%%1%").arg(filter.search.trimmed().toLower());
        *binds << pattern << pattern << pattern << pattern;
    }
    return QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<Complaint>> ComplaintRepository::list(
    const ComplaintFilter &filter, Order order, int limit, int offset, bool reversed) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    binds << limit << offset;
    return select(
        where + QStringLiteral(" ORDER BY ") + orderBy(order, reversed) + QStringLiteral(" LIMIT ? OFFSET ?"), binds);
}

Result<qint64> ComplaintRepository::count(const ComplaintFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM complaints c JOIN customers cu ON cu.id = c.customer_id ") + where);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Counting complaints"));
    return query.value(0).toLongLong();
}

Result<QList<Complaint>> ComplaintRepository::receivedBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    return select(QStringLiteral("WHERE c.deleted_at IS NULL AND c.received_at >= ? AND c.received_at < ? "
                                 "ORDER BY c.received_at, c.id"),
        { Database::timestamp(fromUtc), Database::timestamp(toUtc) });
}

Result<std::optional<ComplaintStatus>> ComplaintRepository::liveStatus(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status FROM complaints WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading complaints"));
    if (!query.next())
        return std::optional<ComplaintStatus> {};
    return complaintStatusFromString(query.value(0).toString());
}

Status ComplaintRepository::addHistory(const ComplaintHistoryEntry &entry)
{
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO complaint_history (uuid, complaint_id, happened_at, actor, from_status, "
                                 "to_status, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Database::newUuid());
    query.addBindValue(entry.complaintId);
    query.addBindValue(entry.at.isValid() ? Database::timestamp(entry.at) : now);
    query.addBindValue(text(entry.actor));
    query.addBindValue(entry.from ? QVariant(toString(*entry.from)) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(toString(entry.to));
    query.addBindValue(text(entry.note));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Recording the complaint's history"));
    return {};
}

Result<QList<ComplaintHistoryEntry>> ComplaintRepository::history(qint64 complaintId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, happened_at, actor, from_status, to_status, note FROM complaint_history "
                                 "WHERE complaint_id = ? AND deleted_at IS NULL ORDER BY happened_at, id"));
    query.addBindValue(complaintId);
    if (!query.exec())
        return sqlError(query, tr("Reading the complaint's history"));
    QList<ComplaintHistoryEntry> entries;
    while (query.next()) {
        ComplaintHistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.complaintId = complaintId;
        entry.at = toDateTime(query.value(1));
        entry.actor = query.value(2).toString();
        if (!query.value(3).isNull())
            entry.from = complaintStatusFromString(query.value(3).toString());
        entry.to = complaintStatusFromString(query.value(4).toString()).value_or(ComplaintStatus::New);
        entry.note = query.value(5).toString();
        entries << entry;
    }
    return entries;
}

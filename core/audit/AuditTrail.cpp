#include "AuditTrail.h"
#include "AuditLog.h"

#include <QFileInfo>
#include <QJsonArray>

namespace AuditTrail {

Status record(const QSqlDatabase &db, AuditEntry::Action action, const QString &entity, qint64 entityId,
    qint64 customerId, const QJsonObject &changes)
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.customerId = customerId;
    entry.changes = changes;
    return AuditLog(db).record(entry);
}

Status recordCreate(
    const QSqlDatabase &db, const QString &entity, qint64 entityId, qint64 customerId, const QJsonObject &fields)
{
    return record(db, AuditEntry::Action::Create, entity, entityId, customerId, AuditLog::diff({}, fields));
}

Status recordUpdate(const QSqlDatabase &db, const QString &entity, qint64 entityId, qint64 customerId,
    const QJsonObject &before, const QJsonObject &after)
{
    const QJsonObject changes = AuditLog::diff(before, after);
    if (changes.isEmpty())
        return {};
    return record(db, AuditEntry::Action::Update, entity, entityId, customerId, changes);
}

Status recordBulk(const QSqlDatabase &db, AuditEntry::Action action, const QString &entity, const QList<qint64> &ids,
    QJsonObject changes, const QString &batchId)
{
    if (ids.isEmpty())
        return {};
    QJsonArray touched;
    for (qint64 id : ids)
        touched.append(id);
    changes.insert(QStringLiteral("ids"), touched);
    changes.insert(QStringLiteral("rows"), qint64(ids.size()));
    AuditEntry entry;
    entry.action = action;
    entry.entity = entity;
    entry.batchId = batchId.isEmpty() ? AuditLog::newBatchId() : batchId;
    entry.changes = changes;
    return AuditLog(db).record(entry);
}

Status recordExport(const QSqlDatabase &db, const ExportRecord &record)
{
    QJsonObject changes = record.details;
    changes.insert(QStringLiteral("file"), QFileInfo(record.file).fileName());
    changes.insert(QStringLiteral("rows"), record.rows);
    changes.insert(QStringLiteral("anonymised"), record.anonymised);
    AuditEntry entry;
    entry.action = AuditEntry::Action::Export;
    entry.entity = record.entity;
    entry.customerId = record.customerId;
    entry.changes = changes;
    return AuditLog(db).record(entry);
}

} // namespace AuditTrail

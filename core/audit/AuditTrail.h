#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

// How repositories and services write the trail: small helpers over AuditLog::record, each called inside the
// transaction of the change itself, so the entry exists exactly when the change does.
namespace AuditTrail {

Status record(const QSqlDatabase &db, AuditEntry::Action action, const QString &entity, qint64 entityId,
    qint64 customerId, const QJsonObject &changes = {});
// A create entry: every field with its new value.
Status recordCreate(
    const QSqlDatabase &db, const QString &entity, qint64 entityId, qint64 customerId, const QJsonObject &fields);
// An update entry with each changed field's old and new value; nothing is written when nothing changed.
Status recordUpdate(const QSqlDatabase &db, const QString &entity, qint64 entityId, qint64 customerId,
    const QJsonObject &before, const QJsonObject &after);
// One entry for a change to many rows at once (e.g. expiring overdue quotes): the ids and a batch id (a new one
// unless given, so that entries of one change to several tables share it).
Status recordBulk(const QSqlDatabase &db, AuditEntry::Action action, const QString &entity, const QList<qint64> &ids,
    QJsonObject changes, const QString &batchId = {});

// What an export wrote: the kind of list, the file's name, how many rows, anonymised or not, and anything the
// caller adds (the filter, the columns).
struct ExportRecord
{
    QString entity;
    QString file;
    qint64 rows = 0;
    bool anonymised = false;
    qint64 customerId = 0;
    QJsonObject details;
};
Status recordExport(const QSqlDatabase &db, const ExportRecord &record);

} // namespace AuditTrail

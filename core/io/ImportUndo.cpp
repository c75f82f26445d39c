#include "ImportUndo.h"
#include "audit/AuditLog.h"
#include "db/SqlError.h"
#include "repo/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

Result<ImportUndo::Found> ImportUndo::find(QSqlDatabase db, qint64 entryId)
{
    auto entry = AuditLog(db).find(entryId);
    if (!entry)
        return entry.error();
    if (entry.value().action != AuditEntry::Action::Import || entry.value().entity != QLatin1String("customer"))
        return Error { tr("Only an import of customers can be taken back.") };
    const QString recorded = entry.value().changes.value(QStringLiteral("created_ids")).toString();
    const qint64 created = entry.value().changes.value(QStringLiteral("created")).toInteger();
    auto ranges = IdRanges::fromString(recorded);
    if (!ranges || (recorded.isEmpty() && created > 0))
        return Error { tr("This import was made by an earlier version of Clientele, which did not record the "
                          "customers it created.") };
    Found found;
    found.entry = entry.value();
    found.created = *ranges;
    found.updated = entry.value().changes.value(QStringLiteral("updated")).toInteger();
    if (Status status = fill(db, found); !status)
        return status.error();
    return found;
}

Result<QSet<qint64>> ImportUndo::freedSince(QSqlDatabase db, qint64 after)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_id, changes FROM audit_entries WHERE id > ? AND entity = 'customer' "
                                 "AND action IN ('purge', 'erase')"));
    query.addBindValue(after);
    if (!query.exec())
        return sqlError(query, tr("Finding the customers of the import"));
    QSet<qint64> freed;
    while (query.next()) {
        if (const qint64 id = query.value(0).toLongLong(); id > 0)
            freed.insert(id);
        const QJsonObject changes = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        for (const QJsonValue &id : changes.value(QStringLiteral("ids")).toArray())
            freed.insert(id.toInteger());
    }
    return freed;
}

Status ImportUndo::fill(QSqlDatabase db, Found &found)
{
    auto freed = freedSince(db, found.entry.id);
    if (!freed)
        return freed.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM customers WHERE id BETWEEN ? AND ? AND deleted_at IS NULL"));
    for (const auto &[first, last] : found.created.ranges()) {
        query.addBindValue(first);
        query.addBindValue(last);
        if (!query.exec())
            return sqlError(query, tr("Finding the customers of the import"));
        while (query.next()) {
            if (const qint64 id = query.value(0).toLongLong(); !freed.value().contains(id))
                found.inBook << id;
        }
    }
    auto counts = CustomerRepository(db).businessRecords(found.inBook);
    if (!counts)
        return counts.error();
    found.businessRecords = counts.value();
    return {};
}

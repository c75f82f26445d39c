#include "ImportUndo.h"
#include "audit/AuditLog.h"
#include "db/SqlError.h"
#include "repo/CustomerRepository.h"

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

Result<ImportUndo::Found> ImportUndo::ofCreated(QSqlDatabase db, const IdRanges &created)
{
    Found found;
    found.created = created;
    if (Status status = fill(db, found); !status)
        return status.error();
    return found;
}

Status ImportUndo::fill(QSqlDatabase db, Found &found)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM customers WHERE id BETWEEN ? AND ? AND deleted_at IS NULL"));
    for (const auto &[first, last] : found.created.ranges()) {
        query.addBindValue(first);
        query.addBindValue(last);
        if (!query.exec())
            return sqlError(query, tr("Finding the customers of the import"));
        while (query.next())
            found.inBook << query.value(0).toLongLong();
    }
    auto counts = CustomerRepository(db).businessRecords(found.inBook);
    if (!counts)
        return counts.error();
    found.businessRecords = counts.value();
    return {};
}

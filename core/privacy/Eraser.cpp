#include "Eraser.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "search/NameOrder.h"
#include "search/SearchIndex.h"

#include <QSqlQuery>

Result<bool> Eraser::hasKeptRows(qint64 customerId) const
{
    QSqlQuery query(m_db);
    for (const SubjectTable &table : m_tables) {
        if (table.treatment != SubjectTable::Treatment::Keep)
            continue;
        query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1").arg(table.table, table.customerColumn));
        query.addBindValue(customerId);
        if (!query.exec())
            return sqlError(query, tr("Erasing the customer"));
        if (query.next())
            return true;
    }
    return false;
}

Status Eraser::eraseRows(qint64 customerId, Summary &summary)
{
    const QString doing = tr("Erasing the customer");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return sqlError(query, doing);
    if (query.value(0).toLongLong() == 0)
        return Error { tr("There is no customer with id %1.").arg(customerId) };
    // The uuid is no personal data; the erasure's entry keeps it so a restored backup can erase the same customer.
    query.prepare(QStringLiteral("SELECT uuid FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return sqlError(query, doing);
    const QString uuid = query.value(0).toString();

    if (Status status = SearchIndex::create(m_db)->remove(customerId); !status)
        return status;
    // contact_points before contacts: they refer to them.
    for (const SubjectTable &table : m_tables) {
        if (table.treatment != SubjectTable::Treatment::Erase || table.table != QLatin1String("contact_points"))
            continue;
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table.table, table.customerColumn));
        query.addBindValue(customerId);
        if (!query.exec())
            return sqlError(query, doing);
        summary.rowsDeleted += query.numRowsAffected();
    }
    for (const SubjectTable &table : m_tables) {
        if (table.treatment != SubjectTable::Treatment::Erase || table.table == QLatin1String("contact_points"))
            continue;
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table.table, table.customerColumn));
        query.addBindValue(customerId);
        if (!query.exec())
            return sqlError(query, doing);
        summary.rowsDeleted += query.numRowsAffected();
    }

    auto kept = hasKeptRows(customerId);
    if (!kept)
        return kept.error();
    summary.customerKept = kept.value();
    if (summary.customerKept) {
        query.prepare(QStringLiteral("UPDATE customers SET name = ?, sort_key = ?, industry = '', province = '', "
                                     "city = '', address = '', website = '', source = '', notes = '', "
                                     "search_text = '', owner_id = NULL, updated_at = ? WHERE id = ?"));
        // Stored in the language of the user who erased it, as any name typed into the book is.
        const QString name = tr("Erased customer %1").arg(customerId);
        query.addBindValue(name);
        query.addBindValue(NameOrder(NameOrder::ofBook(m_db)).key(name)); // the erased name's key goes too
        query.addBindValue(Database::nowTimestamp());
        query.addBindValue(customerId);
    } else {
        query.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
        query.addBindValue(customerId);
    }
    if (!query.exec())
        return sqlError(query, doing);
    summary.rowsDeleted += summary.customerKept ? 0 : 1;

    // The trail keeps that things happened, not what they contained.
    query.prepare(QStringLiteral("UPDATE audit_entries SET summary = '', changes = '{}' WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, doing);
    AuditEntry entry;
    entry.action = AuditEntry::Action::Erase;
    entry.entity = QStringLiteral("customer");
    entry.entityId = customerId;
    entry.changes = QJsonObject { { QStringLiteral("rows_deleted"), summary.rowsDeleted },
        { QStringLiteral("customer_kept_anonymised"), summary.customerKept }, { QStringLiteral("uuid"), uuid } };
    return AuditLog(m_db).record(entry);
}

Status Eraser::cleanFile(Summary &summary)
{
    // Every frame into the file and the WAL cut to nothing: no older page versions are left behind in it.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return sqlError(query, tr("Writing the erasure to the book file"));
    summary.fileCleaned = query.value(0).toInt() == 0; // busy = 0: no reader kept the checkpoint from finishing
    return {};
}

Result<Eraser::Summary> Eraser::erase(qint64 customerId)
{
    Summary summary;
    QSqlQuery pragma(m_db);
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return sqlError(pragma, tr("Erasing the customer"));
    {
        Transaction transaction(m_db);
        Status status = transaction.begin();
        // The duplicates merged into this customer are the same person: erased with it (read before the erasure,
        // which deletes the merge records).
        auto merged = PrivacyTables::mergedInto(m_db, customerId);
        if (!merged)
            status = merged.error();
        if (status)
            status = eraseRows(customerId, summary);
        for (qsizetype i = 0; status && merged && i < merged.value().size(); ++i) {
            Summary mergedSummary;
            status = eraseRows(merged.value().at(i), mergedSummary);
            summary.rowsDeleted += mergedSummary.rowsDeleted;
            ++summary.mergedRecordsErased;
        }
        // The search index still holds the erased words in older segments until they are merged.
        if (status)
            status = SearchIndex::create(m_db)->optimize();
        if (status)
            status = transaction.commit();
        if (!status)
            return status.error();
    }
    if (Status status = cleanFile(summary); !status)
        return status.error();
    return summary;
}

#pragma once

#include "Result.h"
#include "audit/AuditEntry.h"
#include "audit/IdRanges.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>

// What taking back an import of customers means: the customers it created that are still in the book go to the
// trash (CustomerRepository::moveToTrash, one transaction), where each can be restored. The import's audit entry says
// which they are (created_ids). Customers it updated that were already in the book keep the import's changes: their
// audit entries hold what changed.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    struct Found
    {
        AuditEntry entry; // the import's
        IdRanges created; // as the import recorded them
        QList<qint64> inBook; // of those, the ones in the book and not in the trash
        qint64 updated = 0; // customers the import changed (in the book before it, or created by an earlier row)
        // Orders, quotes, contracts, complaints and activities of those customers (by table): they leave the
        // lists and reports with their customer.
        QMap<QString, qint64> businessRecords;
    };

    // The import of customers recorded by the audit entry `entryId`. An error names why it cannot be taken back:
    // not an import of customers, or one made before imports recorded what they created.
    static Result<Found> find(QSqlDatabase db, qint64 entryId);

private:
    static Status fill(QSqlDatabase db, Found &found);
    // Customers deleted for good or erased since the audit entry `after`: SQLite gives their ids to new
    // customers, which are not the import's.
    static Result<QSet<qint64>> freedSince(QSqlDatabase db, qint64 after);
};

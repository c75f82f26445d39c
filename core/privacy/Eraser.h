#pragma once

#include "Result.h"
#include "privacy/PrivacyTables.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// "Erase this customer" (right to erasure): removes a customer's personal data for good, from the rows, the search
// index, the trash and the file itself.
//
// In one transaction: the rows of the privacy tables marked Erase are deleted; the customer row is deleted, or, when
// rows marked Keep (orders) refer to it, kept as an anonymised stand-in ("Erased customer N", every other field
// blank) so sales figures stay right; the customer's audit entries lose their summary and changes; one audit
// entry records the erasure, without the erased data. The duplicates merged into the customer go with it. It runs with
// PRAGMA secure_delete on (freed space is zeroed) and then merges the search index's segments and checkpoints the WAL
// with TRUNCATE, so no copy stays in the file. Backups made earlier still hold the data until rotation deletes them.
class Eraser
{
    Q_DECLARE_TR_FUNCTIONS(Eraser)

public:
    explicit Eraser(QSqlDatabase db, QList<SubjectTable> tables = PrivacyTables::defaults())
        : m_db(std::move(db))
        , m_tables(std::move(tables))
    {
    }

    struct Summary
    {
        qint64 rowsDeleted = 0;
        bool customerKept = false; // anonymised because business records refer to it
        bool fileCleaned = false; // the WAL was checkpointed completely (no other reader held it)
        int mergedRecordsErased = 0; // duplicates that had been merged into the customer (PrivacyTables::mergedInto)
    };

    Result<Summary> erase(qint64 customerId);

private:
    Result<bool> hasKeptRows(qint64 customerId) const;
    Status eraseRows(qint64 customerId, Summary &summary);
    Status cleanFile(Summary &summary);

    QSqlDatabase m_db;
    QList<SubjectTable> m_tables;
};

#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

// Merges a duplicate customer into another ("data cleaning"), and undoes the merge when the merged customer is
// restored from the trash.
//
// A merge is one transaction: the survivor takes the chosen field values (through CustomerRepository::update, so
// phones, emails and tags are written as usual and its search text is refreshed); the merged customer's contacts
// (with their phones and emails) and timeline notes move to the survivor; a note "Merged with X" goes on the
// survivor's timeline; the merged customer goes to the trash. The merged customer keeps its own field values,
// phones, emails and tags: the chosen values already carry to the survivor whatever of them the user kept, and
// the customer comes back intact if the merge is undone.
//
// What undoing needs is kept in customer_merges (0004_customer_merges.sql). CustomerRepository::restore() calls
// unmerge(), so the Trash page and undo of a delete both undo a merge. Purging either customer deletes the record.
class CustomerMerger
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMerger)

public:
    explicit CustomerMerger(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Merges `mergedId` into `survivorId`. `chosen` holds the survivor's values after the merge (its id, uuid and
    // timestamps are ignored). Returns the id of the merge record.
    Result<qint64> merge(qint64 survivorId, qint64 mergedId, const Customer &chosen);

    // Undoes the latest merge that put `mergedId` in the trash; false when there is none. The moved rows go back
    // and the survivor's fields return to their values before the merge, except fields changed since the merge:
    // those keep the newer value. The "Merged with" note is deleted and the record is marked undone. Leaves the
    // merged customer in the trash: CustomerRepository::restore() takes it out. Inside the caller's transaction.
    Result<bool> unmerge(qint64 mergedId);

    // The values a merge keeps by default: the survivor's, with its blank fields filled from the other customer;
    // phones, emails and tags of both (each once); both customers' notes.
    static Customer combined(const Customer &survivor, const Customer &merged);

private:
    Status moveRows(const QString &table, const QString &column, const QList<qint64> &ids, qint64 from, qint64 to);
    Status contactPointsFollowContacts(const QList<qint64> &contactIds, qint64 from);
    Result<QJsonObject> fieldValues(qint64 customerId) const;

    QSqlDatabase m_db;
};

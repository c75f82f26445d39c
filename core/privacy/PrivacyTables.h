#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Where a customer's data lives, for the privacy tools (subject export and erasure). A feature that adds a table
// holding customer data adds one line to PrivacyTables::defaults(), e.g. { "activities", "customer_id", Erase },
// { "quotes", "customer_id", Keep }, { "orders", "customer_id", Keep }, { "contracts", "customer_id", Keep },
// { "complaints", "customer_id", Erase }.
struct SubjectTable
{
    enum class Treatment
    {
        Erase, // the rows are personal data: deleted by an erasure
        Keep, // business records (orders): kept, and the customer row stays as an anonymised stand-in they refer to
    };

    QString table;
    QString customerColumn;
    Treatment treatment = Treatment::Erase;
};

namespace PrivacyTables {

QList<SubjectTable> defaults();

// The customers merged into this one, and into those, as long as the merges stand: duplicates of the same person,
// kept in the trash so a merge can be undone. Their data is the person's data too, so the subject export shows it
// and an erasure erases it (found by a review: an erase left the duplicate's address and notes in the trash).
Result<QList<qint64>> mergedInto(const QSqlDatabase &db, qint64 customerId);

} // namespace PrivacyTables

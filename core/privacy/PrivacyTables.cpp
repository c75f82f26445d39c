#include "PrivacyTables.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace PrivacyTables {

QList<SubjectTable> defaults()
{
    using T = SubjectTable::Treatment;
    return {
        { QStringLiteral("contacts"), QStringLiteral("customer_id"), T::Erase },
        { QStringLiteral("contact_points"), QStringLiteral("customer_id"), T::Erase },
        { QStringLiteral("notes"), QStringLiteral("customer_id"), T::Erase },
        { QStringLiteral("customer_tags"), QStringLiteral("customer_id"), T::Erase },
        // Merge records hold copies of field values for undo.
        { QStringLiteral("customer_merges"), QStringLiteral("survivor_id"), T::Erase },
        { QStringLiteral("customer_merges"), QStringLiteral("merged_id"), T::Erase },
        { QStringLiteral("activities"), QStringLiteral("customer_id"), T::Erase },
        { QStringLiteral("complaints"), QStringLiteral("customer_id"), T::Erase },
        // Business records: kept for the sales figures, referring to the anonymised customer row.
        { QStringLiteral("quotes"), QStringLiteral("customer_id"), T::Keep },
        { QStringLiteral("orders"), QStringLiteral("customer_id"), T::Keep },
        { QStringLiteral("contracts"), QStringLiteral("customer_id"), T::Keep },
    };
}

} // namespace PrivacyTables

namespace PrivacyTables {

Result<QList<qint64>> mergedInto(const QSqlDatabase &db, qint64 customerId)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("WITH RECURSIVE merged (id) AS (SELECT merged_id FROM customer_merges WHERE "
                       "survivor_id = ? AND undone_at IS NULL UNION SELECT m.merged_id FROM customer_merges m "
                       "JOIN merged ON m.survivor_id = merged.id WHERE m.undone_at IS NULL) SELECT id FROM merged "
                       "WHERE id <> ? ORDER BY id"));
    query.addBindValue(customerId);
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("PrivacyTables", "Finding the customer's merged records"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace PrivacyTables

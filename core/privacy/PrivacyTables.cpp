#include "PrivacyTables.h"

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

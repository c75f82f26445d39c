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
    };
}

} // namespace PrivacyTables

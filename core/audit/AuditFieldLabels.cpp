#include "AuditFieldLabels.h"

#include <QCoreApplication>

namespace AuditFieldLabels {
namespace {

    struct FieldLabel
    {
        const char *key;
        const char *label;
    };

    // In the order a described entry lists them: who and what first, then amounts, dates and free text.
    constexpr FieldLabel kLabels[] = {
        { "number", QT_TRANSLATE_NOOP("AuditField", "Number") },
        { "revision", QT_TRANSLATE_NOOP("AuditField", "Revision") },
        { "code", QT_TRANSLATE_NOOP("AuditField", "Code") },
        { "kind", QT_TRANSLATE_NOOP("AuditField", "Kind") },
        { "name", QT_TRANSLATE_NOOP("AuditField", "Name") },
        { "title", QT_TRANSLATE_NOOP("AuditField", "Title") },
        { "type", QT_TRANSLATE_NOOP("AuditField", "Type") },
        { "subject", QT_TRANSLATE_NOOP("AuditField", "Subject") },
        { "summary", QT_TRANSLATE_NOOP("AuditField", "Summary") },
        { "customer_id", QT_TRANSLATE_NOOP("AuditField", "Customer") },
        { "contact_id", QT_TRANSLATE_NOOP("AuditField", "Contact") },
        { "primary", QT_TRANSLATE_NOOP("AuditField", "Primary contact") },
        { "industry", QT_TRANSLATE_NOOP("AuditField", "Industry") },
        { "province", QT_TRANSLATE_NOOP("AuditField", "Province / region") },
        { "city", QT_TRANSLATE_NOOP("AuditField", "City") },
        { "address", QT_TRANSLATE_NOOP("AuditField", "Address") },
        { "phones", QT_TRANSLATE_NOOP("AuditField", "Phones") },
        { "emails", QT_TRANSLATE_NOOP("AuditField", "Emails") },
        { "email", QT_TRANSLATE_NOOP("AuditField", "Email") },
        { "website", QT_TRANSLATE_NOOP("AuditField", "Website") },
        { "birthday", QT_TRANSLATE_NOOP("AuditField", "Birthday") },
        { "source", QT_TRANSLATE_NOOP("AuditField", "Source") },
        { "owner_id", QT_TRANSLATE_NOOP("AuditField", "Owner") },
        { "tier", QT_TRANSLATE_NOOP("AuditField", "Tier") },
        { "stage", QT_TRANSLATE_NOOP("AuditField", "Lifecycle stage") },
        { "tags", QT_TRANSLATE_NOOP("AuditField", "Tags") },
        { "marketing_consent", QT_TRANSLATE_NOOP("AuditField", "Marketing consent") },
        { "consent_date", QT_TRANSLATE_NOOP("AuditField", "Consent date") },
        { "consent_source", QT_TRANSLATE_NOOP("AuditField", "Consent source") },
        { "status", QT_TRANSLATE_NOOP("AuditField", "Status") },
        { "priority", QT_TRANSLATE_NOOP("AuditField", "Priority") },
        { "severity", QT_TRANSLATE_NOOP("AuditField", "Severity") },
        { "escalation_level", QT_TRANSLATE_NOOP("AuditField", "Escalation level") },
        { "channel", QT_TRANSLATE_NOOP("AuditField", "Channel") },
        { "category", QT_TRANSLATE_NOOP("AuditField", "Category") },
        { "product_ref", QT_TRANSLATE_NOOP("AuditField", "Product") },
        { "order_ref", QT_TRANSLATE_NOOP("AuditField", "Order") },
        { "quote_id", QT_TRANSLATE_NOOP("AuditField", "Quote") },
        { "contract_id", QT_TRANSLATE_NOOP("AuditField", "Contract") },
        { "previous_contract_id", QT_TRANSLATE_NOOP("AuditField", "Renews contract") },
        { "duplicate_of", QT_TRANSLATE_NOOP("AuditField", "Copied from quote") },
        { "revises", QT_TRANSLATE_NOOP("AuditField", "Revises quote") },
        { "date", QT_TRANSLATE_NOOP("AuditField", "Date") },
        { "valid_until", QT_TRANSLATE_NOOP("AuditField", "Valid until") },
        { "start_date", QT_TRANSLATE_NOOP("AuditField", "Start date") },
        { "end_date", QT_TRANSLATE_NOOP("AuditField", "End date") },
        { "billing_cycle", QT_TRANSLATE_NOOP("AuditField", "Billing cycle") },
        { "auto_renew", QT_TRANSLATE_NOOP("AuditField", "Renews automatically") },
        { "notice_days", QT_TRANSLATE_NOOP("AuditField", "Notice period") },
        { "due", QT_TRANSLATE_NOOP("AuditField", "Due") },
        { "duration_minutes", QT_TRANSLATE_NOOP("AuditField", "Duration") },
        { "recurrence", QT_TRANSLATE_NOOP("AuditField", "Repeats") },
        { "completed_at", QT_TRANSLATE_NOOP("AuditField", "Completed") },
        { "received_at", QT_TRANSLATE_NOOP("AuditField", "Received") },
        { "response_due_at", QT_TRANSLATE_NOOP("AuditField", "Response due") },
        { "resolution_due_at", QT_TRANSLATE_NOOP("AuditField", "Resolution due") },
        { "responded_at", QT_TRANSLATE_NOOP("AuditField", "Responded") },
        { "escalated_at", QT_TRANSLATE_NOOP("AuditField", "Escalated") },
        { "resolved_at", QT_TRANSLATE_NOOP("AuditField", "Resolved") },
        { "closed_at", QT_TRANSLATE_NOOP("AuditField", "Closed") },
        { "unit", QT_TRANSLATE_NOOP("AuditField", "Unit") },
        { "currency", QT_TRANSLATE_NOOP("AuditField", "Currency") },
        { "unit_price", QT_TRANSLATE_NOOP("AuditField", "Unit price") },
        { "cost_price", QT_TRANSLATE_NOOP("AuditField", "Cost price") },
        { "tax_rate", QT_TRANSLATE_NOOP("AuditField", "Tax rate") },
        { "active", QT_TRANSLATE_NOOP("AuditField", "Active") },
        { "lines", QT_TRANSLATE_NOOP("AuditField", "Lines") },
        { "subtotal", QT_TRANSLATE_NOOP("AuditField", "Subtotal") },
        { "discount_rate", QT_TRANSLATE_NOOP("AuditField", "Discount") },
        { "discount", QT_TRANSLATE_NOOP("AuditField", "Discount") },
        { "charges", QT_TRANSLATE_NOOP("AuditField", "Charges") },
        { "tax", QT_TRANSLATE_NOOP("AuditField", "Tax") },
        { "total", QT_TRANSLATE_NOOP("AuditField", "Total") },
        { "value_minor", QT_TRANSLATE_NOOP("AuditField", "Value") },
        { "outcome", QT_TRANSLATE_NOOP("AuditField", "Outcome") },
        { "resolution", QT_TRANSLATE_NOOP("AuditField", "Resolution") },
        { "root_cause", QT_TRANSLATE_NOOP("AuditField", "Root cause") },
        { "corrective_action", QT_TRANSLATE_NOOP("AuditField", "Corrective action") },
        { "csat", QT_TRANSLATE_NOOP("AuditField", "Satisfaction (1–5)") },
        { "nps", QT_TRANSLATE_NOOP("AuditField", "Recommendation (0–10)") },
        { "description", QT_TRANSLATE_NOOP("AuditField", "Description") },
        { "terms", QT_TRANSLATE_NOOP("AuditField", "Terms") },
        { "notes", QT_TRANSLATE_NOOP("AuditField", "Notes") },
        { "body", QT_TRANSLATE_NOOP("AuditField", "Note") },
        // Imports, exports, merges, erasures, restores and bulk changes.
        { "list", QT_TRANSLATE_NOOP("AuditField", "List") },
        { "file", QT_TRANSLATE_NOOP("AuditField", "File") },
        { "subject_export", QT_TRANSLATE_NOOP("AuditField", "File") },
        { "format", QT_TRANSLATE_NOOP("AuditField", "Format") },
        { "rows", QT_TRANSLATE_NOOP("AuditField", "Rows") },
        { "count", QT_TRANSLATE_NOOP("AuditField", "Rows") },
        { "created", QT_TRANSLATE_NOOP("AuditField", "Created") },
        { "created_ids", QT_TRANSLATE_NOOP("AuditField", "Records created") },
        { "undoes_import", QT_TRANSLATE_NOOP("AuditField", "Undoes the import of") },
        { "updated", QT_TRANSLATE_NOOP("AuditField", "Updated") },
        { "skipped", QT_TRANSLATE_NOOP("AuditField", "Skipped") },
        { "invalid_rows", QT_TRANSLATE_NOOP("AuditField", "Rows with problems") },
        { "columns", QT_TRANSLATE_NOOP("AuditField", "Columns") },
        { "anonymised", QT_TRANSLATE_NOOP("AuditField", "Anonymised") },
        { "with_marketing_consent", QT_TRANSLATE_NOOP("AuditField", "Only with marketing consent") },
        { "user", QT_TRANSLATE_NOOP("AuditField", "User") },
        { "entity", QT_TRANSLATE_NOOP("AuditField", "Records") },
        { "entity_id", QT_TRANSLATE_NOOP("AuditField", "Record") },
        { "action", QT_TRANSLATE_NOOP("AuditField", "Action") },
        { "from", QT_TRANSLATE_NOOP("AuditField", "From") },
        { "to", QT_TRANSLATE_NOOP("AuditField", "To") },
        { "merged_id", QT_TRANSLATE_NOOP("AuditField", "Merged customer") },
        { "merge_id", QT_TRANSLATE_NOOP("AuditField", "Merge") },
        { "rows_deleted", QT_TRANSLATE_NOOP("AuditField", "Rows erased") },
        { "customer_kept_anonymised", QT_TRANSLATE_NOOP("AuditField", "Customer kept, anonymised") },
        { "previous_book_saved_as", QT_TRANSLATE_NOOP("AuditField", "Previous book saved as") },
        { "erasures_repeated", QT_TRANSLATE_NOOP("AuditField", "Erased again") },
        { "orders_deleted", QT_TRANSLATE_NOOP("AuditField", "Orders deleted") },
        { "quotes_deleted", QT_TRANSLATE_NOOP("AuditField", "Quotes deleted") },
        { "contracts_deleted", QT_TRANSLATE_NOOP("AuditField", "Contracts deleted") },
        { "complaints_deleted", QT_TRANSLATE_NOOP("AuditField", "Complaints deleted") },
        { "activities_deleted", QT_TRANSLATE_NOOP("AuditField", "Follow-ups deleted") },
        { "ids", QT_TRANSLATE_NOOP("AuditField", "IDs") },
    };

    const FieldLabel *find(const QString &key)
    {
        for (const FieldLabel &field : kLabels) {
            if (key == QLatin1String(field.key))
                return &field;
        }
        return nullptr;
    }

} // namespace

QString label(const QString &entity, const QString &key)
{
    if (key == QLatin1String("title") && entity == QLatin1String("contact"))
        return QCoreApplication::translate("AuditField", "Job title");
    const FieldLabel *field = find(key);
    return field ? QCoreApplication::translate("AuditField", field->label) : key;
}

int rank(const QString &key)
{
    const FieldLabel *field = find(key);
    return field ? int(field - kLabels) : int(std::size(kLabels));
}

QStringList knownKeys()
{
    QStringList keys;
    for (const FieldLabel &field : kLabels)
        keys << QString::fromLatin1(field.key);
    return keys;
}

} // namespace AuditFieldLabels

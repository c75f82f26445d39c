#include "AuditEntry.h"

#include <QCoreApplication>

namespace {
struct ActionName
{
    AuditEntry::Action action;
    const char *text;
    const char *display;
};

const ActionName kActions[] = {
    { AuditEntry::Action::Create, "create", QT_TRANSLATE_NOOP("AuditEntry", "Created") },
    { AuditEntry::Action::Update, "update", QT_TRANSLATE_NOOP("AuditEntry", "Changed") },
    { AuditEntry::Action::Delete, "delete", QT_TRANSLATE_NOOP("AuditEntry", "Moved to the trash") },
    { AuditEntry::Action::Restore, "restore", QT_TRANSLATE_NOOP("AuditEntry", "Restored") },
    { AuditEntry::Action::Purge, "purge", QT_TRANSLATE_NOOP("AuditEntry", "Deleted for good") },
    { AuditEntry::Action::Merge, "merge", QT_TRANSLATE_NOOP("AuditEntry", "Merged") },
    { AuditEntry::Action::Import, "import", QT_TRANSLATE_NOOP("AuditEntry", "Imported") },
    { AuditEntry::Action::Export, "export", QT_TRANSLATE_NOOP("AuditEntry", "Exported") },
    { AuditEntry::Action::Erase, "erase", QT_TRANSLATE_NOOP("AuditEntry", "Erased (privacy)") },
    { AuditEntry::Action::BackupRestore, "backup_restore",
        QT_TRANSLATE_NOOP("AuditEntry", "Book restored from a backup") },
};

struct EntityName
{
    const char *entity;
    const char *display;
};

const EntityName kEntities[] = {
    { "customer", QT_TRANSLATE_NOOP("AuditEntry", "Customer") },
    { "contact", QT_TRANSLATE_NOOP("AuditEntry", "Contact") },
    { "note", QT_TRANSLATE_NOOP("AuditEntry", "Note") },
    { "activity", QT_TRANSLATE_NOOP("AuditEntry", "Follow-up") },
    { "contract", QT_TRANSLATE_NOOP("AuditEntry", "Contract") },
    { "product", QT_TRANSLATE_NOOP("AuditEntry", "Product") },
    { "quote", QT_TRANSLATE_NOOP("AuditEntry", "Quote") },
    { "order", QT_TRANSLATE_NOOP("AuditEntry", "Order") },
    { "complaint", QT_TRANSLATE_NOOP("AuditEntry", "Complaint") },
    { "owner", QT_TRANSLATE_NOOP("AuditEntry", "Sales rep") },
    { "audit_entry", QT_TRANSLATE_NOOP("AuditEntry", "Audit trail") },
    { "book", QT_TRANSLATE_NOOP("AuditEntry", "Book") },
};
} // namespace

QString toString(AuditEntry::Action action)
{
    for (const ActionName &name : kActions) {
        if (name.action == action)
            return QString::fromLatin1(name.text);
    }
    return {};
}

std::optional<AuditEntry::Action> auditActionFromString(const QString &text)
{
    for (const ActionName &name : kActions) {
        if (text == QLatin1String(name.text))
            return name.action;
    }
    return std::nullopt;
}

QString displayName(AuditEntry::Action action)
{
    for (const ActionName &name : kActions) {
        if (name.action == action)
            return QCoreApplication::translate("AuditEntry", name.display);
    }
    return {};
}

QList<AuditEntry::Action> allAuditActions()
{
    QList<AuditEntry::Action> actions;
    for (const ActionName &name : kActions)
        actions << name.action;
    return actions;
}

QStringList allAuditEntities()
{
    QStringList entities;
    for (const EntityName &name : kEntities)
        entities << QString::fromLatin1(name.entity);
    return entities;
}

QString auditEntityDisplayName(const QString &entity)
{
    for (const EntityName &name : kEntities) {
        if (entity == QLatin1String(name.entity))
            return QCoreApplication::translate("AuditEntry", name.display);
    }
    return entity;
}

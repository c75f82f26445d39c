#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One line of the audit trail: who did what to which record, and when. Entries are never changed or deleted by the
// app; an erasure only blanks the personal data in them.
struct AuditEntry
{
    enum class Action
    {
        Create,
        Update,
        Delete,
        Restore,
        Purge,
        Merge,
        Import,
        Export,
        Erase,
        BackupRestore
    };

    qint64 id = 0;
    QDateTime at;
    QString user;
    Action action = Action::Update;
    QString entity; // "customer", "contact", "note", "book", ... (the table list in AuditLog names them)
    qint64 entityId = 0; // 0: many rows (see batchId) or the whole book
    qint64 customerId = 0;
    QString batchId;
    QString summary;
    // Updates: {"field": {"old": value, "new": value}}; creates: {"field": {"new": value}}; others: what was touched.
    QJsonObject changes;
};

QString toString(AuditEntry::Action action);
std::optional<AuditEntry::Action> auditActionFromString(const QString &text);
QString displayName(AuditEntry::Action action);
QList<AuditEntry::Action> allAuditActions();
// Every kind of record the trail names ("customer", "contact", "quote", ...), in the Audit view's order.
QStringList allAuditEntities();
// "customer" -> "Customer", translated.
QString auditEntityDisplayName(const QString &entity);

// What the Audit view and `clientele-cli audit list` filter on; empty fields do not filter.
struct AuditFilter
{
    QString user;
    QString entity;
    qint64 entityId = 0;
    qint64 customerId = 0;
    std::optional<AuditEntry::Action> action;
    QDate from; // inclusive, local dates
    QDate to; // inclusive
};

#include "TimelineRepository.h"
#include "SqlHelpers.h"
#include "audit/AuditDescriber.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Complaint.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace SqlHelpers;

Result<qint64> TimelineRepository::addNote(const Note &note)
{
    if (note.body.trimmed().isEmpty())
        return Error { tr("A note needs some text.") };
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO notes (uuid, customer_id, happened_at, body, author, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Database::newUuid());
    query.addBindValue(note.customerId);
    query.addBindValue(note.happenedAt.isValid() ? Database::timestamp(note.happenedAt) : now);
    query.addBindValue(note.body.trimmed());
    query.addBindValue(text(note.author));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Adding the note"));
    const qint64 id = query.lastInsertId().toLongLong();
    AuditEntry entry;
    entry.action = AuditEntry::Action::Create;
    entry.entity = QStringLiteral("note");
    entry.entityId = id;
    entry.customerId = note.customerId;
    entry.changes = AuditLog::diff({}, QJsonObject { { QStringLiteral("body"), note.body.trimmed() } });
    if (Status status = AuditLog(m_db).record(entry); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<QList<TimelineEntry>> TimelineRepository::forCustomer(qint64 customerId, int limit) const
{
    QList<TimelineEntry> entries;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT happened_at, body, author FROM notes WHERE customer_id = ? AND "
                                 "deleted_at IS NULL ORDER BY happened_at DESC LIMIT %1")
                          .arg(limit));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading the timeline"));
    while (query.next()) {
        const QString author = query.value(2).toString();
        const QString body = query.value(1).toString();
        entries << TimelineEntry { TimelineEntry::Kind::Note, toDateTime(query.value(0)),
                                   author.isEmpty() ? body : tr("%1 — %2").arg(author, body) };
    }
    query.prepare(QStringLiteral("SELECT created_at, name, title FROM contacts WHERE customer_id = ? AND "
                                 "deleted_at IS NULL"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading the timeline"));
    while (query.next()) {
        const QString title = query.value(2).toString();
        const QString who = title.isEmpty() ? query.value(1).toString()
                                            : tr("%1 (%2)").arg(query.value(1).toString(), title);
        entries << TimelineEntry { TimelineEntry::Kind::ContactAdded, toDateTime(query.value(0)),
                                   tr("Contact added: %1").arg(who) };
    }
    query.prepare(QStringLiteral("SELECT received_at, number, summary, status FROM complaints WHERE customer_id = ? "
                                 "AND deleted_at IS NULL"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading the timeline"));
    while (query.next()) {
        const auto status = complaintStatusFromString(query.value(3).toString());
        entries << TimelineEntry { TimelineEntry::Kind::Complaint, toDateTime(query.value(0)),
                                   tr("Complaint %1: %2 (%3)")
                                           .arg(query.value(1).toString(), query.value(2).toString(),
                                                status ? displayName(*status) : query.value(3).toString()) };
    }
    query.prepare(QStringLiteral("SELECT created_at, updated_at, deleted_at FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading the timeline"));
    if (query.next()) {
        entries << TimelineEntry { TimelineEntry::Kind::Created, toDateTime(query.value(0)), tr("Customer created") };
        if (query.value(1) != query.value(0) && query.value(2).isNull())
            entries << TimelineEntry { TimelineEntry::Kind::Updated, toDateTime(query.value(1)), tr("Last changed") };
        if (!query.value(2).isNull())
            entries << TimelineEntry { TimelineEntry::Kind::Deleted, toDateTime(query.value(2)),
                                       tr("Moved to the trash") };
    }
    // From the audit trail what the rows above do not show: changes with their old and new values, and restores (a
    // merge already leaves its own note).
    AuditFilter filter;
    filter.customerId = customerId;
    auto audited = AuditLog(m_db).list(filter, limit);
    if (!audited)
        return audited.error();
    const AuditDescriber describer(m_db);
    for (const AuditEntry &entry : audited.value()) {
        if (entry.action != AuditEntry::Action::Update && entry.action != AuditEntry::Action::Restore)
            continue;
        // A follow-up marked done is already on the timeline as done, with its outcome.
        if (entry.entity == QLatin1String("activity")
            && entry.changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("new"))
                == QLatin1String("done"))
            continue;
        const QString what = entry.entity == QLatin1String("customer")
                ? displayName(entry.action)
                : tr("%1 (%2)").arg(displayName(entry.action), auditEntityDisplayName(entry.entity));
        const QString changes = describer.describe(entry);
        entries << TimelineEntry { TimelineEntry::Kind::Audit, entry.at,
            changes.isEmpty() ? tr("%1 by %2").arg(what, AuditLog::displayUser(entry.user))
                              : tr("%1 by %2: %3").arg(what, AuditLog::displayUser(entry.user), changes) };
    }
    // "Last changed" says less than the audited change itself (books from before the trail have only the former).
    const bool hasAudited = std::any_of(entries.cbegin(), entries.cend(),
                                     [](const TimelineEntry &entry) { return entry.kind == TimelineEntry::Kind::Audit; });
    if (hasAudited)
        entries.removeIf([](const TimelineEntry &entry) { return entry.kind == TimelineEntry::Kind::Updated; });
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return entries;
}

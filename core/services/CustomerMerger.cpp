#include "CustomerMerger.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/PhoneNumbers.h"
#include "repo/CustomerRepository.h"
#include "repo/SqlHelpers.h"
#include "repo/TimelineRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <functional>

using namespace SqlHelpers;

namespace {

// Rows that belong to a customer and move to the survivor: (table, column holding the customer id). Each table
// needs an `id` primary key (the ids moved are recorded for undo) and an `updated_at` (a moved row has changed); a
// feature with such a table adds one line. Phones and emails of contacts
// (contact_points with a contact_id) follow their contact; the merged customer's own phones, emails and tags stay with
// it (the chosen values carry them to the survivor).
struct MovedTable
{
    const char *table;
    const char *column;
};
const MovedTable kMovedTables[] = {
    { "contacts", "customer_id" },
    { "notes", "customer_id" },
    { "activities", "customer_id" },
    { "quotes", "customer_id" },
    { "orders", "customer_id" },
    { "contracts", "customer_id" },
    { "complaints", "customer_id" },
};

// Key in moved_rows for contacts that were primary at the merged customer and lost that flag at the survivor
// (one primary contact per customer).
const QString kDemotedPrimary = QStringLiteral("demoted_primary_contacts");

QJsonArray toJson(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QJsonArray toJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array << id;
    return array;
}

QList<qint64> toIds(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &item : value.toArray())
        ids << item.toInteger();
    return ids;
}

// The fields a merge chooses, as stored: what is recorded before and after a merge and compared when undoing.
QJsonObject toJson(const Customer &customer)
{
    return QJsonObject {
        { QStringLiteral("kind"), toString(customer.kind) },
        { QStringLiteral("name"), customer.name },
        { QStringLiteral("industry"), customer.industry },
        { QStringLiteral("province"), customer.province },
        { QStringLiteral("city"), customer.city },
        { QStringLiteral("address"), customer.address },
        { QStringLiteral("website"), customer.website },
        { QStringLiteral("source"), customer.source },
        { QStringLiteral("owner_id"), customer.ownerId },
        { QStringLiteral("tier"), customer.tier },
        { QStringLiteral("stage"), toString(customer.stage) },
        { QStringLiteral("notes"), customer.notes },
        { QStringLiteral("phones"), toJson(customer.phones) },
        { QStringLiteral("emails"), toJson(customer.emails) },
        { QStringLiteral("tags"), toJson(customer.tags) },
    };
}

void applyJson(const QJsonObject &json, Customer &customer)
{
    customer.kind = customerKindFromString(json.value(QStringLiteral("kind")).toString()).value_or(customer.kind);
    customer.name = json.value(QStringLiteral("name")).toString();
    customer.industry = json.value(QStringLiteral("industry")).toString();
    customer.province = json.value(QStringLiteral("province")).toString();
    customer.city = json.value(QStringLiteral("city")).toString();
    customer.address = json.value(QStringLiteral("address")).toString();
    customer.website = json.value(QStringLiteral("website")).toString();
    customer.source = json.value(QStringLiteral("source")).toString();
    customer.ownerId = json.value(QStringLiteral("owner_id")).toInteger();
    customer.tier = json.value(QStringLiteral("tier")).toString();
    customer.stage = lifecycleStageFromString(json.value(QStringLiteral("stage")).toString()).value_or(customer.stage);
    customer.notes = json.value(QStringLiteral("notes")).toString();
    customer.phones = toStringList(json.value(QStringLiteral("phones")));
    customer.emails = toStringList(json.value(QStringLiteral("emails")));
    customer.tags = toStringList(json.value(QStringLiteral("tags")));
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// `first` followed by the values of `second` whose key (normalised form) is not there yet.
QStringList unite(
    const QStringList &first, const QStringList &second, const std::function<QString(const QString &)> &key)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &value : first + second) {
        if (!value.trimmed().isEmpty() && !seen.contains(key(value))) {
            seen.insert(key(value));
            result << value;
        }
    }
    return result;
}

QString orOther(const QString &value, const QString &other)
{
    return value.trimmed().isEmpty() ? other : value;
}

} // namespace

Customer CustomerMerger::combined(const Customer &survivor, const Customer &merged)
{
    Customer result = survivor;
    result.industry = orOther(survivor.industry, merged.industry);
    result.province = orOther(survivor.province, merged.province);
    result.city = orOther(survivor.city, merged.city);
    result.address = orOther(survivor.address, merged.address);
    result.website = orOther(survivor.website, merged.website);
    result.source = orOther(survivor.source, merged.source);
    result.tier = orOther(survivor.tier, merged.tier);
    if (survivor.ownerId == 0) {
        result.ownerId = merged.ownerId;
        result.ownerName = merged.ownerName;
    }
    result.phones = unite(survivor.phones, merged.phones, PhoneNumbers::normalizedOrDigits);
    result.emails = unite(survivor.emails, merged.emails, Emails::normalized);
    result.tags = unite(survivor.tags, merged.tags, [](const QString &tag) { return tag.trimmed(); });
    result.notes = unite({ survivor.notes }, { merged.notes }, [](const QString &notes) {
        return notes.trimmed();
    }).join(QStringLiteral("\n\n"));
    return result;
}

Result<QJsonObject> CustomerMerger::fieldValues(qint64 customerId) const
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    return toJson(customer.value());
}

// Moves the rows with these ids from customer `from` to customer `to`, in chunks that keep the IN list short.
Status CustomerMerger::moveRows(
    const QString &table, const QString &column, const QList<qint64> &ids, qint64 from, qint64 to)
{
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    return forEachPart(ids, [&](const QList<qint64> &chunk) -> Status {
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE %2 = ? AND id IN (%3)")
                          .arg(table, column, placeholders(chunk.size())));
        query.addBindValue(to);
        query.addBindValue(now);
        query.addBindValue(from);
        bindAll(query, chunk);
        return query.exec() ? Status() : Status(sqlError(query, tr("Moving records to the other customer")));
    });
}

Status CustomerMerger::contactPointsFollowContacts(const QList<qint64> &contactIds, qint64 from)
{
    QSqlQuery query(m_db);
    return forEachPart(contactIds, [&](const QList<qint64> &chunk) -> Status {
        // By the customer they leave too: contact_points_by_owner finds them (by contact_id alone SQLite read every
        // phone and address of the book, seconds per merge in a book of a million customers).
        query.prepare(
            QStringLiteral("UPDATE contact_points SET customer_id = (SELECT k.customer_id FROM contacts k "
                           "WHERE k.id = contact_points.contact_id) WHERE customer_id = ? AND contact_id IN (%1)")
                .arg(placeholders(chunk.size())));
        query.addBindValue(from);
        bindAll(query, chunk);
        return query.exec() ? Status() : Status(sqlError(query, tr("Moving records to the other customer")));
    });
}

Result<qint64> CustomerMerger::merge(qint64 survivorId, qint64 mergedId, const Customer &chosen)
{
    if (survivorId == mergedId)
        return Error { tr("A customer cannot be merged with itself.") };
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    CustomerRepository customers(m_db);
    auto survivor = customers.find(survivorId);
    if (!survivor)
        return survivor.error();
    auto merged = customers.find(mergedId);
    if (!merged)
        return merged.error();
    for (const Customer *customer : { &survivor.value(), &merged.value() }) {
        if (customer->deletedAt.isValid())
            return Error { tr("“%1” is in the trash: restore it before merging.").arg(customer->name) };
    }
    const QJsonObject before = toJson(survivor.value());

    QSqlQuery query(m_db);
    // One primary contact per customer: the merged customer's primary contact is demoted if the survivor has one.
    QList<qint64> demoted;
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1 AND EXISTS ("
                                 "SELECT 1 FROM contacts s WHERE s.customer_id = ? AND s.is_primary = 1 AND "
                                 "s.deleted_at IS NULL) ORDER BY id"));
    query.addBindValue(mergedId);
    query.addBindValue(survivorId);
    if (!query.exec())
        return sqlError(query, tr("Merging customers"));
    while (query.next())
        demoted << query.value(0).toLongLong();
    query.prepare(
        QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE id IN (%1)").arg(placeholders(demoted.size())));
    bindAll(query, demoted);
    if (!demoted.isEmpty() && !query.exec())
        return sqlError(query, tr("Merging customers"));

    QJsonObject moved { { kDemotedPrimary, toJson(demoted) } };
    for (const MovedTable &moving : kMovedTables) {
        const QString table = QLatin1String(moving.table);
        const QString column = QLatin1String(moving.column);
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
        query.addBindValue(mergedId);
        if (!query.exec())
            return sqlError(query, tr("Merging customers"));
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        if (Status status = moveRows(table, column, ids, mergedId, survivorId); !status)
            return status.error();
        moved.insert(table, toJson(ids));
    }
    if (Status status = contactPointsFollowContacts(toIds(moved.value(QStringLiteral("contacts"))), mergedId); !status)
        return status.error();

    // After the contacts moved, so that the survivor's search text includes them.
    Customer values = chosen;
    values.id = survivorId;
    if (Status status = customers.update(values); !status)
        return status.error();
    if (Status status = customers.refreshSearchText(mergedId); !status)
        return status.error();
    Note note;
    note.customerId = survivorId;
    note.body = tr("Merged with “%1”").arg(merged.value().name);
    auto noteId = TimelineRepository(m_db).addNote(note);
    if (!noteId)
        return noteId.error();
    if (Status status = customers.moveToTrash({ mergedId }); !status)
        return status.error();
    auto after = fieldValues(survivorId);
    if (!after)
        return after.error();

    const QString now = Database::nowTimestamp();
    query.prepare(QStringLiteral("INSERT INTO customer_merges (uuid, survivor_id, merged_id, survivor_before, "
                                 "survivor_after, moved_rows, note_id, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Database::newUuid());
    query.addBindValue(survivorId);
    query.addBindValue(mergedId);
    query.addBindValue(compact(before));
    query.addBindValue(compact(after.value()));
    query.addBindValue(compact(moved));
    query.addBindValue(noteId.value());
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Merging customers"));
    const qint64 mergeId = query.lastInsertId().toLongLong();
    AuditEntry entry;
    entry.action = AuditEntry::Action::Merge;
    entry.entity = QStringLiteral("customer");
    entry.entityId = survivorId;
    entry.customerId = survivorId;
    entry.changes = QJsonObject { { QStringLiteral("merged_id"), mergedId }, { QStringLiteral("merge_id"), mergeId } };
    if (Status status = AuditLog(m_db).record(entry); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return mergeId;
}

Result<bool> CustomerMerger::unmerge(qint64 mergedId)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, survivor_id, survivor_before, survivor_after, moved_rows, note_id "
                                 "FROM customer_merges WHERE merged_id = ? AND undone_at IS NULL AND "
                                 "deleted_at IS NULL ORDER BY id DESC LIMIT 1"));
    query.addBindValue(mergedId);
    if (!query.exec())
        return sqlError(query, tr("Undoing the merge"));
    if (!query.next())
        return false;
    const qint64 mergeId = query.value(0).toLongLong();
    const qint64 survivorId = query.value(1).toLongLong();
    const QJsonObject before = parse(query.value(2).toString());
    const QJsonObject after = parse(query.value(3).toString());
    const QJsonObject moved = parse(query.value(4).toString());
    const QVariant noteId = query.value(5);
    query.finish();

    // Rows that moved on with the survivor into a later merge are not where this record says: undo that one first.
    query.prepare(QStringLiteral("SELECT s.name, t.name FROM customer_merges m JOIN customers s ON s.id = m.merged_id "
                                 "JOIN customers t ON t.id = m.survivor_id WHERE m.merged_id = ? AND "
                                 "m.undone_at IS NULL AND m.deleted_at IS NULL"));
    query.addBindValue(survivorId);
    if (!query.exec())
        return sqlError(query, tr("Undoing the merge"));
    if (query.next())
        return Error { tr("“%1” was merged into “%2” after this merge: restore “%1” first.")
                           .arg(query.value(0).toString(), query.value(1).toString()) };

    for (const MovedTable &moving : kMovedTables) {
        const QString table = QLatin1String(moving.table);
        if (Status status
            = moveRows(table, QLatin1String(moving.column), toIds(moved.value(table)), survivorId, mergedId);
            !status)
            return status.error();
    }
    if (Status status = contactPointsFollowContacts(toIds(moved.value(QStringLiteral("contacts"))), survivorId);
        !status)
        return status.error();
    const QList<qint64> demoted = toIds(moved.value(kDemotedPrimary));
    query.prepare(
        QStringLiteral("UPDATE contacts SET is_primary = 1 WHERE id IN (%1)").arg(placeholders(demoted.size())));
    bindAll(query, demoted);
    if (!demoted.isEmpty() && !query.exec())
        return sqlError(query, tr("Undoing the merge"));

    // Field by field: a value still as the merge left it returns to its value before; a value edited since stays.
    CustomerRepository customers(m_db);
    auto survivor = customers.find(survivorId);
    if (!survivor)
        return survivor.error();
    const QJsonObject current = toJson(survivor.value());
    QJsonObject restored = current;
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (it.value() == after.value(it.key()) && before.contains(it.key()))
            restored.insert(it.key(), before.value(it.key()));
    }
    if (restored != current) {
        Customer values = survivor.value();
        applyJson(restored, values);
        if (Status status = customers.update(values); !status)
            return status.error();
    } else if (Status status = customers.refreshSearchText(survivorId); !status) {
        return status.error();
    }
    if (Status status = customers.refreshSearchText(mergedId); !status)
        return status.error();

    query.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?"));
    query.addBindValue(noteId);
    if (!noteId.isNull() && !query.exec())
        return sqlError(query, tr("Undoing the merge"));
    const QString now = Database::nowTimestamp();
    query.prepare(QStringLiteral("UPDATE customer_merges SET undone_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(mergeId);
    if (!query.exec())
        return sqlError(query, tr("Undoing the merge"));
    if (Status status = transaction.commit(); !status)
        return status.error();
    return true;
}

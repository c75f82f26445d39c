#include "ContactRepository.h"
#include "CustomerRepository.h"
#include "SqlHelpers.h"
#include "StoredPhones.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/PhoneNumbers.h"

#include <QSqlQuery>

using namespace SqlHelpers;

Result<QList<Contact>> ContactRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, uuid, name, title, birthday, notes, is_primary, created_at, updated_at, "
                                 "marketing_consent, consent_at, consent_source FROM contacts WHERE customer_id = ? AND deleted_at IS NULL "
                                 "ORDER BY is_primary DESC, name, id"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading contacts"));
    QList<Contact> contacts;
    while (query.next()) {
        Contact contact;
        contact.id = query.value(0).toLongLong();
        contact.uuid = query.value(1).toString();
        contact.customerId = customerId;
        contact.name = query.value(2).toString();
        contact.title = query.value(3).toString();
        contact.birthday = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        contact.notes = query.value(5).toString();
        contact.primary = query.value(6).toBool();
        contact.createdAt = toDateTime(query.value(7));
        contact.updatedAt = toDateTime(query.value(8));
        contact.marketingConsent = marketingConsentFromStored(query.value(9).toInt());
        contact.consentDate = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        contact.consentSource = query.value(11).toString();
        contacts << contact;
    }
    query.prepare(QStringLiteral("SELECT contact_id, kind, value, normalized FROM contact_points WHERE customer_id = ? "
                                 "AND contact_id IS NOT NULL ORDER BY contact_id, kind, position"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading contacts"));
    while (query.next()) {
        for (Contact &contact : contacts) {
            if (contact.id != query.value(0).toLongLong())
                continue;
            // As for a customer's: read so that saving the contact again keeps the same number.
            if (query.value(1).toString() == QLatin1String("phone"))
                contact.phones << PhoneNumbers::readableHere(query.value(2).toString(), query.value(3).toString());
            else
                contact.email = query.value(2).toString();
        }
    }
    return contacts;
}

Result<qint64> ContactRepository::create(const Contact &contact)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO contacts (uuid, customer_id, name, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(contact.uuid.isEmpty() ? Database::newUuid() : contact.uuid);
    query.addBindValue(contact.customerId);
    query.addBindValue(text(contact.name));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Adding the contact"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = write(contact, id); !status)
        return status.error();
    if (Status status = audit(AuditEntry::Action::Create, id, contact.customerId,
                              AuditLog::diff({}, AuditLog::fields(contact)));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ContactRepository::update(const Contact &contact)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    auto before = find(contact.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE contacts SET updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(Database::nowTimestamp());
    query.addBindValue(contact.id);
    if (!query.exec())
        return sqlError(query, tr("Saving the contact"));
    if (query.numRowsAffected() != 1)
        return Error { tr("The contact no longer exists.") };
    if (Status status = write(contact, contact.id); !status)
        return status;
    QJsonObject changes = AuditLog::diff(AuditLog::fields(before.value()), AuditLog::fields(contact));
    if (StoredPhones::sameNumbers(before.value().phones, contact.phones))
        changes.remove(QStringLiteral("phones")); // only their format differs, and they stay as stored
    if (!changes.isEmpty()) {
        if (Status status = audit(AuditEntry::Action::Update, contact.id, contact.customerId, changes); !status)
            return status;
    }
    return transaction.commit();
}

Status ContactRepository::write(const Contact &contact, qint64 id)
{
    QSqlQuery query(m_db);
    if (contact.primary) {
        // One primary contact per customer.
        query.prepare(QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE customer_id = ? AND id <> ?"));
        query.addBindValue(contact.customerId);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query, tr("Saving the contact"));
    }
    query.prepare(QStringLiteral("UPDATE contacts SET name = ?, title = ?, birthday = ?, notes = ?, is_primary = ?, "
                                 "marketing_consent = ?, consent_at = ?, consent_source = ? WHERE id = ?"));
    query.addBindValue(text(contact.name.trimmed()));
    query.addBindValue(text(contact.title.trimmed()));
    query.addBindValue(fromDate(contact.birthday));
    query.addBindValue(text(contact.notes));
    query.addBindValue(contact.primary ? 1 : 0);
    // Nobody asked: no date and no source to keep.
    const bool asked = contact.marketingConsent != MarketingConsent::Unknown;
    query.addBindValue(toStoredValue(contact.marketingConsent));
    query.addBindValue(fromDate(asked ? contact.consentDate : QDate()));
    query.addBindValue(text(asked ? contact.consentSource.trimmed() : QString()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Saving the contact"));

    auto stored = StoredPhones::read(m_db, contact.customerId, id);
    if (!stored)
        return stored.error();
    // By customer too: contact_points_by_owner finds the contact's rows (by contact_id alone SQLite read the whole
    // table, a second for each contact saved in a book of a million customers).
    query.prepare(QStringLiteral("DELETE FROM contact_points WHERE customer_id = ? AND contact_id = ?"));
    query.addBindValue(contact.customerId);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Saving the contact"));
    query.prepare(QStringLiteral("INSERT INTO contact_points (customer_id, contact_id, kind, value, normalized, "
                                 "position) VALUES (?, ?, ?, ?, ?, ?)"));
    auto insert = [&](const QString &kind, const QString &value, const QString &normalized, int position) {
        query.addBindValue(contact.customerId);
        query.addBindValue(id);
        query.addBindValue(kind);
        query.addBindValue(text(value.trimmed()));
        query.addBindValue(text(normalized));
        query.addBindValue(position);
        return query.exec();
    };
    for (int i = 0; i < contact.phones.size(); ++i) {
        const QString phone = StoredPhones::keptForm(contact.phones[i], stored.value());
        if (!insert(QStringLiteral("phone"), phone, PhoneNumbers::normalizedOrDigits(contact.phones[i]), i))
            return sqlError(query, tr("Saving the contact"));
    }
    if (!contact.email.trimmed().isEmpty()
        && !insert(QStringLiteral("email"), Emails::cleaned(contact.email), Emails::normalized(contact.email), 0))
        return sqlError(query, tr("Saving the contact"));
    return CustomerRepository(m_db).refreshSearchText(contact.customerId);
}

Status ContactRepository::remove(qint64 contactId)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"));
    query.addBindValue(contactId);
    if (!query.exec() || !query.next())
        return Error { tr("The contact no longer exists.") };
    const qint64 customerId = query.value(0).toLongLong();
    query.prepare(QStringLiteral("UPDATE contacts SET deleted_at = ?, updated_at = ? WHERE id = ?"));
    const QString now = Database::nowTimestamp();
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query, tr("Removing the contact"));
    if (Status status = CustomerRepository(m_db).refreshSearchText(customerId); !status)
        return status;
    if (Status status = audit(AuditEntry::Action::Delete, contactId, customerId, {}); !status)
        return status;
    return transaction.commit();
}

Result<Contact> ContactRepository::find(qint64 contactId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT customer_id FROM contacts WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query, tr("Reading contacts"));
    if (!query.next())
        return Error { tr("The contact no longer exists.") };
    auto contacts = forCustomer(query.value(0).toLongLong());
    if (!contacts)
        return contacts.error();
    for (const Contact &contact : contacts.value()) {
        if (contact.id == contactId)
            return contact;
    }
    return Error { tr("The contact no longer exists.") };
}

Result<QStringList> ContactRepository::consentSources() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT consent_source FROM contacts WHERE consent_source <> '' AND deleted_at IS "
                                   "NULL GROUP BY consent_source ORDER BY count(*) DESC, consent_source LIMIT 50")))
        return sqlError(query, tr("Reading contacts"));
    QStringList sources;
    while (query.next())
        sources << query.value(0).toString();
    return sources;
}

Status ContactRepository::audit(AuditEntry::Action action, qint64 contactId, qint64 customerId,
                                const QJsonObject &changes)
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("contact");
    entry.entityId = contactId;
    entry.customerId = customerId;
    entry.changes = changes;
    return AuditLog(m_db).record(entry);
}

#include "BulkCustomerWriter.h"
#include "SqlHelpers.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "domain/PhoneNumbers.h"
#include "search/SearchIndex.h"
#include "search/SearchText.h"

namespace {
QString stamp(const QDateTime &at, const QString &fallback)
{
    return at.isValid() ? Database::timestamp(at) : fallback;
}
} // namespace

BulkCustomerWriter::BulkCustomerWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_index(SearchIndex::create(m_db))
    , m_normalizePhone(&PhoneNumbers::normalizedOrDigits)
    , m_customer(m_db)
    , m_contact(m_db)
    , m_point(m_db)
    , m_tag(m_db)
    , m_customerTag(m_db)
    , m_note(m_db)
{
}

BulkCustomerWriter::~BulkCustomerWriter()
{
    if (m_active)
        m_db.rollback();
}

Status BulkCustomerWriter::begin()
{
    Q_ASSERT(!m_active);
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), tr("Starting the import"));
    m_active = true;
    m_now = Database::nowTimestamp();
    if (Status status = deferIndexes(); !status)
        return status;
    const QList<std::pair<QSqlQuery *, QString>> statements {
        { &m_customer,
            QStringLiteral(
                "INSERT INTO customers (uuid, kind, name, industry, province, city, address, website, source, "
                "owner_id, tier, stage, notes, search_text, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") },
        { &m_contact,
            QStringLiteral("INSERT INTO contacts (uuid, customer_id, name, title, birthday, notes, is_primary, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") },
        { &m_point,
            QStringLiteral("INSERT INTO contact_points (customer_id, contact_id, kind, value, normalized, position) "
                           "VALUES (?, ?, ?, ?, ?, ?)") },
        { &m_tag, QStringLiteral("INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)") },
        { &m_customerTag, QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)") },
        { &m_note,
            QStringLiteral("INSERT INTO notes (uuid, customer_id, happened_at, body, author, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)") },
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return sqlError(*query, tr("Preparing the import"));
    }
    QSqlQuery existing(m_db);
    if (!existing.exec(QStringLiteral("SELECT name, id FROM tags")))
        return sqlError(existing, tr("Preparing the import"));
    while (existing.next())
        m_tagIds.insert(existing.value(0).toString(), existing.value(1).toLongLong());
    return {};
}

Result<qint64> BulkCustomerWriter::tagId(const QString &name, const QString &now)
{
    if (auto it = m_tagIds.constFind(name); it != m_tagIds.constEnd())
        return *it;
    m_tag.bindValue(0, Database::nameUuid(QStringLiteral("tag"), name));
    m_tag.bindValue(1, name);
    m_tag.bindValue(2, now);
    m_tag.bindValue(3, now);
    if (!m_tag.exec())
        return sqlError(m_tag, tr("Adding the tag \"%1\"").arg(name));
    const qint64 id = m_tag.lastInsertId().toLongLong();
    m_tagIds.insert(name, id);
    return id;
}

Status BulkCustomerWriter::addPoint(
    qint64 customerId, const QVariant &contactId, const QString &kind, const QString &value, int position)
{
    m_point.bindValue(0, customerId);
    m_point.bindValue(1, contactId);
    m_point.bindValue(2, kind);
    m_point.bindValue(3, value);
    m_point.bindValue(4, kind == QLatin1String("phone") ? m_normalizePhone(value) : Emails::normalized(value));
    m_point.bindValue(5, position);
    if (!m_point.exec())
        return sqlError(m_point, tr("Adding phones and emails"));
    return {};
}

QString BulkCustomerWriter::searchText(const Customer &customer, const QList<Contact> &contacts) const
{
    QStringList parts { customer.name };
    for (const QString &phone : customer.phones)
        parts << SearchText::phoneSearchText(phone, m_normalizePhone(phone));
    parts << customer.emails;
    for (const Contact &contact : contacts) {
        parts << contact.name;
        for (const QString &phone : contact.phones)
            parts << SearchText::phoneSearchText(phone, m_normalizePhone(phone));
        parts << contact.email;
    }
    parts.removeAll(QString());
    return SearchText::fold(parts.join(QStringLiteral(" | ")));
}

Result<qint64> BulkCustomerWriter::add(
    const Customer &customer, const QList<Contact> &contacts, const QList<Note> &notes)
{
    Q_ASSERT(m_active);
    const QString &now = m_now;
    const QString created = stamp(customer.createdAt, now);
    const QVariantList values { customer.uuid.isEmpty() ? Database::newUuid() : customer.uuid, toString(customer.kind),
        customer.name, customer.industry, customer.province, customer.city, customer.address, customer.website,
        customer.source, customer.ownerId > 0 ? QVariant(customer.ownerId) : QVariant(QMetaType(QMetaType::LongLong)),
        customer.tier, toString(customer.stage), customer.notes, searchText(customer, contacts), created,
        stamp(customer.updatedAt, created) };
    for (int i = 0; i < values.size(); ++i)
        m_customer.bindValue(
            i, values[i].typeId() == QMetaType::QString ? SqlHelpers::text(values[i].toString()) : values[i]);
    if (!m_customer.exec())
        return sqlError(m_customer, tr("Adding the customer \"%1\"").arg(customer.name));
    const qint64 id = m_customer.lastInsertId().toLongLong();

    const QVariant noContact(QMetaType(QMetaType::LongLong));
    for (int i = 0; i < customer.phones.size(); ++i) {
        if (Status status = addPoint(id, noContact, QStringLiteral("phone"), customer.phones[i], i); !status)
            return status.error();
    }
    for (int i = 0; i < customer.emails.size(); ++i) {
        if (Status status = addPoint(id, noContact, QStringLiteral("email"), customer.emails[i], i); !status)
            return status.error();
    }
    for (const QString &tag : customer.tags) {
        auto tid = tagId(tag, now);
        if (!tid)
            return tid.error();
        m_customerTag.bindValue(0, id);
        m_customerTag.bindValue(1, tid.value());
        if (!m_customerTag.exec())
            return sqlError(m_customerTag, tr("Adding tags"));
    }
    for (const Contact &contact : contacts) {
        const QVariantList contactValues { contact.uuid.isEmpty() ? Database::newUuid() : contact.uuid, id,
            contact.name, contact.title, SqlHelpers::fromDate(contact.birthday), contact.notes, contact.primary ? 1 : 0,
            stamp(contact.createdAt, created), stamp(contact.updatedAt, created) };
        for (int i = 0; i < contactValues.size(); ++i)
            m_contact.bindValue(i,
                contactValues[i].typeId() == QMetaType::QString && i != 4
                    ? SqlHelpers::text(contactValues[i].toString())
                    : contactValues[i]);
        if (!m_contact.exec())
            return sqlError(m_contact, tr("Adding the contact \"%1\"").arg(contact.name));
        const qint64 contactId = m_contact.lastInsertId().toLongLong();
        for (int i = 0; i < contact.phones.size(); ++i) {
            if (Status status = addPoint(id, contactId, QStringLiteral("phone"), contact.phones[i], i); !status)
                return status.error();
        }
        if (!contact.email.isEmpty()) {
            if (Status status = addPoint(id, contactId, QStringLiteral("email"), contact.email, 0); !status)
                return status.error();
        }
    }
    for (const Note &note : notes) {
        const QString at = stamp(note.happenedAt, now);
        const QVariantList noteValues { note.uuid.isEmpty() ? Database::newUuid() : note.uuid, id, at, note.body,
            note.author, at, at };
        for (int i = 0; i < noteValues.size(); ++i)
            m_note.bindValue(i,
                noteValues[i].typeId() == QMetaType::QString ? SqlHelpers::text(noteValues[i].toString())
                                                             : noteValues[i]);
        if (!m_note.exec())
            return sqlError(m_note, tr("Adding a note"));
    }
    return id;
}

// Into an empty book, building each index once at the end is several times faster than keeping a dozen
// indexes up to date row by row. The indexes are dropped and created again inside the same transaction.
Status BulkCustomerWriter::deferIndexes()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM customers")) || !query.next())
        return sqlError(query, tr("Preparing the import"));
    if (query.value(0).toLongLong() > 0)
        return {};
    query.finish();
    if (!query.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                           "tbl_name IN ('customers', 'contacts', 'contact_points', 'notes', 'customer_tags')")))
        return sqlError(query, tr("Preparing the import"));
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
        m_deferredIndexes << query.value(1).toString();
    }
    query.finish();
    for (const QString &name : names) {
        // Index names come from the schema itself, never from input.
        if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return sqlError(query, tr("Preparing the import"));
    }
    return {};
}

Status BulkCustomerWriter::restoreIndexes()
{
    QSqlQuery query(m_db);
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!query.exec(sql))
            return sqlError(query, tr("Saving the import"));
    }
    m_deferredIndexes.clear();
    return {};
}

Status BulkCustomerWriter::commit()
{
    Q_ASSERT(m_active);
    if (Status status = restoreIndexes(); !status)
        return status;
    if (Status status = m_index->rebuild(); !status)
        return status;
    if (!m_db.commit())
        return sqlError(m_db.lastError(), tr("Saving the import"));
    m_active = false;
    return {};
}

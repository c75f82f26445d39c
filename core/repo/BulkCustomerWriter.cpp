#include "BulkCustomerWriter.h"
#include "db/BulkStatement.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/PhoneNumbers.h"
#include "search/NameOrder.h"
#include "search/SearchIndex.h"
#include "search/SearchText.h"

#include <QSqlQuery>

namespace {

// What SQLite's lower() makes of a text: A to Z in small letters, nothing else changed.
QString asciiLower(QString text)
{
    for (QChar &c : text) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return text;
}

QString stamp(const QDateTime &at, const QString &fallback)
{
    return at.isValid() ? Database::timestamp(at) : fallback;
}
} // namespace

BulkCustomerWriter::BulkCustomerWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_index(SearchIndex::create(m_db)), m_normalizePhone(&PhoneNumbers::normalizedOrDigits)
{
}

BulkCustomerWriter::~BulkCustomerWriter()
{
    m_index->endBulk(); // after a commit, finishBulk() ended it; else the load is given up
    // The statements go first: they belong to the connection and must not outlive what they were prepared in.
    m_customer.reset();
    m_contact.reset();
    m_point.reset();
    m_tag.reset();
    m_customerTag.reset();
    m_note.reset();
}

Status BulkCustomerWriter::fail(const BulkStatement &statement, const QString &doing) const
{
    return Error(QCoreApplication::translate("SqlError", "%1 failed: %2").arg(doing, statement.errorText()));
}

Status BulkCustomerWriter::begin()
{
    Q_ASSERT(!m_transaction);
    m_transaction = std::make_unique<Transaction>(m_db);
    if (Status status = m_transaction->begin(); !status)
        return status;
    m_index->beginBulk();
    m_now = Database::nowTimestamp();
    m_nameOrder = std::make_unique<NameOrder>(NameOrder::ofBook(m_db));
    if (Status status = deferIndexes(); !status)
        return status;
    const QList<std::pair<std::unique_ptr<BulkStatement> *, QString>> statements {
        { &m_customer,
            QStringLiteral(
                "INSERT INTO customers (uuid, kind, name, industry, province, city, address, website, source, "
                "owner_id, tier, stage, notes, search_text, created_at, updated_at, sort_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") },
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
    for (const auto &[statement, sql] : statements) {
        Error error;
        *statement = BulkStatement::prepare(m_db, sql, &error);
        if (!*statement)
            return error;
    }
    QSqlQuery existing(m_db);
    if (!existing.exec(QStringLiteral("SELECT name, id FROM tags")))
        return sqlError(existing, tr("Preparing the import"));
    while (existing.next())
        m_tagIds.insert(asciiLower(existing.value(0).toString()), existing.value(1).toLongLong());
    return {};
}

Result<qint64> BulkCustomerWriter::tagId(const QString &name)
{
    // Whatever its letter case, as TagRepository (only what SQLite's lower() folds: A to Z).
    const QString key = asciiLower(name);
    if (auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return *it;
    // A tag the repositories added in this transaction since begin() (an import that updates customers as well).
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id FROM tags WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"));
    existing.addBindValue(name);
    if (!existing.exec())
        return sqlError(existing, tr("Adding the tag \"%1\"").arg(name));
    if (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        m_tagIds.insert(key, id);
        return id;
    }
    m_tag->bindText(0, Database::nameUuid(QStringLiteral("tag"), name));
    m_tag->bindText(1, name);
    m_tag->bindText(2, m_now);
    m_tag->bindText(3, m_now);
    if (!m_tag->exec())
        return fail(*m_tag, tr("Adding the tag \"%1\"").arg(name)).error();
    const qint64 id = m_tag->lastInsertId();
    m_tagIds.insert(key, id);
    return id;
}

Status BulkCustomerWriter::addPoint(qint64 customerId, qint64 contactId, const QString &kind, const QString &value,
                                    int position)
{
    m_point->bindInt(0, customerId);
    if (contactId > 0)
        m_point->bindInt(1, contactId);
    else
        m_point->bindNull(1);
    m_point->bindText(2, kind);
    m_point->bindText(3, value);
    m_point->bindText(4, kind == QLatin1String("phone") ? m_normalizePhone(value) : Emails::normalized(value));
    m_point->bindInt(5, position);
    if (!m_point->exec())
        return fail(*m_point, tr("Adding phones and emails"));
    return {};
}

BulkCustomerWriter::SearchTexts BulkCustomerWriter::searchTexts(const Customer &customer,
    const QList<Contact> &contacts, const std::function<QString(const QString &)> &normalizePhone)
{
    QStringList parts { customer.name };
    for (const QString &phone : customer.phones)
        parts << SearchText::phoneSearchText(phone, normalizePhone(phone));
    parts << customer.emails;
    for (const Contact &contact : contacts) {
        parts << contact.name;
        for (const QString &phone : contact.phones)
            parts << SearchText::phoneSearchText(phone, normalizePhone(phone));
        parts << contact.email;
    }
    parts.removeAll(QString());
    SearchTexts texts;
    texts.folded = SearchText::fold(parts.join(QStringLiteral(" | ")));
    texts.grams = SearchText::shortGramText(texts.folded);
    return texts;
}

Result<qint64> BulkCustomerWriter::add(
    const Customer &customer, const QList<Contact> &contacts, const QList<Note> &notes, const SearchTexts *texts)
{
    Q_ASSERT(m_transaction);
    const QString created = stamp(customer.createdAt, m_now);
    const SearchTexts made = texts ? SearchTexts() : searchTexts(customer, contacts, m_normalizePhone);
    const QString &folded = texts ? texts->folded : made.folded;
    BulkStatement &row = *m_customer;
    row.bindText(0, customer.uuid.isEmpty() ? Database::newUuid() : customer.uuid);
    row.bindText(1, toString(customer.kind));
    row.bindText(2, customer.name);
    row.bindText(3, customer.industry);
    row.bindText(4, customer.province);
    row.bindText(5, customer.city);
    row.bindText(6, customer.address);
    row.bindText(7, customer.website);
    row.bindText(8, customer.source);
    if (customer.ownerId > 0)
        row.bindInt(9, customer.ownerId);
    else
        row.bindNull(9);
    row.bindText(10, customer.tier);
    row.bindText(11, toString(customer.stage));
    row.bindText(12, customer.notes);
    row.bindText(13, folded);
    row.bindText(14, created);
    row.bindText(15, stamp(customer.updatedAt, created));
    row.bindBlob(16,
        m_nameOrder->key(customer.name,
            customer.kind == CustomerKind::Individual ? NameOrder::Holder::Person : NameOrder::Holder::Company));
    if (!row.exec())
        return fail(row, tr("Adding the customer \"%1\"").arg(customer.name)).error();
    const qint64 id = row.lastInsertId();
    if (Status status = m_index->addNew(id, folded, texts ? texts->grams : made.grams); !status)
        return status.error();

    for (int i = 0; i < customer.phones.size(); ++i) {
        if (Status status = addPoint(id, 0, QStringLiteral("phone"), customer.phones[i], i); !status)
            return status.error();
    }
    for (int i = 0; i < customer.emails.size(); ++i) {
        if (Status status = addPoint(id, 0, QStringLiteral("email"), customer.emails[i], i); !status)
            return status.error();
    }
    for (const QString &tag : customer.tags) {
        auto tid = tagId(tag);
        if (!tid)
            return tid.error();
        m_customerTag->bindInt(0, id);
        m_customerTag->bindInt(1, tid.value());
        if (!m_customerTag->exec())
            return fail(*m_customerTag, tr("Adding tags")).error();
    }
    for (const Contact &contact : contacts) {
        if (auto contactId = addContact(id, contact, created); !contactId)
            return contactId.error();
    }
    for (const Note &note : notes) {
        const QString at = stamp(note.happenedAt, m_now);
        m_note->bindText(0, note.uuid.isEmpty() ? Database::newUuid() : note.uuid);
        m_note->bindInt(1, id);
        m_note->bindText(2, at);
        m_note->bindText(3, note.body);
        m_note->bindText(4, note.author);
        m_note->bindText(5, at);
        m_note->bindText(6, at);
        if (!m_note->exec())
            return fail(*m_note, tr("Adding a note")).error();
    }
    return id;
}

Result<qint64> BulkCustomerWriter::addContact(qint64 customerId, const Contact &contact, const QString &created)
{
    m_contact->bindText(0, contact.uuid.isEmpty() ? Database::newUuid() : contact.uuid);
    m_contact->bindInt(1, customerId);
    m_contact->bindText(2, contact.name);
    m_contact->bindText(3, contact.title);
    if (contact.birthday.isValid())
        m_contact->bindText(4, contact.birthday.toString(Qt::ISODate));
    else
        m_contact->bindNull(4);
    m_contact->bindText(5, contact.notes);
    m_contact->bindInt(6, contact.primary ? 1 : 0);
    m_contact->bindText(7, stamp(contact.createdAt, created));
    m_contact->bindText(8, stamp(contact.updatedAt, created));
    if (!m_contact->exec())
        return fail(*m_contact, tr("Adding the contact \"%1\"").arg(contact.name)).error();
    const qint64 contactId = m_contact->lastInsertId();
    for (int i = 0; i < contact.phones.size(); ++i) {
        if (Status status = addPoint(customerId, contactId, QStringLiteral("phone"), contact.phones[i], i); !status)
            return status.error();
    }
    if (!contact.email.isEmpty()) {
        if (Status status = addPoint(customerId, contactId, QStringLiteral("email"), contact.email, 0); !status)
            return status.error();
    }
    return contactId;
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
    // The trash's partial indexes (WHERE deleted_at IS NOT NULL) stay: no new row enters them, and building one
    // again would read the whole table for nothing (a second of a million-customer import).
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                                   "tbl_name IN ('customers', 'contacts', 'contact_points', 'notes', 'customer_tags') "
                                   "AND sql NOT LIKE '%WHERE deleted_at IS NOT NULL'")))
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
    Q_ASSERT(m_transaction);
    m_customer.reset(); // finalised before the schema changes below
    m_contact.reset();
    m_point.reset();
    m_tag.reset();
    m_customerTag.reset();
    m_note.reset();
    // Sorting for CREATE INDEX and the FTS build may use a second core.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA threads = 2"));
    if (Status status = restoreIndexes(); !status)
        return status;
    if (Status status = m_index->finishBulk(); !status)
        return status;
    Status status = m_transaction->commit();
    m_transaction.reset();
    return status;
}

#include "CustomerRepository.h"
#include "ActivityRepository.h"
#include "SqlHelpers.h"
#include "StoredPhones.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/RowReader.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/PhoneNumbers.h"
#include "search/NameOrder.h"
#include "search/SearchIndex.h"
#include "search/SearchText.h"
#include "services/CustomerMerger.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlQuery>

#include <QVarLengthArray>

#include <algorithm>
#include <map>
#include <string_view>

using namespace SqlHelpers;

namespace {

const QString kRowColumns = QStringLiteral(
        "c.id, c.kind, c.name, c.industry, c.province, c.city, c.owner_id, o.name, c.tier, c.stage, c.source, "
        "c.created_at, c.updated_at, c.deleted_at");
// The same columns, the times left null.
const QString kRowColumnsWithoutTimes
    = QString(kRowColumns)
          .replace(QStringLiteral("c.created_at, c.updated_at, c.deleted_at"), QStringLiteral("NULL, NULL, NULL"));
const QString kRowFrom = QStringLiteral("FROM customers c LEFT JOIN owners o ON o.id = c.owner_id");

// The sort expression; each has an index (column, id) in 0001_init.sql.
QString sortExpression(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return QStringLiteral("c.sort_key"); // the name's collation key (search/NameOrder)
    case CustomerSort::Kind:
        return QStringLiteral("c.kind");
    case CustomerSort::Industry:
        return QStringLiteral("c.industry");
    case CustomerSort::Province:
        return QStringLiteral("c.province");
    case CustomerSort::City:
        return QStringLiteral("c.city");
    case CustomerSort::Owner:
        return QStringLiteral("COALESCE(c.owner_id, 0)");
    case CustomerSort::Tier:
        return QStringLiteral("c.tier");
    case CustomerSort::Stage:
        return QStringLiteral("c.stage");
    case CustomerSort::Source:
        return QStringLiteral("c.source");
    case CustomerSort::Created:
        return QStringLiteral("c.created_at");
    case CustomerSort::Updated:
        return QStringLiteral("c.updated_at");
    }
    return QStringLiteral("c.sort_key");
}

// The value of the sort expression for a row, as stored.
QVariant sortValue(CustomerSort sort, const CustomerRow &row)
{
    switch (sort) {
    case CustomerSort::Name:
        return row.sortKey;
    case CustomerSort::Kind:
        return toString(row.kind);
    case CustomerSort::Industry:
        return row.industry;
    case CustomerSort::Province:
        return row.province;
    case CustomerSort::City:
        return row.city;
    case CustomerSort::Owner:
        return row.ownerId;
    case CustomerSort::Tier:
        return row.tier;
    case CustomerSort::Stage:
        return toString(row.stage);
    case CustomerSort::Source:
        return row.source;
    case CustomerSort::Created:
        return Database::timestamp(row.createdAt);
    case CustomerSort::Updated:
        return Database::timestamp(row.updatedAt);
    }
    return row.sortKey;
}

CustomerRow readRow(const QSqlQuery &query)
{
    CustomerRow row;
    row.id = query.value(0).toLongLong();
    row.kind = customerKindFromString(query.value(1).toString()).value_or(CustomerKind::Company);
    row.name = query.value(2).toString();
    row.industry = query.value(3).toString();
    row.province = query.value(4).toString();
    row.city = query.value(5).toString();
    row.ownerId = query.value(6).toLongLong();
    row.ownerName = query.value(7).toString();
    row.tier = query.value(8).toString();
    row.stage = lifecycleStageFromString(query.value(9).toString()).value_or(LifecycleStage::Lead);
    row.source = query.value(10).toString();
    row.createdAt = toDateTime(query.value(11));
    row.updatedAt = toDateTime(query.value(12));
    row.deletedAt = toDateTime(query.value(13));
    return row;
}

QString textAt(RowReader &reader, int column)
{
    return QString::fromUtf8(reader.utf8(column));
}

CustomerRow readRow(RowReader &reader)
{
    CustomerRow row;
    row.id = reader.integer(0);
    row.kind = customerKindFromString(reader.sharedText(1)).value_or(CustomerKind::Company);
    row.name = textAt(reader, 2);
    row.industry = reader.sharedText(3);
    row.province = reader.sharedText(4);
    row.city = reader.sharedText(5);
    row.ownerId = reader.integer(6);
    row.ownerName = reader.sharedText(7);
    row.tier = reader.sharedText(8);
    row.stage = lifecycleStageFromString(reader.sharedText(9)).value_or(LifecycleStage::Lead);
    row.source = reader.sharedText(10);
    if (!reader.isNull(11))
        row.createdAt = Database::parseTimestamp(reader.utf8(11));
    if (!reader.isNull(12))
        row.updatedAt = Database::parseTimestamp(reader.utf8(12));
    if (!reader.isNull(13))
        row.deletedAt = Database::parseTimestamp(reader.utf8(13));
    return row;
}

// "3,7" (tag ids) as "Key account, VIP": the names in the order SQLite's BINARY collation gives (UTF-8 bytes).
QString joinedTagNames(QByteArrayView ids, const std::unordered_map<qint64, QByteArray> &names)
{
    if (ids.isEmpty())
        return {};
    QVarLengthArray<QByteArrayView, 8> parts;
    qsizetype start = 0;
    while (start <= ids.size()) {
        qsizetype end = start;
        while (end < ids.size() && ids[end] != ',')
            ++end;
        bool ok = false;
        const qint64 tagId = ids.sliced(start, end - start).toLongLong(&ok);
        if (auto it = names.find(tagId); ok && it != names.end())
            parts << QByteArrayView(it->second);
        start = end + 1;
    }
    std::sort(parts.begin(), parts.end(), [](QByteArrayView a, QByteArrayView b) {
        return std::string_view(a.data(), size_t(a.size())) < std::string_view(b.data(), size_t(b.size()));
    });
    QString joined;
    for (QByteArrayView part : parts) {
        if (!joined.isEmpty())
            joined += QStringLiteral(", ");
        joined += QString::fromUtf8(part);
    }
    return joined;
}

QVariant ownerValue(qint64 ownerId)
{
    return ownerId > 0 ? QVariant(ownerId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

CustomerRepository::CustomerRepository(QSqlDatabase db) : m_db(std::move(db)), m_index(SearchIndex::create(m_db)) { }

CustomerRepository::~CustomerRepository() = default;

Result<qint64> CustomerRepository::create(const Customer &customer)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO customers (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(customer.uuid.isEmpty() ? Database::newUuid() : customer.uuid);
    query.addBindValue(text(customer.name));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Creating the customer"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = writeCustomer(customer, id); !status)
        return status.error();
    if (Status status = audit(AuditEntry::Action::Create, { id }, AuditLog::diff({}, AuditLog::fields(customer)));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status CustomerRepository::update(const Customer &customer)
{
    Q_ASSERT(customer.id > 0);
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE customers SET updated_at = ? WHERE id = ?"));
    query.addBindValue(Database::nowTimestamp());
    query.addBindValue(customer.id);
    if (!query.exec())
        return sqlError(query, tr("Saving the customer"));
    if (query.numRowsAffected() != 1)
        return Error { tr("The customer no longer exists.") };
    // Read after the timestamp update (which the audited fields do not include), before the fields change.
    auto before = find(customer.id);
    if (!before)
        return before.error();
    if (Status status = writeCustomer(customer, customer.id); !status)
        return status;
    QJsonObject changes = AuditLog::diff(AuditLog::fields(before.value()), AuditLog::fields(customer));
    if (StoredPhones::sameNumbers(before.value().phones, customer.phones))
        changes.remove(QStringLiteral("phones")); // only their format differs, and they stay as stored
    if (!changes.isEmpty()) {
        if (Status status = audit(AuditEntry::Action::Update, { customer.id }, changes); !status)
            return status;
    }
    return transaction.commit();
}

Status CustomerRepository::writeCustomer(const Customer &customer, qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE customers SET kind = ?, name = ?, sort_key = ?, industry = ?, province = ?, "
                                 "city = ?, address = ?, website = ?, source = ?, owner_id = ?, tier = ?, stage = ?, "
                                 "notes = ? WHERE id = ?"));
    if (!m_nameOrder)
        m_nameOrder = std::make_unique<NameOrder>(NameOrder::ofBook(m_db));
    query.addBindValue(toString(customer.kind));
    query.addBindValue(text(customer.name.trimmed()));
    query.addBindValue(m_nameOrder->key(customer.name.trimmed(),
        customer.kind == CustomerKind::Individual ? NameOrder::Holder::Person : NameOrder::Holder::Company));
    query.addBindValue(text(customer.industry.trimmed()));
    query.addBindValue(text(customer.province.trimmed()));
    query.addBindValue(text(customer.city.trimmed()));
    query.addBindValue(text(customer.address.trimmed()));
    query.addBindValue(text(customer.website.trimmed()));
    query.addBindValue(text(customer.source.trimmed()));
    query.addBindValue(ownerValue(customer.ownerId));
    query.addBindValue(text(customer.tier));
    query.addBindValue(toString(customer.stage));
    query.addBindValue(text(customer.notes));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Saving the customer"));
    if (Status status = writeContactPoints(id, customer); !status)
        return status;
    if (Status status = writeTags(id, customer.tags); !status)
        return status;
    return refreshSearchText(id);
}

Status CustomerRepository::writeContactPoints(qint64 customerId, const Customer &customer)
{
    auto stored = StoredPhones::read(m_db, customerId, 0);
    if (!stored)
        return stored.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM contact_points WHERE customer_id = ? AND contact_id IS NULL"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Saving phones and emails"));
    query.prepare(QStringLiteral("INSERT INTO contact_points (customer_id, kind, value, normalized, position) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    auto insert = [&](const QString &kind, const QString &value, const QString &normalized, int position) {
        query.addBindValue(customerId);
        query.addBindValue(kind);
        query.addBindValue(text(value.trimmed()));
        query.addBindValue(text(normalized));
        query.addBindValue(position);
        return query.exec();
    };
    for (int i = 0; i < customer.phones.size(); ++i) {
        const QString phone = StoredPhones::keptForm(customer.phones[i], stored.value());
        if (!insert(QStringLiteral("phone"), phone, PhoneNumbers::normalizedOrDigits(customer.phones[i]), i))
            return sqlError(query, tr("Saving phones and emails"));
    }
    for (int i = 0; i < customer.emails.size(); ++i) {
        if (!insert(QStringLiteral("email"), Emails::cleaned(customer.emails[i]),
                Emails::normalized(customer.emails[i]), i))
            return sqlError(query, tr("Saving phones and emails"));
    }
    return {};
}

Status CustomerRepository::writeTags(qint64 customerId, const QStringList &tags)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Saving tags"));
    QSqlQuery find(m_db);
    // A tag is the same whatever its letter case ("vip" is "VIP"): the first spelling stays.
    find.prepare(QStringLiteral("SELECT id FROM tags WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"));
    QSqlQuery create(m_db);
    create.prepare(QStringLiteral("INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    query.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)"));
    QStringList unique;
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty() && !unique.contains(tag.trimmed(), Qt::CaseInsensitive))
            unique << tag.trimmed();
    }
    for (const QString &tag : unique) {
        find.addBindValue(tag);
        if (!find.exec())
            return sqlError(find, tr("Saving tags"));
        qint64 tagId = 0;
        if (find.next()) {
            tagId = find.value(0).toLongLong();
        } else {
            const QString now = Database::nowTimestamp();
            create.addBindValue(Database::nameUuid(QStringLiteral("tag"), tag));
            create.addBindValue(tag);
            create.addBindValue(now);
            create.addBindValue(now);
            if (!create.exec())
                return sqlError(create, tr("Saving tags"));
            tagId = create.lastInsertId().toLongLong();
        }
        find.finish();
        query.addBindValue(customerId);
        query.addBindValue(tagId);
        if (!query.exec())
            return sqlError(query, tr("Saving tags"));
    }
    return {};
}

Status CustomerRepository::refreshSearchText(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT 'name', name, '' FROM customers WHERE id = ? "
        "UNION ALL SELECT 'name', name, '' FROM contacts WHERE customer_id = ? AND deleted_at IS NULL "
        // EXISTS looks the one contact up; "contact_id IN (SELECT id FROM contacts ...)" listed every contact
        // of the book for each customer saved (a second per thousand rows of an import joining companies).
        "UNION ALL SELECT p.kind, p.value, p.normalized FROM contact_points p WHERE p.customer_id = ? AND ("
        "p.contact_id IS NULL OR EXISTS (SELECT 1 FROM contacts k WHERE k.id = p.contact_id "
        "AND k.deleted_at IS NULL))"));
    query.addBindValue(customerId);
    query.addBindValue(customerId);
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Updating the search index"));
    QStringList parts;
    while (query.next()) {
        const QString value = query.value(1).toString();
        // Phones are searched by their digits: a phone-like query ("138-0013") is folded to digits too.
        parts << (query.value(0).toString() == QLatin1String("phone")
                          ? SearchText::phoneSearchText(value, query.value(2).toString())
                          : value);
    }
    // A separator no query contains keeps "abc" + "def" from matching "cd".
    return m_index->put(customerId, SearchText::fold(parts.join(QStringLiteral(" | "))));
}

Result<Customer> CustomerRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT c.uuid, c.kind, c.name, c.industry, c.province, c.city, c.address, "
                                 "c.website, c.source, c.owner_id, o.name, c.tier, c.stage, c.notes, c.created_at, "
                                 "c.updated_at, c.deleted_at ")
                  + kRowFrom + QStringLiteral(" WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the customer"));
    if (!query.next())
        return Error { tr("There is no customer with id %1.").arg(id) };
    Customer customer;
    customer.id = id;
    customer.uuid = query.value(0).toString();
    customer.kind = customerKindFromString(query.value(1).toString()).value_or(CustomerKind::Company);
    customer.name = query.value(2).toString();
    customer.industry = query.value(3).toString();
    customer.province = query.value(4).toString();
    customer.city = query.value(5).toString();
    customer.address = query.value(6).toString();
    customer.website = query.value(7).toString();
    customer.source = query.value(8).toString();
    customer.ownerId = query.value(9).toLongLong();
    customer.ownerName = query.value(10).toString();
    customer.tier = query.value(11).toString();
    customer.stage = lifecycleStageFromString(query.value(12).toString()).value_or(LifecycleStage::Lead);
    customer.notes = query.value(13).toString();
    customer.createdAt = toDateTime(query.value(14));
    customer.updatedAt = toDateTime(query.value(15));
    customer.deletedAt = toDateTime(query.value(16));

    query.prepare(QStringLiteral("SELECT kind, value, normalized FROM contact_points WHERE customer_id = ? AND "
                                 "contact_id IS NULL ORDER BY kind, position"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the customer"));
    while (query.next()) {
        // A phone is read so that saving the customer again keeps the same number in this user's region.
        if (query.value(0).toString() == QLatin1String("phone"))
            customer.phones << PhoneNumbers::readableHere(query.value(1).toString(), query.value(2).toString());
        else
            customer.emails << query.value(1).toString();
    }
    query.prepare(QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE ct.customer_id = ? ORDER BY t.name"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the customer"));
    while (query.next())
        customer.tags << query.value(0).toString();
    return customer;
}

Status CustomerRepository::filterClause(const CustomerQuery &filter, QStringList &where, QVariantList &binds) const
{
    where << (filter.trash ? QStringLiteral("c.deleted_at IS NOT NULL") : QStringLiteral("c.deleted_at IS NULL"));
    if (filter.ownerId > 0) {
        where << QStringLiteral("c.owner_id = ?");
        binds << filter.ownerId;
    }
    if (!filter.tier.isEmpty()) {
        where << QStringLiteral("c.tier = ?");
        binds << filter.tier;
    }
    if (filter.stage) {
        where << QStringLiteral("c.stage = ?");
        binds << toString(*filter.stage);
    }
    if (!filter.province.isEmpty()) {
        where << QStringLiteral("c.province = ?");
        binds << filter.province;
    }
    if (filter.withMarketingConsent)
        where << QStringLiteral("EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id AND k.deleted_at IS NULL "
                                "AND k.marketing_consent = 1)");
    if (filter.tagId > 0) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND ct.tag_id = ?)");
        binds << filter.tagId;
    }
    const QString digits = SearchText::phoneDigits(filter.search);
    const QString folded = digits.size() >= 2 ? digits : SearchText::fold(filter.search);
    if (!folded.isEmpty()) {
        auto clause = m_index->clause(folded);
        if (!clause)
            return clause.error();
        where << clause.value().sql;
        binds << clause.value().binds;
    }
    return {};
}

Status CustomerRepository::forEachRow(const CustomerQuery &filter,
    const std::function<bool(const CustomerRow &)> &visit, Timestamps timestamps, PhoneForm phones) const
{
    return readRows(filter, timestamps, false, phones,
        [&visit](const CustomerRow &row, const CustomerRowDetails &) { return visit(row); });
}

Status CustomerRepository::forEachRowWithDetails(const CustomerQuery &filter,
    const std::function<bool(const CustomerRow &, const CustomerRowDetails &)> &visit, Timestamps timestamps,
    PhoneForm phones) const
{
    return readRows(filter, timestamps, true, phones, visit);
}

Status CustomerRepository::readRows(const CustomerQuery &filter, Timestamps timestamps, bool details, PhoneForm phones,
    const std::function<bool(const CustomerRow &, const CustomerRowDetails &)> &visit) const
{
    const bool international = phones == PhoneForm::International;
    const QString phone = international ? phonePair(QStringLiteral("p")) : exportedContactPoint(QStringLiteral("p"));
    QStringList where;
    QVariantList binds;
    if (Status status = filterClause(filter, where, binds); !status)
        return status;
    auto tagNames = tagNamesById();
    if (!tagNames)
        return tagNames.error();
    // The first phone and email come from the covering index contact_points_by_owner; the tags as their ids in
    // key order (no sort per row), named and sorted here from the small tags table.
    // Rows are read in storage order and sorted, not read in the order of the sort column's index: following an
    // index through the whole table jumps from page to page (18-27 s for a million customers against about 5 s;
    // docs/PERFORMANCE.md, session 19). The unary + keeps the sort's index out of the ORDER BY; the filters'
    // indexes stay usable, but with no filter to narrow the rows, any index scan (the planner likes the partial
    // ones) would jump the same way, so the table is read as it lies.
    // NOT INDEXED and the pragma below are SQLite's; other servers plan this themselves (DESIGN.md: portable SQL).
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    const bool everyListedCustomer = sqlite && !filter.trash && where.size() == 1;
    const QString from = everyListedCustomer
        ? QString(kRowFrom).replace(QStringLiteral("customers c"), QStringLiteral("customers c NOT INDEXED"))
        : kRowFrom;
    // Phones of another region than the user's in E.164, so that they import back as what they are.
    const QString firstPoint
        = QStringLiteral("(SELECT %2 FROM contact_points p WHERE p.customer_id = c.id AND p.contact_id IS NULL "
                         "AND p.kind = '%1' AND p.position = 0)");
    const QString tagIds = orderedTextAggregate(
            m_db, QStringLiteral("CAST(ct.tag_id AS TEXT)"),
            QStringLiteral("FROM customer_tags ct WHERE ct.customer_id = c.id"), QStringLiteral("ct.tag_id"),
            QStringLiteral(","));
    // The phones and emails after the first, in their order.
    const auto laterPoints = [this, &phone](const QString &kind) {
        return orderedTextAggregate(m_db, kind == QLatin1String("phone") ? phone : QStringLiteral("p.value"),
            QStringLiteral("FROM contact_points p WHERE p.customer_id = c.id AND p.contact_id IS NULL "
                           "AND p.kind = '%1' AND p.position > 0")
                .arg(kind),
            QStringLiteral("p.position"), QStringLiteral("; "));
    };
    const QString detailColumns = details
        ? QStringLiteral(", c.address, c.website, c.notes, %1, %2")
              .arg(laterPoints(QStringLiteral("phone")), laterPoints(QStringLiteral("email")))
        : QString();
    const QString direction = filter.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql
        = QStringLiteral("SELECT %1, %2, %3, %4%9 %5 WHERE %6 ORDER BY +%7 %8, c.id %8")
              .arg(timestamps == Timestamps::Read ? kRowColumns : kRowColumnsWithoutTimes,
                  firstPoint.arg(QStringLiteral("phone"), phone),
                  firstPoint.arg(QStringLiteral("email"), QStringLiteral("p.value")), tagIds, from,
                  where.join(QStringLiteral(" AND ")), sortExpression(filter.sort), direction, detailColumns);
    // One helper thread sorts the sorter's runs while this one reads the table (a million rows: 4.2 s against
    // 5.1 s in the sqlite3 shell, for 33 MB more); set for this statement only.
    if (sqlite)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA threads = 1"));
    const auto singleThreaded = qScopeGuard([this, sqlite] {
        if (sqlite)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA threads = 0"));
    });
    Error error;
    std::unique_ptr<RowReader> reader = RowReader::open(m_db, sql, binds, &error);
    if (!reader)
        return Error(QCoreApplication::translate("SqlError", "%1 failed: %2").arg(tr("Listing customers"), error.message));
    const int points = int(kRowColumns.count(QLatin1Char(','))) + 1;
    CustomerRowDetails more;
    while (reader->next()) {
        CustomerRow row = readRow(*reader);
        row.phone = QString::fromUtf8(reader->utf8(points));
        if (international)
            row.phone = internationalPhones(row.phone);
        row.email = QString::fromUtf8(reader->utf8(points + 1));
        row.tags = joinedTagNames(reader->utf8(points + 2), tagNames.value());
        if (details) {
            more.address = QString::fromUtf8(reader->utf8(points + 3));
            more.website = QString::fromUtf8(reader->utf8(points + 4));
            more.notes = QString::fromUtf8(reader->utf8(points + 5));
            more.otherPhones = QString::fromUtf8(reader->utf8(points + 6));
            if (international)
                more.otherPhones = internationalPhones(more.otherPhones);
            more.otherEmails = QString::fromUtf8(reader->utf8(points + 7));
        }
        if (!visit(row, more))
            return {};
    }
    if (const QString failure = reader->errorText(); !failure.isEmpty())
        return Error(QCoreApplication::translate("SqlError", "%1 failed: %2").arg(tr("Listing customers"), failure));
    return {};
}

Result<std::unordered_map<qint64, QByteArray>> CustomerRepository::tagNamesById() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM tags")))
        return sqlError(query, tr("Listing customers"));
    std::unordered_map<qint64, QByteArray> names;
    while (query.next())
        names.emplace(query.value(0).toLongLong(), query.value(1).toString().toUtf8());
    return names;
}

Result<qint64> CustomerRepository::count(const CustomerQuery &filter) const
{
    QStringList where;
    QVariantList binds;
    if (Status status = filterClause(filter, where, binds); !status)
        return status.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM customers c WHERE %1").arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Counting customers"));
    return query.value(0).toLongLong();
}

Result<QList<CustomerRow>> CustomerRepository::page(const CustomerQuery &filter,
                                                    const std::optional<CustomerRow> &after, int limit) const
{
    QStringList where;
    QVariantList binds;
    if (Status status = filterClause(filter, where, binds); !status)
        return status.error();
    const QString sortBy = sortExpression(filter.sort);
    const bool ascending = filter.order == Qt::AscendingOrder;
    if (after) {
        where << QStringLiteral("(%1, c.id) %2 (?, ?)").arg(sortBy, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        binds << sortValue(filter.sort, *after) << after->id;
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, c.sort_key %2 WHERE %3 ORDER BY %4 %5, c.id %5 LIMIT %6")
                      .arg(kRowColumns, kRowFrom, where.join(QStringLiteral(" AND ")), sortBy, direction)
                      .arg(limit));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Listing customers"));
    QList<CustomerRow> rows;
    const int sortKeyColumn = int(kRowColumns.count(QLatin1Char(','))) + 1;
    while (query.next()) {
        rows << readRow(query);
        rows.last().sortKey = query.value(sortKeyColumn).toByteArray();
    }
    if (Status status = fillDetails(rows); !status)
        return status.error();
    return rows;
}

// The first phone and email and the tags of a page of rows: two small queries instead of one per row.
Status CustomerRepository::fillDetails(QList<CustomerRow> &rows) const
{
    if (rows.isEmpty())
        return {};
    std::map<qint64, CustomerRow *> byId;
    QList<qint64> ids;
    for (CustomerRow &row : rows) {
        byId[row.id] = &row;
        ids << row.id;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT customer_id, kind, value, normalized FROM contact_points WHERE contact_id "
                                 "IS NULL AND position = 0 AND customer_id IN (%1)")
                      .arg(placeholders(ids.size())));
    bindAll(query, ids);
    if (!query.exec())
        return sqlError(query, tr("Listing customers"));
    while (query.next()) {
        CustomerRow *row = byId[query.value(0).toLongLong()];
        // A number of another country shows its country code, as in the customer's file: "(212) 574-4279" alone
        // reads as a local number to a user in China.
        if (query.value(1).toString() == QLatin1String("phone"))
            row->phone = PhoneNumbers::readableHere(query.value(2).toString(), query.value(3).toString());
        else
            row->email = query.value(2).toString();
    }
    query.prepare(QStringLiteral("SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE ct.customer_id IN (%1) ORDER BY ct.customer_id, t.name")
                          .arg(placeholders(ids.size())));
    bindAll(query, ids);
    if (!query.exec())
        return sqlError(query, tr("Listing customers"));
    while (query.next()) {
        CustomerRow *row = byId[query.value(0).toLongLong()];
        row->tags += (row->tags.isEmpty() ? QString() : QStringLiteral(", ")) + query.value(1).toString();
    }
    return {};
}

Result<CustomerRow> CustomerRepository::row(qint64 id) const
{
    auto found = rows({ id });
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error { tr("There is no customer with id %1.").arg(id) };
    return found.value().first();
}

Result<QList<CustomerRow>> CustomerRepository::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<CustomerRow>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 %2 WHERE c.id IN (%3)").arg(kRowColumns, kRowFrom, placeholders(ids.size())));
    bindAll(query, ids);
    if (!query.exec())
        return sqlError(query, tr("Listing customers"));
    QHash<qint64, CustomerRow> byId;
    while (query.next()) {
        CustomerRow row = readRow(query);
        byId.insert(row.id, row);
    }
    QList<CustomerRow> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            ordered << *it;
    }
    if (Status status = fillDetails(ordered); !status)
        return status.error();
    return ordered;
}

Status CustomerRepository::setDeletedAt(const QList<qint64> &ids, const QVariant &deletedAt, const QString &doing,
    const QJsonObject &why, AuditEntry::Action action)
{
    if (ids.isEmpty())
        return {};
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    const Status changed = forEachPart(ids, [&](const QList<qint64> &part) -> Status {
        // Planned follow-ups go to the trash with their customer and come back with them.
        ActivityRepository activities(m_db);
        if (Status status = deletedAt.isNull() ? activities.followCustomersOutOfTrash(part)
                                               : activities.followCustomersToTrash(part, deletedAt.toString());
            !status)
            return status;
        QSqlQuery query(m_db);
        // One already in the trash keeps the time it went there: its follow-ups come back by that time.
        query.prepare(QStringLiteral("UPDATE customers SET deleted_at = ?, updated_at = ? WHERE id IN (%1)%2")
                          .arg(placeholders(part.size()),
                              deletedAt.isNull() ? QString() : QStringLiteral(" AND deleted_at IS NULL")));
        query.addBindValue(deletedAt);
        query.addBindValue(Database::nowTimestamp());
        bindAll(query, part);
        return query.exec() ? Status() : Status(sqlError(query, doing));
    });
    if (!changed)
        return changed;
    if (Status status = audit(action, ids, why); !status)
        return status;
    return transaction.commit();
}

Status CustomerRepository::moveToTrash(const QList<qint64> &ids, const QJsonObject &why)
{
    return setDeletedAt(
        ids, Database::nowTimestamp(), tr("Moving customers to the trash"), why, AuditEntry::Action::Delete);
}

Result<QList<qint64>> CustomerRepository::inList(const QList<qint64> &ids) const
{
    auto found = idsWhereIn(m_db, QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL AND id IN (%1)"),
        ids, tr("Listing customers"));
    if (!found)
        return found.error();
    const QSet<qint64> live(found.value().cbegin(), found.value().cend());
    QList<qint64> kept;
    for (qint64 id : ids) {
        if (live.contains(id))
            kept << id;
    }
    return kept;
}

Status CustomerRepository::restore(const QList<qint64> &ids)
{
    // A customer that went to the trash by being merged into another takes back what the merge moved.
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    // Only the ones a merge sent there have a merge to undo: asked in parts (SQLite's limit of bound values), not
    // one by one, so that bringing back a whole import of customers takes a moment, not minutes.
    auto merged = idsWhereIn(m_db,
        QStringLiteral("SELECT DISTINCT merged_id FROM customer_merges WHERE undone_at IS NULL AND deleted_at IS NULL "
                       "AND merged_id IN (%1)"),
        ids, tr("Restoring customers"));
    if (!merged)
        return merged.error();
    CustomerMerger merger(m_db);
    for (qint64 id : std::as_const(merged.value())) {
        if (auto undone = merger.unmerge(id); !undone)
            return undone.error();
    }
    if (Status status = setDeletedAt(
            ids, QVariant(QMetaType(QMetaType::QString)), tr("Restoring customers"), {}, AuditEntry::Action::Restore);
        !status)
        return status;
    return transaction.commit();
}

Result<QMap<QString, qint64>> CustomerRepository::businessRecords(const QList<qint64> &ids) const
{
    QMap<QString, qint64> counts;
    if (ids.isEmpty())
        return counts;
    QSqlQuery query(m_db);
    // Table names are fixed here, never from input.
    for (const QString &table : { QStringLiteral("orders"), QStringLiteral("quotes"), QStringLiteral("contracts"),
             QStringLiteral("complaints"), QStringLiteral("activities") }) {
        const Status counted = forEachPart(ids, [&](const QList<qint64> &part) -> Status {
            query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL AND customer_id IN (%2)")
                              .arg(table, placeholders(part.size())));
            bindAll(query, part);
            if (!query.exec() || !query.next())
                return sqlError(query, tr("Counting the customers' records"));
            if (const qint64 count = query.value(0).toLongLong(); count > 0)
                counts[table] += count;
            return {};
        });
        if (!counted)
            return counted.error();
    }
    return counts;
}

Status CustomerRepository::purge(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    // What goes with them, for the trail: the orders, contracts and complaints are deleted too.
    auto records = businessRecords(ids);
    if (!records)
        return records.error();
    for (qint64 id : ids) {
        if (Status status = m_index->remove(id); !status)
            return status;
    }
    QSqlQuery query(m_db);
    qint64 deletedRows = 0;
    const Status removed = forEachPart(ids, [&](const QList<qint64> &part) -> Status {
        query.prepare(QStringLiteral("DELETE FROM customers WHERE deleted_at IS NOT NULL AND id IN (%1)")
                          .arg(placeholders(part.size())));
        bindAll(query, part);
        if (!query.exec())
            return sqlError(query, tr("Deleting customers for good"));
        deletedRows += query.numRowsAffected();
        return {};
    });
    if (!removed)
        return removed;
    if (deletedRows != ids.size())
        return Error { tr("Only customers in the trash can be deleted for good.") };
    QJsonObject deleted; // {"orders_deleted": 3, ...}
    for (auto it = records.value().constBegin(); it != records.value().constEnd(); ++it)
        deleted.insert(it.key() + QStringLiteral("_deleted"), it.value());
    if (Status status = audit(AuditEntry::Action::Purge, ids, deleted); !status)
        return status;
    return transaction.commit();
}

Result<QList<CustomerRow>> CustomerRepository::findByContactPoint(const QString &kind, const QString &normalized) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 %2 WHERE c.deleted_at IS NULL AND c.id IN (SELECT p.customer_id FROM "
                                 "contact_points p LEFT JOIN contacts k ON k.id = p.contact_id WHERE p.kind = ? AND "
                                 "p.normalized = ? AND k.deleted_at IS NULL) ORDER BY c.name, c.id LIMIT 20")
                          .arg(kRowColumns, kRowFrom));
    query.addBindValue(kind);
    query.addBindValue(text(normalized));
    if (!query.exec())
        return sqlError(query, tr("Looking for duplicates"));
    QList<CustomerRow> rows;
    while (query.next())
        rows << readRow(query);
    if (Status status = fillDetails(rows); !status)
        return status.error();
    return rows;
}

Result<QList<CustomerRow>> CustomerRepository::searchCandidates(const QString &text, int limit) const
{
    CustomerQuery query;
    query.search = text;
    return page(query, std::nullopt, limit);
}

Status CustomerRepository::audit(AuditEntry::Action action, const QList<qint64> &ids, const QJsonObject &changes)
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("customer");
    entry.changes = changes;
    if (ids.size() == 1) {
        entry.entityId = ids.first();
        entry.customerId = ids.first();
    } else {
        // One entry for a bulk action: the ids it touched, under one batch id.
        entry.batchId = AuditLog::newBatchId();
        QJsonArray touched;
        for (qint64 id : ids)
            touched.append(id);
        entry.changes.insert(QStringLiteral("ids"), touched);
    }
    return AuditLog(m_db).record(entry);
}

#include "AuditLog.h"
#include "AuditDescriber.h"
#include "AuditTrail.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Customer.h"
#include "io/TableWriter.h"
#include "repo/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace SqlHelpers;

namespace {

const QString kColumns
    = QStringLiteral("id, at, user_name, action, entity, entity_id, customer_id, batch_id, summary, changes");

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = toDateTime(query.value(1));
    entry.user = query.value(2).toString();
    entry.action = auditActionFromString(query.value(3).toString()).value_or(AuditEntry::Action::Update);
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toLongLong();
    entry.customerId = query.value(6).toLongLong();
    entry.batchId = query.value(7).toString();
    entry.summary = query.value(8).toString();
    entry.changes = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    return entry;
}

// The filter an export used, for its own audit entry.
QJsonObject filterDetails(const AuditFilter &filter)
{
    QJsonObject details;
    if (!filter.user.isEmpty())
        details.insert(QStringLiteral("user"), filter.user);
    if (!filter.entity.isEmpty())
        details.insert(QStringLiteral("entity"), filter.entity);
    if (filter.entityId > 0)
        details.insert(QStringLiteral("entity_id"), filter.entityId);
    if (filter.customerId > 0)
        details.insert(QStringLiteral("customer_id"), filter.customerId);
    if (filter.action)
        details.insert(QStringLiteral("action"), toString(*filter.action));
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    return details;
}

} // namespace

Status AuditLog::record(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = Clock::instance().nowUtc();
    if (entry.user.isEmpty())
        entry.user = currentUser();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_entries (uuid, at, user_name, action, entity, entity_id, "
                                 "customer_id, batch_id, summary, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Database::newUuid());
    query.addBindValue(Database::timestamp(entry.at));
    query.addBindValue(entry.user);
    query.addBindValue(toString(entry.action));
    query.addBindValue(entry.entity);
    query.addBindValue(nullableId(entry.entityId));
    query.addBindValue(nullableId(entry.customerId));
    query.addBindValue(nullableText(entry.batchId));
    query.addBindValue(text(entry.summary));
    query.addBindValue(QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return sqlError(query, tr("Recording the change in the audit trail"));
    return {};
}

Status AuditLog::prepareSelect(QSqlQuery &query, const AuditFilter &filter, int limit) const
{
    QStringList where { QStringLiteral("1 = 1") };
    QVariantList binds;
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << filter.user;
    }
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        binds << filter.entity;
    }
    if (filter.entityId > 0) {
        where << QStringLiteral("entity_id = ?");
        binds << filter.entityId;
    }
    if (filter.customerId > 0) {
        where << QStringLiteral("customer_id = ?");
        binds << filter.customerId;
    }
    if (filter.action) {
        where << QStringLiteral("action = ?");
        binds << toString(*filter.action);
    }
    // Dates are the user's local days; the column holds UTC timestamps, which compare as text.
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << Database::timestamp(filter.from.startOfDay(QTimeZone::systemTimeZone()));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << Database::timestamp(filter.to.addDays(1).startOfDay(QTimeZone::systemTimeZone()));
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_entries WHERE %2 ORDER BY at DESC, id DESC")
                      .arg(kColumns, where.join(QStringLiteral(" AND ")));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, tr("Reading the audit trail"));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return sqlError(query, tr("Reading the audit trail"));
    return {};
}

Result<AuditEntry> AuditLog::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entries WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the audit trail"));
    if (!query.next())
        return Error { tr("The audit trail has no entry %1.").arg(id) };
    return readEntry(query);
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter, int limit) const
{
    QList<AuditEntry> entries;
    Status status = forEach(filter, [&](const AuditEntry &entry) {
        entries << entry;
        return limit <= 0 || entries.size() < limit;
    });
    if (!status)
        return status.error();
    return entries;
}

Status AuditLog::forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit) const
{
    QSqlQuery query(m_db);
    if (Status status = prepareSelect(query, filter, 0); !status)
        return status;
    while (query.next()) {
        if (!visit(readEntry(query)))
            break;
    }
    return {};
}

Result<QStringList> AuditLog::users() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT DISTINCT user_name FROM audit_entries ORDER BY user_name")))
        return sqlError(query, tr("Reading the audit trail"));
    QStringList users;
    while (query.next())
        users << query.value(0).toString();
    return users;
}

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
#ifdef Q_OS_UNIX
    if (user.isEmpty()) { // started without a login environment (a service, a desktop launcher that cleared it)
        if (const passwd *account = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString AuditLog::displayUser(const QString &user)
{
    return user == QLatin1String("unknown") || user.isEmpty() ? tr("an unknown user") : user;
}

QString AuditLog::newBatchId()
{
    return Database::newUuid();
}

QJsonObject AuditLog::diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const bool known = before.contains(it.key());
        if (known && before.value(it.key()) == it.value())
            continue;
        QJsonObject change;
        if (known)
            change.insert(QStringLiteral("old"), before.value(it.key()));
        change.insert(QStringLiteral("new"), it.value());
        changes.insert(it.key(), change);
    }
    return changes;
}

QJsonObject AuditLog::fields(const Customer &customer)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), toString(customer.kind));
    object.insert(QStringLiteral("name"), customer.name.trimmed());
    object.insert(QStringLiteral("industry"), customer.industry.trimmed());
    object.insert(QStringLiteral("province"), customer.province.trimmed());
    object.insert(QStringLiteral("city"), customer.city.trimmed());
    object.insert(QStringLiteral("address"), customer.address.trimmed());
    object.insert(QStringLiteral("phones"), QJsonArray::fromStringList(customer.phones));
    object.insert(QStringLiteral("emails"), QJsonArray::fromStringList(customer.emails));
    object.insert(QStringLiteral("website"), customer.website.trimmed());
    object.insert(QStringLiteral("source"), customer.source.trimmed());
    object.insert(QStringLiteral("owner_id"), customer.ownerId);
    object.insert(QStringLiteral("tier"), customer.tier);
    object.insert(QStringLiteral("stage"), toString(customer.stage));
    QStringList tags = customer.tags;
    tags.sort();
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    object.insert(QStringLiteral("notes"), customer.notes);
    return object;
}

QJsonObject AuditLog::fields(const Contact &contact)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), contact.name.trimmed());
    object.insert(QStringLiteral("title"), contact.title.trimmed());
    object.insert(QStringLiteral("phones"), QJsonArray::fromStringList(contact.phones));
    object.insert(QStringLiteral("email"), contact.email.trimmed());
    object.insert(QStringLiteral("birthday"), contact.birthday.toString(Qt::ISODate));
    object.insert(QStringLiteral("notes"), contact.notes);
    object.insert(QStringLiteral("primary"), contact.primary);
    object.insert(QStringLiteral("marketing_consent"), toString(contact.marketingConsent));
    const bool asked = contact.marketingConsent != MarketingConsent::Unknown;
    object.insert(QStringLiteral("consent_date"), asked ? contact.consentDate.toString(Qt::ISODate) : QString());
    object.insert(QStringLiteral("consent_source"), asked ? contact.consentSource.trimmed() : QString());
    return object;
}

Result<qint64> AuditLog::exportTo(const QString &path, const AuditFilter &filter) const
{
    auto writer = createTableWriter(path);
    if (!writer)
        return writer.error();
    using Type = TableColumn::Type;
    const QList<TableColumn> columns { { tr("When"), Type::DateTime }, { tr("User"), Type::Text },
        { tr("Action"), Type::Text }, { tr("Record"), Type::Text }, { tr("Id"), Type::Integer },
        { tr("Customer id"), Type::Integer }, { tr("Batch"), Type::Text }, { tr("Changes"), Type::Text } };
    if (Status status = writer.value()->begin(tr("Audit trail"), columns); !status)
        return status.error();
    qint64 rows = 0;
    Status written;
    const AuditDescriber describer(m_db);
    const Status read = forEach(filter, [&](const AuditEntry &entry) {
        written = writer.value()->writeRow({ entry.at.toLocalTime(), entry.user, displayName(entry.action),
            auditEntityDisplayName(entry.entity), entry.entityId ? QVariant(entry.entityId) : QVariant(),
            entry.customerId ? QVariant(entry.customerId) : QVariant(), entry.batchId, describer.describe(entry) });
        ++rows;
        return written.ok();
    });
    if (!read)
        return read.error();
    if (!written)
        return written.error();
    // Exporting the trail is itself recorded, committed only once the file is.
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    AuditTrail::ExportRecord exported;
    exported.entity = QStringLiteral("audit_entry");
    exported.file = path;
    exported.rows = rows;
    exported.details = filterDetails(filter);
    if (Status status = AuditTrail::recordExport(m_db, exported); !status)
        return status.error();
    if (Status status = writer.value()->finish(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return rows;
}

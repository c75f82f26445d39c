#include "AuditDescriber.h"
#include "AuditFieldLabels.h"
#include "Formatting.h"
#include "domain/Activity.h"
#include "domain/Complaint.h"
#include "domain/Contract.h"
#include "domain/Customer.h"
#include "domain/MarketingConsent.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "domain/Quote.h"
#include "io/CustomerExporter.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr int kShownIds = 10;
constexpr int kCachedNames = 10000;

bool isOneOf(const QString &key, std::initializer_list<const char *> keys)
{
    return std::any_of(
        keys.begin(), keys.end(), [&](const char *candidate) { return key == QLatin1String(candidate); });
}

bool isIdKey(const QString &key)
{
    return isOneOf(key,
        { "owner_id", "customer_id", "contact_id", "quote_id", "contract_id", "previous_contract_id", "duplicate_of",
            "revises", "merged_id", "merge_id", "entity_id" });
}

bool isAmountKey(const QString &key)
{
    return isOneOf(
        key, { "value_minor", "unit_price", "cost_price", "subtotal", "discount", "charges", "tax", "total" });
}

bool isDateKey(const QString &key)
{
    return isOneOf(key, { "birthday", "consent_date", "start_date", "end_date", "date", "valid_until", "from", "to" });
}

bool isTimeKey(const QString &key)
{
    return key == QLatin1String("due") || key.endsWith(QLatin1String("_at"));
}

// Nothing to say about a new record's field: empty text or list, no value, or no linked record.
bool isBlank(const QString &key, const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty())
        || (isIdKey(key) && value.isDouble() && value.toInteger() <= 0);
}

template <typename Enum> QString shown(const std::optional<Enum> &value, const QString &code)
{
    return value ? displayName(*value) : code;
}

// Counts of rows, shown with the locale's digit grouping (years and sequence numbers are not).
bool isCountKey(const QString &key)
{
    static const QStringList keys { QStringLiteral("rows"), QStringLiteral("created"), QStringLiteral("updated"),
        QStringLiteral("skipped"), QStringLiteral("invalid_rows"), QStringLiteral("rows_deleted"),
        QStringLiteral("lines") };
    return keys.contains(key);
}

QString numberText(const QJsonValue &value)
{
    const double number = value.toDouble();
    return number == double(value.toInteger()) ? QString::number(value.toInteger()) : QString::number(number, 'g', 15);
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

QString timeText(const QString &iso)
{
    if (iso.size() == 10)
        return dateText(iso); // an all-day follow-up is due on a date
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? Formatting::localDateTime(at) : iso;
}

// Basis points: 1300 -> "13%", 1250 -> "12.5%".
QString percentText(qint64 basisPoints)
{
    return QStringLiteral("%1%").arg(QLocale().toString(double(basisPoints) / 100.0, 'g', 15));
}

QString tableOf(const QString &entity)
{
    if (entity == QLatin1String("product"))
        return QStringLiteral("products");
    if (entity == QLatin1String("quote"))
        return QStringLiteral("quotes");
    if (entity == QLatin1String("order"))
        return QStringLiteral("orders");
    if (entity == QLatin1String("contract"))
        return QStringLiteral("contracts");
    return {};
}

} // namespace

QString AuditDescriber::describe(const AuditEntry &entry) const
{
    QStringList keys = entry.changes.keys();
    std::stable_sort(keys.begin(), keys.end(),
        [](const QString &a, const QString &b) { return AuditFieldLabels::rank(a) < AuditFieldLabels::rank(b); });
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = entry.changes.value(key);
        const QString label = AuditFieldLabels::label(entry.entity, key);
        const QJsonObject change = value.toObject();
        const bool isChange = value.isObject() && change.contains(QStringLiteral("new"));
        if (!isChange) {
            if (const QString text = valueText(entry, key, value); !text.isEmpty())
                parts << tr("%1: %2").arg(label, text);
            continue;
        }
        const QJsonValue now = change.value(QStringLiteral("new"));
        if (change.contains(QStringLiteral("old"))) {
            const QString before = valueText(entry, key, change.value(QStringLiteral("old")));
            const QString after = valueText(entry, key, now);
            parts << tr("%1: %2 → %3")
                         .arg(
                             label, before.isEmpty() ? tr("(empty)") : before, after.isEmpty() ? tr("(empty)") : after);
        } else if (const QString text = isBlank(key, now) ? QString() : valueText(entry, key, now); !text.isEmpty()) {
            parts << tr("%1: %2").arg(label, text); // a new record's field; nothing to say about "0 minutes"
        }
    }
    return parts.join(tr("; ", "between the changed fields of one audit entry"));
}

QString AuditDescriber::record(const AuditEntry &entry) const
{
    const QString kind = auditEntityDisplayName(entry.entity);
    const QString record = entry.entityId > 0 ? tr("%1 %2").arg(kind).arg(entry.entityId) : kind;
    // A customer deleted for good or erased is gone: whoever has its id now is another one (SQLite gives ids again).
    if (entry.entity == QLatin1String("customer")
        && (entry.action == AuditEntry::Action::Purge || entry.action == AuditEntry::Action::Erase))
        return record;
    if (entry.customerId <= 0) // a product is named by itself, the rest by their customer
        return entry.entity == QLatin1String("product") && entry.entityId > 0
            ? tr("%1 (%2)").arg(record, nameOf(QStringLiteral("products"), entry.entityId))
            : record;
    return tr("%1 (%2)").arg(record, nameOf(QStringLiteral("customers"), entry.customerId));
}

QString AuditDescriber::valueText(const AuditEntry &entry, const QString &key, const QJsonValue &value) const
{
    if (!value.isArray())
        return scalarText(entry, key, value);
    const QJsonArray items = value.toArray();
    QStringList parts;
    if (key == QLatin1String("ids")) {
        for (int i = 0; i < items.size() && i < kShownIds; ++i)
            parts << numberText(items[i]);
        const QString shownIds = parts.join(QStringLiteral(", "));
        return items.size() > kShownIds ? tr("%n in all: %1, …", nullptr, int(items.size())).arg(shownIds) : shownIds;
    }
    for (const QJsonValue &item : items) {
        const auto column
            = key == QLatin1String("columns") ? CustomerExporter::columnFromKey(item.toString()) : std::nullopt;
        parts << (column ? CustomerExporter::title(*column) : scalarText(entry, key, item));
    }
    return parts.join(QStringLiteral(", "));
}

QString AuditDescriber::scalarText(const AuditEntry &entry, const QString &key, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty())
            return {};
        if (isDateKey(key))
            return dateText(text);
        if (isTimeKey(key))
            return timeText(text);
        if (key == QLatin1String("recurrence")) {
            const auto recurrence = Recurrence::fromRule(text);
            return recurrence ? recurrence->displayText() : text;
        }
        return codeText(entry.entity, key, text);
    }
    if (!value.isDouble())
        return {};
    const qint64 number = value.toInteger();
    if (key == QLatin1String("owner_id"))
        return number > 0 ? nameOf(QStringLiteral("owners"), number) : QString();
    if (key == QLatin1String("customer_id") || key == QLatin1String("merged_id"))
        return number > 0 ? nameOf(QStringLiteral("customers"), number) : QString();
    if (key == QLatin1String("contact_id"))
        return number > 0 ? nameOf(QStringLiteral("contacts"), number) : QString();
    if (isIdKey(key))
        return number > 0 ? QString::number(number) : QString();
    if (isAmountKey(key))
        return amountText(entry, number);
    if (key == QLatin1String("tax_rate") || key == QLatin1String("discount_rate"))
        return percentText(number);
    if (key == QLatin1String("duration_minutes"))
        return number > 0 ? tr("%n minute(s)", nullptr, int(number)) : QString();
    if (key == QLatin1String("notice_days"))
        return tr("%n day(s)", nullptr, int(number));
    if (isCountKey(key))
        return QLocale().toString(number); // "16,464 rows"
    return numberText(value);
}

// A stored code as the rest of the app shows it; a code this build does not know stays as stored.
QString AuditDescriber::codeText(const QString &entity, const QString &key, const QString &code) const
{
    if (key == QLatin1String("kind"))
        return shown(customerKindFromString(code), code);
    if (key == QLatin1String("stage"))
        return shown(lifecycleStageFromString(code), code);
    if (key == QLatin1String("marketing_consent"))
        return shown(marketingConsentFromString(code), code);
    if (key == QLatin1String("type") && entity == QLatin1String("activity"))
        return shown(activityTypeFromString(code), code);
    if (key == QLatin1String("priority"))
        return shown(activityPriorityFromString(code), code);
    if (key == QLatin1String("severity"))
        return shown(complaintSeverityFromString(code), code);
    if (key == QLatin1String("billing_cycle"))
        return shown(billingCycleFromString(code), code);
    if (key == QLatin1String("entity"))
        return auditEntityDisplayName(code);
    if (key == QLatin1String("action"))
        return shown(auditActionFromString(code), code);
    if (key == QLatin1String("status")) {
        if (entity == QLatin1String("activity"))
            return shown(activityStatusFromString(code), code);
        if (entity == QLatin1String("quote"))
            return shown(quoteStatusFromString(code), code);
        if (entity == QLatin1String("contract"))
            return shown(contractStatusFromString(code), code);
        if (entity == QLatin1String("complaint"))
            return shown(complaintStatusFromString(code), code);
    }
    if (key == QLatin1String("channel"))
        return entity == QLatin1String("complaint") ? shown(complaintChannelFromString(code), code)
                                                    : OrderChannel::displayName(code);
    if (key == QLatin1String("category") && entity == QLatin1String("complaint"))
        return complaintCategoryDisplayName(code);
    return code;
}

QString AuditDescriber::amountText(const AuditEntry &entry, qint64 minorUnits) const
{
    const QString currency = currencyOf(entry);
    if (Money::decimals(currency) < 0)
        return QString::number(minorUnits); // no currency recorded or found: the stored minor units
    return Money::formatWithSymbol(minorUnits, currency);
}

// The currency an entry's amounts are in: recorded beside them, or else the record's own.
QString AuditDescriber::currencyOf(const AuditEntry &entry) const
{
    const QJsonValue recorded = entry.changes.value(QStringLiteral("currency"));
    if (recorded.isObject())
        return recorded.toObject().value(QStringLiteral("new")).toString();
    if (recorded.isString())
        return recorded.toString();
    const QString table = tableOf(entry.entity);
    if (table.isEmpty() || entry.entityId <= 0 || !m_db.isValid())
        return {};
    const QString cacheKey = QStringLiteral("%1.currency:%2").arg(table).arg(entry.entityId);
    if (auto it = m_names.constFind(cacheKey); it != m_names.constEnd())
        return *it;
    QSqlQuery query(m_db);
    // The table name comes from tableOf() above, never from the entry.
    query.prepare(QStringLiteral("SELECT currency FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(entry.entityId);
    const QString currency = query.exec() && query.next() ? query.value(0).toString() : QString();
    m_names.insert(cacheKey, currency);
    return currency;
}

// The name of an owner, customer or contact; the id as a number when the book does not have it.
QString AuditDescriber::nameOf(const QString &table, qint64 id) const
{
    const QString cacheKey = QStringLiteral("%1:%2").arg(table).arg(id);
    if (auto it = m_names.constFind(cacheKey); it != m_names.constEnd())
        return *it;
    QString name;
    if (m_db.isValid()) {
        QSqlQuery query(m_db);
        // The table name is one of four literals (scalarText, record), never from the entry.
        query.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table));
        query.addBindValue(id);
        if (query.exec() && query.next())
            name = query.value(0).toString();
    }
    if (name.isEmpty())
        name = tr("#%1").arg(id);
    if (m_names.size() >= kCachedNames)
        m_names.clear(); // a long export names many customers: keep the cache small
    m_names.insert(cacheKey, name);
    return name;
}

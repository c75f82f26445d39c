#include "NameOrder.h"
#include "db/BulkStatement.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "repo/LookupRepository.h"

#include <QLocale>
#include <QSqlQuery>

#include <unicode/ucol.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

namespace {

const QString kOrderSetting = QStringLiteral("name_order");
const QString kKeysSetting = QStringLiteral("name_order_keys");
constexpr int kChunk = 20000; // customers read at a time while their keys are made again

const char *icuLocale(NameOrder::Kind kind)
{
    switch (kind) {
    case NameOrder::Kind::Pinyin:
        return "zh";
    case NameOrder::Kind::Stroke:
        return "zh@collation=stroke";
    case NameOrder::Kind::Zhuyin:
        return "zh@collation=zhuyin";
    }
    return "zh";
}

// Every index on customers that holds sort_key: dropped while the keys are remade and built again after, which is
// much faster than keeping them up to date row by row.
Result<QStringList> dropKeyIndexes(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name = 'customers' AND sql LIKE '%sort_key%'")))
        return sqlError(query, NameOrder::tr("Sorting the customers' names"));
    QStringList names;
    QStringList definitions;
    while (query.next()) {
        names << query.value(0).toString();
        definitions << query.value(1).toString();
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        // Index names come from the schema itself, never from input.
        if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return sqlError(query, NameOrder::tr("Sorting the customers' names"));
    }
    return definitions;
}

Status remakeKeys(const QSqlDatabase &db, const NameOrder &order)
{
    auto indexes
        = db.driverName() == QLatin1String("QSQLITE") ? dropKeyIndexes(db) : Result<QStringList>(QStringList {});
    if (!indexes)
        return indexes.error();
    Error error;
    auto update = BulkStatement::prepare(db, QStringLiteral("UPDATE customers SET sort_key = ? WHERE id = ?"), &error);
    if (!update)
        return error;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, name FROM customers WHERE id > ? ORDER BY id LIMIT %1").arg(kChunk));
    qint64 after = 0;
    for (bool more = true; more;) {
        read.addBindValue(after);
        if (!read.exec())
            return sqlError(read, NameOrder::tr("Sorting the customers' names"));
        QList<std::pair<qint64, QByteArray>> keys;
        while (read.next())
            keys.append({ read.value(0).toLongLong(), order.key(read.value(1).toString()) });
        read.finish();
        more = keys.size() == kChunk;
        for (const auto &[id, key] : std::as_const(keys)) {
            update->bindBlob(0, key);
            update->bindInt(1, id);
            if (!update->exec())
                return Error(QCoreApplication::translate("SqlError", "%1 failed: %2")
                                 .arg(NameOrder::tr("Sorting the customers' names"), update->errorText()));
            after = id;
        }
    }
    update.reset();
    QSqlQuery create(db);
    for (const QString &sql : indexes.value()) {
        if (!create.exec(sql))
            return sqlError(create, NameOrder::tr("Sorting the customers' names"));
    }
    return {};
}

} // namespace

NameOrder::NameOrder(Kind kind)
    : m_kind(kind)
{
    UErrorCode status = U_ZERO_ERROR;
    m_collator = ucol_open(icuLocale(kind), &status);
    if (U_FAILURE(status)) {
        ucol_close(m_collator);
        m_collator = nullptr;
        status = U_ZERO_ERROR;
        m_collator = ucol_open("", &status); // ICU's root order: still alphabetical, Han by character code
    }
    // CLDR's Chinese orders put Han before Latin; a book of both, as a desk in Shanghai or Taipei keeps, lists
    // Latin names first, as Windows and Excel do.
    const int32_t latinFirst[] = { USCRIPT_LATIN, USCRIPT_HAN, USCRIPT_BOPOMOFO };
    status = U_ZERO_ERROR;
    if (m_collator)
        ucol_setReorderCodes(m_collator, latinFirst, 3, &status);
}

NameOrder::~NameOrder()
{
    ucol_close(m_collator);
}

QByteArray NameOrder::key(const QString &name) const
{
    if (name.isEmpty() || !m_collator)
        return name.toUtf8();
    const auto *text = reinterpret_cast<const UChar *>(name.utf16());
    QByteArray key(qsizetype(name.size()) * 4 + 16, Qt::Uninitialized);
    int32_t size = ucol_getSortKey(
        m_collator, text, int32_t(name.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (size > key.size()) { // too small: the call says how much it needs
        key.resize(size);
        size = ucol_getSortKey(
            m_collator, text, int32_t(name.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(qMax(0, size - 1)); // without ICU's closing zero byte
    return key;
}

QString NameOrder::version() const
{
    UVersionInfo info {};
    if (m_collator)
        ucol_getVersion(m_collator, info);
    char text[U_MAX_VERSION_STRING_LENGTH] {};
    u_versionToString(info, text);
    return QStringLiteral("%1 latin-first %2").arg(toString(m_kind), QString::fromLatin1(text));
}

NameOrder::Kind NameOrder::forLocale(const QLocale &locale)
{
    const bool traditional = locale.language() == QLocale::Chinese
        && (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
            || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao);
    return traditional ? Kind::Stroke : Kind::Pinyin;
}

NameOrder::Kind NameOrder::ofBook(const QSqlDatabase &db)
{
    const QString stored = LookupRepository(db).setting(kOrderSetting).value_or(QString());
    return fromString(stored, forLocale(QLocale()));
}

QString NameOrder::toString(Kind kind)
{
    switch (kind) {
    case Kind::Pinyin:
        return QStringLiteral("pinyin");
    case Kind::Stroke:
        return QStringLiteral("stroke");
    case Kind::Zhuyin:
        return QStringLiteral("zhuyin");
    }
    return QStringLiteral("pinyin");
}

NameOrder::Kind NameOrder::fromString(const QString &text, Kind fallback)
{
    for (Kind kind : { Kind::Pinyin, Kind::Stroke, Kind::Zhuyin }) {
        if (text == toString(kind))
            return kind;
    }
    return fallback;
}

QString NameOrder::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Pinyin:
        return tr("Pinyin");
    case Kind::Stroke:
        return tr("Stroke count");
    case Kind::Zhuyin:
        return tr("Zhuyin (bopomofo)");
    }
    return {};
}

Status NameOrder::ensureKeys(const QSqlDatabase &db)
{
    const Kind kind = ofBook(db);
    const NameOrder order(kind);
    LookupRepository settings(db);
    if (settings.setting(kKeysSetting).value_or(QString()) == order.version())
        return {};
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = settings.setSetting(kOrderSetting, toString(kind)); !status)
        return status;
    if (Status status = remakeKeys(db, order); !status)
        return status;
    if (Status status = settings.setSetting(kKeysSetting, order.version()); !status)
        return status;
    return transaction.commit();
}

Status NameOrder::change(const QSqlDatabase &db, Kind kind)
{
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = LookupRepository(db).setSetting(kOrderSetting, toString(kind)); !status)
        return status;
    if (Status status = ensureKeys(db); !status)
        return status;
    return transaction.commit();
}

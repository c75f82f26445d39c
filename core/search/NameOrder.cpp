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
    read.prepare(QStringLiteral("SELECT id, name, kind FROM customers WHERE id > ? ORDER BY id LIMIT %1").arg(kChunk));
    qint64 after = 0;
    for (bool more = true; more;) {
        read.addBindValue(after);
        if (!read.exec())
            return sqlError(read, NameOrder::tr("Sorting the customers' names"));
        QList<std::pair<qint64, QByteArray>> keys;
        while (read.next())
            keys.append({ read.value(0).toLongLong(),
                order.key(read.value(1).toString(),
                    read.value(2).toString() == QLatin1String("individual") ? NameOrder::Holder::Person
                                                                            : NameOrder::Holder::Company) });
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

QString NameOrder::spoken(const QString &name, Holder holder) const
{
    if (m_kind == Kind::Stroke || name.isEmpty())
        return name; // strokes are counted as written
    // Each character with a character of the reading meant (same syllable): ICU reads 曾 as céng, 长 as zhǎng.
    struct Reading
    {
        char16_t written;
        char16_t said;
    };
    static constexpr Reading kSurnames[] = { { u'曾', u'增' }, { u'单', u'善' }, { u'單', u'善' }, { u'仇', u'求' },
        { u'解', u'谢' }, { u'区', u'欧' }, { u'區', u'欧' }, { u'查', u'渣' }, { u'朴', u'瓢' }, { u'覃', u'琴' },
        { u'翟', u'宅' }, { u'缪', u'妙' }, { u'繆', u'妙' }, { u'盖', u'葛' }, { u'蓋', u'葛' } };
    const char16_t first = name.at(0).unicode();
    if (holder == Holder::Person) {
        for (const Reading &reading : kSurnames) {
            if (reading.written == first)
                return QChar(reading.said) + name.mid(1);
        }
        return name;
    }
    if (first == u'长' || first == u'長') // 长沙, 长春, 长城, 长江, 长安: cháng
        return QChar(u'常') + name.mid(1);
    if ((first == u'厦' || first == u'廈') && name.size() > 1 && (name.at(1) == u'门' || name.at(1) == u'門'))
        return QChar(u'夏') + name.mid(1); // 厦门: xià
    return name;
}

QByteArray NameOrder::key(const QString &written, Holder holder) const
{
    if (written.isEmpty() || !m_collator)
        return written.toUtf8();
    const QString name = spoken(written, holder);
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
    // "readings 1": the surnames and place names read as said (spoken()); a change there makes the keys anew.
    return QStringLiteral("%1 latin-first readings-1 %2").arg(toString(m_kind), QString::fromLatin1(text));
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

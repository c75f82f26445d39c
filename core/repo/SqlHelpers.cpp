#include "SqlHelpers.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "domain/PhoneNumbers.h"

namespace SqlHelpers {

Status forEachPart(const QList<qint64> &ids, const std::function<Status(const QList<qint64> &part)> &visit)
{
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        if (Status status = visit(ids.mid(start, kIdsPerStatement)); !status)
            return status;
    }
    return {};
}

Result<QList<qint64>> idsWhereIn(
    const QSqlDatabase &db, const QString &sql, const QList<qint64> &ids, const QString &doing)
{
    QList<qint64> found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const Status read = forEachPart(ids, [&](const QList<qint64> &part) -> Status {
        query.prepare(sql.arg(placeholders(part.size())));
        bindAll(query, part);
        if (!query.exec())
            return sqlError(query, doing);
        while (query.next())
            found << query.value(0).toLongLong();
        return {};
    });
    if (!read)
        return read.error();
    return found;
}

QString placeholders(qsizetype n)
{
    QString list;
    list.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return list;
}

void bindAll(QSqlQuery &query, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        query.addBindValue(id);
}

QString orderedTextAggregate(const QSqlDatabase &db, const QString &value, const QString &fromWhere,
                             const QString &orderBy, const QString &separator)
{
    // The separator is the caller's constant, never input.
    if (db.driverName() == QLatin1String("QPSQL")) {
        return QStringLiteral("(SELECT string_agg(%1, '%2' ORDER BY %3) %4)").arg(value, separator, orderBy, fromWhere);
    }
    return QStringLiteral("(SELECT group_concat(v, '%1') FROM (SELECT %2 AS v %3 ORDER BY %4))")
            .arg(separator, value, fromWhere, orderBy);
}

QString exportedContactPoint(const QString &alias)
{
    // The prefix is "+" and digits from libphonenumber, never input.
    const QString prefix = PhoneNumbers::callingCodePrefix();
    if (prefix.isEmpty())
        return QStringLiteral("(CASE WHEN %1.kind = 'phone' AND %1.value NOT LIKE '+%' AND %1.normalized LIKE '+%' "
                              "THEN %1.normalized ELSE %1.value END)")
            .arg(alias);
    return QStringLiteral("(CASE WHEN %1.kind = 'phone' AND %1.value NOT LIKE '+%' AND %1.normalized LIKE '+%' "
                          "AND %1.normalized NOT LIKE '%2%' THEN %1.normalized ELSE %1.value END)")
        .arg(alias, prefix);
}

QString phonePair(const QString &alias)
{
    return QStringLiteral("(%1.value || '|' || %1.normalized)").arg(alias);
}

QString internationalPhones(const QString &pairs)
{
    if (pairs.isEmpty())
        return {};
    QStringList phones;
    for (const QString &pair : pairs.split(QStringLiteral("; "))) {
        const qsizetype bar = pair.lastIndexOf(QLatin1Char('|'));
        phones << (bar < 0 ? pair : PhoneNumbers::international(pair.left(bar), pair.mid(bar + 1)));
    }
    return phones.join(QStringLiteral("; "));
}

QDateTime toDateTime(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    return Database::parseTimestamp(stored.toString());
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace SqlHelpers

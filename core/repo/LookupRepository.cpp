#include "LookupRepository.h"
#include "SqlHelpers.h"
#include "db/Database.h"
#include "db/SqlError.h"

#include <QSqlQuery>

using SqlHelpers::text;

Result<QList<Owner>> LookupRepository::owners(qint64 keep) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, name, email FROM owners WHERE deleted_at IS NULL OR id = ? ORDER BY name"));
    query.addBindValue(keep);
    if (!query.exec())
        return sqlError(query, tr("Reading owners"));
    QList<Owner> owners;
    while (query.next())
        owners << Owner { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() };
    return owners;
}

Result<qint64> LookupRepository::addOwner(const QString &name, const QString &email, const QString &uuid)
{
    if (name.trimmed().isEmpty())
        return Error { tr("An owner needs a name.") };
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO owners (uuid, name, email, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(uuid.isEmpty() ? Database::newUuid() : uuid);
    query.addBindValue(text(name.trimmed()));
    query.addBindValue(text(email.trimmed()));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Adding the owner \"%1\"").arg(name));
    return query.lastInsertId().toLongLong();
}

Result<qint64> LookupRepository::ownerByName(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM owners WHERE name = ? AND deleted_at IS NULL"));
    query.addBindValue(text(name.trimmed()));
    if (!query.exec())
        return sqlError(query, tr("Reading owners"));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QList<LookupRepository::Tag>> LookupRepository::tags() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, name FROM tags WHERE deleted_at IS NULL ORDER BY name")))
        return sqlError(query, tr("Reading tags"));
    QList<Tag> tags;
    while (query.next())
        tags << Tag { query.value(0).toLongLong(), query.value(1).toString() };
    return tags;
}

Result<QStringList> LookupRepository::distinctValues(const QString &column) const
{
    static const QStringList allowed { QStringLiteral("province"), QStringLiteral("industry"),
                                       QStringLiteral("source"), QStringLiteral("city") };
    Q_ASSERT(allowed.contains(column));
    if (!allowed.contains(column))
        return Error { tr("Unknown column %1.").arg(column) };
    QSqlQuery query(m_db);
    // Jumps from one value to the next through the (column, id) index: one seek per distinct value instead of a
    // walk over every customer. Column names come from the list above, never from input.
    if (!query.exec(QStringLiteral("WITH RECURSIVE v(x) AS ("
                                   "SELECT min(%1) FROM customers WHERE deleted_at IS NULL AND %1 > '' "
                                   "UNION ALL SELECT (SELECT min(%1) FROM customers WHERE deleted_at IS NULL AND %1 > x) "
                                   "FROM v WHERE x IS NOT NULL) "
                                   "SELECT x FROM v WHERE x IS NOT NULL")
                            .arg(column)))
        return sqlError(query, tr("Reading the list of values"));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

Result<QStringList> LookupRepository::tiers() const
{
    auto value = setting(QStringLiteral("tiers"), QStringLiteral("A,B,C"));
    if (!value)
        return value.error();
    QStringList tiers;
    for (const QString &tier : value.value().split(QLatin1Char(','), Qt::SkipEmptyParts))
        tiers << tier.trimmed();
    return tiers;
}

Status LookupRepository::setTiers(const QStringList &tiers)
{
    return setSetting(QStringLiteral("tiers"), tiers.join(QLatin1Char(',')));
}

Result<QString> LookupRepository::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM book_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query, tr("Reading the book's settings"));
    return query.next() ? query.value(0).toString() : fallback;
}

Status LookupRepository::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE book_settings SET value = ? WHERE key = ?"));
    query.addBindValue(text(value));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query, tr("Saving the book's settings"));
    if (query.numRowsAffected() == 1)
        return {};
    query.prepare(QStringLiteral("INSERT INTO book_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(text(value));
    if (!query.exec())
        return sqlError(query, tr("Saving the book's settings"));
    return {};
}

#include "ImportPresetRepository.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QSqlQuery>

Result<QStringList> ImportPresetRepository::names(ImportTarget target) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT name FROM import_presets WHERE target = ? AND deleted_at IS NULL ORDER BY name"));
    query.addBindValue(toString(target));
    if (!query.exec())
        return sqlError(query, tr("Reading the saved mappings"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Result<QString> ImportPresetRepository::mapping(ImportTarget target, const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT mapping FROM import_presets WHERE target = ? AND name = ? AND deleted_at IS NULL"));
    query.addBindValue(toString(target));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query, tr("Reading the saved mapping \"%1\"").arg(name));
    if (!query.next())
        return Error(tr("There is no saved mapping named \"%1\".").arg(name));
    return query.value(0).toString();
}

Status ImportPresetRepository::save(ImportTarget target, const QString &name, const QString &mappingJson)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(tr("A saved mapping needs a name."));
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    // A preset deleted earlier under the same name is replaced too (the name is unique per target).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM import_presets WHERE target = ? AND name = ?"));
    query.addBindValue(toString(target));
    query.addBindValue(trimmed);
    if (!query.exec())
        return sqlError(query, tr("Saving the mapping \"%1\"").arg(trimmed));
    const QString now = Database::nowTimestamp();
    query.prepare(QStringLiteral("INSERT INTO import_presets (uuid, name, target, mapping, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Database::newUuid());
    query.addBindValue(trimmed);
    query.addBindValue(toString(target));
    query.addBindValue(mappingJson);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Saving the mapping \"%1\"").arg(trimmed));
    return transaction.commit();
}

Status ImportPresetRepository::remove(ImportTarget target, const QString &name)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE import_presets SET deleted_at = ?, updated_at = ? "
                                 "WHERE target = ? AND name = ? AND deleted_at IS NULL"));
    const QString now = Database::nowTimestamp();
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(toString(target));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query, tr("Deleting the mapping \"%1\"").arg(name));
    return {};
}

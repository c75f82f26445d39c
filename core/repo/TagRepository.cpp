#include "TagRepository.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QSqlQuery>

Result<int> TagRepository::tagCustomers(const QList<qint64> &ids, const QString &tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return Error { tr("A tag needs a name.") };
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(Database::nameUuid(QStringLiteral("tag"), name));
    query.addBindValue(name);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Adding the tag \"%1\"").arg(name));
    query.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Adding the tag \"%1\"").arg(name));
    const qint64 tagId = query.value(0).toLongLong();

    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?) "
                                "ON CONFLICT (customer_id, tag_id) DO NOTHING"));
    QSqlQuery touch(m_db);
    touch.prepare(QStringLiteral("UPDATE customers SET updated_at = ? WHERE id = ?"));
    int tagged = 0;
    for (qint64 id : ids) {
        link.addBindValue(id);
        link.addBindValue(tagId);
        if (!link.exec())
            return sqlError(link, tr("Adding the tag \"%1\"").arg(name));
        if (link.numRowsAffected() <= 0)
            continue;
        ++tagged;
        touch.addBindValue(now);
        touch.addBindValue(id);
        if (!touch.exec())
            return sqlError(touch, tr("Adding the tag \"%1\"").arg(name));
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return tagged;
}

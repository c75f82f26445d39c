#include "TagRepository.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "services/CustomerValidator.h"

#include <QJsonArray>
#include <QSqlQuery>

Result<qint64> TagRepository::tagId(const QString &name, bool create)
{
    QSqlQuery query(m_db);
    // A tag is the same whatever its letter case ("vip" is "VIP"): the first spelling stays.
    query.prepare(QStringLiteral("SELECT id FROM tags WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query, tr("Reading the tag \"%1\"").arg(name));
    if (query.next())
        return query.value(0).toLongLong();
    if (create) {
        const QString now = Database::nowTimestamp();
        query.prepare(QStringLiteral("INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (name) DO NOTHING"));
        query.addBindValue(Database::nameUuid(QStringLiteral("tag"), name));
        query.addBindValue(name);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return sqlError(query, tr("Adding the tag \"%1\"").arg(name));
    }
    query.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query, tr("Reading the tag \"%1\"").arg(name));
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QStringList> TagRepository::tagsOf(qint64 customerId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE "
                                 "ct.customer_id = ? ORDER BY t.name"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Reading the tags of a customer"));
    QStringList tags;
    while (query.next())
        tags << query.value(0).toString();
    return tags;
}

Result<bool> TagRepository::change(qint64 customerId, qint64 tagId, const QString &name, bool add, const QString &now)
{
    auto before = tagsOf(customerId);
    if (!before)
        return before.error();
    if (before.value().contains(name) == add)
        return false;
    QSqlQuery link(m_db);
    link.prepare(add ? QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)")
                     : QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?"));
    link.addBindValue(customerId);
    link.addBindValue(tagId);
    if (!link.exec())
        return sqlError(link, tr("Changing the tag \"%1\"").arg(name));
    QSqlQuery touch(m_db);
    touch.prepare(QStringLiteral("UPDATE customers SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(now);
    touch.addBindValue(customerId);
    if (!touch.exec())
        return sqlError(touch, tr("Changing the tag \"%1\"").arg(name));
    QStringList after = before.value();
    if (add)
        after << name;
    else
        after.removeAll(name);
    after.sort();
    const QString field = QStringLiteral("tags");
    if (Status status = AuditTrail::recordUpdate(m_db, QStringLiteral("customer"), customerId, customerId,
            { { field, QJsonArray::fromStringList(before.value()) } },
            { { field, QJsonArray::fromStringList(after) } });
        !status)
        return status.error();
    return true;
}

Result<QList<qint64>> TagRepository::addTag(
    const QList<qint64> &ids, const QString &tag, const Progress &progress, const std::atomic_bool *cancel)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return Error { tr("A tag needs a name.") };
    if (const QString problem = CustomerValidator::tagNameProblem(name); !problem.isEmpty())
        return Error { problem };
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const auto id = tagId(name, true);
    if (!id)
        return id.error();
    const QString now = Database::nowTimestamp();
    QList<qint64> tagged;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (cancel && *cancel) {
            transaction.rollback();
            return Error(tr("Tagging was cancelled; no customer got the tag."));
        }
        if (progress && i % 500 == 0)
            progress(double(i) / double(ids.size()));
        const qint64 customerId = ids[i];
        auto changed = change(customerId, id.value(), name, true, now);
        if (!changed)
            return changed.error();
        if (changed.value())
            tagged << customerId;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return tagged;
}

Result<QList<qint64>> TagRepository::removeTag(const QList<qint64> &ids, const QString &tag)
{
    const QString name = tag.simplified();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const auto id = tagId(name, false);
    if (!id)
        return id.error();
    QList<qint64> untagged;
    if (id.value() == 0)
        return untagged; // no such tag: nobody has it
    const QString now = Database::nowTimestamp();
    for (qint64 customerId : ids) {
        auto changed = change(customerId, id.value(), name, false, now);
        if (!changed)
            return changed.error();
        if (changed.value())
            untagged << customerId;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return untagged;
}

#include "SalesRepHandover.h"
#include "Clock.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace {

// One kind of work: its table, its audit entity, and which of its rows are still open. The texts are constants,
// never input.
struct Kind
{
    const char *table;
    const char *entity;
    const char *open; // an SQL condition; empty: every row
    qint64 SalesRepHandover::Work::*count;
};

const Kind kKinds[] = {
    { "customers", "customer", "", &SalesRepHandover::Work::customers },
    { "activities", "activity", "status = 'planned'", &SalesRepHandover::Work::followUps },
    { "quotes", "quote", "status IN ('draft', 'sent')", &SalesRepHandover::Work::quotes },
    { "contracts", "contract", "status IN ('draft', 'active', 'expiring', 'expired')",
        &SalesRepHandover::Work::contracts },
    { "complaints", "complaint", "status IN ('new', 'acknowledged', 'in_progress')",
        &SalesRepHandover::Work::complaints },
};

QString whereOwned(const Kind &kind)
{
    QString where = QStringLiteral("owner_id = ?");
    if (*kind.open)
        where += QStringLiteral(" AND ") + QLatin1String(kind.open);
    return where;
}

} // namespace

Result<SalesRepHandover::Work> SalesRepHandover::openWorkOf(qint64 ownerId) const
{
    Work work;
    for (const Kind &kind : kKinds) {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(kind.table), whereOwned(kind)));
        query.addBindValue(ownerId);
        if (!query.exec() || !query.next())
            return sqlError(query, tr("Counting the open work of a sales rep"));
        work.*kind.count = query.value(0).toLongLong();
    }
    return work;
}

Status SalesRepHandover::checkReps(qint64 from, qint64 to) const
{
    if (from == to)
        return Error(tr("Choose another sales rep to hand the work over to."));
    for (qint64 id : { from, to }) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT count(*) FROM owners WHERE id = ? AND deleted_at IS NULL"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return sqlError(query, tr("Handing over the work"));
        if (query.value(0).toLongLong() == 0)
            return Error(tr("The sales rep %1 is not in this book (any more).").arg(id));
    }
    return {};
}

Result<SalesRepHandover::Work> SalesRepHandover::handOver(qint64 from, qint64 to)
{
    if (Status status = checkReps(from, to); !status)
        return status.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    const QString batch = AuditLog::newBatchId();
    Work moved;
    for (const Kind &kind : kKinds) {
        const QString table = QLatin1String(kind.table);
        QSqlQuery select(m_db);
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, whereOwned(kind)));
        select.addBindValue(from);
        if (!select.exec())
            return sqlError(select, tr("Handing over the work"));
        QList<qint64> ids;
        while (select.next())
            ids << select.value(0).toLongLong();
        if (ids.isEmpty())
            continue;
        QSqlQuery update(m_db);
        update.prepare(
            QStringLiteral("UPDATE %1 SET owner_id = ?, updated_at = ? WHERE %2").arg(table, whereOwned(kind)));
        update.addBindValue(to);
        update.addBindValue(now);
        update.addBindValue(from);
        if (!update.exec())
            return sqlError(update, tr("Handing over the work"));
        const QJsonObject change { { QStringLiteral("owner_id"),
            QJsonObject { { QStringLiteral("old"), from }, { QStringLiteral("new"), to } } } };
        if (Status status
            = AuditTrail::recordBulk(m_db, AuditEntry::Action::Update, QLatin1String(kind.entity), ids, change, batch);
            !status)
            return status.error();
        moved.*kind.count = ids.size();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return moved;
}

#include "SalesRepHandover.h"
#include "Clock.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QJsonValue>
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

const Kind *kindOf(const QString &entity)
{
    for (const Kind &kind : kKinds) {
        if (entity == QLatin1String(kind.entity))
            return &kind;
    }
    return nullptr;
}

QJsonValue ownerValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

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

// from 0: only `to` is checked.
Status SalesRepHandover::checkReps(qint64 from, qint64 to) const
{
    if (from == to)
        return Error(tr("Choose another sales rep to hand the work over to."));
    for (qint64 id : { from, to }) {
        if (id == 0)
            continue;
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

Result<SalesRepHandover::Work> SalesRepHandover::handOver(
    qint64 from, qint64 to, const Progress &progress, const std::atomic_bool *cancel)
{
    if (Status status = checkReps(from, to); !status)
        return status.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    // The rows first, so that progress can count them; then UPDATEs of a few hundred rows by id (a large rep's
    // handover takes seconds in a big book, and can be cancelled between them).
    QList<QList<qint64>> ids;
    qsizetype total = 0;
    for (const Kind &kind : kKinds) {
        QSqlQuery select(m_db);
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(QLatin1String(kind.table), whereOwned(kind)));
        select.addBindValue(from);
        if (!select.exec())
            return sqlError(select, tr("Handing over the work"));
        ids.append(QList<qint64>());
        while (select.next())
            ids.last() << select.value(0).toLongLong();
        total += ids.last().size();
    }
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    const QString batch = AuditLog::newBatchId();
    const QJsonObject change { { QStringLiteral("owner_id"),
        QJsonObject { { QStringLiteral("old"), from }, { QStringLiteral("new"), to } } } };
    constexpr qsizetype kChunk = 500;
    Work moved;
    qsizetype done = 0;
    for (qsizetype k = 0; k < qsizetype(std::size(kKinds)); ++k) {
        const Kind &kind = kKinds[k];
        for (qsizetype start = 0; start < ids[k].size(); start += kChunk) {
            if (cancel && *cancel) {
                transaction.rollback();
                return Error(tr("The handover was cancelled; nothing changed."));
            }
            const QList<qint64> chunk = ids[k].mid(start, kChunk);
            QStringList marks(chunk.size(), QStringLiteral("?"));
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE %1 SET owner_id = ?, updated_at = ? WHERE id IN (%2)")
                               .arg(QLatin1String(kind.table), marks.join(QLatin1Char(','))));
            update.addBindValue(to);
            update.addBindValue(now);
            for (qint64 id : chunk)
                update.addBindValue(id);
            if (!update.exec())
                return sqlError(update, tr("Handing over the work"));
            done += chunk.size();
            if (progress)
                progress(double(done) / double(total));
        }
        if (Status status = AuditTrail::recordBulk(
                m_db, AuditEntry::Action::Update, QLatin1String(kind.entity), ids[k], change, batch);
            !status)
            return status.error();
        moved.*kind.count = ids[k].size();
    }
    if (cancel && *cancel) {
        transaction.rollback();
        return Error(tr("The handover was cancelled; nothing changed."));
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    if (progress)
        progress(1.0);
    return moved;
}

Result<QList<SalesRepHandover::Reassigned>> SalesRepHandover::assignCustomers(
    const QList<qint64> &customerIds, qint64 to, bool openWork)
{
    if (Status status = checkReps(0, to); !status)
        return status.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    QList<Reassigned> changes;
    for (qint64 customerId : customerIds) {
        if (Status status = assignCustomer(customerId, to, openWork, now, &changes); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return changes;
}

Status SalesRepHandover::assignCustomer(
    qint64 customerId, qint64 to, bool openWork, const QString &now, QList<Reassigned> *changes)
{
    QSqlQuery current(m_db);
    current.prepare(QStringLiteral("SELECT owner_id FROM customers WHERE id = ?"));
    current.addBindValue(customerId);
    if (!current.exec())
        return sqlError(current, tr("Assigning the customers"));
    if (!current.next())
        return Error(tr("The customer %1 is not in this book (any more).").arg(customerId));
    const qint64 previous = current.value(0).toLongLong();
    if (previous == to)
        return {};
    const Reassigned customer { QStringLiteral("customer"), customerId, customerId, previous };
    if (Status status = setOwner(customer, to, previous, now); !status)
        return status;
    changes->append(customer);
    if (!openWork || previous == 0)
        return {};
    for (const Kind &kind : kKinds) {
        if (kind.count == &Work::customers)
            continue;
        QSqlQuery open(m_db);
        open.prepare(QStringLiteral("SELECT id FROM %1 WHERE customer_id = ? AND %2")
                         .arg(QLatin1String(kind.table), whereOwned(kind)));
        open.addBindValue(customerId);
        open.addBindValue(previous);
        if (!open.exec())
            return sqlError(open, tr("Assigning the customers"));
        QList<qint64> ids;
        while (open.next())
            ids << open.value(0).toLongLong();
        for (qint64 id : std::as_const(ids)) {
            const Reassigned record { QLatin1String(kind.entity), id, customerId, previous };
            if (Status status = setOwner(record, to, previous, now); !status)
                return status;
            changes->append(record);
        }
    }
    return {};
}

Status SalesRepHandover::setOwner(const Reassigned &record, qint64 owner, qint64 previous, const QString &now)
{
    const Kind *kind = kindOf(record.entity);
    Q_ASSERT(kind);
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE %1 SET owner_id = ?, updated_at = ? WHERE id = ?").arg(QLatin1String(kind->table)));
    update.addBindValue(owner > 0 ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()));
    update.addBindValue(now);
    update.addBindValue(record.id);
    if (!update.exec())
        return sqlError(update, tr("Assigning the customers"));
    const QString field = QStringLiteral("owner_id");
    return AuditTrail::recordUpdate(m_db, record.entity, record.id, record.customerId,
        { { field, ownerValue(previous) } }, { { field, ownerValue(owner) } });
}

Status SalesRepHandover::undo(const QList<Reassigned> &changes, qint64 to)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    for (const Reassigned &record : changes) {
        if (Status status = setOwner(record, record.previousOwner, to, now); !status)
            return status;
    }
    return transaction.commit();
}

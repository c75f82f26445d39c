#include "CustomerBulkEdit.h"
#include "Clock.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "repo/LookupRepository.h"

#include <QJsonObject>
#include <QSqlQuery>

Result<QList<CustomerBulkEdit::Previous>> CustomerBulkEdit::apply(const QList<qint64> &ids, const Change &change)
{
    if (change.tier && !change.tier->isEmpty()) {
        const QStringList tiers = LookupRepository(m_db).tiers().value_or({});
        if (!tiers.contains(*change.tier))
            return Error(
                tr("\"%1\" is not one of this book's tiers (%2).").arg(*change.tier, tiers.join(QStringLiteral(", "))));
    }
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT tier, stage FROM customers WHERE id = ?"));
    QList<Previous> changed;
    for (qint64 id : ids) {
        read.addBindValue(id);
        if (!read.exec())
            return sqlError(read, tr("Changing the customers"));
        if (!read.next())
            return Error(tr("The customer %1 is not in this book (any more).").arg(id));
        const Previous before { id, read.value(0).toString(),
            lifecycleStageFromString(read.value(1).toString()).value_or(LifecycleStage::Lead) };
        read.finish();
        const QString tier = change.tier.value_or(before.tier);
        const LifecycleStage stage = change.stage.value_or(before.stage);
        if (tier == before.tier && stage == before.stage)
            continue;
        if (Status status = write(id, before, tier, stage, now); !status)
            return status.error();
        changed << before;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return changed;
}

Status CustomerBulkEdit::undo(const QList<Previous> &previous)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT tier, stage FROM customers WHERE id = ?"));
    for (const Previous &customer : previous) {
        read.addBindValue(customer.id);
        if (!read.exec() || !read.next())
            return sqlError(read, tr("Changing the customers"));
        const Previous current { customer.id, read.value(0).toString(),
            lifecycleStageFromString(read.value(1).toString()).value_or(LifecycleStage::Lead) };
        read.finish();
        if (Status status = write(customer.id, current, customer.tier, customer.stage, now); !status)
            return status;
    }
    return transaction.commit();
}

Status CustomerBulkEdit::write(
    qint64 id, const Previous &before, const QString &tier, LifecycleStage stage, const QString &now)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE customers SET tier = ?, stage = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(tier.isNull() ? QStringLiteral("") : tier); // a null QString would bind as NULL
    update.addBindValue(toString(stage));
    update.addBindValue(now);
    update.addBindValue(id);
    if (!update.exec())
        return sqlError(update, tr("Changing the customers"));
    const QString tierField = QStringLiteral("tier"), stageField = QStringLiteral("stage");
    return AuditTrail::recordUpdate(m_db, QStringLiteral("customer"), id, id,
        { { tierField, before.tier }, { stageField, toString(before.stage) } },
        { { tierField, tier }, { stageField, toString(stage) } });
}

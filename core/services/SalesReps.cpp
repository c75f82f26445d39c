#include "SalesReps.h"
#include "Clock.h"
#include "SalesRepHandover.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/PhoneNumbers.h"
#include "repo/LookupRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

Result<QList<SalesReps::Rep>> SalesReps::list() const
{
    auto owners = LookupRepository(m_db).owners();
    if (!owners)
        return owners.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT owner_id, count(*) FROM customers WHERE deleted_at IS NULL AND owner_id IS "
                                   "NOT NULL GROUP BY owner_id")))
        return sqlError(query, tr("Counting the customers of each sales rep"));
    QHash<qint64, qint64> customers;
    while (query.next())
        customers.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    QList<Rep> reps;
    for (const Owner &owner : owners.value())
        reps << Rep { owner.id, owner.name, owner.email, customers.value(owner.id) };
    return reps;
}

QList<Error> SalesReps::check(const QList<Rep> &reps)
{
    QList<Error> errors;
    QStringList seen;
    for (const Rep &rep : reps) {
        const QString name = rep.name.trimmed();
        if (name.isEmpty())
            errors << Error(tr("A sales rep needs a name."));
        else if (seen.contains(name.toCaseFolded()))
            errors << Error(tr("There are two sales reps named \"%1\".").arg(name));
        else if (!rep.email.trimmed().isEmpty()) {
            if (Status valid = Emails::validate(rep.email); !valid)
                errors << Error(tr("%1: %2").arg(name, valid.error().message));
        }
        seen << name.toCaseFolded();
    }
    return errors;
}

Status SalesReps::save(const QList<Rep> &reps)
{
    if (const QList<Error> errors = check(reps); !errors.isEmpty())
        return errors.first();
    auto before = LookupRepository(m_db).owners();
    if (!before)
        return before.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    const QString entity = QStringLiteral("owner");
    for (const Owner &owner : std::as_const(before.value())) {
        const auto kept
            = std::find_if(reps.cbegin(), reps.cend(), [&owner](const Rep &rep) { return rep.id == owner.id; });
        if (kept != reps.cend()) {
            const QString name = kept->name.trimmed();
            const QString email = kept->email.trimmed();
            if (name == owner.name && email == owner.email)
                continue;
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE owners SET name = ?, email = ?, updated_at = ? WHERE id = ?"));
            update.addBindValue(name);
            update.addBindValue(email);
            update.addBindValue(now);
            update.addBindValue(owner.id);
            if (!update.exec())
                return sqlError(update, tr("Saving the sales rep \"%1\"").arg(name));
            if (Status status = AuditTrail::recordUpdate(m_db, entity, owner.id, 0,
                    { { QStringLiteral("name"), owner.name }, { QStringLiteral("email"), owner.email } },
                    { { QStringLiteral("name"), name }, { QStringLiteral("email"), email } });
                !status)
                return status;
            continue;
        }
        auto open = SalesRepHandover(m_db).openWorkOf(owner.id);
        if (!open)
            return open.error();
        if (open.value().total() > 0)
            return Error(tr("%1 still has %n customer(s) or open record(s): hand them over to another sales rep "
                            "first.",
                nullptr, int(open.value().total()))
                             .arg(owner.name));
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("UPDATE owners SET deleted_at = ?, updated_at = ? WHERE id = ?"));
        remove.addBindValue(now);
        remove.addBindValue(now);
        remove.addBindValue(owner.id);
        if (!remove.exec())
            return sqlError(remove, tr("Removing the sales rep \"%1\"").arg(owner.name));
        if (Status status = AuditTrail::record(
                m_db, AuditEntry::Action::Delete, entity, owner.id, 0, { { QStringLiteral("name"), owner.name } });
            !status)
            return status;
    }
    for (const Rep &rep : reps) {
        if (rep.id != 0)
            continue;
        auto id = LookupRepository(m_db).addOwner(rep.name, rep.email);
        if (!id)
            return id.error();
        if (Status status = AuditTrail::recordCreate(m_db, entity, id.value(), 0,
                { { QStringLiteral("name"), rep.name.trimmed() }, { QStringLiteral("email"), rep.email.trimmed() } });
            !status)
            return status;
    }
    return transaction.commit();
}

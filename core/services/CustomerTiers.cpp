#include "CustomerTiers.h"
#include "Clock.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "repo/LookupRepository.h"
#include "services/FollowUpService.h"

#include <QJsonObject>
#include <QSqlQuery>

Result<QHash<QString, qint64>> CustomerTiers::usage() const
{
    // Listed customers and the trash apart, so that each count reads an index of its own (customers_by_tier,
    // customers_in_trash) instead of the whole table: 0.1 s against 3.6 s for a million customers.
    QHash<QString, qint64> counts;
    for (const QString &where : { QStringLiteral("deleted_at IS NULL"), QStringLiteral("deleted_at IS NOT NULL") }) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT tier, count(*) FROM customers WHERE %1 AND tier <> '' GROUP BY tier")
                            .arg(where)))
            return sqlError(query, tr("Counting the customers of each tier"));
        while (query.next())
            counts[query.value(0).toString()] += query.value(1).toLongLong();
    }
    return counts;
}

QList<Error> CustomerTiers::check(const QList<Edit> &tiers)
{
    QList<Error> errors;
    QStringList seen;
    for (const Edit &tier : tiers) {
        const QString name = tier.to.trimmed();
        if (name.isEmpty())
            errors << Error(tr("A tier needs a name."));
        else if (name.size() > kMaxNameLength)
            errors << Error(tr("\"%1\" is longer than %2 characters.").arg(name).arg(kMaxNameLength));
        else if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('=')))
            errors << Error(tr("\"%1\" contains a comma or an equals sign, which a tier name cannot.").arg(name));
        else if (seen.contains(name.toCaseFolded()))
            errors << Error(tr("There are two tiers named \"%1\".").arg(name));
        seen << name.toCaseFolded();
    }
    return errors;
}

Status CustomerTiers::save(const QList<Edit> &tiers)
{
    if (const QList<Error> errors = check(tiers); !errors.isEmpty())
        return errors.first();
    auto before = LookupRepository(m_db).tiers();
    if (!before)
        return before.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    auto counts = usage();
    if (!counts)
        return counts.error();
    QStringList kept;
    for (const Edit &tier : tiers)
        kept << tier.from;
    for (const QString &old : std::as_const(before.value())) {
        if (!kept.contains(old) && counts.value().value(old) > 0)
            return Error(tr("%n customer(s) have the tier \"%1\": give them another tier, or rename \"%1\" instead of "
                            "removing it.",
                nullptr, int(counts.value().value(old)))
                             .arg(old));
    }
    // A tier renamed to a name another tier has now moves in two steps, through a name no tier can have, so that
    // swapping two names (A and B) does not merge their customers.
    struct Rename
    {
        QString from;
        QString to;
        QString parked;
    };
    QList<Rename> renames;
    QStringList names;
    for (const Edit &tier : tiers) {
        const QString name = tier.to.trimmed();
        names << name;
        if (!tier.from.isEmpty() && tier.from != name && counts.value().value(tier.from) > 0)
            renames << Rename { tier.from, name,
                counts.value().contains(name) ? QStringLiteral("\x1f%1").arg(renames.size()) : QString() };
    }
    QSqlQuery move(m_db);
    move.prepare(QStringLiteral("UPDATE customers SET tier = ?, updated_at = ? WHERE tier = ?"));
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    const auto moveTier = [&](const QString &from, const QString &to) -> Result<qint64> {
        move.addBindValue(to);
        move.addBindValue(now);
        move.addBindValue(from);
        if (!move.exec())
            return sqlError(move, tr("Renaming the tier \"%1\"").arg(from));
        return qint64(move.numRowsAffected());
    };
    for (const Rename &rename : std::as_const(renames)) {
        if (rename.parked.isEmpty())
            continue;
        if (auto moved = moveTier(rename.from, rename.parked); !moved)
            return moved.error();
    }
    for (const Rename &rename : std::as_const(renames)) {
        auto moved = moveTier(rename.parked.isEmpty() ? rename.from : rename.parked, rename.to);
        if (!moved)
            return moved.error();
        const QJsonObject changes {
            { QStringLiteral("tier"),
                QJsonObject { { QStringLiteral("old"), rename.from }, { QStringLiteral("new"), rename.to } } },
            { QStringLiteral("rows"), moved.value() },
        };
        if (Status status
            = AuditTrail::record(m_db, AuditEntry::Action::Update, QStringLiteral("customer"), 0, 0, changes);
            !status)
            return status;
    }
    if (Status status = LookupRepository(m_db).setTiers(names); !status)
        return status;
    // The follow-up interval of each tier goes with its name.
    FollowUpService followUps(m_db);
    auto intervals = followUps.tierIntervals();
    if (!intervals)
        return intervals.error();
    QMap<QString, int> movedIntervals;
    for (const Edit &tier : tiers) {
        if (!tier.from.isEmpty() && intervals.value().contains(tier.from))
            movedIntervals.insert(tier.to.trimmed(), intervals.value().value(tier.from));
    }
    if (Status status = followUps.setTierIntervals(movedIntervals); !status)
        return status;
    return transaction.commit();
}

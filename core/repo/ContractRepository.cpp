#include "ContractRepository.h"
#include "SqlHelpers.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace SqlHelpers;

namespace {

const QString kColumns = QStringLiteral(
    "k.id, k.uuid, k.customer_id, c.name, k.owner_id, coalesce(o.name, co.name), k.number, k.title, k.start_date, "
    "k.end_date, k.value_minor, k.currency, k.billing_cycle, k.auto_renew, k.notice_days, k.status, k.notes, "
    "k.quote_id, k.previous_contract_id, (SELECT min(n.id) FROM contracts n WHERE n.previous_contract_id = k.id "
    "AND n.deleted_at IS NULL), k.created_at, k.updated_at");
const QString kFrom = QStringLiteral("FROM contracts k JOIN customers c ON c.id = k.customer_id "
                                     "LEFT JOIN owners o ON o.id = k.owner_id "
                                     "LEFT JOIN owners co ON co.id = c.owner_id");

Contract contractFrom(const QSqlQuery &query)
{
    Contract k;
    k.id = query.value(0).toLongLong();
    k.uuid = query.value(1).toString();
    k.customerId = query.value(2).toLongLong();
    k.customerName = query.value(3).toString();
    k.ownerId = query.value(4).toLongLong();
    k.ownerName = query.value(5).toString();
    k.number = query.value(6).toString();
    k.title = query.value(7).toString();
    k.startDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    k.endDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    k.value = Amount { query.value(10).toLongLong(), query.value(11).toString() };
    k.billingCycle = billingCycleFromString(query.value(12).toString()).value_or(BillingCycle::Yearly);
    k.autoRenew = query.value(13).toInt() != 0;
    k.noticeDays = query.value(14).toInt();
    k.status = contractStatusFromString(query.value(15).toString()).value_or(ContractStatus::Active);
    k.notes = query.value(16).toString();
    if (!query.value(17).isNull())
        k.quoteId = query.value(17).toLongLong();
    k.previousContractId = query.value(18).toLongLong();
    k.nextContractId = query.value(19).toLongLong();
    k.createdAt = toDateTime(query.value(20));
    k.updatedAt = toDateTime(query.value(21));
    return k;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindContract(QSqlQuery &query, const Contract &k)
{
    query.addBindValue(idOrNull(k.ownerId));
    query.addBindValue(k.number.trimmed());
    query.addBindValue(text(k.title.trimmed()));
    query.addBindValue(fromDate(k.startDate));
    query.addBindValue(fromDate(k.endDate));
    query.addBindValue(k.value.minor);
    query.addBindValue(k.value.currency.trimmed().toUpper());
    query.addBindValue(toString(k.billingCycle));
    query.addBindValue(k.autoRenew ? 1 : 0);
    query.addBindValue(k.noticeDays);
    query.addBindValue(toString(k.status));
    query.addBindValue(text(k.notes));
    query.addBindValue(k.quoteId ? QVariant(*k.quoteId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(idOrNull(k.previousContractId));
}

Status check(const Contract &k)
{
    if (k.customerId <= 0)
        return Error { ContractRepository::tr("A contract needs a customer."), {}, -1, -1, QStringLiteral("customer") };
    if (k.number.trimmed().isEmpty())
        return Error { ContractRepository::tr("A contract needs a number."), {}, -1, -1, QStringLiteral("number") };
    if (!k.startDate.isValid() || !k.endDate.isValid())
        return Error { ContractRepository::tr("Contract %1 needs a start and an end date.").arg(k.number), {}, -1, -1,
            QStringLiteral("end_date") };
    if (k.endDate < k.startDate)
        return Error { ContractRepository::tr("Contract %1 ends (%2) before it starts (%3).")
                           .arg(k.number, k.endDate.toString(Qt::ISODate), k.startDate.toString(Qt::ISODate)),
            {}, -1, -1, QStringLiteral("end_date") };
    if (k.value.minor < 0)
        return Error { ContractRepository::tr("The value of contract %1 cannot be negative.").arg(k.number), {}, -1, -1,
            QStringLiteral("value") };
    if (k.value.currency.trimmed().size() != 3)
        return Error { ContractRepository::tr("The currency of contract %1 must be a three-letter code such as CNY.")
                           .arg(k.number),
            {}, -1, -1, QStringLiteral("currency") };
    if (k.noticeDays < 0 || k.noticeDays > 3650)
        return Error {
            ContractRepository::tr("The notice period of contract %1 must be between 0 and 3650 days.").arg(k.number),
            {}, -1, -1, QStringLiteral("notice_days")
        };
    return {};
}

const QString kEntity = QStringLiteral("contract");

// The audited fields of a contract, as stored.
QJsonObject auditFields(const Contract &k)
{
    return QJsonObject {
        { QStringLiteral("number"), k.number.trimmed() },
        { QStringLiteral("title"), k.title.trimmed() },
        { QStringLiteral("start_date"), k.startDate.toString(Qt::ISODate) },
        { QStringLiteral("end_date"), k.endDate.toString(Qt::ISODate) },
        { QStringLiteral("value_minor"), k.value.minor },
        { QStringLiteral("currency"), k.value.currency.trimmed().toUpper() },
        { QStringLiteral("billing_cycle"), toString(k.billingCycle) },
        { QStringLiteral("auto_renew"), k.autoRenew },
        { QStringLiteral("notice_days"), k.noticeDays },
        { QStringLiteral("status"), toString(k.status) },
        { QStringLiteral("notes"), k.notes },
        { QStringLiteral("owner_id"), k.ownerId },
        { QStringLiteral("quote_id"), k.quoteId.value_or(0) },
        { QStringLiteral("previous_contract_id"), k.previousContractId },
    };
}

} // namespace

Result<qint64> ContractRepository::create(const Contract &contract)
{
    if (Status status = check(contract); !status)
        return status.error();
    auto exists = numberExists(contract.number.trimmed());
    if (!exists)
        return exists.error();
    if (exists.value())
        return Error { tr("There is already a contract numbered %1.").arg(contract.number.trimmed()), {}, -1, -1,
            QStringLiteral("number") };
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO contracts (owner_id, number, title, start_date, end_date, value_minor, currency, billing_cycle, "
        "auto_renew, notice_days, status, notes, quote_id, previous_contract_id, uuid, customer_id, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindContract(query, contract);
    query.addBindValue(contract.uuid.isEmpty() ? Database::newUuid() : contract.uuid);
    query.addBindValue(contract.customerId);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Saving contract %1").arg(contract.number));
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = AuditTrail::recordCreate(m_db, kEntity, id, contract.customerId, auditFields(contract));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ContractRepository::update(const Contract &contract)
{
    if (Status status = check(contract); !status)
        return status;
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    auto before = find(contract.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE contracts SET owner_id = ?, number = ?, title = ?, start_date = ?, end_date = ?, value_minor = ?, "
        "currency = ?, billing_cycle = ?, auto_renew = ?, notice_days = ?, status = ?, notes = ?, quote_id = ?, "
        "previous_contract_id = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    bindContract(query, contract);
    query.addBindValue(Database::nowTimestamp());
    query.addBindValue(contract.id);
    if (!query.exec())
        return sqlError(query, tr("Saving contract %1").arg(contract.number));
    if (query.numRowsAffected() != 1)
        return Error { tr("Contract %1 no longer exists.").arg(contract.number) };
    if (Status status = AuditTrail::recordUpdate(m_db, kEntity, contract.id, before.value().customerId,
            auditFields(before.value()), auditFields(contract));
        !status)
        return status;
    return transaction.commit();
}

Result<Contract> ContractRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("k.id = ?"), { id }, {});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error { tr("There is no contract with the number %1 in the book.").arg(id) };
    return found.value().first();
}

Result<bool> ContractRepository::numberExists(const QString &number) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM contracts WHERE number = ?"));
    query.addBindValue(number);
    if (!query.exec())
        return sqlError(query, tr("Checking contract numbers"));
    return query.next();
}

Result<QList<Contract>> ContractRepository::select(
    const QString &where, const QVariantList &binds, const QString &orderLimit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 %2 WHERE %3 %4").arg(kColumns, kFrom, where, orderLimit)))
        return sqlError(query, tr("Reading contracts"));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Reading contracts"));
    QList<Contract> contracts;
    while (query.next())
        contracts << contractFrom(query);
    return contracts;
}

Result<QList<Contract>> ContractRepository::forCustomer(qint64 customerId) const
{
    return select(QStringLiteral("k.customer_id = ? AND k.deleted_at IS NULL"), { customerId },
        QStringLiteral("ORDER BY k.end_date DESC, k.id DESC"));
}

namespace {

const QString kEndingWhere = QStringLiteral(
        "k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.status IN ('active', 'expiring') AND k.end_date >= ? "
        "AND k.end_date <= ? AND (? = 0 OR coalesce(k.owner_id, c.owner_id) = ?)");

// The contracts counted for the renewals page: those of customers not in the trash and, for one owner, that
// owner's. Everyone's need no customer row: the trash is small and read once for NOT IN, where joining each
// contract to the wide customers table read it at random (1 s of a 1.3 s count in a million-customer book).
// `conditions` speaks of the contract as k; the owner's id, when not 0, is bound after its parameters.
QString countedContracts(const QString &conditions, qint64 ownerId)
{
    if (ownerId == 0)
        return QStringLiteral("FROM contracts k WHERE k.customer_id NOT IN (SELECT id FROM customers WHERE "
                              "deleted_at IS NOT NULL) AND %1")
            .arg(conditions);
    return QStringLiteral("FROM contracts k JOIN customers c ON c.id = k.customer_id WHERE c.deleted_at IS NULL AND "
                          "%1 AND coalesce(k.owner_id, c.owner_id) = ?")
        .arg(conditions);
}

const QString kEndingConditions = QStringLiteral(
    "k.deleted_at IS NULL AND k.status IN ('active', 'expiring') AND k.end_date >= ? AND k.end_date <= ?");
const QString kLapsedConditions
    = QStringLiteral("k.deleted_at IS NULL AND k.status IN ('active', 'expiring', 'expired') AND k.end_date < ?");

} // namespace

Result<QList<Contract>> ContractRepository::ending(const QDate &from, const QDate &to, qint64 ownerId, int limit) const
{
    return select(kEndingWhere, { from.toString(Qt::ISODate), to.toString(Qt::ISODate), ownerId, ownerId },
        QStringLiteral("ORDER BY k.end_date, k.id") + (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
}

Result<QMap<int, EndingTotals>> ContractRepository::endingTotals(
    const QDate &from, const QList<int> &horizons, qint64 ownerId) const
{
    // One read for every horizon: each contract is counted in the nearest horizon it ends within, then the
    // horizons are added up from the nearest.
    QList<int> sorted = horizons;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return QMap<int, EndingTotals>();
    QString bucket = QStringLiteral("CASE");
    QVariantList binds;
    for (int horizon : sorted) {
        bucket += QStringLiteral(" WHEN k.end_date <= ? THEN %1").arg(horizon);
        binds << from.addDays(horizon).toString(Qt::ISODate);
    }
    bucket += QStringLiteral(" END");
    binds << from.toString(Qt::ISODate) << from.addDays(sorted.last()).toString(Qt::ISODate);
    if (ownerId != 0)
        binds << ownerId;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, k.currency, count(*), sum(k.value_minor) %2 GROUP BY 1, 2")
                      .arg(bucket, countedContracts(kEndingConditions, ownerId)));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Reading contracts"));
    QMap<int, EndingTotals> totals;
    while (query.next()) {
        const int within = query.value(0).toInt();
        for (int horizon : sorted) {
            if (horizon < within)
                continue;
            totals[horizon].contracts += query.value(2).toInt();
            totals[horizon].value[query.value(1).toString()] += query.value(3).toLongLong();
        }
    }
    for (int horizon : sorted)
        totals[horizon]; // present, if empty
    return totals;
}

namespace {

const QString kLapsedWhere = QStringLiteral("k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.status IN ('active', "
                                            "'expiring', 'expired') AND k.end_date < ? AND (? = 0 OR "
                                            "coalesce(k.owner_id, c.owner_id) = ?)");

} // namespace

Result<QList<Contract>> ContractRepository::lapsed(const QDate &today, int limit, qint64 ownerId) const
{
    return select(kLapsedWhere, { today.toString(Qt::ISODate), ownerId, ownerId },
        QStringLiteral("ORDER BY k.end_date DESC, k.id LIMIT %1").arg(limit));
}

Result<int> ContractRepository::lapsedCount(const QDate &today, qint64 ownerId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) %1").arg(countedContracts(kLapsedConditions, ownerId)));
    query.addBindValue(today.toString(Qt::ISODate));
    if (ownerId != 0)
        query.addBindValue(ownerId);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Reading contracts"));
    return query.value(0).toInt();
}

Result<QList<RenewalMonth>> ContractRepository::renewalsByMonth(const QDate &today, int months, qint64 ownerId) const
{
    const QDate last(today.year(), today.month(), 1);
    const QDate first = last.addMonths(-(months - 1));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Drafts and contracts terminated early were never up for renewal; a contract still running (this month's,
    // ending after today) is not yet renewed or lost, unless it was renewed early.
    query.prepare(QStringLiteral("SELECT substr(k.end_date, 1, 7), count(*), sum(CASE WHEN k.status = 'renewed' THEN "
                                 "1 ELSE 0 END) %1 GROUP BY substr(k.end_date, 1, 7)")
                      .arg(countedContracts(QStringLiteral("k.deleted_at IS NULL AND k.status IN ('active', "
                                                           "'expiring', 'expired', 'renewed') AND k.end_date >= ? AND "
                                                           "k.end_date < ? AND (k.end_date < ? OR k.status = "
                                                           "'renewed')"),
                          ownerId)));
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(last.addMonths(1).toString(Qt::ISODate));
    query.addBindValue(today.toString(Qt::ISODate));
    if (ownerId != 0)
        query.addBindValue(ownerId);
    if (!query.exec())
        return sqlError(query, tr("Counting renewals"));
    QList<RenewalMonth> result;
    for (int i = 0; i < months; ++i)
        result << RenewalMonth { first.addMonths(i), 0, 0 };
    while (query.next()) {
        const QDate month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const int index = int((month.year() - first.year()) * 12 + month.month() - first.month());
        if (index >= 0 && index < months) {
            result[index].due = query.value(1).toInt();
            result[index].renewed = query.value(2).toInt();
        }
    }
    return result;
}

Result<int> ContractRepository::refreshStatuses(const QDate &today)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    const QString overdue = QStringLiteral("deleted_at IS NULL AND status IN ('active', 'expiring') AND end_date < ?");
    query.prepare(QStringLiteral("SELECT id FROM contracts WHERE %1 ORDER BY id").arg(overdue));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query, tr("Updating contract statuses"));
    QList<qint64> expired;
    while (query.next())
        expired << query.value(0).toLongLong();
    query.prepare(QStringLiteral("UPDATE contracts SET status = 'expired', updated_at = ? WHERE %1").arg(overdue));
    query.addBindValue(now);
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query, tr("Updating contract statuses"));
    int changed = query.numRowsAffected();
    const QJsonObject toExpired { { QStringLiteral("status"),
        QJsonObject { { QStringLiteral("new"), QStringLiteral("expired") } } } };
    if (Status status = AuditTrail::recordBulk(m_db, AuditEntry::Action::Update, kEntity, expired, toExpired);
        !status)
        return status.error();
    // The notice period differs per contract: the longest one bounds the range of end dates to look at.
    if (!query.exec(QStringLiteral(
            "SELECT coalesce(max(notice_days), 0) FROM contracts WHERE deleted_at IS NULL AND status = 'active'"))
        || !query.next())
        return sqlError(query, tr("Updating contract statuses"));
    const int longestNotice = query.value(0).toInt();
    query.prepare(QStringLiteral("SELECT id, end_date, notice_days FROM contracts WHERE deleted_at IS NULL AND "
                                 "status = 'active' AND end_date >= ? AND end_date <= ?"));
    query.addBindValue(today.toString(Qt::ISODate));
    query.addBindValue(today.addDays(longestNotice).toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query, tr("Updating contract statuses"));
    QList<qint64> expiring;
    while (query.next()) {
        const QDate end = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (today.daysTo(end) <= query.value(2).toInt())
            expiring << query.value(0).toLongLong();
    }
    for (qsizetype i = 0; i < expiring.size(); i += 500) {
        const QList<qint64> chunk = expiring.mid(i, 500);
        QSqlQuery mark(m_db);
        mark.prepare(QStringLiteral("UPDATE contracts SET status = 'expiring', updated_at = ? WHERE id IN (%1)")
                         .arg(placeholders(chunk.size())));
        mark.addBindValue(now);
        bindAll(mark, chunk);
        if (!mark.exec())
            return sqlError(mark, tr("Updating contract statuses"));
        changed += int(chunk.size());
    }
    const QJsonObject toExpiring { { QStringLiteral("status"),
        QJsonObject { { QStringLiteral("old"), QStringLiteral("active") },
            { QStringLiteral("new"), QStringLiteral("expiring") } } } };
    if (Status status = AuditTrail::recordBulk(m_db, AuditEntry::Action::Update, kEntity, expiring, toExpiring);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return changed;
}

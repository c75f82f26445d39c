#include "RenewalService.h"
#include "Clock.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Activity.h"
#include "repo/ActivityRepository.h"
#include "repo/LookupRepository.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kDaysKey = QStringLiteral("renewal_reminder_days");
const QString kDefaultDays = QStringLiteral("60,30,7");

// Whole months from start to the day after end, or -1 when the period is not a whole number of months.
int wholeMonths(const QDate &start, const QDate &end)
{
    const QDate after = end.addDays(1);
    const int months = (after.year() - start.year()) * 12 + after.month() - start.month();
    if (months > 0 && start.addMonths(months) == after)
        return months;
    return -1;
}

} // namespace

QList<int> RenewalService::parseDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (ok && value >= 0 && !days.contains(value))
            days << value;
    }
    std::sort(days.begin(), days.end(), std::greater<int>());
    return days;
}

Result<QList<int>> RenewalService::reminderDays() const
{
    auto text = LookupRepository(m_db).setting(kDaysKey, kDefaultDays);
    if (!text)
        return text.error();
    return parseDays(text.value());
}

Status RenewalService::setReminderDays(const QList<int> &days)
{
    QStringList parts;
    for (int value : days) {
        if (value < 0 || value > 3650)
            return Error {
                tr("A renewal reminder must fall between 0 and 3650 days before the end date, not %1.").arg(value)
            };
        parts << QString::number(value);
    }
    return LookupRepository(m_db).setSetting(kDaysKey, parts.join(QLatin1Char(',')));
}

Result<int> RenewalService::runReminders(const QDate &today)
{
    auto thresholds = reminderDays();
    if (!thresholds)
        return thresholds.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    ContractRepository contracts(m_db);
    if (auto refreshed = contracts.refreshStatuses(today); !refreshed)
        return refreshed.error();
    const int longest = thresholds.value().value(0, -1);
    // Customers in the trash are left out with NOT IN over the small trash; each new reminder's owner (the
    // contract's, else its customer's) is looked up for it alone. Joining every contract ending soon to the wide
    // customers table, and preparing the "already reminded?" lookup once per contract, froze the window for half a
    // second at each start with a million customers.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT k.id, k.customer_id, k.owner_id, k.number, k.title, k.end_date FROM contracts k WHERE "
        "k.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL) AND k.deleted_at IS NULL AND "
        "k.status IN ('active', 'expiring') AND k.end_date >= ? AND k.end_date <= ?"));
    query.addBindValue(today.toString(Qt::ISODate));
    query.addBindValue(today.addDays(longest).toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query, tr("Looking for contracts to renew"));
    QSqlQuery exists(m_db);
    QSqlQuery customerOwner(m_db);
    if (!exists.prepare(QStringLiteral("SELECT 1 FROM activities WHERE contract_id = ? AND renewal_threshold = ?"))
        || !customerOwner.prepare(QStringLiteral("SELECT owner_id FROM customers WHERE id = ?")))
        return sqlError(exists.lastError().isValid() ? exists : customerOwner, tr("Looking for contracts to renew"));
    QList<Activity> reminders;
    while (query.next()) {
        const QDate end = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        const qint64 daysLeft = today.daysTo(end);
        // The nearest threshold reached: a book opened 20 days before the end gets the 30-day reminder only.
        int reached = -1;
        for (int threshold : thresholds.value()) {
            if (daysLeft <= threshold)
                reached = threshold;
        }
        if (reached < 0)
            continue;
        const qint64 contractId = query.value(0).toLongLong();
        exists.bindValue(0, contractId);
        exists.bindValue(1, reached);
        if (!exists.exec())
            return sqlError(exists, tr("Looking for contracts to renew"));
        const bool reminded = exists.next();
        exists.finish();
        if (reminded)
            continue;
        Activity a;
        a.customerId = query.value(1).toLongLong();
        a.ownerId = query.value(2).toLongLong();
        if (a.ownerId == 0) {
            customerOwner.bindValue(0, a.customerId);
            if (!customerOwner.exec())
                return sqlError(customerOwner, tr("Looking for contracts to renew"));
            a.ownerId = customerOwner.next() ? customerOwner.value(0).toLongLong() : 0;
            customerOwner.finish();
        }
        a.type = ActivityType::Task;
        const QString number = query.value(3).toString();
        const QString title = query.value(4).toString();
        a.subject
            = title.isEmpty() ? tr("Renew contract %1").arg(number) : tr("Renew contract %1 (%2)").arg(number, title);
        a.notes = tr("Contract %1 ends on %2 (reminder %n day(s) before the end).", nullptr, reached)
                      .arg(number, end.toString(Qt::ISODate));
        a.allDay = true;
        a.dueDate = today;
        a.priority = reached <= 7 ? ActivityPriority::High : ActivityPriority::Normal;
        a.contractId = contractId;
        a.renewalThreshold = reached;
        reminders << a;
    }
    query.finish();
    ActivityRepository activities(m_db);
    int created = 0;
    for (const Activity &a : reminders) {
        if (auto id = activities.create(a); !id)
            return id.error();
        ++created;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return created;
}

Result<QString> RenewalService::nextNumber(const QString &number) const
{
    static const QRegularExpression suffix(QStringLiteral("-R(\\d+)$"));
    const QRegularExpressionMatch match = suffix.match(number);
    const QString base = match.hasMatch() ? number.left(match.capturedStart()) : number;
    int n = match.hasMatch() ? match.captured(1).toInt() + 1 : 1;
    ContractRepository contracts(m_db);
    for (;; ++n) {
        const QString candidate = QStringLiteral("%1-R%2").arg(base).arg(n);
        auto exists = contracts.numberExists(candidate);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return candidate;
    }
}

Result<Contract> RenewalService::proposeRenewal(qint64 contractId) const
{
    auto found = ContractRepository(m_db).find(contractId);
    if (!found)
        return found.error();
    const Contract &old = found.value();
    Contract next = old;
    next.id = 0;
    next.uuid.clear();
    next.nextContractId = 0;
    next.previousContractId = old.id;
    next.quoteId.reset();
    next.notes.clear();
    next.status = ContractStatus::Active;
    next.startDate = old.endDate.addDays(1);
    const int months = wholeMonths(old.startDate, old.endDate);
    next.endDate = months > 0 ? next.startDate.addMonths(months).addDays(-1)
                              : next.startDate.addDays(old.startDate.daysTo(old.endDate));
    auto number = nextNumber(old.number);
    if (!number)
        return number.error();
    next.number = number.value();
    return next;
}

Result<qint64> RenewalService::renew(qint64 contractId, const Contract &successor)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    ContractRepository contracts(m_db);
    auto found = contracts.find(contractId);
    if (!found)
        return found.error();
    Contract old = std::move(found).value();
    if (old.nextContractId > 0 || old.status == ContractStatus::Renewed)
        return Error { tr("Contract %1 has already been renewed.").arg(old.number) };
    if (old.status == ContractStatus::Draft || old.status == ContractStatus::Terminated)
        return Error { tr("Contract %1 is %2 and cannot be renewed.").arg(old.number, displayName(old.status)) };
    Contract next = successor;
    next.customerId = old.customerId;
    next.previousContractId = old.id;
    if (next.status != ContractStatus::Draft)
        next.status = ContractStatus::Active;
    auto id = contracts.create(next);
    if (!id)
        return id.error();
    old.status = ContractStatus::Renewed;
    if (Status status = contracts.update(old); !status)
        return status.error();
    if (Status status = closeRenewalFollowUps(old, next.number.trimmed()); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id.value();
}

Status RenewalService::closeRenewalFollowUps(const Contract &old, const QString &successorNumber)
{
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT id, outcome FROM activities WHERE contract_id = ? AND status = 'planned'"));
    open.addBindValue(old.id);
    if (!open.exec())
        return sqlError(open, tr("Closing the renewal follow-ups of contract %1").arg(old.number));
    QList<std::pair<qint64, QString>> closing;
    while (open.next())
        closing.append({ open.value(0).toLongLong(), open.value(1).toString() });
    const QString outcome = tr("Renewed as %1").arg(successorNumber);
    const QString now = Database::timestamp(Clock::instance().nowUtc());
    QSqlQuery close(m_db);
    close.prepare(QStringLiteral(
        "UPDATE activities SET status = 'done', outcome = ?, completed_at = ?, updated_at = ? WHERE id = ?"));
    for (const auto &[id, previousOutcome] : closing) {
        close.addBindValue(outcome);
        close.addBindValue(now);
        close.addBindValue(now);
        close.addBindValue(id);
        if (!close.exec())
            return sqlError(close, tr("Closing the renewal follow-ups of contract %1").arg(old.number));
        const QJsonObject before { { QStringLiteral("status"), QStringLiteral("planned") },
            { QStringLiteral("outcome"), previousOutcome }, { QStringLiteral("completed_at"), QString() } };
        const QJsonObject after { { QStringLiteral("status"), QStringLiteral("done") },
            { QStringLiteral("outcome"), outcome }, { QStringLiteral("completed_at"), now } };
        if (Status status = AuditTrail::recordUpdate(m_db, QStringLiteral("activity"), id, old.customerId, before, after);
            !status)
            return status;
    }
    return {};
}

Result<RenewalOverview> RenewalService::overview(const QDate &today, qint64 ownerId) const
{
    ContractRepository contracts(m_db);
    RenewalOverview result;
    auto ending = contracts.ending(today, today.addDays(90), ownerId, kListed);
    if (!ending)
        return ending.error();
    result.ending90 = std::move(ending).value();
    auto totals = contracts.endingTotals(today, { 30, 60, 90 }, ownerId);
    if (!totals)
        return totals.error();
    for (auto it = totals.value().cbegin(); it != totals.value().cend(); ++it) {
        result.endingCount[it.key()] = it.value().contracts;
        result.valueAtStake[it.key()] = it.value().value;
    }
    result.ending90Total = result.endingCount.value(90);
    auto lapsed = contracts.lapsed(today, kListed, ownerId);
    if (!lapsed)
        return lapsed.error();
    result.lapsed = std::move(lapsed).value();
    auto lapsedTotal = contracts.lapsedCount(today, ownerId);
    if (!lapsedTotal)
        return lapsedTotal.error();
    result.lapsedTotal = lapsedTotal.value();
    auto months = contracts.renewalsByMonth(today, 12, ownerId);
    if (!months)
        return months.error();
    result.months = std::move(months).value();
    return result;
}

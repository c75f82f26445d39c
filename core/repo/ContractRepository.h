#pragma once

#include "Result.h"
#include "domain/Contract.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

// Renewals per month: contracts that ended in the month (due) and how many of them were renewed.
struct RenewalMonth
{
    QDate month; // the first day
    int due = 0;
    int renewed = 0;
};

// Contracts and their renewal chain. Every write is one transaction.
// Contracts ending in a period: how many, and their value per currency (minor units).
struct EndingTotals
{
    int contracts = 0;
    QMap<QString, qint64> value;
};

class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)

public:
    explicit ContractRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<qint64> create(const Contract &contract);
    Status update(const Contract &contract);
    Result<Contract> find(qint64 id) const;
    Result<bool> numberExists(const QString &number) const;

    // A customer's contracts, newest end date first.
    Result<QList<Contract>> forCustomer(qint64 customerId) const;
    // Live active or expiring contracts ending in [from, to], soonest first; the first `limit` unless it is -1.
    Result<QList<Contract>> ending(const QDate &from, const QDate &to, qint64 ownerId = 0, int limit = -1) const;
    // For each horizon (days after `from`), how many of those end within it and what they are worth.
    Result<QMap<int, EndingTotals>> endingTotals(const QDate &from, const QList<int> &horizons, qint64 ownerId = 0) const;
    // Live contracts that ended before `today` and were neither renewed nor terminated, latest first.
    Result<QList<Contract>> lapsed(const QDate &today, int limit, qint64 ownerId = 0) const;
    Result<int> lapsedCount(const QDate &today, qint64 ownerId = 0) const;
    // Contracts that ended (or were renewed early) in each of the `months` months up to today's, and how many of them
    // were renewed; ownerId 0 for the whole team.
    Result<QList<RenewalMonth>> renewalsByMonth(const QDate &today, int months, qint64 ownerId = 0) const;
    // Sets the stored status of active contracts to expiring or expired as of `today`; returns how many changed.
    Result<int> refreshStatuses(const QDate &today);

private:
    Result<QList<Contract>> select(const QString &where, const QVariantList &binds, const QString &orderLimit) const;

    QSqlDatabase m_db;
};

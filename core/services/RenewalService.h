#pragma once

#include "Result.h"
#include "domain/Contract.h"
#include "repo/ContractRepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

// What the renewals view shows as of a date.
struct RenewalOverview
{
    QList<Contract> ending90; // active or expiring, ending within 90 days, soonest first (the first kListed)
    int ending90Total = 0; // all of them
    QMap<int, int> endingCount; // 30, 60, 90 -> how many end within that many days
    QMap<int, QMap<QString, qint64>> valueAtStake; // 30, 60, 90 -> currency -> minor units
    QList<Contract> lapsed; // ended, neither renewed nor terminated, latest first (the first kListed)
    int lapsedTotal = 0;
    QList<RenewalMonth> months; // the last twelve months
};

// Contract renewals: reminders before the end date (default 60, 30 and 7 days) as renewal follow-ups for the
// contract's owner, "Renew" with a successor linked to its predecessor, and the renewals overview.
class RenewalService
{
    Q_DECLARE_TR_FUNCTIONS(RenewalService)

public:
    explicit RenewalService(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Updates statuses (expiring, expired) and creates a renewal follow-up for each contract that reached one
    // of its reminder thresholds, once per contract and threshold. Returns how many follow-ups were created.
    Result<int> runReminders(const QDate &today);

    // The successor proposed for a contract: it starts the day after the old one ends and runs as long (whole
    // months stay whole months: Mar 1 .. Feb 29 becomes Mar 1 .. Feb 28), same value, terms and owner.
    Result<Contract> proposeRenewal(qint64 contractId) const;
    // Creates the successor (as edited by the user), marks the old contract renewed and closes its open renewal
    // follow-ups. One transaction. Returns the successor's id.
    Result<qint64> renew(qint64 contractId, const Contract &successor);

    // A book of a million customers has some 20,000 contracts ending within 90 days: the lists hold the first
    // kListed, the counts and values are summed by the database.
    static constexpr int kListed = 1000;
    Result<RenewalOverview> overview(const QDate &today, qint64 ownerId = 0) const;

    // Days before the end date at which reminders fall due (book_settings "renewal_reminder_days").
    Result<QList<int>> reminderDays() const;
    Status setReminderDays(const QList<int> &days);
    static QList<int> parseDays(const QString &text);

private:
    Result<QString> nextNumber(const QString &number) const;
    // The contract's open renewal follow-ups become done ("Renewed as ..."), each audited.
    Status closeRenewalFollowUps(const Contract &old, const QString &successorNumber);

    QSqlDatabase m_db;
};

#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// Giving a sales rep's work to another rep, e.g. when someone leaves the team or territories change: their
// customers and everything still open (planned follow-ups, draft and sent quotes, contracts not yet renewed or
// terminated, complaints not yet resolved) move in one transaction, one audit entry per kind of record. Closed
// history (done follow-ups, decided quotes, orders, resolved complaints) stays with the rep who did the work.
// Records in the trash move too, so a restored one does not come back to someone who has left.
// It also gives chosen customers to a rep (assignCustomers), with the open work their rep had on them, and takes
// that back (undo).
class SalesRepHandover
{
    Q_DECLARE_TR_FUNCTIONS(SalesRepHandover)

public:
    struct Work
    {
        qint64 customers = 0;
        qint64 followUps = 0; // planned
        qint64 quotes = 0; // draft or sent
        qint64 contracts = 0; // draft, active, expiring or expired (not renewed or terminated)
        qint64 complaints = 0; // new, acknowledged or in progress

        qint64 total() const { return customers + followUps + quotes + contracts + complaints; }
    };

    using Progress = std::function<void(double)>;

    explicit SalesRepHandover(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // What a handover of this rep would move.
    Result<Work> openWorkOf(qint64 ownerId) const;
    // Moves the rep's customers and open work to `to`, in one transaction; returns what moved. Fails, changing
    // nothing, when either rep is not in the book (or has been removed) or both are the same. Progress goes from 0
    // to 1 (from this thread); a set cancel flag stops the work and rolls it back (an error saying so).
    Result<Work> handOver(
        qint64 from, qint64 to, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // One record whose rep changed: enough to change it back.
    struct Reassigned
    {
        QString entity; // "customer", "activity", "quote", "contract", "complaint"
        qint64 id = 0;
        qint64 customerId = 0;
        qint64 previousOwner = 0; // 0: nobody
    };

    // Gives the customers to the rep `to`, in one transaction, each change audited on its customer. With
    // `openWork`, each customer's open work held by their previous rep goes along. Customers already `to`'s are
    // left as they are. Returns every record changed.
    Result<QList<Reassigned>> assignCustomers(const QList<qint64> &customerIds, qint64 to, bool openWork);
    // Gives each record back to its previous rep (the undo of assignCustomers), in one transaction, audited.
    Status undo(const QList<Reassigned> &changes, qint64 to);

private:
    Status checkReps(qint64 from, qint64 to) const;
    Status assignCustomer(qint64 customerId, qint64 to, bool openWork, const QString &now, QList<Reassigned> *changes);
    Status setOwner(const Reassigned &record, qint64 owner, qint64 previous, const QString &now);

    QSqlDatabase m_db;
};

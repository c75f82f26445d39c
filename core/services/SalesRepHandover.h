#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Giving a sales rep's work to another rep, e.g. when someone leaves the team or territories change: their
// customers and everything still open (planned follow-ups, draft and sent quotes, contracts not yet renewed or
// terminated, complaints not yet resolved) move in one transaction, one audit entry per kind of record. Closed
// history (done follow-ups, decided quotes, orders, resolved complaints) stays with the rep who did the work.
// Records in the trash move too, so a restored one does not come back to someone who has left.
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

    explicit SalesRepHandover(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // What a handover of this rep would move.
    Result<Work> openWorkOf(qint64 ownerId) const;
    // Moves the rep's customers and open work to `to`, in one transaction; returns what moved. Fails, changing
    // nothing, when either rep is not in the book (or has been removed) or both are the same.
    Result<Work> handOver(qint64 from, qint64 to);

private:
    Status checkReps(qint64 from, qint64 to) const;

    QSqlDatabase m_db;
};

#pragma once

#include "Result.h"
#include "domain/Complaint.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The life of a complaint: logging it with its due times, moving it through
//   new -> acknowledged -> in progress -> resolved -> closed   (reopen: resolved or closed -> in progress),
// the customer's satisfaction after closing, and escalation of cases that missed a due time. Each call is one
// transaction, and each change is written to the case history in that same transaction.
class ComplaintWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintWorkflow)

public:
    explicit ComplaintWorkflow(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    static bool canMove(ComplaintStatus from, ComplaintStatus to);
    // The statuses a case in `from` may move to, in the order the buttons show them.
    static QList<ComplaintStatus> nextStatuses(ComplaintStatus from);
    // The verb for a move ("Acknowledge", "Reopen", ...), for buttons and menus.
    static QString actionName(ComplaintStatus from, ComplaintStatus to);

    // Logs a new case: checks it, numbers it, computes its due times from the book's service levels (received
    // now when no time is given) and records it in the history.
    Result<Complaint> log(const Complaint &complaint, const QString &actor);
    // Saves edited details (not the status). A changed severity or received time recomputes the due times; a
    // changed severity or owner is written to the history.
    Result<Complaint> saveDetails(const Complaint &edited, const QString &actor);
    // Moves a case on. Resolving needs a resolution text; the response, resolution and closing times are set
    // on the way; reopening clears the resolution and closing times (the history keeps them).
    Result<Complaint> move(qint64 id, ComplaintStatus to, const QString &actor, const QString &note = {});
    // Closes a resolved case and records the customer's satisfaction (CSAT 1-5, NPS 0-10) when given.
    Result<Complaint> close(
        qint64 id, std::optional<int> csat, std::optional<int> nps, const QString &actor, const QString &note = {});
    // Records or corrects the satisfaction of a resolved or closed case.
    Result<Complaint> recordSatisfaction(
        qint64 id, std::optional<int> csat, std::optional<int> nps, const QString &actor);
    // Flags every open case that missed a due time by `nowUtc` and has not been escalated for it yet; returns
    // how many were escalated.
    Result<int> escalateOverdue(const QDateTime &nowUtc, const QString &actor);

private:
    Status checkSatisfaction(std::optional<int> csat, std::optional<int> nps) const;
    Status checkDetails(const Complaint &complaint) const;
    Result<Complaint> moveInTransaction(
        Complaint complaint, ComplaintStatus to, const QString &actor, const QString &note);

    QSqlDatabase m_db;
};

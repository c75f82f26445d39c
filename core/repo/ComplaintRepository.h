#pragma once

#include "Result.h"
#include "domain/Complaint.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Complaints and their history. Writes join the caller's transaction (ComplaintWorkflow opens one per user
// action); each write also runs in a transaction of its own, so it is never half done.
class ComplaintRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)

public:
    enum class Order
    {
        ReceivedNewestFirst,
        ResolutionDueFirst,
        Number,
        Customer,
        Severity,
        Status
    };

    explicit ComplaintRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Writes a new case with the next number of the year it was received in; returns it as stored.
    Result<Complaint> add(const Complaint &complaint);
    // Writes every field but the id, uuid, number and creation time.
    Status update(const Complaint &complaint);
    Result<Complaint> get(qint64 id) const;
    // The status of a case that is not in the trash; none when it is there or gone.
    Result<std::optional<ComplaintStatus>> liveStatus(qint64 id) const;
    Result<QList<Complaint>> list(const ComplaintFilter &filter, Order order = Order::ReceivedNewestFirst,
        int limit = 500, int offset = 0, bool reversed = false) const;
    Result<qint64> count(const ComplaintFilter &filter) const;
    // Every matching case in one forward pass (exports, the CLI); `visit` returns false to stop.
    Status forEach(
        const ComplaintFilter &filter, Order order, const std::function<bool(const Complaint &)> &visit) const;
    // Cases received in [fromUtc, toUtc), for the statistics.
    Result<QList<Complaint>> receivedBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;

    Status addHistory(const ComplaintHistoryEntry &entry);
    Result<QList<ComplaintHistoryEntry>> history(qint64 complaintId) const; // oldest first

private:
    Result<QString> nextNumber(int year, int *sequence) const;
    QString whereClause(const ComplaintFilter &filter, QVariantList *binds) const;
    Result<QList<Complaint>> select(const QString &whereAndOrder, const QVariantList &binds) const;
    Status forEachRow(const QString &whereAndOrder, const QVariantList &binds,
        const std::function<bool(const Complaint &)> &visit) const;

    QSqlDatabase m_db;
};

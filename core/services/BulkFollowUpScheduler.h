#pragma once

#include "Result.h"
#include "domain/Activity.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QTime>

#include <atomic>
#include <functional>

// Follow-ups for a whole segment at once: one activity per customer, alike but for the customer's name in the
// subject, the day (optionally spread over working days) and the owner.
struct FollowUpBatch
{
    ActivityType type = ActivityType::Call;
    // "{customer}" in the subject is replaced by each customer's name.
    QString subject;
    QDate firstDay;
    bool allDay = false;
    QTime time { 9, 0 }; // local time of day, timed follow-ups only
    // 1: every follow-up on firstDay. More: spread evenly over that many working days (Monday to Friday) from the
    // first working day on or after firstDay, earlier days taking one more where they do not divide evenly.
    int spreadDays = 1;
    qint64 ownerId = 0; // 0: each customer's own owner
    QString notes;

    static QString customerPlaceholder() { return QStringLiteral("{customer}"); }
};

struct BulkScheduleSummary
{
    int created = 0;
    int skipped = 0; // customers that no longer exist or are in the trash
    bool cancelled = false; // then nothing was created
};

// Creates a batch of follow-ups in one transaction: all of them or, on a failure or a cancel, none.
class BulkFollowUpScheduler
{
    Q_DECLARE_TR_FUNCTIONS(BulkFollowUpScheduler)

public:
    using Progress = std::function<void(double)>;

    explicit BulkFollowUpScheduler(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Progress goes from 0 to 1 (from this thread); a set cancel flag stops the work and rolls it back.
    Result<BulkScheduleSummary> schedule(const FollowUpBatch &batch, const QList<qint64> &customerIds,
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    static Status validate(const FollowUpBatch &batch);
    // The days the follow-ups fall on: firstDay alone, or spreadDays working days.
    static QList<QDate> days(const FollowUpBatch &batch);
    // The day of the index-th of `total` follow-ups.
    static QDate dayFor(qsizetype index, qsizetype total, const QList<QDate> &days);

private:
    QSqlDatabase m_db;
};

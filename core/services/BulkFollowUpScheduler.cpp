#include "BulkFollowUpScheduler.h"
#include "db/Transaction.h"
#include "repo/ActivityRepository.h"
#include "repo/CustomerRepository.h"
#include "services/FollowUpService.h"

#include <QTimeZone>

namespace {

constexpr qsizetype kChunk = 500;
constexpr int kMaxSpreadDays = 260; // a working year

bool isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

} // namespace

Status BulkFollowUpScheduler::validate(const FollowUpBatch &batch)
{
    if (batch.subject.trimmed().isEmpty())
        return Error { tr("The follow-ups need a subject."), {}, -1, -1, QStringLiteral("subject") };
    if (!batch.firstDay.isValid())
        return Error { tr("The follow-ups need a due date."), {}, -1, -1, QStringLiteral("due") };
    if (!batch.allDay && !batch.time.isValid())
        return Error { tr("The follow-ups need a time of day, or all day."), {}, -1, -1, QStringLiteral("due") };
    if (batch.spreadDays < 1 || batch.spreadDays > kMaxSpreadDays)
        return Error { tr("The follow-ups can be spread over 1 to %1 working days.").arg(kMaxSpreadDays), {}, -1, -1,
            QStringLiteral("spread") };
    return {};
}

QList<QDate> BulkFollowUpScheduler::days(const FollowUpBatch &batch)
{
    if (batch.spreadDays <= 1)
        return { batch.firstDay };
    QList<QDate> days;
    for (QDate day = batch.firstDay; days.size() < batch.spreadDays; day = day.addDays(1)) {
        if (isWorkingDay(day))
            days << day;
    }
    return days;
}

QDate BulkFollowUpScheduler::dayFor(qsizetype index, qsizetype total, const QList<QDate> &days)
{
    Q_ASSERT(!days.isEmpty() && total > 0);
    return days.at(qsizetype(qint64(index) * days.size() / total));
}

Result<BulkScheduleSummary> BulkFollowUpScheduler::schedule(const FollowUpBatch &batch,
    const QList<qint64> &customerIds, const Progress &progress, const std::atomic_bool *cancel)
{
    if (Status status = validate(batch); !status)
        return status.error();
    BulkScheduleSummary summary;
    if (customerIds.isEmpty())
        return summary;
    const QList<QDate> dueDays = days(batch);
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    CustomerRepository customers(m_db);
    ActivityRepository activities(m_db);
    const qsizetype total = customerIds.size();
    for (qsizetype start = 0; start < total; start += kChunk) {
        if (cancel && *cancel) {
            transaction.rollback();
            return BulkScheduleSummary { 0, 0, true };
        }
        const QList<qint64> chunk = customerIds.mid(start, kChunk);
        auto rows = customers.rows(chunk);
        if (!rows)
            return rows.error();
        QHash<qint64, CustomerRow> byId;
        for (const CustomerRow &row : rows.value())
            byId.insert(row.id, row);
        QList<Activity> created;
        created.reserve(chunk.size());
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const auto row = byId.constFind(chunk.at(i));
            if (row == byId.constEnd() || row->deletedAt.isValid()) {
                ++summary.skipped;
                continue;
            }
            Activity a;
            a.customerId = row->id;
            a.ownerId = batch.ownerId > 0 ? batch.ownerId : row->ownerId;
            a.type = batch.type;
            a.subject = QString(batch.subject).replace(FollowUpBatch::customerPlaceholder(), row->name).trimmed();
            a.notes = batch.notes.trimmed();
            a.allDay = batch.allDay;
            const QDate day = dayFor(start + i, total, dueDays);
            if (a.allDay)
                a.dueDate = day;
            else
                a.dueAt = QDateTime(day, batch.time, QTimeZone::systemTimeZone()).toUTC();
            if (Status status = FollowUpService::validate(a); !status)
                return status.error();
            created << a;
        }
        if (Status status = activities.createMany(created); !status)
            return status.error();
        summary.created += int(created.size());
        if (progress)
            progress(double(qMin(start + kChunk, total)) / double(total));
    }
    if (cancel && *cancel) {
        transaction.rollback();
        return BulkScheduleSummary { 0, 0, true };
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

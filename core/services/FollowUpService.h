#pragma once

#include "Result.h"
#include "domain/Activity.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

// The rules of follow-ups: checking an activity before it is saved, "done, and schedule the next one" in one
// transaction, the next date of a recurring series, the tier's default interval, and moving an item in the
// calendar.
class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)

public:
    explicit FollowUpService(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Checks and saves a new planned activity (a recurring one remembers its first date as its anchor).
    Result<qint64> schedule(Activity activity);
    Status save(const Activity &activity);

    // Marks the activity done with its outcome; then schedules `next` when given, or the series' next
    // occurrence when the activity repeats. One transaction. Returns the next activity's id, 0 when none.
    Result<qint64> complete(qint64 activityId, const QString &outcome, const std::optional<Activity> &next = {});
    // Marks the activity done and schedules nothing after it, ending its series when it repeats.
    Status completeLast(qint64 activityId, const QString &outcome);
    Status cancel(qint64 activityId);

    // A follow-up to `done` proposed for the user to edit: the series' next date when it repeats, else `today`
    // plus the customer's tier interval; same type, time of day, customer, contact and owner.
    Result<Activity> proposeNext(const Activity &done, const QDate &today) const;
    // The occurrence after this one of a recurring activity, never before `today`; invalid when it does not repeat.
    static Activity nextOccurrence(const Activity &activity, const QDate &today);

    // Moves the activity to another local day, keeping its local time of day (calendar drag).
    Status reschedule(qint64 activityId, const QDate &localDay);

    // Follow-up intervals in days per tier, from book_settings ("A=7,B=30,C=90").
    Result<QMap<QString, int>> tierIntervals() const;
    Status setTierIntervals(const QMap<QString, int> &intervals);
    static QMap<QString, int> parseIntervals(const QString &text);

    static Status validate(const Activity &activity);

private:
    enum class Then
    {
        ScheduleNext,
        EndSeries
    };
    Result<qint64> markDone(qint64 activityId, const QString &outcome, const std::optional<Activity> &next, Then then);
    Status noteOnComplaint(const Activity &activity);

    QSqlDatabase m_db;
};

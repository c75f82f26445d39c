#include "BackupRotation.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <set>

namespace BackupRotation {

QList<int> toKeep(const QList<QDateTime> &takenAt, const BackupPolicy &policy)
{
    QList<int> newestFirst(takenAt.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&](int a, int b) { return takenAt[a] > takenAt[b]; });

    std::set<int> keep;
    if (!newestFirst.isEmpty())
        keep.insert(newestFirst.first());
    // Walking newest first, a backup is the newest of its period when its period differs from the last one kept.
    auto keepNewestPer = [&](int count, const std::function<qint64(const QDate &)> &period) {
        qint64 last = -1;
        int kept = 0;
        for (int index : newestFirst) {
            if (kept >= count)
                break;
            const qint64 current = period(takenAt[index].toLocalTime().date());
            if (current == last)
                continue;
            last = current;
            keep.insert(index);
            ++kept;
        }
    };
    keepNewestPer(policy.daily, [](const QDate &date) { return date.toJulianDay(); });
    keepNewestPer(policy.weekly, [](const QDate &date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(policy.monthly, [](const QDate &date) { return qint64(date.year()) * 100 + date.month(); });
    return QList<int>(keep.begin(), keep.end());
}

} // namespace BackupRotation

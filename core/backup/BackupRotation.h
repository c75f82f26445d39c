#pragma once

#include <QDateTime>
#include <QList>

// How many backups rotation keeps: the newest of each of the last `daily` days, `weekly` ISO weeks and `monthly`
// months that have a backup (grandfather-father-son, as restic's --keep-daily/--keep-weekly/--keep-monthly).
struct BackupPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

namespace BackupRotation {

// The indexes (into `takenAt`) of the backups to keep, ascending. Days, weeks and months are the user's local ones.
// The newest backup is always kept, whatever the policy says.
QList<int> toKeep(const QList<QDateTime> &takenAt, const BackupPolicy &policy);

} // namespace BackupRotation

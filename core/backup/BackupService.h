#pragma once

#include "Result.h"
#include "backup/BackupSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <atomic>
#include <functional>

class Database;

// One backup file and what it holds.
struct BackupInfo
{
    QString path;
    QDateTime takenAt; // UTC, from the file name (or the file's time for a file from elsewhere)
    qint64 size = 0;
    int schemaVersion = 0;
    qint64 customers = 0; // live ones (not in the trash)
    qint64 contacts = 0;
    qint64 notes = 0;
    QMap<QString, qint64> tableCounts; // filled by create() and verify()
};

// Following a backup from another thread (the window's progress dialog).
struct BackupWatch
{
    // The share of the book's pages copied so far (0..1), called on the thread that makes the backup. The check
    // of the copy follows the last call, with 1.
    std::function<void(double)> copied;
    // Set from another thread to stop: the copy or its check ends at its next step, create() fails and leaves no
    // file behind.
    const std::atomic_bool *cancel = nullptr;
};

// Backups of one book into its backup folder: "<book>-YYYYMMDD-HHMMSSZ.clientele", plain SQLite files that open as
// books. A backup is taken online (other connections keep working), verified (integrity_check, and per table the
// same number of rows as the book had in the copied snapshot), and only then are older ones rotated away.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    BackupService(QString bookPath, BackupSettings settings);

    // A verified backup into the folder (then rotation), or to `target` when given (no rotation). `label` is added
    // to the file name in the folder, e.g. "before-restore"; a labelled backup rotates nothing.
    Result<BackupInfo> create(
        const QString &target = {}, const QString &label = {}, const BackupWatch &watch = {}) const;
    // integrity_check and the counts of a backup file; `expected` counts must match when given. `cancel` stops the
    // check at its next step (an error).
    static Result<BackupInfo> verify(
        const QString &file, const QMap<QString, qint64> &expected = {}, const std::atomic_bool *cancel = nullptr);
    // The backups in the folder, newest first, with size and counts.
    Result<QList<BackupInfo>> list() const;
    // Deletes the folder's backups the policy no longer keeps; returns their paths.
    Result<QStringList> rotate() const;
    std::optional<QDateTime> lastBackupTime() const;

    // Replaces the open book's content with a verified backup's. First takes a backup of the book as it is now
    // (label "before-restore"), which is returned. An older book format is upgraded afterwards, and the restore is
    // recorded in the audit trail. Customers erased since the backup was taken are erased again in the restored
    // book (their number in `erasuresRepeated`): a restore never brings back a person who asked to be forgotten.
    Result<BackupInfo> restore(Database &book, const QString &backupFile, int *erasuresRepeated = nullptr) const;
    // For a book that cannot be opened (damaged): the file is renamed to "<book>.damaged-<time>" (never written to)
    // and the verified backup copied in its place. Returns the new name of the damaged file.
    static Result<QString> replaceDamagedBook(const QString &bookPath, const QString &backupFile);

    QString folder() const { return m_settings.folder; }

private:
    QString fileNameFor(const QDateTime &takenAt, const QString &label) const;
    std::optional<QDateTime> takenAtFromName(const QString &fileName) const;
    QStringList backupFiles() const;

    QString m_bookPath;
    BackupSettings m_settings;
};

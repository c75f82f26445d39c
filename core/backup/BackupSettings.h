#pragma once

#include "Result.h"
#include "backup/BackupRotation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Where and how often a book is backed up. Kept in the book itself (book_settings), so the app and
// clientele-cli agree and each book can have its own folder (e.g. a synced or network folder).
struct BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)

public:
    QString folder;
    BackupPolicy policy;
    int intervalHours = 24; // while the book is open; 0: only on close
    bool onClose = true;

    // A folder "<book name> backups" next to the book.
    static QString defaultFolder(const QString &bookPath);
    // The book's settings, defaults for what is not set.
    static Result<BackupSettings> load(const QSqlDatabase &book, const QString &bookPath);
    Status save(const QSqlDatabase &book) const;
};

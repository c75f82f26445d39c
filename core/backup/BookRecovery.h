#pragma once

#include "Result.h"
#include "backup/BackupService.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// For a book found damaged: where its backups are and the newest one that is still good. The damaged file itself is
// only ever read (for the backup folder its settings name), never written to.
class BookRecovery
{
    Q_DECLARE_TR_FUNCTIONS(BookRecovery)

public:
    // The folder the book's own settings name (when they can still be read), then the default next to the book.
    static QStringList backupFolders(const QString &bookPath);
    // The newest backup in those folders that passes BackupService::verify; nullopt when none does.
    static std::optional<BackupInfo> latestGoodBackup(const QString &bookPath);
};

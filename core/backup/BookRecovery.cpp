#include "BookRecovery.h"
#include "db/BookFileCheck.h"

#include <QAtomicInteger>
#include <QSqlDatabase>

namespace {

QAtomicInteger<quint64> g_recoveryCounter;

// The backup folder the damaged book's settings name, read on a read-only connection; empty when unreadable.
QString configuredFolder(const QString &bookPath)
{
    if (!BookFileCheck::checkHeader(bookPath))
        return {};
    const QString name = QStringLiteral("clientele-recovery-%1").arg(++g_recoveryCounter);
    QString folder;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(bookPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            if (auto settings = BackupSettings::load(db, bookPath))
                folder = settings.value().folder;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return folder;
}

} // namespace

QStringList BookRecovery::backupFolders(const QString &bookPath)
{
    QStringList folders;
    const QString configured = configuredFolder(bookPath);
    if (!configured.isEmpty())
        folders << configured;
    const QString standard = BackupSettings::defaultFolder(bookPath);
    if (!folders.contains(standard))
        folders << standard;
    return folders;
}

std::optional<BackupInfo> BookRecovery::latestGoodBackup(const QString &bookPath)
{
    QList<BackupInfo> candidates;
    for (const QString &folder : backupFolders(bookPath)) {
        BackupSettings settings;
        settings.folder = folder;
        if (auto listed = BackupService(bookPath, settings).list())
            candidates << listed.value();
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt > b.takenAt; });
    for (const BackupInfo &candidate : candidates) {
        if (auto verified = BackupService::verify(candidate.path)) {
            BackupInfo info = verified.value();
            info.takenAt = candidate.takenAt;
            return info;
        }
    }
    return std::nullopt;
}

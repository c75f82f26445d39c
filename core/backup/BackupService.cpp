#include "BackupService.h"
#include "Book.h"
#include "Clock.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqliteBackup.h"
#include "privacy/Eraser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace {

const QString kSuffix = QStringLiteral(".clientele");
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kRestoreLabel = QStringLiteral("before-restore");

// Counts shown in the backup list: what a user recognises.
void readListCounts(const QSqlDatabase &db, BackupInfo &info)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE deleted_at IS NULL), "
                                  "(SELECT count(*) FROM contacts WHERE deleted_at IS NULL), "
                                  "(SELECT count(*) FROM notes WHERE deleted_at IS NULL)"))
        && query.next()) {
        info.customers = query.value(0).toLongLong();
        info.contacts = query.value(1).toLongLong();
        info.notes = query.value(2).toLongLong();
    }
}

Result<std::unique_ptr<Database>> openBackup(const QString &file, Database::Check check)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.check = check;
    options.migrateTo = 0; // look, never upgrade
    return Database::open(file, options);
}

} // namespace

BackupService::BackupService(QString bookPath, BackupSettings settings)
    : m_bookPath(std::move(bookPath))
    , m_settings(std::move(settings))
{
}

QString BackupService::fileNameFor(const QDateTime &takenAt, const QString &label) const
{
    QString name = QFileInfo(m_bookPath).completeBaseName() + QLatin1Char('-') + takenAt.toUTC().toString(kTimeFormat)
        + QLatin1Char('Z');
    if (!label.isEmpty())
        name += QLatin1Char('-') + label;
    return name + kSuffix;
}

std::optional<QDateTime> BackupService::takenAtFromName(const QString &fileName) const
{
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8}-\\d{6})Z(-[a-z-]+)?%2$")
                                         .arg(QRegularExpression::escape(QFileInfo(m_bookPath).completeBaseName()),
                                             QRegularExpression::escape(kSuffix)));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(match.captured(1), kTimeFormat);
    at.setTimeSpec(Qt::UTC);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

QStringList BackupService::backupFiles() const
{
    QStringList files;
    const QDir dir(m_settings.folder);
    for (const QString &name : dir.entryList({ QStringLiteral("*") + kSuffix }, QDir::Files)) {
        if (takenAtFromName(name))
            files << dir.filePath(name);
    }
    return files;
}

Result<BackupInfo> BackupService::create(const QString &target, const QString &label, const BackupWatch &watch) const
{
    const QDateTime now = Clock::instance().nowUtc();
    QString path = target;
    if (path.isEmpty()) {
        if (!QDir().mkpath(m_settings.folder))
            return Error {
                tr("Cannot create the backup folder \"%1\".").arg(QDir::toNativeSeparators(m_settings.folder))
            };
        path = QDir(m_settings.folder).filePath(fileNameFor(now, label));
        // Two backups in one second (a restore right after a backup): the second waits for its own name.
        for (int second = 1; QFileInfo::exists(path); ++second)
            path = QDir(m_settings.folder).filePath(fileNameFor(now.addSecs(second), label));
    }
    const QString partial = path + QStringLiteral(".part");

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto book = Database::open(m_bookPath, options);
    if (!book)
        return book.error();
    QMap<QString, qint64> counts;
    if (Status status = SqliteBackup::copyTo(book.value()->connection(), partial, &counts, watch.copied, watch.cancel);
        !status) {
        QFile::remove(partial);
        return Error { tr("The backup failed: %1").arg(status.error().message) };
    }
    book.value().reset();

    auto verified = verify(partial, counts, watch.cancel);
    if (!verified) {
        QFile::remove(partial);
        return Error {
            tr("The backup was made but failed its check, so it was deleted: %1").arg(verified.error().message)
        };
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error { tr("Cannot write the backup \"%1\".").arg(QDir::toNativeSeparators(path)) };
    }
    BackupInfo info = verified.value();
    info.path = path;
    info.takenAt = now;
    // A labelled backup (before a restore) rotates nothing: the backup about to be restored must stay.
    if (target.isEmpty() && label.isEmpty()) {
        if (auto rotated = rotate(); !rotated)
            return rotated.error();
    }
    return info;
}

Result<BackupInfo> BackupService::verify(
    const QString &file, const QMap<QString, qint64> &expected, const std::atomic_bool *cancel)
{
    auto copy = openBackup(file, cancel ? Database::Check::QuickHeaderOnly : Database::Check::FullIntegrity);
    if (!copy)
        return copy.error();
    if (cancel) {
        if (Status status = SqliteBackup::checkIntegrity(*copy.value(), *cancel); !status)
            return status.error();
    }
    auto counts = SqliteBackup::tableCounts(copy.value()->connection());
    if (!counts)
        return counts.error();
    if (!expected.isEmpty()) {
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const qint64 found = counts.value().value(it.key(), -1);
            if (found != it.value())
                return Error { tr("The table %1 has %2 rows in the backup but %3 in the book.")
                                   .arg(it.key())
                                   .arg(found)
                                   .arg(it.value()) };
        }
        if (counts.value().size() != expected.size())
            return Error {
                tr("The backup has %1 tables, the book %2.").arg(counts.value().size()).arg(expected.size())
            };
    }
    BackupInfo info;
    info.path = file;
    info.size = QFileInfo(file).size();
    info.schemaVersion = copy.value()->schemaVersion();
    info.tableCounts = counts.value();
    readListCounts(copy.value()->connection(), info);
    return info;
}

Result<QList<BackupInfo>> BackupService::list() const
{
    QList<BackupInfo> backups;
    for (const QString &file : backupFiles()) {
        BackupInfo info;
        info.path = file;
        info.takenAt = *takenAtFromName(QFileInfo(file).fileName());
        info.size = QFileInfo(file).size();
        if (auto copy = openBackup(file, Database::Check::QuickHeaderOnly)) {
            info.schemaVersion = copy.value()->schemaVersion();
            readListCounts(copy.value()->connection(), info);
        }
        backups << info;
    }
    std::sort(
        backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt > b.takenAt; });
    return backups;
}

Result<QStringList> BackupService::rotate() const
{
    // Labelled backups (the book as it was before a restore) are not part of the schedule: they stay until the user
    // deletes them. Rotated with the others, the next backup after a restore deleted it (found by a review).
    QStringList files = backupFiles();
    files.removeIf([](const QString &file) {
        return QFileInfo(file).completeBaseName().endsWith(QLatin1Char('-') + kRestoreLabel);
    });
    QList<QDateTime> times;
    for (const QString &file : files)
        times << *takenAtFromName(QFileInfo(file).fileName());
    const QList<int> keep = BackupRotation::toKeep(times, m_settings.policy);
    QStringList removed;
    for (int i = 0; i < files.size(); ++i) {
        if (keep.contains(i))
            continue;
        if (!QFile::remove(files[i]))
            return Error { tr("Cannot delete the old backup \"%1\".").arg(QDir::toNativeSeparators(files[i])) };
        removed << files[i];
    }
    return removed;
}

std::optional<QDateTime> BackupService::lastBackupTime() const
{
    std::optional<QDateTime> last;
    for (const QString &file : backupFiles()) {
        const QDateTime at = *takenAtFromName(QFileInfo(file).fileName());
        if (!last || at > *last)
            last = at;
    }
    return last;
}

namespace {

struct Erasure
{
    qint64 id = 0;
    QString uuid; // empty in entries written before it was recorded
};

// The customers erased in the book: their erasure must outlive a restore of an older backup.
Result<QList<Erasure>> erasures(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT entity_id, changes FROM audit_entries WHERE action = 'erase' AND entity = 'customer' ORDER BY id")))
        return sqlError(query, BackupService::tr("Reading the book's erasures"));
    QList<Erasure> found;
    while (query.next()) {
        const QJsonObject changes = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        found.append({ query.value(0).toLongLong(), changes.value(QStringLiteral("uuid")).toString() });
    }
    return found;
}

// Erases again, in a restored book, the customers erased since its backup was taken: restoring must not bring
// back a person who asked to be forgotten (found by a review). A customer is recognised by its uuid, or by its id
// in older entries; one the backup had erased already, or never had, is left alone. Returns how many.
Result<int> repeatErasures(const QSqlDatabase &db, const QList<Erasure> &done)
{
    auto already = erasures(db);
    if (!already)
        return already.error();
    QSet<qint64> erasedInBackup;
    for (const Erasure &erasure : already.value())
        erasedInBackup.insert(erasure.id);
    int repeated = 0;
    QSqlQuery find(db);
    for (const Erasure &erasure : done) {
        if (erasedInBackup.contains(erasure.id))
            continue;
        if (erasure.uuid.isEmpty()) {
            find.prepare(QStringLiteral("SELECT id FROM customers WHERE id = ?"));
            find.addBindValue(erasure.id);
        } else {
            find.prepare(QStringLiteral("SELECT id FROM customers WHERE uuid = ?"));
            find.addBindValue(erasure.uuid);
        }
        if (!find.exec())
            return sqlError(find, BackupService::tr("Reading the book's erasures"));
        if (!find.next())
            continue;
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        if (auto erased = Eraser(db).erase(id); !erased)
            return erased.error();
        ++repeated;
    }
    return repeated;
}

} // namespace

Result<BackupInfo> BackupService::restore(Database &book, const QString &backupFile, int *erasuresRepeated) const
{
    auto chosen = verify(backupFile);
    if (!chosen)
        return Error {
            tr("\"%1\" cannot be restored: %2").arg(QDir::toNativeSeparators(backupFile), chosen.error().message)
        };
    if (chosen.value().schemaVersion > Database::latestSchemaVersion())
        return Error {
            tr("\"%1\" was saved by a newer version of Clientele.").arg(QDir::toNativeSeparators(backupFile))
        };
    auto done = erasures(book.connection());
    if (!done)
        return done.error();
    auto safety = create({}, kRestoreLabel);
    if (!safety)
        return Error { tr("Nothing was restored because the current book could not be backed up first: %1")
                           .arg(safety.error().message) };
    if (Status status = SqliteBackup::restoreInto(book.connection(), backupFile); !status)
        return status.error();
    // An older format is upgraded and the search index checked, as when the book is opened.
    auto reopened = openBook(book.path());
    if (!reopened)
        return reopened.error();
    auto repeated = repeatErasures(reopened.value()->connection(), done.value());
    if (!repeated)
        return Error { tr("The backup was restored, but the customers erased since it was taken could not be erased "
                          "again: %1. Erase them again before using the book.")
                           .arg(repeated.error().message) };
    if (erasuresRepeated)
        *erasuresRepeated = repeated.value();
    AuditEntry entry;
    entry.action = AuditEntry::Action::BackupRestore;
    entry.entity = QStringLiteral("book");
    entry.changes = QJsonObject { { QStringLiteral("file"), QFileInfo(backupFile).fileName() },
        { QStringLiteral("previous_book_saved_as"), QFileInfo(safety.value().path).fileName() },
        { QStringLiteral("erasures_repeated"), repeated.value() } };
    if (Status status = AuditLog(reopened.value()->connection()).record(entry); !status)
        return status.error();
    return safety;
}

Result<QString> BackupService::replaceDamagedBook(const QString &bookPath, const QString &backupFile)
{
    if (auto chosen = verify(backupFile); !chosen)
        return Error {
            tr("\"%1\" cannot be restored: %2").arg(QDir::toNativeSeparators(backupFile), chosen.error().message)
        };
    const QString damaged
        = QStringLiteral("%1.damaged-%2").arg(bookPath, Clock::instance().nowUtc().toString(kTimeFormat));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(bookPath + suffix) && !QFile::rename(bookPath + suffix, damaged + suffix))
            return Error { tr("Cannot move the damaged book \"%1\" aside.").arg(QDir::toNativeSeparators(bookPath)) };
    }
    const QString partial = bookPath + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(backupFile, partial) || !QFile::rename(partial, bookPath)) {
        QFile::remove(partial);
        return Error { tr("Cannot copy \"%1\" to \"%2\".")
                           .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(bookPath)) };
    }
    return damaged;
}

#include "SqliteBackup.h"
#include "SqlError.h"
#include "SqliteHandle.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#ifdef CLIENTELE_SQLITE_HANDLE
#include <sqlite3.h>
#endif

namespace SqliteBackup {

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("SqliteBackup", text);
    }

    // A plain connection of its own to a file, closed and removed when it goes out of scope.
    class ScratchConnection
    {
    public:
        explicit ScratchConnection(const QString &path, bool readOnly)
            : m_name(QStringLiteral("clientele-backup-%1").arg(quintptr(this)))
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(path);
            db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                          : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            m_open = db.open();
        }
        ~ScratchConnection()
        {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
        ScratchConnection(const ScratchConnection &) = delete;
        ScratchConnection &operator=(const ScratchConnection &) = delete;

        bool isOpen() const { return m_open; }
        QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    private:
        QString m_name;
        bool m_open = false;
    };

#ifdef CLIENTELE_SQLITE_HANDLE
    // Pages per step of a copy that can be followed and cancelled: 16 MB with 4 kB pages.
    constexpr int kPagesPerStep = 4096;

    Status runBackup(sqlite3 *to, sqlite3 *from, const QString &doing, const std::function<void(double)> &copied = {},
        const std::atomic_bool *cancel = nullptr)
    {
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (!backup)
            return Error { tr("%1: %2").arg(doing, QString::fromUtf8(sqlite3_errmsg(to))) };
        const bool stepwise = copied || cancel;
        int rc = SQLITE_OK;
        int waits = 0;
        do {
            if (cancel && cancel->load()) {
                sqlite3_backup_finish(backup);
                return Error { tr("%1: cancelled.").arg(doing) };
            }
            rc = sqlite3_backup_step(backup, stepwise ? kPagesPerStep : -1);
            if (copied && sqlite3_backup_pagecount(backup) > 0)
                copied(1.0 - double(sqlite3_backup_remaining(backup)) / sqlite3_backup_pagecount(backup));
            if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 200)
                sqlite3_sleep(50); // another connection holds a lock: wait for it, up to 10 s
            else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                break;
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return Error { tr("%1: %2").arg(doing, QString::fromUtf8(sqlite3_errstr(rc))) };
        return {};
    }
#endif

} // namespace

Result<QMap<QString, qint64>> tableCounts(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")))
        return sqlError(query, tr("Counting rows"));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    QMap<QString, qint64> counts;
    for (const QString &table : tables) {
        // Table names come from sqlite_master, not from input; quoted as identifiers.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !query.next())
            return sqlError(query, tr("Counting rows"));
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

Status copyTo(const QSqlDatabase &source, const QString &target, QMap<QString, qint64> *counts,
    const std::function<void(double)> &copied, const std::atomic_bool *cancel)
{
    QFile::remove(target);
    QFile::remove(target + QStringLiteral("-journal"));
    const QString doing = tr("Copying the book to \"%1\"").arg(target);
    QSqlDatabase from = source;
#ifdef CLIENTELE_SQLITE_HANDLE
    if (sqlite3 *fromHandle = sqliteHandle(from)) {
        ScratchConnection copy(target, false);
        sqlite3 *toHandle = copy.isOpen() ? sqliteHandle(copy.db()) : nullptr;
        if (!toHandle)
            return Error { tr("Cannot create \"%1\".").arg(target) };
        // The counts and the copy come from one snapshot: the backup uses the read transaction already open.
        if (!from.transaction())
            return sqlError(from.lastError(), doing);
        auto snapshot = tableCounts(from);
        Status done = snapshot ? runBackup(toHandle, fromHandle, doing, copied, cancel) : Status(snapshot.error());
        from.rollback();
        if (!done)
            return done;
        *counts = snapshot.value();
        QSqlQuery query(copy.db());
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return sqlError(query, doing);
        return {};
    }
#endif
    QSqlQuery query(from);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return sqlError(query, doing);
    query.addBindValue(target);
    if (!query.exec())
        return sqlError(query, doing);
    ScratchConnection copy(target, false);
    if (!copy.isOpen())
        return Error { tr("Cannot open \"%1\".").arg(target) };
    QSqlQuery mode(copy.db());
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
        return sqlError(mode, doing);
    auto copiedCounts = tableCounts(copy.db());
    if (!copiedCounts)
        return copiedCounts.error();
    *counts = copiedCounts.value();
    if (copied)
        copied(1.0);
    return {};
}

Status checkIntegrity(const Database &book, const std::atomic_bool &cancel)
{
#ifdef CLIENTELE_SQLITE_HANDLE
    sqlite3 *handle = sqliteHandle(book.connection());
    if (handle) {
        // A non-zero answer interrupts the statement running (SQLITE_INTERRUPT).
        sqlite3_progress_handler(
            handle, 10000,
            [](void *flag) -> int { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(&cancel));
    }
    Status status = book.checkIntegrity();
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!status && cancel.load())
        return Error { tr("Checking \"%1\": cancelled.").arg(book.path()) };
    return status;
#else
    Q_UNUSED(cancel)
    return book.checkIntegrity();
#endif
}

Status restoreInto(const QSqlDatabase &target, const QString &source)
{
    const QString doing = tr("Restoring from \"%1\"").arg(source);
#ifdef CLIENTELE_SQLITE_HANDLE
    ScratchConnection from(source, true);
    sqlite3 *fromHandle = from.isOpen() ? sqliteHandle(from.db()) : nullptr;
    sqlite3 *toHandle = sqliteHandle(target);
    if (fromHandle && toHandle)
        return runBackup(toHandle, fromHandle, doing);
#else
    Q_UNUSED(target)
#endif
    return Error { tr("%1: this build cannot restore a book while it is open.").arg(doing) };
}

} // namespace SqliteBackup

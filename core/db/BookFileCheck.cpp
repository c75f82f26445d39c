#include "BookFileCheck.h"
#include "SqliteHandle.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#ifdef CLIENTELE_SQLITE_HANDLE
#include <sqlite3.h>
#endif

namespace {

QAtomicInteger<quint64> g_checkCounter;

// Books with a connection open in this process, by absolute path, with how many.
QMutex g_openMutex;
QHash<QString, int> g_openBooks;

QString openKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

constexpr int kHeaderSize = 100;

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// SQLite's file format: the page size at offset 16 (1 means 65536), the page count at 28, valid when the
// "version valid for" number at 92 equals the change counter at 24.
qint64 expectedSize(const QByteArray &header)
{
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pages = bigEndian32(header, 28);
    if (pages == 0 || bigEndian32(header, 92) != bigEndian32(header, 24))
        return 0;
    return pageSize * pages;
}

} // namespace

QString BookFileCheck::noteOpened(const QString &path)
{
    const QString key = openKey(path);
    const QMutexLocker lock(&g_openMutex);
    ++g_openBooks[key];
    return key;
}

void BookFileCheck::noteClosed(const QString &key)
{
    const QMutexLocker lock(&g_openMutex);
    if (--g_openBooks[key] <= 0)
        g_openBooks.remove(key);
}

bool BookFileCheck::isOpenHere(const QString &path)
{
    const QMutexLocker lock(&g_openMutex);
    return g_openBooks.value(openKey(path)) > 0;
}

Status BookFileCheck::checkHeader(const QString &path)
{
    if (isOpenHere(path))
        return {}; // checked when it was first opened; reading it now would drop this process's locks on it
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read \"%1\": %2").arg(shown, file.errorString()) };
    const QByteArray header = file.read(kHeaderSize);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error { tr("\"%1\" is not a Clientele book: the file is not an SQLite database.").arg(shown) };
    if (header.size() < kHeaderSize)
        return Error { tr("\"%1\" is damaged: the file is cut short (%2 bytes).").arg(shown).arg(file.size()) };
    // Pages not yet copied back from the write-ahead log may legitimately be missing from the file itself.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const qint64 expected = expectedSize(header);
    if (expected > file.size() && !(wal.exists() && wal.size() > 0))
        return Error { tr("\"%1\" is damaged: the file is cut short (%2 bytes of the %3 its header gives).")
                           .arg(shown, QLocale().toString(file.size()), QLocale().toString(expected)) };
    return {};
}

#ifdef CLIENTELE_SQLITE_HANDLE
namespace {
int stopRequested(void *stop)
{
    return static_cast<const std::atomic_bool *>(stop)->load() ? 1 : 0;
}
} // namespace
#endif

Status BookFileCheck::checkFully(const QString &path, const std::atomic_bool *stop)
{
    if (Status status = checkHeader(path); !status)
        return status;
    const QString name = QStringLiteral("clientele-check-%1").arg(++g_checkCounter);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        const QString shown = QDir::toNativeSeparators(path);
        if (!db.open()) {
            result = Error { tr("Cannot open \"%1\": %2").arg(shown, db.lastError().text()) };
        } else {
#ifdef CLIENTELE_SQLITE_HANDLE
            if (sqlite3 *handle = stop ? sqliteHandle(db) : nullptr)
                sqlite3_progress_handler(handle, 100000, &stopRequested, const_cast<std::atomic_bool *>(stop));
#endif
            QSqlQuery query(db);
            QStringList problems;
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                problems << query.lastError().databaseText();
            while (query.next())
                problems << query.value(0).toString();
            if (!(stop && stop->load())) // interrupted: nothing found wrong so far
                result = integrityProblems(path, problems);
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status BookFileCheck::integrityProblems(const QString &path, const QStringList &rows)
{
    if (rows == QStringList { QStringLiteral("ok") })
        return {};
    QStringList problems;
    for (const QString &row : rows) {
        for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***"))) // "*** in database main ***" heads a list
                problems << line.simplified();
        }
    }
    if (problems.isEmpty())
        problems << rows.join(QLatin1Char(' ')).simplified();
    // SQLite's own words for the first problem, for whoever restores the book; the count says how bad it is.
    return Error { tr(
        "\"%1\" is damaged: the database check found %n problem(s) in it. The first: %2", "", int(problems.size()))
                       .arg(QDir::toNativeSeparators(path), problems.first()) };
}

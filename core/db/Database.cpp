#include "Database.h"
#include "BookFileCheck.h"
#include "BookLock.h"
#include "Clock.h"
#include "SqlError.h"
#include "SqliteHandle.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <map>

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Migrations are resources/sql/NNNN_description.sql, embedded under :/sql.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Statements in a migration end with ';' at the end of a line (the files hold no triggers).
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
            BookFileCheck::noteClosed(m_openKey);
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::holdLock(std::unique_ptr<BookLock> lock)
{
    m_lock = std::move(lock);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const bool readOnly = options.access == Access::ReadOnly;
    const bool exists = info.exists() && info.size() > 0;
    if (!exists && readOnly)
        return Error { tr("The book \"%1\" does not exist.").arg(path) };
    if (exists) {
        // A file that is not a database, or shorter than its header says, is never opened (so never written to).
        if (Status status = BookFileCheck::checkHeader(path); !status)
            return status.error();
    }
    if (!exists && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error { tr("Cannot create the folder \"%1\".").arg(info.absolutePath()) };

    const QString name = QStringLiteral("clientele-%1").arg(++g_connectionCounter);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return Error { tr("Cannot open \"%1\": %2").arg(path, db.lastError().text()) };
        database->m_openKey = BookFileCheck::noteOpened(database->path());
    }

    if (options.check == Check::FullIntegrity) {
        if (Status status = database->checkIntegrity(); !status)
            return status.error();
    }

    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return Error { tr("\"%1\" is damaged or not a database: %2").arg(path, query.lastError().databaseText()) };
    const int objectCount = query.value(0).toInt();
    query.finish(); // no statement may be in progress for VACUUM INTO and the migrations below
    const int version = database->schemaVersion();
    const int latest = latestSchemaVersion();
    if (version == 0 && objectCount > 0)
        return Error { tr("\"%1\" is an SQLite database but not a Clientele book.").arg(path) };
    if (version > latest)
        return Error { tr("\"%1\" was saved by a newer version of Clientele (book format %2; this version "
                          "reads up to %3). Install the newer version to open it.")
                               .arg(path)
                               .arg(version)
                               .arg(latest) };
    // Only now that the file is known to be a book (or new) may it be changed, e.g. switched to WAL.
    if (Status status = database->applyPragmas(); !status)
        return status.error();
    registerSqliteFunctions(database->connection());

    const int target = options.migrateTo < 0 ? latest : options.migrateTo;
    if (version < target) {
        if (readOnly)
            return Error { tr("\"%1\" is in an older format (%2) and must be upgraded to format %3 before use, which "
                              "cannot be done while it is open read-only. Close the other Clientele window that has "
                              "it open, then open it again.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(target) };
        if (version > 0) {
            const QString backup = QStringLiteral("%1.before-v%2-%3.bak")
                                           .arg(database->path())
                                           .arg(target)
                                           .arg(Clock::instance().nowUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
            if (Status status = database->copyTo(backup); !status)
                return Error { tr("The book was not upgraded because no backup could be made first: %1")
                                       .arg(status.error().message) };
        }
        if (Status status = database->migrate(target); !status)
            return status.error();
    }
    return database;
}

Status Database::applyPragmas()
{
    QSqlQuery query(connection());
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys = ON"),
                          // 32 MB of pages instead of SQLite's 2 MB: a search that walks the list's index stays
                          // in memory after its first run.
                          QStringLiteral("PRAGMA cache_size = -32768") };
    if (!m_readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                // FULL: a commit the user saw survives a power cut, at a small cost per transaction.
                << QStringLiteral("PRAGMA synchronous = FULL")
                // Deleted content is overwritten with zeros, so an erased person's data leaves the file itself
                // (privacy erasure, docs/RELIABILITY.md); it costs little, deletes being rare.
                << QStringLiteral("PRAGMA secure_delete = ON");
    }
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return Error { tr("\"%1\" cannot be used: %2").arg(m_path, query.lastError().databaseText()) };
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Status Database::checkIntegrity() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error { tr("The book \"%1\" is damaged: %2").arg(m_path, query.lastError().databaseText()) };
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return BookFileCheck::integrityProblems(m_path, rows);
}

Status Database::copyTo(const QString &targetPath) const
{
    QFile::remove(targetPath);
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return sqlError(query, tr("Copying the book"));
    query.addBindValue(targetPath);
    if (!query.exec())
        return sqlError(query, tr("Copying the book"));

    Options options;
    options.access = Access::ReadOnly;
    options.check = Check::FullIntegrity;
    options.migrateTo = 0;
    auto copy = open(targetPath, options);
    if (!copy)
        return Error { tr("The copy \"%1\" could not be verified: %2").arg(targetPath, copy.error().message) };
    return {};
}

Status Database::migrate(int target)
{
    // A migration may rebuild a table (create the new one, copy, drop the old, rename), which is only safe with
    // foreign key enforcement off: dropping the old table would otherwise run its ON DELETE actions. The pragma
    // cannot change inside a transaction, so it is switched around all of them; applyMigration() checks every
    // foreign key before it commits instead.
    QSqlQuery pragma(connection());
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return sqlError(pragma, tr("Upgrading the book"));
    const Status status = migrateSteps(target);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && status)
        return sqlError(pragma, tr("Upgrading the book"));
    return status;
}

Status Database::migrateSteps(int target)
{
    const auto files = migrationFiles();
    for (int version = schemaVersion() + 1; version <= target; ++version) {
        const auto it = files.find(version);
        if (it == files.end())
            return Error { tr("Book format %1 is missing from this build.").arg(version) };
        QFile file(it->second);
        if (!file.open(QIODevice::ReadOnly))
            return Error { tr("Cannot read %1.").arg(it->second) };
        if (Status status = applyMigration(version, QString::fromUtf8(file.readAll())); !status)
            return status;
    }
    return {};
}

Status Database::applyMigration(int version, const QString &sql)
{
    Transaction transaction(connection());
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(connection());
    for (const QString &statement : splitStatements(sql)) {
        if (!query.exec(statement))
            return sqlError(query, tr("Upgrading the book to format %1").arg(version));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(query, tr("Upgrading the book to format %1").arg(version));
    if (query.next())
        return Error { tr("Upgrading the book to format %1 would break a link between records (table %2, row %3); "
                          "the book was left as it was.")
                               .arg(version)
                               .arg(query.value(0).toString(), query.value(1).toString()) };
    query.finish();
    // PRAGMA takes no bound values; the version is a number we generate, not input.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return sqlError(query, tr("Upgrading the book to format %1").arg(version));
    return transaction.commit();
}

QString Database::timestamp(const QDateTime &utc)
{
    // Written by hand because QDateTime::toString(Qt::ISODate) goes through a format string and took a sixth of the
    // time of writing a million-customer demo book; the text is the same ("2025-01-02T03:04:05Z").
    const QDateTime at = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    int year = 0, month = 0, day = 0;
    at.date().getDate(&year, &month, &day);
    if (!at.isValid() || year < 1 || year > 9999)
        return at.toString(Qt::ISODate);
    const QTime time = at.time();
    char text[21];
    const auto put = [&text](int offset, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[offset + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, time.hour(), 2);
    text[13] = ':';
    put(14, time.minute(), 2);
    text[16] = ':';
    put(17, time.second(), 2);
    text[19] = 'Z';
    text[20] = '\0';
    return QString::fromLatin1(text, 20);
}

QDateTime Database::parseTimestamp(QByteArrayView text)
{
    const auto digits = [&text](int offset, int width) {
        int value = 0;
        for (int i = offset; i < offset + width; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const bool stored = text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':'
            && text[16] == ':' && text[19] == 'Z';
    if (stored) {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
        // digits() is -1 for a non-digit; QDate takes negative years, so each part is checked.
        if (std::min({ year, month, day, hour, minute, second }) >= 0) {
            const QDate date(year, month, day);
            const QTime time(hour, minute, second);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(QString::fromUtf8(text), Qt::ISODate).toUTC();
}

QDateTime Database::parseTimestamp(const QString &text)
{
    if (text.size() != 20)
        return QDateTime::fromString(text, Qt::ISODate).toUTC();
    char latin[20];
    for (int i = 0; i < 20; ++i) {
        const char16_t c = text[i].unicode();
        latin[i] = c < 128 ? char(c) : '?';
    }
    return parseTimestamp(QByteArrayView(latin, 20));
}

QString Database::nowTimestamp()
{
    return timestamp(Clock::instance().nowUtc());
}

QString Database::nameUuid(const QString &kind, const QString &name)
{
    static const QUuid ns(QStringLiteral("{8f5d0c7e-2a41-4b8e-9a57-3c1f2d6e4b90}"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + name).toString(QUuid::WithoutBraces);
}

QString Database::newUuid()
{
    // UUIDv7 (RFC 9562): the time in milliseconds first, then random bits. Rows created one after another get
    // growing ids, which SQLite appends to the uuid index instead of scattering them over its pages.
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 a = random->generate64();
    const quint64 b = random->generate64();
    const QUuid id(uint(ms >> 16), ushort(ms), ushort(0x7000 | (a & 0x0fff)), uchar(0x80 | ((a >> 12) & 0x3f)),
                   uchar(b), uchar(b >> 8), uchar(b >> 16), uchar(b >> 24), uchar(b >> 32), uchar(b >> 40),
                   uchar(b >> 48));
    return id.toString(QUuid::WithoutBraces);
}

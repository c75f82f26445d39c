#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class BookLock;

// One company book: a SQLite file with the product's schema. Owns one named QSqlDatabase connection;
// a thread that works on the book (import, export, reports) opens its own Database on the same file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Check { QuickHeaderOnly, FullIntegrity };

    struct Options
    {
        Access access = Access::ReadWrite;
        Check check = Check::QuickHeaderOnly;
        // Stop migrating at this schema version (tests build old books with it); -1 means the latest.
        int migrateTo = -1;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options {}); }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Keeps the book's lock (BookLock) while this connection is open; it is released after the connection closes.
    void holdLock(std::unique_ptr<BookLock> lock);
    int schemaVersion() const;

    // The newest schema version this build knows (the highest numbered file in resources/sql).
    static int latestSchemaVersion();
    // Runs PRAGMA integrity_check; an Error names the first problem SQLite reports.
    Status checkIntegrity() const;
    // A copy of the whole book made online (VACUUM INTO), e.g. before a migration.
    Status copyTo(const QString &targetPath) const;

    // Text form of timestamps stored in the book: UTC ISO-8601 with a Z.
    static QString timestamp(const QDateTime &utc);
    // The moment such a text names (UTC), read by hand for the stored form ("2025-01-02T03:04:05Z", as fast as
    // reading an integer) and by Qt's ISO-8601 parser for anything else; invalid for text that is neither.
    static QDateTime parseTimestamp(QByteArrayView text);
    static QDateTime parseTimestamp(const QString &text);
    static QString nowTimestamp();
    static QString newUuid();
    // A uuid that follows from a name (UUID v5), for rows identified by their name, such as tags.
    static QString nameUuid(const QString &kind, const QString &name);

private:
    Database(QString path, QString connectionName, bool readOnly);
    Status applyPragmas();
    Status migrate(int target);
    Status migrateSteps(int target);
    Status applyMigration(int version, const QString &sql);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_openKey; // BookFileCheck's name for this open book
    std::unique_ptr<BookLock> m_lock;
};

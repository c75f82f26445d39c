#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One prepared INSERT run many times in a bulk load (demo books, imports). Where the Qt SQLite driver uses the
// same SQLite library as this program (Debian's Qt links the system libsqlite3; CMake option
// CLIENTELE_SQLITE_HANDLE), statements go straight to the driver's sqlite3 handle, which skips Qt's per-value
// binding and runs about three times faster; anywhere else they go through QSqlQuery. Indexes are 0-based.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;

    static std::unique_ptr<BulkStatement> prepare(const QSqlDatabase &db, const QString &sql, Error *error);
    // True when statements use the driver's sqlite3 handle directly.
    static bool usesSqliteHandle(const QSqlDatabase &db);

    virtual void bindText(int index, const QString &value) = 0; // a null QString is stored as ''
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindBlob(int index, const QByteArray &value) = 0;
    virtual void bindNull(int index) = 0;
    virtual bool exec() = 0;
    virtual qint64 lastInsertId() const = 0;
    virtual QString errorText() const = 0;
};

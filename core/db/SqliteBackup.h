#pragma once

#include "Result.h"

#include <QMap>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

class Database;

// Page-by-page copies between SQLite databases with SQLite's online backup API, through the Qt driver's handle
// (SqliteHandle.h). This is what only SQLite has; BackupService sits on top of it.
namespace SqliteBackup {

// Rows per table (virtual tables left out: their shadow tables are counted), in the connection's current snapshot.
Result<QMap<QString, qint64>> tableCounts(const QSqlDatabase &db);

// Copies the whole of `source` into the database `target` (any existing file is replaced), in one read transaction
// of the source, so other connections may keep writing meanwhile. `counts` receives tableCounts() of that same
// snapshot. The copy is left in rollback-journal mode: one self-contained file. Without the driver's handle it
// falls back to VACUUM INTO, and `counts` are read just after it.
// `copied` hears the share of pages copied (0..1) after each step of a few thousand pages; `cancel` stops the copy
// at the next step, with an error (and a partial `target` for the caller to remove). The fallback (VACUUM INTO)
// copies in one step that cannot be cancelled, and reports 1 when it is done.
Status copyTo(const QSqlDatabase &source, const QString &target, QMap<QString, qint64> *counts,
    const std::function<void(double)> &copied = {}, const std::atomic_bool *cancel = nullptr);

// Database::checkIntegrity(), stopped with an error when `cancel` is set (checked every few thousand SQLite
// steps). Without the driver's handle it runs to the end.
Status checkIntegrity(const Database &book, const std::atomic_bool &cancel);

// Replaces the content of `target` (an open connection, no transaction open on it) with `source`'s.
Status restoreInto(const QSqlDatabase &target, const QString &source);

} // namespace SqliteBackup

#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The Qt SQLite driver's own sqlite3 handle, or nullptr where this program may not use it: built without
// CLIENTELE_SQLITE_HANDLE, another driver, or a driver whose SQLite is not the library this program links
// (their versions differ). Bulk loads and SQL functions of our own use it; everything else goes through Qt.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Adds the product's SQL functions to a connection where the handle is usable (see above):
//   clientele_contains(text, part)  1 when part occurs in text; instr() > 0, with a vectorised search
//                                   (memmem) instead of SQLite's character-by-character loop.
// Returns whether they were added; SQL must fall back to standard functions when not.
bool registerSqliteFunctions(const QSqlDatabase &db);

#pragma once

#include <atomic>

#include "Result.h"

#include <QCoreApplication>

// Tells a damaged book file from a sound one without writing to it: a file that is not a database, one cut short
// (a truncated copy), or one whose pages fail SQLite's integrity_check.
class BookFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(BookFileCheck)

public:
    // Reads only the 100-byte header and the file's size: instant at any size. A missing or empty file passes
    // (it becomes a new book).
    //
    // A book this process has open is not read again: closing any file handle to it would drop every POSIX lock
    // the process holds on it, SQLite's included, and another program could then delete the write-ahead log
    // under the open connection, which would write on into a deleted file (SQLite's "How To Corrupt" 2.2).
    static Status checkHeader(const QString &path);
    // Database notes each connection it opens and closes, for checkHeader: noteOpened() returns the key to close
    // with (taken while the file is there: a book deleted while open has no canonical path by then).
    static QString noteOpened(const QString &path);
    static void noteClosed(const QString &key);
    static bool isOpenHere(const QString &path);
    // The header, then PRAGMA integrity_check on a read-only connection (reads the whole file). Setting *stop
    // (from another thread) interrupts the check where SQLite's handle is reachable; an interrupted check passes.
    static Status checkFully(const QString &path, const std::atomic_bool *stop = nullptr);
    // PRAGMA integrity_check's rows as one message for a person: how many problems, and the first of them
    // (SQLite can put many problems into one row, one per line). An empty Status for the single row "ok".
    static Status integrityProblems(const QString &path, const QStringList &rows);
};

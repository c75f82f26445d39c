#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

// Keeps a second copy of the app from opening a book for writing behind the back of the one that has it open:
// a lock file "<book>.lock" next to the book, held while the book is open. A lock left by a crashed process (same
// machine, process gone) is taken over.
class BookLock
{
    Q_DECLARE_TR_FUNCTIONS(BookLock)

public:
    // The lock, or an Error saying who holds it (process and machine).
    static Result<std::unique_ptr<BookLock>> acquire(const QString &bookPath);
    static QString lockPath(const QString &bookPath);

    ~BookLock();
    BookLock(const BookLock &) = delete;
    BookLock &operator=(const BookLock &) = delete;

private:
    explicit BookLock(const QString &path);

    QLockFile m_file;
};

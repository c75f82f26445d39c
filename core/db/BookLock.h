#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>

#include <memory>
#include <optional>

// Keeps a second copy of the app from opening a book for writing behind the back of the one that has it open:
// a lock file "<book>.lock" next to the book, held while the book is open. A lock left by a crashed process (same
// machine, process gone) is taken over.
class BookLock
{
    Q_DECLARE_TR_FUNCTIONS(BookLock)

public:
    // Who has the book open, as the lock file tells: QLockFile writes the process and the machine; the user is the
    // lock file's owner and "since" its time.
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString user;
        QString application;
        QDateTime since;
    };

    // The lock, or an Error saying who holds it (machine, user, process and since when).
    static Result<std::unique_ptr<BookLock>> acquire(const QString &bookPath);
    static QString lockPath(const QString &bookPath);
    // The holder named in the book's lock file, if there is one.
    static std::optional<Holder> holder(const QString &bookPath);

    ~BookLock();
    BookLock(const BookLock &) = delete;
    BookLock &operator=(const BookLock &) = delete;

private:
    explicit BookLock(const QString &path);

    QLockFile m_file;
};

#include "BookLock.h"

#include <QDir>

BookLock::BookLock(const QString &path)
    : m_file(path)
{
    m_file.setStaleLockTime(0); // held for hours: stale only when its process is gone
}

BookLock::~BookLock()
{
    m_file.unlock();
}

QString BookLock::lockPath(const QString &bookPath)
{
    return bookPath + QStringLiteral(".lock");
}

Result<std::unique_ptr<BookLock>> BookLock::acquire(const QString &bookPath)
{
    std::unique_ptr<BookLock> lock(new BookLock(lockPath(bookPath)));
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_file.getLockInfo(&pid, &host, &application);
        return Error { tr("The book \"%1\" is already open in another Clientele window or program (process %2 on "
                          "%3).")
                           .arg(QDir::toNativeSeparators(bookPath))
                           .arg(pid)
                           .arg(host) };
    }
    return Error {
        tr("Cannot create the lock file \"%1\" next to the book.").arg(QDir::toNativeSeparators(lockPath(bookPath)))
    };
}

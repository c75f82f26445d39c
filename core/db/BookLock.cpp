#include "BookLock.h"
#include "Formatting.h"

#include <QDir>
#include <QFileInfo>

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

std::optional<BookLock::Holder> BookLock::holder(const QString &bookPath)
{
    const QString path = lockPath(bookPath);
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    Holder holder;
    QLockFile file(path);
    if (!file.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt;
    holder.user = info.owner();
    holder.since = info.lastModified();
    return holder;
}

Result<std::unique_ptr<BookLock>> BookLock::acquire(const QString &bookPath)
{
    QDir().mkpath(QFileInfo(bookPath).absolutePath()); // a new book in a folder not made yet
    std::unique_ptr<BookLock> lock(new BookLock(lockPath(bookPath)));
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        const Holder who = holder(bookPath).value_or(Holder {});
        return Error { tr("The book \"%1\" is already open in another Clientele window or program: user %2 on %3, "
                          "process %4, since %5.")
                           .arg(QDir::toNativeSeparators(bookPath), who.user.isEmpty() ? tr("(unknown)") : who.user,
                               who.host.isEmpty() ? tr("(unknown)") : who.host)
                           .arg(who.pid)
                           .arg(Formatting::localDateTime(who.since)) };
    }
    return Error {
        tr("Cannot create the lock file \"%1\" next to the book.").arg(QDir::toNativeSeparators(lockPath(bookPath)))
    };
}

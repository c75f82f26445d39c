#pragma once

// Runs tests/lock/BookLockHolder.cpp: another process that holds a book's lock, as a second Clientele would.

#include <QProcess>
#include <QString>

#ifndef CLIENTELE_LOCK_HOLDER
#error "CLIENTELE_LOCK_HOLDER must name the book_lock_holder binary"
#endif

class LockHolderProcess
{
public:
    // Starts the holder on `book`; true once it reports that it holds the lock.
    bool start(const QString &book)
    {
        m_process.start(QStringLiteral(CLIENTELE_LOCK_HOLDER), { book });
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        return m_process.readLine().trimmed() == "locked";
    }
    qint64 pid() const { return m_process.processId(); }
    // Lets it go as a closing app would: the lock file is removed.
    void release()
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished(10000);
    }
    // As a crash would: the lock file stays behind, naming a process that is gone.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    ~LockHolderProcess()
    {
        if (m_process.state() != QProcess::NotRunning)
            release();
    }

private:
    QProcess m_process;
};

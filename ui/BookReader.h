#pragma once

#include "Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class BackgroundJob;

// Reads from a book on a pool thread, on a read-only connection of its own, so that a page of a large book shows at
// once and fills in when its figures are read. A read asked for while another runs replaces any waiting one and
// starts when the running one ends; only the newest is shown.
class BookReader : public QObject
{
    Q_OBJECT

public:
    // Runs on the pool thread with the connection; returns what to do with what it read, which runs on the GUI
    // thread, or the error, which goes to `failed` there.
    using Read = std::function<Result<std::function<void()>>(const QSqlDatabase &book)>;
    using Failed = std::function<void(const Error &error)>;

    BookReader(QString bookPath, QObject *parent);
    ~BookReader() override;

    void read(Read read, Failed failed);
    // From the start of a read until what it read is shown.
    bool isReading() const { return m_reading; }
    // Blocks until what is being read is shown (tests, screenshots, benchmarks). A read that has not started yet
    // runs on the calling thread (Qt's thread pool hands it to the waiting thread).
    void wait();

    // Opens the book read-only on the calling (pool) thread, hands the connection to `read`, then closes it and
    // gives the memory its page cache held back to the system. The error is the book's when it cannot be opened.
    static Status withReadOnlyBook(const QString &bookPath, const std::function<void(const QSqlDatabase &)> &read);

private:
    void start();
    void finished();

    QString m_path;
    BackgroundJob *m_job = nullptr;
    bool m_reading = false;
    Read m_read;
    Failed m_failed;
    bool m_waiting = false; // a newer read is in m_read, to start when the running one ends
    Result<std::function<void()>> m_done = Error {}; // written on the pool thread
};

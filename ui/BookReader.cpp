#include "BookReader.h"
#include "BackgroundJob.h"
#include "db/Database.h"

#include <QCoreApplication>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

BookReader::BookReader(QString bookPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(bookPath))
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::finished, this, &BookReader::finished);
}

BookReader::~BookReader()
{
    // The read writes into this object: wait for one that runs; one that has not started is skipped.
    m_job->cancel();
    m_job->wait();
}

void BookReader::read(Read read, Failed failed)
{
    m_read = std::move(read);
    m_failed = std::move(failed);
    if (m_reading) {
        m_waiting = true;
        return;
    }
    start();
}

Status BookReader::withReadOnlyBook(const QString &bookPath, const std::function<void(const QSqlDatabase &)> &read)
{
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    auto book = Database::open(bookPath, readOnly);
    if (!book)
        return book.error();
    read(book.value()->connection());
    book.value().reset();
#if defined(__GLIBC__)
    // The connection's page cache was freed on this pool thread, into its own malloc arena, which glibc keeps:
    // without this each page that read a large book left tens of megabytes resident.
    malloc_trim(0);
#endif
    return {};
}

void BookReader::start()
{
    m_reading = true;
    m_waiting = false;
    m_job->start([this, path = m_path, read = m_read](const std::function<void(double)> &,
                                                       const std::atomic_bool &cancel) {
        if (cancel)
            return;
        const Status opened = withReadOnlyBook(path, [&](const QSqlDatabase &book) { m_done = read(book); });
        if (!opened)
            m_done = opened.error();
    });
}

void BookReader::wait()
{
    while (m_reading) {
        m_job->wait();
        QCoreApplication::processEvents(); // delivers finished(), which may start the waiting read
    }
}

void BookReader::finished()
{
    Result<std::function<void()>> done = std::exchange(m_done, Error {});
    if (m_waiting) {
        start();
        return;
    }
    m_reading = false;
    if (!done)
        m_failed(done.error());
    else
        done.value()();
}

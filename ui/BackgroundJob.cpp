#include "BackgroundJob.h"

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundJob::finished);
}

BackgroundJob::~BackgroundJob()
{
    // The work refers to this object's cancel flag: it must end before the flag goes.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void BackgroundJob::start(Work work)
{
    Q_ASSERT(!isRunning());
    m_cancel = false;
    // Emitting from the pool thread queues the signal to this object's (the GUI) thread.
    auto progress = [this](double fraction) { emit progressed(fraction); };
    m_watcher.setFuture(QtConcurrent::run([this, work = std::move(work), progress] { work(progress, m_cancel); }));
}

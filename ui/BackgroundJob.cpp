#include "BackgroundJob.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <limits>

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

bool BackgroundJob::runWithProgress(QWidget *parent, const QString &label, Work work, bool cancellable)
{
    BackgroundJob job;
    QProgressDialog dialog(label, tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("backgroundProgressDialog"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(std::numeric_limits<int>::max()); // shown below, not by setValue()
    dialog.reset(); // stops the timer with which QProgressDialog would show itself
    if (cancellable) {
        connect(&job, &BackgroundJob::progressed, &dialog, [&dialog](double f) { dialog.setValue(int(f * 1000)); });
        connect(&dialog, &QProgressDialog::canceled, &job, &BackgroundJob::cancel);
    } else {
        dialog.setCancelButton(nullptr);
        dialog.setRange(0, 0); // busy
    }
    QEventLoop loop;
    connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    job.start(std::move(work));
    // The first half second without input (nothing can be clicked twice); then, if still running, the dialog, whose
    // modality keeps the rest of the app from input while Cancel works.
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.isRunning()) {
        dialog.show();
        loop.exec();
    }
    return !job.wasCancelled();
}

#include "BackupController.h"
#include "BackgroundJob.h"
#include "Clock.h"
#include "MessageBox.h"
#include "db/Database.h"

#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <limits>

BackupController::BackupController(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_timer(new QTimer(this))
    , m_job(new BackgroundJob(this))
{
    m_timer->setInterval(10 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupController::backUpIfDue);
    connect(m_job, &BackgroundJob::finished, this, &BackupController::finished);
    if (!m_database.isReadOnly()) {
        m_timer->start();
        backUpIfDue(); // off the GUI thread: the window opens at once all the same
    }
}

BackupController::~BackupController()
{
    // The worker writes m_result: it must end first (BackgroundJob's own destructor comes too late for that).
    m_job->wait();
}

bool BackupController::isRunning() const
{
    return m_running;
}

bool BackupController::backUpNow()
{
    if (m_database.isReadOnly()) {
        MessageBox::information(m_window, tr("Backup"),
            tr("The book is open read-only. The Clientele window that has it open backs it up."));
        return false;
    }
    if (isRunning()) {
        m_requested = true;
        emit statusMessage(tr("A backup is running; another follows as soon as it ends."));
        return true;
    }
    return start(false);
}

void BackupController::backUpOnClose()
{
    // No scheduled backup starts while the window closes: one started under the message of a failed backup put its
    // progress over that message, which could then not be answered, and quitting hung (found by a review).
    m_timer->stop();
    // The user who stops the backup running while the window closes wants it closed, not another backup.
    if (!waitForBackup() || m_database.isReadOnly() || m_stopped)
        return;
    auto settings = BackupSettings::load(m_database.connection(), m_database.path());
    if (settings && settings.value().onClose && start(true))
        waitForBackup();
}

void BackupController::backUpIfDue()
{
    if (m_database.isReadOnly() || m_stopped || isRunning())
        return;
    auto settings = BackupSettings::load(m_database.connection(), m_database.path());
    if (!settings || settings.value().intervalHours <= 0)
        return;
    const auto last = BackupService(m_database.path(), settings.value()).lastBackupTime();
    if (!last || last->secsTo(Clock::instance().nowUtc()) >= qint64(settings.value().intervalHours) * 3600)
        start(true);
}

void BackupController::stop()
{
    m_stopped = true;
    m_timer->stop();
}

bool BackupController::waitForBackup()
{
    if (!isRunning())
        return true;
    QProgressDialog progress(tr("Backing up the book…"), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("backupProgressDialog"));
    progress.setWindowTitle(tr("Backup"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    // Shown by the timer below, not by QProgressDialog's own: the event loop must let the user's clicks through
    // (to Cancel) only once the modal dialog is up.
    progress.setMinimumDuration(std::numeric_limits<int>::max());
    connect(m_job, &BackgroundJob::progressed, &progress, [&progress, this](double copied) {
        if (m_job->wasCancelled())
            return;
        if (copied < 1.0) {
            progress.setValue(int(copied * 100));
        } else if (progress.maximum() != 0) {
            progress.setLabelText(tr("Checking the backup…"));
            progress.setRange(0, 0);
        }
    });
    bool cancelled = false;
    connect(&progress, &QProgressDialog::canceled, this, [&] {
        cancelled = true;
        m_job->cancel();
        // Cancel hides the dialog; it stays up, its button disabled (not deleted: this runs in its clicked()),
        // until the backup has stopped.
        if (auto button = progress.findChild<QPushButton *>())
            button->setEnabled(false);
        progress.setLabelText(tr("Stopping the backup…"));
        progress.setRange(0, 0);
        progress.show();
    });
    QEventLoop loop;
    connect(m_job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(500, &loop, [&] {
        if (m_waiting && isRunning()) // not once the wait is over (a later backup is not this dialog's)
            progress.show();
        loop.quit();
    });
    // Also after the queued finished() of a backup that ended meanwhile; finished() may then start a requested one.
    m_waiting = true;
    while (isRunning())
        loop.exec(progress.isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    m_waiting = false;
    progress.hide();
    if (auto message = std::exchange(m_deferredMessage, std::nullopt))
        showMessage(message->first, message->second);
    return !cancelled;
}

void BackupController::showMessage(bool ok, const QString &message)
{
    if (m_waiting) {
        m_deferredMessage = { ok, message };
        return;
    }
    if (ok)
        MessageBox::information(m_window, tr("Backup"), message);
    else
        MessageBox::warning(m_window, tr("Backup"), message);
}

bool BackupController::start(bool quiet)
{
    auto settings = BackupSettings::load(m_database.connection(), m_database.path());
    if (!settings) {
        const QString message = tr("The book was not backed up: %1").arg(settings.error().toString());
        emit statusMessage(message);
        MessageBox::warning(m_window, tr("Backup"), message);
        return false;
    }
    m_quiet = quiet;
    m_result.reset();
    m_running = true;
    emit statusMessage(tr("Backing up the book…"));
    const BackupService service(m_database.path(), settings.value());
    m_job->start([this, service](const auto &progress, const auto &cancel) {
        BackupWatch watch;
        watch.copied = progress;
        watch.cancel = &cancel;
        m_result = service.create({}, {}, watch);
    });
    return true;
}

void BackupController::finished()
{
    m_running = false;
    const bool ok = m_result && m_result->ok();
    QString message;
    if (!ok && m_job->wasCancelled()) {
        m_requested = false;
        message = tr("The backup was cancelled: the book was not backed up this time.");
        emit statusMessage(message);
        emit backupFinished(false, message);
        return;
    }
    if (!ok) {
        message = tr("The book was not backed up: %1")
                      .arg(m_result ? m_result->error().toString() : tr("the backup did not run."));
        emit statusMessage(message);
        emit backupFinished(false, message);
        showMessage(false, message);
    } else {
        message = tr("Backed up to %1 (%Ln customer(s)).", nullptr, int(m_result->value().customers))
                      .arg(QDir::toNativeSeparators(m_result->value().path));
        emit statusMessage(message);
        emit backupFinished(true, message);
        if (!m_quiet)
            showMessage(true, message);
    }
    if (m_requested) {
        m_requested = false;
        start(false);
    }
}

#pragma once

#include "backup/BackupService.h"

#include <QObject>
#include <QString>

#include <optional>

class BackgroundJob;
class Database;
class QTimer;
class QWidget;

// Automatic backups of the open book: at most once per interval while it is open (checked every few minutes), and
// when it closes. The copy and its check run on a worker thread with their own connection, so the window stays
// responsive; closing waits for a running backup (with a progress dialog and Cancel) instead of killing it. A
// failed backup is shown to the user in a message box and the status bar, never skipped silently.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(Database &database, QWidget *window);
    ~BackupController() override;

    // Starts a verified backup and tells the user how it went when it ends (backupFinished() follows). While one
    // runs, another is taken right after it, so the copy holds what the user sees now. False when nothing started
    // (the book is read-only, or its settings cannot be read: the user has been told).
    bool backUpNow();
    // On close, when the settings ask for it; waits for it (and for one already running). A backup the user
    // cancels in the progress dialog is left unmade, and so is the one on close after it.
    void backUpOnClose();
    // When the interval has passed since the newest backup in the folder.
    void backUpIfDue();
    bool isRunning() const;
    // Waits until no backup runs, with a progress dialog after half a second (how much is copied, then the
    // check) and its Cancel button; the GUI keeps painting. False when the user cancelled the backup: it stopped
    // and left no file.
    bool waitForBackup();
    // No more automatic backups (the book was found damaged: a copy of it would fail its check anyway).
    void stop();

signals:
    void statusMessage(const QString &message);
    void backupFinished(bool ok, const QString &message);

private:
    bool start(bool quiet);
    void finished();
    void showMessage(bool ok, const QString &message);

    Database &m_database;
    QWidget *m_window = nullptr;
    QTimer *m_timer = nullptr;
    BackgroundJob *m_job = nullptr;
    std::optional<Result<BackupInfo>> m_result; // written by the worker, read after finished()
    bool m_quiet = true;
    bool m_requested = false; // the user asked for one while another ran
    bool m_stopped = false;
    bool m_running = false; // until finished() has told how it went
    // While waitForBackup() shows its progress dialog, finished() leaves its message here for it to show once that
    // dialog is gone: a message box opened under the modal progress dialog could not be reached, and quitting hung.
    bool m_waiting = false;
    std::optional<std::pair<bool, QString>> m_deferredMessage; // ok, text
};

#pragma once

#include <QFutureWatcher>
#include <QObject>

class QWidget;
#include <QtConcurrent>

#include <atomic>
#include <functional>

// Long work (import, export, duplicate search) on a pool thread, with progress and cancel for the GUI.
// The work gets a progress function (0..1, callable from its thread) and the cancel flag to poll; it must
// open its own database connection. progressed() and finished() arrive on the GUI thread.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(const std::function<void(double)> &progress, const std::atomic_bool &cancel)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    void start(Work work);
    // Runs `work` on a pool thread and returns when it is done, the GUI kept painted meanwhile; a progress dialog
    // with Cancel showing `label` appears if the work takes more than half a second. False when cancelled. Work that
    // cannot stop half way (one SQL statement) passes `cancellable` false: a busy bar, no Cancel.
    static bool runWithProgress(QWidget *parent, const QString &label, Work work, bool cancellable = true);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    bool wasCancelled() const { return m_cancel; }
    // Blocks until the work is done (tests, and closing a window while work runs).
    void wait() { m_watcher.waitForFinished(); }

signals:
    void progressed(double fraction);
    void finished();

private:
    QFutureWatcher<void> m_watcher;
    std::atomic_bool m_cancel = false;
};

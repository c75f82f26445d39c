#include "BackupController.h"
#include "Clock.h"
#include "MessageBox.h"
#include "backup/BackupService.h"
#include "db/Database.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

BackupController::BackupController(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(10 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupController::backUpIfDue);
    if (!m_database.isReadOnly()) {
        m_timer->start();
        QTimer::singleShot(0, this, &BackupController::backUpIfDue);
    }
}

bool BackupController::backUpNow()
{
    return run(false);
}

void BackupController::backUpOnClose()
{
    if (m_database.isReadOnly())
        return;
    auto settings = BackupSettings::load(m_database.connection(), m_database.path());
    if (settings && settings.value().onClose)
        run(true);
}

void BackupController::backUpIfDue()
{
    if (m_database.isReadOnly())
        return;
    auto settings = BackupSettings::load(m_database.connection(), m_database.path());
    if (!settings || settings.value().intervalHours <= 0)
        return;
    const auto last = BackupService(m_database.path(), settings.value()).lastBackupTime();
    if (!last || last->secsTo(Clock::instance().nowUtc()) >= qint64(settings.value().intervalHours) * 3600)
        run(true);
}

bool BackupController::run(bool quiet)
{
    auto settings = BackupSettings::load(m_database.connection(), m_database.path());
    if (!settings) {
        MessageBox::warning(m_window, tr("Backup"), settings.error().toString());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto backup = BackupService(m_database.path(), settings.value()).create();
    QApplication::restoreOverrideCursor();
    if (!backup) {
        const QString message = tr("The book was not backed up: %1").arg(backup.error().toString());
        emit statusMessage(message);
        MessageBox::warning(m_window, tr("Backup"), message);
        return false;
    }
    const QString message = tr("Backed up to %1 (%n customer(s)).", nullptr, int(backup.value().customers))
                                .arg(QDir::toNativeSeparators(backup.value().path));
    emit statusMessage(message);
    if (!quiet)
        MessageBox::information(m_window, tr("Backup"), message);
    return true;
}

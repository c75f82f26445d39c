#pragma once

#include <QObject>
#include <QString>

class Database;
class QTimer;
class QWidget;

// Automatic backups of the open book: at most once per interval while it is open (checked every few minutes), and
// when it closes. A failed backup is shown to the user in a message box and the status bar, never skipped silently.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(Database &database, QWidget *window);

    // Takes a verified backup now (the GUI waits: a backup of a large book takes seconds). Returns whether it worked;
    // shows what went wrong when not.
    bool backUpNow();
    // On close, when the settings ask for it.
    void backUpOnClose();
    // When the interval has passed since the newest backup in the folder.
    void backUpIfDue();

signals:
    void statusMessage(const QString &message);

private:
    bool run(bool quiet);

    Database &m_database;
    QWidget *m_window = nullptr;
    QTimer *m_timer = nullptr;
};

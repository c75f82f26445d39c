#pragma once

#include <QDialog>

class BackupController;
class Database;
class QCheckBox;
class QLineEdit;
class QSpinBox;

// The book's backup settings: folder (e.g. a synced or network folder), how often while open, on close, and how
// many daily, weekly and monthly copies rotation keeps. With "Back up now" and the folder's last backup.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupSettingsDialog(Database &database, BackupController *controller, QWidget *parent = nullptr);

    void accept() override;

private:
    void chooseFolder();

    Database &m_database;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_onClose = nullptr;
    QSpinBox *m_daily = nullptr;
    QSpinBox *m_weekly = nullptr;
    QSpinBox *m_monthly = nullptr;
};

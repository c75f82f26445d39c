#pragma once

#include "backup/BackupService.h"

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// "Restore from backup…": the backups of the book's folder (date, size, customers, contacts, notes), newest first.
// Restoring asks for a confirmation and keeps the book as it is now as a backup first.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool restored() const { return m_restored; }
    // Restores the selected backup after the user confirms.
    void restoreSelected();

private:
    void reload();

    Database &m_database;
    BackupSettings m_settings;
    QList<BackupInfo> m_backups;
    QTableWidget *m_table = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_restore = nullptr;
    bool m_restored = false;
};

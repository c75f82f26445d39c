#pragma once

#include <QMainWindow>

#include <memory>

class CustomerFilePanel;
class CustomerListPanel;
class Database;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class BackgroundJob;
class QProgressDialog;
class TrashPanel;
class AuditPanel;
class BackupController;

// The main window over one open book: a navigation sidebar, the customer list beside the customer file,
// and the trash. Window layout, splitters and list columns are remembered between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    CustomerListPanel *customerList() const { return m_list; }
    CustomerFilePanel *customerFile() const { return m_file; }
    TrashPanel *trash() const { return m_trash; }
    QUndoStack *undoStack() const { return m_undo; }
    AuditPanel *audit() const { return m_audit; }
    BackupController *backups() const { return m_backups; }

    void newCustomer();
    void editCustomer(qint64 id);
    void moveSelectedToTrash();
    void showPage(int page);
    void importFile();
    // Lists likely duplicate customers and merges the pair the user picks.
    void findDuplicates();
    // Writes the current list (filter, search, sort and visible columns) to .xlsx or CSV.
    void exportList();
    // Trust (issue #9): backups, restore, and the privacy requests on the current customer.
    void restoreFromBackup();
    void showBackupSettings();
    void exportCustomerData();
    void eraseCustomer();

signals:
    // The user asked for another book; the application opens it in a new window.
    void openBookRequested(const QString &path);
    void createBookRequested(const QString &path);
    void openDemoBookRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void afterTrashChange();
    void saveLayout() const;
    void restoreLayout();
    void openBook();
    void createBook();
    void showSettings();
    void showAbout();
    void exportFinished();

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_customerSplitter = nullptr;
    CustomerListPanel *m_list = nullptr;
    CustomerFilePanel *m_file = nullptr;
    TrashPanel *m_trash = nullptr;
    AuditPanel *m_audit = nullptr;
    BackupController *m_backups = nullptr;
    BackgroundJob *m_export = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QString m_exportMessage;
    QStringList m_exportWarnings;
    bool m_exportFailed = false;
};

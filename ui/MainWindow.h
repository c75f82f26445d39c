#pragma once

#include "io/BookTableExporter.h"
#include "io/CustomerExporter.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class CustomerFilePanel;
class CustomerListPanel;
class Database;
class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class BackgroundJob;
class ComplaintReportsPanel;
class ComplaintsPanel;
class QProgressDialog;
class TrashPanel;
class ProductsPanel;
class QuotesPanel;
class OrdersPanel;
class ReportsPanel;
class AgendaPanel;
class CalendarPanel;
class RenewalsPanel;
class NeglectedPanel;
class ReminderCenter;
class AuditPanel;
class BackupController;

// The main window over one open book: a navigation sidebar, the customer list beside the customer file,
// and the trash. Window layout, splitters and list columns are remembered between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages, in the order of the navigation list.
    enum Page
    {
        CustomersPage,
        AgendaPage,
        CalendarPage,
        QuotesPage,
        OrdersPage,
        ProductsPage,
        RenewalsPage,
        ComplaintsPage,
        ComplaintReportsPage,
        NeglectedPage,
        ReportsPage,
        AuditPage,
        TrashPage
    };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    CustomerListPanel *customerList() const { return m_list; }
    CustomerFilePanel *customerFile() const { return m_file; }
    TrashPanel *trash() const { return m_trash; }
    QuotesPanel *quotes() const { return m_quotes; }
    ReportsPanel *reports() const { return m_reports; }
    ComplaintsPanel *complaints() const { return m_complaints; }
    ComplaintReportsPanel *complaintReports() const { return m_complaintReports; }
    QUndoStack *undoStack() const { return m_undo; }
    // After an import of customers (from `file`): Edit ▸ Undo moves the customers it created to the trash.
    void offerUndoOfImport(const QList<qint64> &created, const QString &file);
    AgendaPanel *agenda() const { return m_agenda; }
    CalendarPanel *calendar() const { return m_calendar; }
    RenewalsPanel *renewals() const { return m_renewals; }
    NeglectedPanel *neglected() const { return m_neglected; }
    ReminderCenter *reminders() const { return m_reminders; }
    AuditPanel *audit() const { return m_audit; }
    BackupController *backups() const { return m_backups; }

    void newCustomer();
    void editCustomer(qint64 id);
    void moveSelectedToTrash();
    void showPage(int page);
    // Puts the keyboard in the shown page's main list (View menu and its Ctrl+number shortcuts).
    void focusCurrentPage();
    // Enables the Edit menu's actions on the selected customers only when there are some to act on.
    void updateSelectionActions();
    void showReports();
    void importFile();
    // Lists likely duplicate customers and merges the pair the user picks.
    void findDuplicates();
    void editTiers();
    void editSalesReps();
    void assignSelectedToRep();
    void tagSelected(bool add);
    void setTierOrStageOfSelected();
    void customerListsChanged();
    // Writes the current list (filter, search, sort and visible columns) to .xlsx or CSV.
    void exportList();
    // The list's customers with every detail (no table), or the book's contacts, products or sales history.
    void exportBookTable(std::optional<BookTableExporter::Table> table);
    using ExportWork = std::function<void(
        const QSqlDatabase &book, const std::function<void(double)> &progress, const std::atomic_bool &cancel)>;
    void startExport(const QString &path, const ExportWork &work);
    void runExport(
        const QString &path, const std::function<Result<CustomerExporter::Summary>(CustomerExporter &exporter)> &write);
    template <typename Summary>
    void takeExportOutcome(const Result<Summary> &result, const std::function<QString(qint64 rows)> &done);
    // The customers behind a report's bar, slice or row, to open, tag or export.
    void showReportCustomers(const QString &title, const QList<qint64> &customerIds);
    // Plans a follow-up for the customer selected in the list.
    void newActivity();
    // Shows the activity in the agenda and opens it for editing.
    void openActivity(qint64 activityId);
    void showCustomerFile(qint64 customerId);
    // Logs a complaint for the customer shown in the customer file (or one picked in the dialog).
    void logComplaint();
    // One follow-up for each customer selected in the list (kind, subject, day or spread, owner), in one step.
    void scheduleFollowUps();
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
    // A new palette (Settings › Colours, or the system turning dark): the lists that colour overdue and planned
    // work give their colours as they are filled, so they are filled again.
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    // A read-only book (open in another Clientele): editing actions are disabled, and what is asked for anyway is
    // refused with a message saying why.
    void disableEditing(const QList<QAction *> &actions);
    bool refuseWhenReadOnly(const QString &title);
    // True, after saying what to do, when no customer is selected on the Customers page (in an empty book: how to
    // add the first one).
    qint64 customerInView() const;
    bool refuseWithoutCustomer(const QString &title, const QString &selectFirst);
    void afterTrashChange();
    void saveLayout() const;
    void restoreLayout();
    void openBook();
    void createBook();
    void fillRecentBooks(QMenu *menu);
    void showSettings();
    void showAbout();
    void exportFinished();
    void exportPageTable();
    void buildFollowUps();
    void addPages();
    void showOverdueBadge(qint64 overdue);
    void followUpsChanged();

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_customerSplitter = nullptr;
    CustomerListPanel *m_list = nullptr;
    // Actions on the customers selected in the list: enabled on the Customers page only, where the selection is
    // seen (elsewhere they would act on a customer out of sight).
    QList<QAction *> m_selectionActions;
    CustomerFilePanel *m_file = nullptr;
    TrashPanel *m_trash = nullptr;
    ProductsPanel *m_products = nullptr;
    QuotesPanel *m_quotes = nullptr;
    OrdersPanel *m_orders = nullptr;
    ReportsPanel *m_reports = nullptr;
    AgendaPanel *m_agenda = nullptr;
    CalendarPanel *m_calendar = nullptr;
    RenewalsPanel *m_renewals = nullptr;
    NeglectedPanel *m_neglected = nullptr;
    ReminderCenter *m_reminders = nullptr;
    ComplaintsPanel *m_complaints = nullptr;
    ComplaintReportsPanel *m_complaintReports = nullptr;
    AuditPanel *m_audit = nullptr;
    BackupController *m_backups = nullptr;
    BackgroundJob *m_export = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QString m_exportMessage;
    QStringList m_exportWarnings;
    bool m_exportFailed = false;
};

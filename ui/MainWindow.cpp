#include "MainWindow.h"
#include "AssignRepCommand.h"
#include "AssignRepDialog.h"
#include "BackgroundJob.h"
#include "BulkEditCommand.h"
#include "BulkEditDialog.h"
#include "Clock.h"
#include "CustomerDialog.h"
#include "CustomerFilePanel.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "DuplicatesDialog.h"
#include "FileDialog.h"
#include "LineIcons.h"
#include "MessageBox.h"
#include "MoveToTrashCommand.h"
#include "Preferences.h"
#include "ReadOnlyUi.h"
#include "SalesRepsDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TableExport.h"
#include "TagCustomersCommand.h"
#include "TagCustomersDialog.h"
#include "TiersDialog.h"
#include "TrashPanel.h"
#include "complaints/ComplaintReportsPanel.h"
#include "complaints/ComplaintsPanel.h"
#include "db/Database.h"
#include "followups/ActivityDialog.h"
#include "followups/AgendaPanel.h"
#include "followups/CalendarPanel.h"
#include "followups/FollowUpSettingsDialog.h"
#include "followups/NeglectedPanel.h"
#include "followups/ReminderCenter.h"
#include "followups/RenewalsPanel.h"
#include "followups/ScheduleFollowUpsDialog.h"
#include "import/ImportCommand.h"
#include "import/ImportWizard.h"
#include "io/BookTableExporter.h"
#include "io/CustomerExporter.h"
#include "privacy/SubjectExporter.h"
#include "quotes/LetterheadDialog.h"
#include "quotes/OrdersPanel.h"
#include "quotes/ProductsPanel.h"
#include "quotes/QuotesPanel.h"
#include "repo/ActivityRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/QuoteRepository.h"
#include "reports/DrillDownDialog.h"
#include "reports/ReportsPanel.h"
#include "trust/AuditPanel.h"
#include "trust/BackupController.h"
#include "trust/BackupSettingsDialog.h"
#include "trust/EraseDialog.h"
#include "trust/RestoreDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_database->isReadOnly()
            ? tr("%1 (read-only) — Clientele").arg(QFileInfo(m_database->path()).completeBaseName())
            : tr("%1 — Clientele").arg(QFileInfo(m_database->path()).completeBaseName()));
    m_undo = new QUndoStack(this);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(200);

    const QSqlDatabase db = m_database->connection();
    m_list = new CustomerListPanel(db);
    m_file = new CustomerFilePanel(db);
    m_trash = new TrashPanel(db);
    m_customerSplitter = new QSplitter(Qt::Horizontal);
    m_customerSplitter->setObjectName(QStringLiteral("customerSplitter"));
    m_customerSplitter->addWidget(m_list);
    m_customerSplitter->addWidget(m_file);
    m_customerSplitter->setStretchFactor(0, 3);
    m_customerSplitter->setStretchFactor(1, 2);
    m_pages = new QStackedWidget;
    m_products = new ProductsPanel(db);
    m_quotes = new QuotesPanel(db);
    m_orders = new OrdersPanel(db);
    connect(m_quotes, &QuotesPanel::quotesChanged, m_orders, &OrdersPanel::reload);
    connect(m_quotes, &QuotesPanel::newQuoteRequested, this, [this] {
        if (!refuseWithoutCustomer(
                tr("New quote"), tr("Select the customer on the Customers page first, then choose New quote.")))
            m_quotes->newQuote(customerInView());
    });
    m_reports = new ReportsPanel(m_database->path(), db);
    buildFollowUps();
    m_complaints = new ComplaintsPanel(db);
    connect(m_complaints, &ComplaintsPanel::followUpsChanged, this, &MainWindow::followUpsChanged);
    m_complaintReports = new ComplaintReportsPanel(db);
    connect(m_complaints, &ComplaintsPanel::complaintsChanged, this, [this](qint64 customerId) {
        if (customerId == m_file->customerId())
            m_file->showCustomer(customerId);
    });
    connect(m_file, &CustomerFilePanel::complaintsChanged, m_complaints, &ComplaintsPanel::reload);
    m_audit = new AuditPanel(db);
    connect(m_audit, &AuditPanel::customersChanged, this, [this] {
        m_undo->clear(); // as after the trash's own changes: the commands' customers are not where they were
        afterTrashChange();
    });
    m_backups = new BackupController(*m_database, this);
    connect(m_backups, &BackupController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    addPages();
    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_navigation);
    m_mainSplitter->addWidget(m_pages);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    connect(m_list, &CustomerListPanel::currentCustomerChanged, m_file, &CustomerFilePanel::showCustomer);
    connect(m_list, &CustomerListPanel::currentCustomerChanged, this, &MainWindow::updateSelectionActions);
    connect(m_list, &CustomerListPanel::openRequested, this, &MainWindow::editCustomer);
    connect(m_file, &CustomerFilePanel::editRequested, this, &MainWindow::editCustomer);
    connect(m_reports, &ReportsPanel::customersRequested, this, &MainWindow::showReportCustomers);
    connect(m_file, &CustomerFilePanel::customerChanged, m_list->model(), &CustomerTableModel::refreshRow);
    connect(m_trash, &TrashPanel::trashChanged, this, [this] {
        m_undo->clear(); // what the trash restored or removed is no longer the undo stack's to restore
        m_list->reload();
    });
    connect(m_list->model(), &CustomerTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    buildActions();
    statusBar()->showMessage(QDir::toNativeSeparators(m_database->path()));
    restoreLayout();
    m_list->selectCustomer(0);
    // Missed reminders and due renewal follow-ups once the window is up.
    QTimer::singleShot(1000, m_reminders, [this] { m_reminders->start(); });
}

void MainWindow::buildFollowUps()
{
    const QSqlDatabase db = m_database->connection();
    m_agenda = new AgendaPanel(db);
    m_calendar = new CalendarPanel(db);
    m_renewals = new RenewalsPanel(db);
    m_neglected = new NeglectedPanel(db);
    m_reminders = new ReminderCenter(db, m_database->path(), this);
    connect(m_agenda, &AgendaPanel::overdueCountChanged, this, &MainWindow::showOverdueBadge);
    connect(m_agenda, &AgendaPanel::newActivityRequested, this, &MainWindow::newActivity);
    connect(m_agenda, &AgendaPanel::openCustomerRequested, this, &MainWindow::showCustomerFile);
    connect(m_agenda, &AgendaPanel::activitiesChanged, this, &MainWindow::followUpsChanged);
    connect(m_calendar, &CalendarPanel::activitiesChanged, this, &MainWindow::followUpsChanged);
    connect(m_renewals, &RenewalsPanel::openCustomerRequested, this, &MainWindow::showCustomerFile);
    connect(m_renewals, &RenewalsPanel::contractsChanged, this, &MainWindow::followUpsChanged);
    connect(m_neglected, &NeglectedPanel::openCustomerRequested, this, &MainWindow::showCustomerFile);
    connect(m_file, &CustomerFilePanel::activitiesChanged, this, &MainWindow::followUpsChanged);
    connect(m_reminders, &ReminderCenter::openActivityRequested, this, &MainWindow::openActivity);
    connect(m_reminders, &ReminderCenter::activitiesChanged, this, &MainWindow::followUpsChanged);
    connect(m_trash, &TrashPanel::trashChanged, m_agenda, &AgendaPanel::reload);
}

// One navigation entry and one stacked page per Page, in the enum's order.
void MainWindow::addPages()
{
    const QList<std::tuple<Page, QString, QString, QWidget *>> pages {
        { CustomersPage, QStringLiteral("customers"), tr("Customers"), m_customerSplitter },
        { AgendaPage, QStringLiteral("agenda"), tr("Agenda"), m_agenda },
        { CalendarPage, QStringLiteral("calendar"), tr("Calendar"), m_calendar },
        { QuotesPage, QStringLiteral("quotes"), tr("Quotes"), m_quotes },
        { OrdersPage, QStringLiteral("orders"), tr("Orders"), m_orders },
        { ProductsPage, QStringLiteral("products"), tr("Products"), m_products },
        { RenewalsPage, QStringLiteral("renewals"), tr("Renewals"), m_renewals },
        { ComplaintsPage, QStringLiteral("complaints"), tr("Complaints"), m_complaints },
        { ComplaintReportsPage, QStringLiteral("complaint-reports"), tr("Complaint reports"), m_complaintReports },
        { NeglectedPage, QStringLiteral("neglected"), tr("Neglected"), m_neglected },
        { ReportsPage, QStringLiteral("reports"), tr("Reports"), m_reports },
        { AuditPage, QStringLiteral("audit"), tr("Audit trail"), m_audit },
        { TrashPage, QStringLiteral("trash"), tr("Trash"), m_trash },
    };
    for (const auto &[page, icon, title, widget] : pages) {
        Q_ASSERT(m_pages->count() == page);
        m_navigation->addItem(new QListWidgetItem(LineIcons::icon(icon), title));
        m_pages->addWidget(widget);
    }
    m_navigation->setCurrentRow(CustomersPage);
    // The navigation keeps room for its names (and the agenda's badge) beside wide pages.
    m_navigation->setMinimumWidth(qMin(m_navigation->maximumWidth(), m_navigation->sizeHintForColumn(0) + 40));
    showOverdueBadge(ActivityRepository(m_database->connection())
                         .overdueCount(Clock::instance().today(), m_agenda->ownerId())
                         .value_or(0));
}

void MainWindow::showOverdueBadge(qint64 overdue)
{
    m_navigation->item(AgendaPage)
        ->setText(overdue > 0 ? tr("Agenda (%1)").arg(QLocale().toString(overdue)) : tr("Agenda"));
    m_navigation->item(AgendaPage)->setToolTip(tr("%Ln overdue follow-up(s)", nullptr, int(overdue)));
}

void MainWindow::followUpsChanged()
{
    m_agenda->reload();
    if (m_pages->currentIndex() == CalendarPage)
        m_calendar->reload();
    if (m_pages->currentIndex() == RenewalsPage)
        m_renewals->reload();
    if (m_file->customerId() > 0)
        m_file->showCustomer(m_file->customerId());
}

// The customer the user is looking at: the selected follow-up's on the agenda, the selected quote's on the quotes
// page, else the one selected in the customer list (a review found the agenda's New follow-up going to the customer
// last picked on another page).
qint64 MainWindow::customerInView() const
{
    if (m_pages->currentWidget() == m_agenda && m_agenda->currentActivityId() > 0) {
        if (auto activity = ActivityRepository(m_database->connection()).find(m_agenda->currentActivityId()); activity)
            return activity.value().customerId;
    }
    if (m_pages->currentWidget() == m_quotes && m_quotes->currentId() > 0) {
        if (auto quote = QuoteRepository(m_database->connection()).get(m_quotes->currentId()); quote)
            return quote.value().customerId;
    }
    return m_list->currentId();
}

bool MainWindow::refuseWithoutCustomer(const QString &title, const QString &selectFirst)
{
    if (customerInView() > 0)
        return false;
    const bool emptyBook = CustomerRepository(m_database->connection()).count({}).value_or(1) == 0;
    MessageBox::information(this, title,
        emptyBook ? tr("There are no customers in this book yet. Add one with New customer… (Ctrl+N), or bring your "
                       "list in with File › Import… (Ctrl+Shift+I).")
                  : selectFirst);
    return true;
}

void MainWindow::newActivity()
{
    if (refuseWhenReadOnly(tr("New activity")))
        return;
    if (refuseWithoutCustomer(
            tr("New activity"), tr("Select a customer in the customer list first; the activity is planned for them.")))
        return;
    const qint64 customerId = customerInView();
    Activity activity;
    activity.customerId = customerId;
    activity.ownerId = CustomerRepository(m_database->connection()).row(customerId).value_or(CustomerRow {}).ownerId;
    ActivityDialog dialog(m_database->connection(), activity, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    followUpsChanged();
    statusBar()->showMessage(tr("Activity planned."), 5000);
}

void MainWindow::openActivity(qint64 activityId)
{
    showPage(AgendaPage);
    if (!m_agenda->selectActivity(activityId)) {
        m_agenda->setOwnerId(0);
        m_agenda->selectActivity(activityId);
    }
    auto activity = ActivityRepository(m_database->connection()).find(activityId);
    if (!activity)
        return;
    ActivityDialog dialog(m_database->connection(), activity.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        followUpsChanged();
}

void MainWindow::showCustomerFile(qint64 customerId)
{
    showPage(CustomersPage);
    m_list->selectCustomer(customerId);
    m_file->showCustomer(customerId);
}

MainWindow::~MainWindow()
{
    // Widgets and undo commands hold QSqlDatabase handles: release them before the connection goes away.
    m_undo->clear();
    delete m_reminders;
    delete takeCentralWidget();
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newBook = file->addAction(tr("&New book…"), this, &MainWindow::createBook);
    newBook->setObjectName(QStringLiteral("newBookAction"));
    QAction *openBook = file->addAction(tr("&Open book…"), this, &MainWindow::openBook);
    openBook->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open re&cent"));
    recent->setObjectName(QStringLiteral("recentBooksMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentBooks(recent); });
    file->addAction(tr("Open &demo book"), this, &MainWindow::openDemoBookRequested);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    QAction *exportList = file->addAction(tr("&Export list…"), this, &MainWindow::exportList);
    exportList->setObjectName(QStringLiteral("exportAction"));
    exportList->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QAction *customerReport = file->addAction(tr("&Print customer report…"), this, [this] {
        showPage(CustomersPage);
        m_file->printReport();
    });
    customerReport->setObjectName(QStringLiteral("customerReportAction"));
    QMenu *exportData = file->addMenu(tr("Export data for another pro&gram"));
    exportData->setObjectName(QStringLiteral("exportDataMenu"));
    exportData->addAction(tr("&Customers with every detail…"), this, [this] { exportBookTable(std::nullopt); })
        ->setObjectName(QStringLiteral("exportCustomerFilesAction"));
    exportData->addAction(tr("C&ontacts…"), this, [this] { exportBookTable(BookTableExporter::Table::Contacts); })
        ->setObjectName(QStringLiteral("exportContactsAction"));
    exportData->addAction(tr("&Products…"), this, [this] { exportBookTable(BookTableExporter::Table::Products); })
        ->setObjectName(QStringLiteral("exportProductsAction"));
    exportData
        ->addAction(tr("&Sales history, one row per order line…"), this,
            [this] { exportBookTable(BookTableExporter::Table::OrderLines); })
        ->setObjectName(QStringLiteral("exportSalesHistoryAction"));
    file->addSeparator();
    QAction *backUp = file->addAction(tr("&Back up now"), m_backups, &BackupController::backUpNow);
    backUp->setObjectName(QStringLiteral("backUpNowAction"));
    backUp->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    QAction *restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    QAction *backupSettings = file->addAction(tr("Backup se&ttings…"), this, &MainWindow::showBackupSettings);
    backupSettings->setObjectName(QStringLiteral("backupSettingsAction"));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    // Say what was undone or done again, in place of the message about doing it ("moved to the trash…").
    connect(undo, &QAction::triggered, this,
        [this] { statusBar()->showMessage(tr("Undone: %1").arg(m_undo->text(m_undo->index())), 5000); });
    connect(redo, &QAction::triggered, this,
        [this] { statusBar()->showMessage(tr("Done again: %1").arg(m_undo->text(m_undo->index() - 1)), 5000); });
    // An undone import whose customers the user kept (ImportCommand asks) is done again at once.
    connect(m_undo, &QUndoStack::indexChanged, this, [this](int index) {
        const auto import = dynamic_cast<const ImportCommand *>(m_undo->command(index));
        if (import && import->declined() && index == m_undo->index())
            QTimer::singleShot(0, m_undo, [stack = m_undo, index] {
                if (stack->index() == index)
                    stack->redo();
            });
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newCustomer = edit->addAction(tr("&New customer…"), this, &MainWindow::newCustomer);
    newCustomer->setObjectName(QStringLiteral("newCustomerAction"));
    newCustomer->setShortcut(QKeySequence::New);
    QAction *editCustomer = edit->addAction(tr("&Edit customer…"), this, [this] { this->editCustomer(m_list->currentId()); });
    editCustomer->setShortcut(Qt::Key_F2);
    QAction *trash = edit->addAction(tr("Move to &trash"), this, &MainWindow::moveSelectedToTrash);
    trash->setObjectName(QStringLiteral("moveToTrashAction"));
    trash->setShortcut(QKeySequence::Delete);
    // Delete only acts in the list, never while typing in the search field.
    trash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(trash);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        showPage(CustomersPage);
        m_list->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *duplicates = edit->addAction(tr("Find &duplicates…"), this, &MainWindow::findDuplicates);
    edit->addSeparator();
    QAction *subject = edit->addAction(tr("E&xport everything about this customer…"), this,
                                       &MainWindow::exportCustomerData);
    subject->setObjectName(QStringLiteral("exportCustomerDataAction"));
    QAction *erase = edit->addAction(tr("Erase this customer (&privacy)…"), this, &MainWindow::eraseCustomer);
    erase->setObjectName(QStringLiteral("eraseCustomerAction"));
    duplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    edit->addSeparator();
    QAction *newActivity = edit->addAction(tr("Plan &activity…"), this, &MainWindow::newActivity);
    newActivity->setObjectName(QStringLiteral("newActivityAction"));
    newActivity->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QAction *followUpSettings = edit->addAction(tr("Follow-up settin&gs…"), this, [this] {
        FollowUpSettingsDialog dialog(m_database->connection(), this);
        if (dialog.exec() == QDialog::Accepted)
            followUpsChanged();
    });
    QAction *tiers = edit->addAction(tr("Customer t&iers…"), this, &MainWindow::editTiers);
    tiers->setObjectName(QStringLiteral("customerTiersAction"));
    QAction *salesReps = edit->addAction(tr("Sa&les reps…"), this, &MainWindow::editSalesReps);
    salesReps->setObjectName(QStringLiteral("salesRepsAction"));
    edit->addSeparator(); // what is done to the customers selected in the list
    QAction *assignRep = edit->addAction(tr("Assign t&o a sales rep…"), this, &MainWindow::assignSelectedToRep);
    assignRep->setObjectName(QStringLiteral("assignRepAction"));
    assignRep->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    assignRep->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(assignRep);
    QAction *tagSelected
        = edit->addAction(tr("Tag the selected custo&mers…"), this, [this] { this->tagSelected(true); });
    tagSelected->setObjectName(QStringLiteral("tagSelectedAction"));
    tagSelected->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    tagSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(tagSelected);
    QAction *untagSelected
        = edit->addAction(tr("Remo&ve a tag from the selected customers…"), this, [this] { this->tagSelected(false); });
    untagSelected->setObjectName(QStringLiteral("untagSelectedAction"));
    m_list->view()->addAction(untagSelected);
    QAction *tierOrStage = edit->addAction(
        tr("Set tier or stage of t&he selected customers…"), this, &MainWindow::setTierOrStageOfSelected);
    tierOrStage->setObjectName(QStringLiteral("setTierOrStageAction"));
    m_list->view()->addAction(tierOrStage);
    QAction *scheduleFollowUps = edit->addAction(tr("&Schedule follow-ups for the selected customers…"), this,
                                                 &MainWindow::scheduleFollowUps);
    scheduleFollowUps->setObjectName(QStringLiteral("scheduleFollowUpsAction"));
    scheduleFollowUps->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    scheduleFollowUps->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(scheduleFollowUps);
    edit->addSeparator();
    QAction *complaint = edit->addAction(tr("Log &complaint…"), this, &MainWindow::logComplaint);
    complaint->setObjectName(QStringLiteral("logComplaintAction"));
    complaint->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_list->view()->setContextMenuPolicy(Qt::ActionsContextMenu);

    QAction *newQuote = edit->addAction(tr("New &quote for this customer…"), this, [this] {
        showPage(QuotesPage);
        m_quotes->newQuote(m_list->currentId());
    });
    newQuote->setObjectName(QStringLiteral("newQuoteAction"));
    newQuote->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
    // Beside the book's other settings, not after Quit.
    auto letterhead = new QAction(tr("Company &letterhead…"), this);
    connect(letterhead, &QAction::triggered, this, [this] { LetterheadDialog(m_database->connection(), this).exec(); });
    letterhead->setObjectName(QStringLiteral("letterheadAction"));
    file->insertAction(settings, letterhead);
    // The pages in the sidebar's order, each with its own letter; the number shortcuts stay as they were.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto page = [this, view](const QString &name, Page target, const QKeySequence &shortcut = {}) {
        QAction *action = view->addAction(name, this, [this, target] {
            showPage(target);
            focusCurrentPage();
        });
        action->setShortcut(shortcut);
        return action;
    };
    page(tr("&Customers"), CustomersPage, Qt::CTRL | Qt::Key_1);
    page(tr("&Agenda"), AgendaPage, Qt::CTRL | Qt::Key_3)->setObjectName(QStringLiteral("agendaAction"));
    page(tr("Ca&lendar"), CalendarPage, Qt::CTRL | Qt::Key_4);
    page(tr("&Quotes"), QuotesPage, Qt::CTRL | Qt::Key_5);
    page(tr("&Orders"), OrdersPage, Qt::CTRL | Qt::Key_6);
    page(tr("&Products"), ProductsPage, Qt::CTRL | Qt::Key_7);
    page(tr("&Renewals"), RenewalsPage);
    page(tr("Co&mplaints"), ComplaintsPage, Qt::CTRL | Qt::Key_8);
    page(tr("Complaint report&s"), ComplaintReportsPage);
    page(tr("&Neglected customers"), NeglectedPage);
    page(tr("R&eports"), ReportsPage, Qt::CTRL | Qt::Key_9);
    page(tr("A&udit trail"), AuditPage);
    page(tr("&Trash"), TrashPage, Qt::CTRL | Qt::Key_2);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Clientele"), this, &MainWindow::showAbout);
    if (m_database->isReadOnly()) {
        disableEditing({ import, exportList, exportData->menuAction(), backUp, restore, backupSettings, letterhead,
            undo, redo, newCustomer, editCustomer, trash, duplicates, subject, erase, newActivity, followUpSettings,
            tiers, salesReps, complaint, newQuote, assignRep, tagSelected, untagSelected, tierOrStage,
            scheduleFollowUps });
        ReadOnlyUi::disableChanges(this); // the pages' buttons that change the book
    }

    m_selectionActions = { editCustomer, trash, subject, erase, scheduleFollowUps, assignRep, tagSelected,
        untagSelected, tierOrStage };

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newCustomer);
    toolbar->addAction(editCustomer);
    toolbar->addAction(trash);
    toolbar->addSeparator();
    toolbar->addAction(undo);
}

void MainWindow::disableEditing(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        action->setEnabled(false);
        action->setStatusTip(tr("The book is open read-only."));
    }
}

bool MainWindow::refuseWhenReadOnly(const QString &title)
{
    if (!m_database->isReadOnly())
        return false;
    MessageBox::information(this, title,
        tr("The book \"%1\" is open read-only because another Clientele window or program has it open, so it "
           "cannot be changed here. Close it there, then open it again here to make changes.")
            .arg(QDir::toNativeSeparators(m_database->path())));
    return true;
}

void MainWindow::importFile()
{
    if (refuseWhenReadOnly(tr("Import")))
        return;
    ImportWizard wizard(m_database->path(), m_database->connection(), this);
    connect(&wizard, &ImportWizard::imported, this, [this] {
        m_list->model()->reload();
        m_products->reload();
        m_orders->reload();
        if (m_reports->result())
            m_reports->refresh(); // imported orders are sales the analyses count
        statusBar()->showMessage(tr("Import finished."), 5000);
    });
    wizard.exec();
    const ImportWizard::State &import = wizard.state();
    if (import.result && import.result->committed && import.target == ImportTarget::Customers)
        offerUndoOfImport(import.result->createdIds.ids(), import.filePath);
}

void MainWindow::offerUndoOfImport(const QList<qint64> &created, const QString &file)
{
    if (created.isEmpty())
        return;
    const QString name = QFileInfo(file).fileName();
    m_undo->push(new ImportCommand(
        this, m_database->connection(), created, name, tr("Import of %1").arg(name), [this](const QString &error) {
            if (!error.isEmpty())
                MessageBox::warning(this, tr("Undo import"), error);
            afterTrashChange();
        }));
    statusBar()->showMessage(
        tr("Import finished: %Ln customer(s) created. %1 moves them to the trash.", nullptr, int(created.size()))
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        10000);
}

void MainWindow::findDuplicates()
{
    if (refuseWhenReadOnly(tr("Find duplicates")))
        return;
    showPage(CustomersPage);
    DuplicatesDialog dialog(m_database->connection(), this);
    dialog.exec();
    m_list->model()->reload();
    m_trash->reload();
}

void MainWindow::editTiers()
{
    if (refuseWhenReadOnly(tr("Customer tiers")))
        return;
    TiersDialog dialog(m_database->connection(), this);
    if (dialog.exec() == QDialog::Accepted)
        customerListsChanged();
}

void MainWindow::editSalesReps()
{
    if (refuseWhenReadOnly(tr("Sales reps")))
        return;
    SalesRepsDialog dialog(m_database->connection(), this);
    if (dialog.exec() == QDialog::Accepted || dialog.handedOver())
        customerListsChanged();
}

void MainWindow::assignSelectedToRep()
{
    if (refuseWhenReadOnly(tr("Assign to a sales rep")))
        return;
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        MessageBox::information(
            this, tr("Assign to a sales rep"), tr("Select one or more customers in the customer list first."));
        return;
    }
    if (LookupRepository(m_database->connection()).owners().value_or({}).isEmpty()) {
        MessageBox::information(this, tr("Assign to a sales rep"),
            tr("This book has no sales reps yet: add them with Edit ▸ Sales reps… first."));
        return;
    }
    AssignRepDialog dialog(m_database->connection(), int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = new AssignRepCommand(m_database->connection(), ids, dialog.rep(), dialog.openWork(),
        tr("Assign %Ln customer(s) to %1", nullptr, int(ids.size())).arg(dialog.repName()),
        [this] { customerListsChanged(); });
    m_undo->push(command);
    if (!command->succeeded()) {
        MessageBox::warning(this, tr("Assign to a sales rep"), command->errorString());
        m_undo->undo();
        return;
    }
    statusBar()->showMessage(
        tr("%Ln customer(s) given to %1. %2 takes it back.", nullptr, int(ids.size()))
            .arg(dialog.repName(), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
}

void MainWindow::tagSelected(bool add)
{
    const QString title = add ? tr("Tag customers") : tr("Remove a tag");
    if (refuseWhenReadOnly(title))
        return;
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        MessageBox::information(this, title, tr("Select one or more customers in the customer list first."));
        return;
    }
    TagCustomersDialog dialog(
        m_database->connection(), int(ids.size()), add ? TagCustomersDialog::Add : TagCustomersDialog::Remove, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString tag = dialog.tag();
    auto command = new TagCustomersCommand(m_database->connection(), ids, tag, add,
        add ? tr("Tag %Ln customer(s) \"%1\"", nullptr, int(ids.size())).arg(tag)
            : tr("Remove the tag \"%1\" from %Ln customer(s)", nullptr, int(ids.size())).arg(tag),
        [this] { customerListsChanged(); });
    m_undo->push(command);
    if (!command->succeeded()) {
        MessageBox::warning(this, title, command->errorString());
        m_undo->undo();
        return;
    }
    const int changed = int(command->changedIds().size());
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    statusBar()->showMessage(add
            ? tr("The tag \"%1\" was given to %Ln customer(s). %2 takes it back.", nullptr, changed).arg(tag, undo)
            : tr("The tag \"%1\" was taken from %Ln customer(s). %2 puts it back.", nullptr, changed).arg(tag, undo),
        8000);
}

void MainWindow::setTierOrStageOfSelected()
{
    if (refuseWhenReadOnly(tr("Set tier or stage")))
        return;
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        MessageBox::information(
            this, tr("Set tier or stage"), tr("Select one or more customers in the customer list first."));
        return;
    }
    BulkEditDialog dialog(m_database->connection(), int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = new BulkEditCommand(m_database->connection(), ids, dialog.change(),
        tr("Set %1 for %Ln customer(s)", nullptr, int(ids.size())).arg(dialog.describe()),
        [this] { customerListsChanged(); });
    m_undo->push(command);
    if (!command->succeeded()) {
        MessageBox::warning(this, tr("Set tier or stage"), command->errorString());
        m_undo->undo();
        return;
    }
    statusBar()->showMessage(
        tr("Set %1 for %Ln customer(s). %2 takes it back.", nullptr, int(command->changedCount()))
            .arg(dialog.describe(), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
}

// The book's tiers or sales reps changed: the list's filters, the list and the open file show them anew.
void MainWindow::customerListsChanged()
{
    m_list->reloadFilterChoices();
    m_list->model()->reload();
    if (m_file->customerId() > 0)
        m_file->showCustomer(m_file->customerId());
}

void MainWindow::exportList()
{
    if (refuseWhenReadOnly(tr("Export the list")))
        return;
    if (m_export && m_export->isRunning())
        return;
    if (m_pages->currentIndex() != CustomersPage && m_pages->currentIndex() != TrashPage) {
        exportPageTable();
        return;
    }
    TableWriterOptions options;
    const QString path = TableExport::askPath(
        this, tr("Export the list"), m_pages->currentIndex() == TrashPage ? tr("Trash") : tr("Customers"), &options);
    if (path.isEmpty())
        return;

    // The list on screen: the customers, or the trash.
    const bool trashShown = m_pages->currentIndex() == TrashPage;
    const QTableView *shown = trashShown ? m_trash->view() : m_list->view();
    QList<CustomerColumn> columns;
    const QHeaderView *header = shown->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << CustomerColumn(logical);
    }
    const CustomerQuery query = trashShown ? m_trash->model()->query() : m_list->model()->query();
    runExport(path, [path, query, columns, options](CustomerExporter &exporter) {
        return exporter.exportTo(path, query, columns, options);
    });
}

// The customer list's customers with every detail of their files, or the contacts, the catalogue or the sales
// history of the book: files that import into another book as they are.
void MainWindow::exportBookTable(std::optional<BookTableExporter::Table> table)
{
    if (refuseWhenReadOnly(tr("Export")))
        return;
    if (m_export && m_export->isRunning())
        return;
    TableWriterOptions options;
    const QString name = table ? BookTableExporter::sheetName(*table) : tr("Customers");
    const QString path = TableExport::askPath(this, tr("Export"), name, &options);
    if (path.isEmpty())
        return;
    BookTableExporter::Filter filter;
    filter.customers = m_list->model()->query();
    if (!table) {
        const QList<CustomerColumn> columns = CustomerExporter::allColumns();
        runExport(path, [path, filter, columns, options](CustomerExporter &exporter) {
            exporter.setInternationalPhones(true); // read by another program or book, in any phone region
            return exporter.exportTo(path, filter.customers, columns, options);
        });
        return;
    }
    if (*table == BookTableExporter::Table::Products)
        filter.customers = {};
    startExport(
        path, [this, path, table, filter, options](const QSqlDatabase &book, const auto &progress, const auto &cancel) {
            BookTableExporter exporter(book);
            exporter.setProgressHandler(progress);
            exporter.setCancelFlag(&cancel);
            takeExportOutcome(exporter.exportTo(path, *table, filter, options), [&path](qint64 rows) {
                return tr("%Ln row(s) exported to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path));
            });
        });
}

void MainWindow::runExport(
    const QString &path, const std::function<Result<CustomerExporter::Summary>(CustomerExporter &exporter)> &write)
{
    startExport(path, [this, path, write](const QSqlDatabase &book, const auto &progress, const auto &cancel) {
        CustomerExporter exporter(book);
        exporter.setProgressHandler(progress);
        exporter.setCancelFlag(&cancel);
        takeExportOutcome(write(exporter), [&path](qint64 rows) {
            return tr("%Ln customer(s) exported to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path));
        });
    });
}

// What a finished export tells the user (set on the work's thread, read once it has finished): its error, that it
// was cancelled, or `done` with the file's warnings.
template <typename Summary>
void MainWindow::takeExportOutcome(const Result<Summary> &result, const std::function<QString(qint64 rows)> &done)
{
    if (!result) {
        m_exportMessage = result.error().toString();
        m_exportFailed = true;
    } else if (result.value().cancelled) {
        m_exportMessage = tr("The export was cancelled; no file was written.");
    } else {
        m_exportMessage = done(result.value().rows);
        m_exportWarnings = result.value().warnings;
    }
}

// Runs an export on a pool thread, on a connection of its own, behind the progress dialog with Cancel.
void MainWindow::startExport(const QString &path, const ExportWork &work)
{
    const QString bookPath = m_database->path();
    if (!m_export) {
        m_export = new BackgroundJob(this);
        m_exportProgress = new QProgressDialog(this);
        m_exportProgress->setObjectName(QStringLiteral("exportProgressDialog"));
        m_exportProgress->setWindowTitle(tr("Export"));
        m_exportProgress->setRange(0, 1000);
        m_exportProgress->setAutoClose(false);
        m_exportProgress->setAutoReset(false);
        m_exportProgress->reset();
        connect(m_exportProgress, &QProgressDialog::canceled, m_export, &BackgroundJob::cancel);
        connect(m_export, &BackgroundJob::finished, this, &MainWindow::exportFinished);
        connect(m_export, &BackgroundJob::progressed, m_exportProgress,
                [this](double fraction) { m_exportProgress->setValue(int(fraction * 1000)); });
    }
    m_exportProgress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_exportMessage.clear();
    m_exportWarnings.clear();
    m_exportFailed = false;
    m_export->start([this, bookPath, work](const auto &progress, const auto &cancel) {
        auto book = Database::open(bookPath);
        if (!book) {
            m_exportMessage = book.error().toString();
            m_exportFailed = true;
            return;
        }
        work(book.value()->connection(), progress, cancel);
    });
}

// The other pages' lists (orders, quotes, products, renewals, ...) are written from what the page shows.
void MainWindow::exportPageTable()
{
    auto page = dynamic_cast<const ExportableTable *>(m_pages->currentWidget());
    const QTableView *view = page ? page->exportView() : nullptr;
    if (!view) {
        statusBar()->showMessage(tr("This page has no list to export."), 5000);
        return;
    }
    const qint64 rows
        = TableExport::run(this, view, page->exportName(), m_database->connection(), page->exportEntity());
    if (rows >= 0)
        statusBar()->showMessage(tr("%Ln row(s) exported.", nullptr, int(rows)), 8000);
}

void MainWindow::exportFinished()
{
    m_exportProgress->hide();
    // The work thread set these before it finished; reading them after finished() is safe.
    if (m_exportFailed || !m_exportWarnings.isEmpty())
        MessageBox::warning(this, tr("Export"), (QStringList { m_exportMessage } + m_exportWarnings).join(QLatin1Char('\n')));
    statusBar()->showMessage(m_exportMessage, 8000);
}

void MainWindow::showPage(int page)
{
    if (m_navigation->currentRow() != page)
        m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
    updateSelectionActions();
    if (page == TrashPage)
        m_trash->reload();
    if (page == ProductsPage)
        m_products->reload();
    if (page == QuotesPage)
        m_quotes->reload();
    if (page == OrdersPage)
        m_orders->reload();
    if (page == ReportsPage && !m_reports->result())
        m_reports->refresh();
    if (page == AgendaPage)
        m_agenda->reload();
    if (page == CalendarPage)
        m_calendar->reload();
    if (page == RenewalsPage)
        m_renewals->reload();
    if (page == NeglectedPage)
        m_neglected->reload();
    if (page == ComplaintsPage)
        m_complaints->reload();
    if (page == ComplaintReportsPage)
        m_complaintReports->reload();
    if (page == AuditPage)
        m_audit->reload();
}

void MainWindow::updateSelectionActions()
{
    // What acts on the selected customers: on the Customers page, in a writable book, with a customer selected.
    const bool enabled
        = m_pages && m_pages->currentIndex() == CustomersPage && !m_database->isReadOnly() && m_list->currentId() > 0;
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(enabled);
}

void MainWindow::focusCurrentPage()
{
    // The page's main list or table, not whichever filter comes first in the tab order: Down on the Agenda's
    // "Show:" box changed whose work it showed.
    QWidget *page = m_pages->currentWidget();
    QAbstractItemView *main = nullptr;
    int largest = 0;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        const int area = view->width() * view->height();
        if (view->isVisibleTo(page) && view->focusPolicy() != Qt::NoFocus && area > largest) {
            main = view;
            largest = area;
        }
    }
    if (main)
        main->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showReports()
{
    showPage(ReportsPage);
}

void MainWindow::showReportCustomers(const QString &title, const QList<qint64> &customerIds)
{
    DrillDownDialog dialog(m_database->connection(), title, customerIds, this);
    connect(&dialog, &DrillDownDialog::openCustomerRequested, this, [this, &dialog](qint64 id) {
        dialog.accept();
        showPage(CustomersPage);
        m_list->selectCustomer(id);
        m_file->showCustomer(id);
    });
    connect(&dialog, &DrillDownDialog::customersChanged, m_list, &CustomerListPanel::reloadFilterChoices);
    connect(&dialog, &DrillDownDialog::followUpsScheduled, this, &MainWindow::followUpsChanged);
    dialog.exec();
}

void MainWindow::scheduleFollowUps()
{
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        MessageBox::information(this, tr("Schedule follow-ups"),
                                tr("Select one or more customers in the customer list first."));
        return;
    }
    ScheduleFollowUpsDialog dialog(m_database->connection(), ids, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    followUpsChanged();
    statusBar()->showMessage(tr("%Ln follow-up(s) scheduled.", nullptr, dialog.summary().created), 5000);
}

void MainWindow::logComplaint()
{
    if (refuseWhenReadOnly(tr("Log complaint")))
        return;
    const bool fromCustomerFile = m_pages->currentIndex() == CustomersPage && m_file->customerId() > 0;
    const qint64 id = m_complaints->logComplaint(fromCustomerFile ? m_file->customerId() : 0);
    if (id == 0)
        return;
    if (fromCustomerFile)
        m_file->showCustomer(m_file->customerId());
    statusBar()->showMessage(tr("Complaint logged."), 5000);
}

void MainWindow::newCustomer()
{
    if (refuseWhenReadOnly(tr("New customer")))
        return;
    showPage(CustomersPage);
    CustomerDialog dialog(m_database->connection(), 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_list->reload();
    m_list->selectCustomer(dialog.savedId());
    m_file->showCustomer(dialog.savedId());
    statusBar()->showMessage(tr("Customer created."), 5000);
}

void MainWindow::editCustomer(qint64 id)
{
    if (id <= 0 || refuseWhenReadOnly(tr("Edit customer")))
        return;
    CustomerTableModel *model = m_list->model();
    const int sortColumn = CustomerTableModel::columnFor(model->query().sort);
    auto sortValue = [model, id, sortColumn] {
        const int row = model->rowOfId(id);
        return row < 0 ? QVariant() : model->data(model->index(row, sortColumn));
    };
    const QVariant before = sortValue();
    CustomerDialog dialog(m_database->connection(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    model->refreshRow(id);
    // A change of what the list is sorted by (a new name) moves the customer to its new place in the list.
    if (before.isValid() && sortValue() != before) {
        m_list->reload();
        m_list->selectCustomer(id);
    }
    m_file->showCustomer(id);
}

void MainWindow::moveSelectedToTrash()
{
    if (refuseWhenReadOnly(tr("Move to trash")))
        return;
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty())
        return;
    auto command = new MoveToTrashCommand(m_database->connection(), ids,
        tr("Move %Ln customer(s) to the trash", nullptr, int(ids.size())), [this] { afterTrashChange(); });
    m_undo->push(command);
    if (!command->succeeded()) {
        MessageBox::warning(this, tr("Move to trash"), command->errorString());
        m_undo->undo();
        return;
    }
    statusBar()->showMessage(tr("%Ln customer(s) moved to the trash. %1 brings them back.", nullptr, int(ids.size()))
                                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
}

void MainWindow::afterTrashChange()
{
    const int row = m_list->view()->currentIndex().row();
    m_list->model()->reload();
    if (m_list->model()->rowCount() > 0)
        m_list->view()->selectRow(qBound(0, row, m_list->model()->rowCount() - 1));
    else
        m_file->showCustomer(0);
    if (m_pages->currentIndex() == TrashPage)
        m_trash->reload();
    m_agenda->reload();
}

void MainWindow::openBook()
{
    const QString path = FileDialog::getOpenFileName(
            this, tr("Open book"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            tr("Clientele books (*.clientele *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        emit openBookRequested(path);
}

// The books opened last, newest first: the open one checked, a file no longer there greyed out.
void MainWindow::fillRecentBooks(QMenu *menu)
{
    menu->clear();
    const QString current = QFileInfo(m_database->path()).absoluteFilePath();
    int number = 0;
    for (const QString &path : Preferences::recentBooks()) {
        const QFileInfo info(path);
        ++number;
        const QString label
            = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(info.completeBaseName()) : info.completeBaseName();
        QAction *action = menu->addAction(label, this, [this, path] { emit openBookRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        if (info.absoluteFilePath() == current) {
            action->setCheckable(true);
            action->setChecked(true);
            action->setEnabled(false);
        } else if (!info.exists()) {
            action->setText(tr("%1 (not found)").arg(label));
            action->setEnabled(false);
        }
    }
    if (number == 0)
        menu->addAction(tr("No books yet"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("C&lear the list"), this, [] { Preferences::clearRecentBooks(); });
    clear->setObjectName(QStringLiteral("clearRecentBooksAction"));
    clear->setEnabled(number > 0);
}

void MainWindow::createBook()
{
    QString path = FileDialog::getSaveFileName(this, tr("New book"),
                                               QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                               tr("Clientele books (*.clientele)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".clientele");
    emit createBookRequested(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this, m_database->connection(), m_database->isReadOnly());
    if (dialog.exec() == QDialog::Accepted && dialog.nameOrderChanged())
        m_list->reload();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_agenda && m_file)
        followUpsChanged();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Clientele"),
                            tr("Clientele %1\nAn offline CRM for small and medium businesses.\n\nBook: %2")
                                    .arg(QApplication::applicationVersion(),
                                         QDir::toNativeSeparators(m_database->path())));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/customerSplitter"), m_customerSplitter->saveState());
    m_list->saveState(settings);
    m_complaints->saveState(settings);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    // A size saved larger than the screen (once a long value could widen the window) is brought back onto it.
    if (const QScreen *shown = screen()) {
        const QSize room = shown->availableGeometry().size();
        if (width() > room.width() || height() > room.height())
            resize(size().boundedTo(room));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("mainWindow/mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({ 150, 1130 });
    if (!m_customerSplitter->restoreState(settings.value(QStringLiteral("mainWindow/customerSplitter")).toByteArray()))
        m_customerSplitter->setSizes({ 660, 470 }); // the customer file's five tabs fit in English
    m_list->restoreState(settings);
    m_complaints->restoreState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_backups->backUpOnClose();
    event->accept();
}

void MainWindow::restoreFromBackup()
{
    if (refuseWhenReadOnly(tr("Restore from backup")))
        return;
    RestoreDialog dialog(*m_database, this);
    dialog.exec();
    if (!dialog.restored())
        return;
    m_undo->clear(); // the commands refer to rows of the book as it was
    m_list->reload();
    m_list->selectCustomer(0);
    m_trash->reload();
    m_audit->reload();
    statusBar()->showMessage(tr("The book was restored from a backup."), 10000);
}

void MainWindow::showBackupSettings()
{
    if (refuseWhenReadOnly(tr("Backup settings")))
        return;
    BackupSettingsDialog dialog(*m_database, m_backups, this);
    dialog.exec();
}

void MainWindow::exportCustomerData()
{
    if (refuseWhenReadOnly(tr("Export everything about this customer")))
        return;
    const qint64 id = m_list->currentId();
    if (id <= 0)
        return;
    const QString path = FileDialog::getSaveFileName(
            this, tr("Export everything about this customer"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(tr("Customer %1 data.json").arg(id)),
            tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    // The readable page goes beside the JSON file.
    const QString html = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName()
            + QStringLiteral(".html");
    if (Status status = SubjectExporter(m_database->connection()).write(id, path, html); !status) {
        MessageBox::warning(this, tr("Export everything about this customer"), status.error().toString());
        return;
    }
    statusBar()->showMessage(tr("Written to %1 and %2.").arg(QDir::toNativeSeparators(path),
                                                            QDir::toNativeSeparators(html)),
                             10000);
}

void MainWindow::eraseCustomer()
{
    if (refuseWhenReadOnly(tr("Erase this customer")))
        return;
    const qint64 id = m_list->currentId();
    if (id <= 0)
        return;
    EraseDialog dialog(m_database->connection(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo->clear(); // nothing of the customer is left to bring back
    afterTrashChange();
    statusBar()->showMessage(tr("The customer's personal data was erased."), 10000);
}

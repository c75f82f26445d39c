#include "Application.h"
#include "Appearance.h"
#include "AssignRepDialog.h"
#include "BookOpener.h"
#include "BulkEditDialog.h"
#include "Clock.h"
#include "ContactDialog.h"
#include "CustomerDialog.h"
#include "CustomerListPanel.h"
#include "DuplicatesDialog.h"
#include "HandOverDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "SalesRepsDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TagCustomersDialog.h"
#include "TiersDialog.h"
#include "WelcomeDialog.h"
#include "audit/AuditLog.h"
#include "backup/BookRecovery.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintReportsPanel.h"
#include "complaints/ComplaintTableModel.h"
#include "complaints/ComplaintsPanel.h"
#include "db/BookFileCheck.h"
#include "db/BookLock.h"
#include "db/Database.h"
#include "domain/PhoneNumbers.h"
#include "followups/AgendaPanel.h"
#include "followups/CalendarPanel.h"
#include "followups/RenewalsPanel.h"
#include "followups/ScheduleFollowUpsDialog.h"
#include "import/ImportJobPage.h"
#include "import/ImportWizard.h"
#include "quotes/QuoteEditor.h"
#include "repo/ComplaintRepository.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/ProductRepository.h"
#include "repo/QuoteRepository.h"
#include "repo/TimelineRepository.h"
#include "reports/ReportsPanel.h"
#include "reports/ViewsPanel.h"
#include "services/ComplaintWorkflow.h"
#include "services/FollowUpService.h"
#include "services/SalesRepHandover.h"
#include "services/SalesReps.h"
#include "trust/AuditPanel.h"
#include "trust/BackupController.h"
#include "trust/BackupSettingsDialog.h"
#include "trust/EraseDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QStringLiteral("Clientele"));
    setApplicationName(QStringLiteral("Clientele"));
    setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    setWindowIcon(QIcon(QStringLiteral(":/icons/clientele.svg")));
}

Application::~Application()
{
    // A check of a large book can take a minute: interrupt it rather than quit under its feet.
    m_stopChecks = true;
    for (QFuture<QString> &check : m_integrityChecks)
        check.waitForFinished();
}

void Application::installTranslations(const QString &language)
{
    // English is the source language; its file only holds plural forms ("1 customer", "2 customers").
    if (m_appTranslator.load(QStringLiteral(":/i18n/clientele_%1.qm").arg(language)))
        installTranslator(&m_appTranslator);
    if (m_qtTranslator.load(
            QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installTranslator(&m_qtTranslator);
    if (language != QLatin1String("en"))
        QLocale::setDefault(QLocale(language));
}

bool Application::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Clientele, an offline CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open the demo book (created on first use)."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Open the book FILE."), tr("FILE"));
    const QCommandLineOption language(
        QStringLiteral("language"), tr("Use the language LANG (en, zh_CN or zh_TW)."), tr("LANG"));
    const QCommandLineOption appearance(QStringLiteral("appearance"),
        tr("Use light or dark colours: MODE is system, light or dark (default: as in Settings)."), tr("MODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save a picture of the main window to FILE and quit (with --db, on a copy of the book)."), tr("FILE"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Start with TEXT in the search field."), tr("TEXT"));
    const QCommandLineOption view(QStringLiteral("view"),
        tr("With --screenshot: what to show (list, contacts, timeline, trash, edit, "
           "duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, "
           "products, quotes, orders, quote-editor, reports-segments, reports-pareto, "
           "reports-pyramid, reports-lifecycle, reports-churn, reports-clusters, "
           "views-profile, views-loyalty, views-profitability, views-performance, "
           "views-prospects, views-products, views-promotion, views-value, "
           "agenda, calendar, renewals, renewal-rate, neglected, "
           "complaints, complaint-case, complaint-history, complaint-followups, complaint-reports, "
           "schedule-followups, "
           "backup-settings, audit, audit-kinds, contact-consent, erase, tiers, sales-reps, hand-over, "
           "hand-over-audit, assign-rep, tag-customers, bulk-edit, shortcuts, settings, "
           "book-locked, "
           "book-damaged)."),
        tr("VIEW"));
    const QCommandLineOption importFile(QStringLiteral("import"),
        tr("With --screenshot and an import view: the file to import (customers), or contacts:, products: or "
           "orders: and the file."),
        tr("FILE"));
    parser.addOptions({ demo, db, language, appearance, screenshot, search, view, importFile });
    parser.process(*this);

    installTranslations(parser.isSet(language) ? parser.value(language) : Preferences::effectiveLanguage());
    PhoneNumbers::setDefaultRegion(Preferences::phoneRegion());
    const auto mode
        = Appearance::fromName(parser.isSet(appearance) ? parser.value(appearance) : Preferences::appearance());
    if (mode != Appearance::Mode::System)
        Appearance::apply(mode);

    bool shown = false;
    if (parser.isSet(db)) {
        QString path = parser.value(db);
        if (parser.isSet(screenshot)) {
            auto copy = copyForScreenshot(path);
            if (!copy) {
                reportProblem(copy.error().toString());
                return false;
            }
            path = copy.value();
        }
        auto book = BookOpener::open(path, nullptr);
        if (!book)
            reportProblem(book.error().toString());
        shown = book && showBook(std::move(book.value()));
    } else if (parser.isSet(demo)) {
        auto book = BookOpener::openDemoBook(nullptr);
        if (!book)
            reportProblem(book.error().toString());
        shown = book && showBook(std::move(book.value()));
    } else if (!Preferences::lastBook().isEmpty() && QFile::exists(Preferences::lastBook())) {
        auto book = BookOpener::open(Preferences::lastBook(), nullptr);
        if (!book)
            reportProblem(book.error().toString());
        shown = book && showBook(std::move(book.value()));
    }
    if (!shown && !openFromWelcome())
        return false;
    if (parser.isSet(screenshot))
        takeScreenshotAndQuit(
            parser.value(screenshot), parser.value(search), parser.value(view), parser.value(importFile));
    else if (parser.isSet(search))
        m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->setText(parser.value(search));
    return true;
}

Result<QString> Application::copyForScreenshot(const QString &path)
{
    m_screenshotCopy = std::make_unique<QTemporaryDir>();
    const QString copy = m_screenshotCopy->filePath(QFileInfo(path).fileName());
    if (!m_screenshotCopy->isValid() || !QFile::copy(path, copy))
        return Error { tr("Cannot copy \"%1\" to take the screenshot on the copy.").arg(path) };
    if (QFile::exists(path + QStringLiteral("-wal")))
        QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    return copy;
}

bool Application::openFromWelcome()
{
    while (true) {
        WelcomeDialog welcome;
        if (welcome.exec() != QDialog::Accepted)
            return false;
        auto book = welcome.choice() == WelcomeDialog::Choice::Demo ? BookOpener::openDemoBook(nullptr)
                                                                    : BookOpener::open(welcome.path(), nullptr);
        if (book && showBook(std::move(book.value())))
            return true;
        if (!book)
            reportProblem(book.error().toString());
    }
}

bool Application::showBook(std::unique_ptr<Database> database)
{
    const QString path = database->path();
    auto window = new MainWindow(std::move(database));
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto replaceWith = [this, window](Result<std::unique_ptr<Database>> book) {
        if (!book) {
            reportProblem(book.error().toString());
            return;
        }
        window->close();
        showBook(std::move(book.value()));
    };
    // The book of this window is already open (and locked) here: nothing to open again.
    auto openHere = [window](const QString &file) {
        return QFileInfo(file).absoluteFilePath() == window->database().path();
    };
    connect(window, &MainWindow::openBookRequested, this, [this, replaceWith, openHere, window](const QString &file) {
        if (openHere(file))
            return reportProblem(tr("\"%1\" is already open in this window.").arg(QDir::toNativeSeparators(file)));
        replaceWith(BookOpener::open(file, window));
    });
    connect(window, &MainWindow::createBookRequested, this, [replaceWith, window](const QString &file) {
        if (QFile::exists(file))
            return replaceWith(Error(tr("\"%1\" already exists; use File > Open book to open it.").arg(file)));
        replaceWith(BookOpener::open(file, window));
    });
    connect(window, &MainWindow::openDemoBookRequested, this, [this, replaceWith, openHere, window] {
        if (openHere(BookOpener::demoBookPath()))
            return reportProblem(tr("The demo book is already open in this window."));
        replaceWith(BookOpener::openDemoBook(window));
    });
    Preferences::setLastBook(path);
    m_window = window;
    window->show();
    if (!window->database().isReadOnly()) // a read-only book is checked by the window that has it open
        checkIntegrityInBackground(path);
    return true;
}

void Application::checkIntegrityInBackground(const QString &path)
{
    // A full integrity check reads the whole file: done on its own connection off the GUI thread, so a large
    // book still opens at once; a problem is reported as soon as it is found.
    auto watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        if (!problem.isEmpty())
            recoverDamagedBook(path, problem);
    });
    m_integrityChecks << QtConcurrent::run([this, path] {
        const Status status = BookFileCheck::checkFully(path, &m_stopChecks);
        return status ? QString() : status.error().message;
    });
    watcher->setFuture(m_integrityChecks.last());
}

void Application::recoverDamagedBook(const QString &path, const QString &problem)
{
    // The window goes first, so nothing more is written to the damaged file (not even the backup on close, whose
    // copy would fail its check) and its lock is free for the recovery.
    if (m_window && m_window->database().path() == path) {
        m_window->backups()->stop();
        m_window->close();
        delete m_window;
    }
    auto book = BookOpener::recoverDamaged(path, problem, nullptr);
    if (book) {
        showBook(std::move(book.value()));
        return;
    }
    reportProblem(book.error().toString());
    if (!openFromWelcome())
        quit();
}

void Application::reportProblem(const QString &message)
{
    if (!message.isEmpty()) // empty: the user chose not to open a book and has been told all there is
        MessageBox::warning(m_window, tr("Clientele"), message);
}

// Opens the import wizard on a file and steps through it to the page named by the view, waiting for each
// check or import to finish, then saves its picture.
void Application::screenshotImportAndQuit(const QString &file, const QString &view, const QString &importFile)
{
    static const QStringList pages { QStringLiteral("import-preview"), QStringLiteral("import-mapping"),
        QStringLiteral("import-check"), QStringLiteral("import-duplicates"), QStringLiteral("import-done") };
    const QList<int> pageIds { ImportWizard::SheetPageId, ImportWizard::MappingPageId, ImportWizard::CheckPageId,
        ImportWizard::DuplicatesPageId, ImportWizard::RunPageId };
    const int target = pageIds.value(int(pages.indexOf(view)), ImportWizard::MappingPageId);
    auto wizard = new ImportWizard(m_window->database().path(), m_window->database().connection(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // "orders:sales.csv" imports into another target than customers.
    QString path = importFile;
    if (const qsizetype colon = path.indexOf(QLatin1Char(':')); colon > 1) {
        if (const auto chosen = importTargetFromString(path.left(colon))) {
            auto targets = wizard->findChild<QComboBox *>(QStringLiteral("targetComboBox"));
            targets->setCurrentIndex(targets->findData(toString(*chosen)));
            path = path.mid(colon + 1);
        }
    }
    wizard->findChild<QLineEdit *>(QStringLiteral("filePathLineEdit"))->setText(path);
    wizard->show();
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, wizard, target, file, step] {
        auto job = qobject_cast<ImportJobPage *>(wizard->currentPage());
        if (job && job->isRunning()) {
            QTimer::singleShot(100, this, *step);
            return;
        }
        if (wizard->currentId() == target || (wizard->currentId() == ImportWizard::RunPageId)) {
            QTimer::singleShot(300, this, [this, wizard, file] {
                wizard->grab().save(file);
                wizard->close();
                m_window->close();
                quit();
            });
            return;
        }
        const int before = wizard->currentId();
        auto validOnly = wizard->currentPage()->findChild<QCheckBox *>(QStringLiteral("validOnlyCheckBox"));
        if (validOnly && validOnly->isEnabled())
            validOnly->setChecked(true); // to get past rows with problems
        wizard->next();
        if (wizard->currentId() == before) { // the page refused: show why
            wizard->grab().save(file);
            quit();
            return;
        }
        QTimer::singleShot(200, this, *step);
    };
    QTimer::singleShot(300, this, *step);
}

// The Reports page on one tab ("reports-segments", "reports-pareto", ...), after the analysis has run.
void Application::screenshotReportsAndQuit(const QString &file, const QString &view)
{
    static const QStringList tabs { QStringLiteral("reports-segments"), QStringLiteral("reports-pareto"),
        QStringLiteral("reports-pyramid"), QStringLiteral("reports-lifecycle"), QStringLiteral("reports-churn"),
        QStringLiteral("reports-clusters") };
    QTimer::singleShot(300, this, [this, file, view] {
        m_window->showReports();
        ReportsPanel *reports = m_window->reports();
        reports->waitForAnalysis();
        reports->tabs()->setCurrentIndex(std::max(0, int(tabs.indexOf(view))));
        // The seven views: "views-profile", "views-loyalty", ... "views-value" show that view's main page.
        static const QList<std::pair<QString, ViewContent::Page>> views {
            { QStringLiteral("views-profile"), ViewContent::Page::ProfileIndustry },
            { QStringLiteral("views-loyalty"), ViewContent::Page::LoyaltyPurchases },
            { QStringLiteral("views-profitability"), ViewContent::Page::ProfitabilityMargins },
            { QStringLiteral("views-performance"), ViewContent::Page::PerformanceCategory },
            { QStringLiteral("views-prospects"), ViewContent::Page::Prospects },
            { QStringLiteral("views-products"), ViewContent::Page::Products },
            { QStringLiteral("views-promotion"), ViewContent::Page::PromotionSources },
            { QStringLiteral("views-value"), ViewContent::Page::ValueTopCustomers } };
        for (const auto &[name, page] : views) {
            if (view == name) {
                reports->tabs()->setCurrentWidget(reports->views());
                reports->views()->showPage(page);
            }
        }
        QTimer::singleShot(600, this, [this, file] {
            m_window->grab().save(file);
            m_window->close();
            quit();
        });
    });
}

void Application::takeScreenshotAndQuit(const QString &file, const QString &search, const QString &view,
                                        const QString &importFile)
{
    if (view.startsWith(QLatin1String("import-"))) {
        screenshotImportAndQuit(file, view, importFile);
        return;
    }
    if (view.startsWith(QLatin1String("reports")) || view.startsWith(QLatin1String("views-"))) {
        screenshotReportsAndQuit(file, view);
        return;
    }
    if (view.startsWith(QLatin1String("complaint"))) {
        screenshotComplaintsAndQuit(file, view);
        return;
    }
    if (view == QLatin1String("schedule-followups")) {
        // A segment of a few hundred customers given a call each, spread over a working week.
        QTimer::singleShot(800, this, [this, file] {
            QList<qint64> ids;
            QSqlQuery segment(m_window->database().connection());
            segment.exec(QStringLiteral("SELECT id FROM customers WHERE tier = 'B' AND deleted_at IS NULL "
                                        "ORDER BY id LIMIT 240"));
            while (segment.next())
                ids << segment.value(0).toLongLong();
            auto dialog = std::make_shared<ScheduleFollowUpsDialog>(m_window->database().connection(), ids, m_window);
            dialog->findChild<QCheckBox *>(QStringLiteral("scheduleSpreadCheckBox"))->setChecked(true);
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("scheduleNotesEdit"))
                ->setPlainText(tr("Ask about their plans for next quarter."));
            dialog->show();
            QTimer::singleShot(400, this, [this, file, dialog] {
                dialog->grab().save(file);
                dialog->close();
                m_window->close();
                quit();
            });
        });
        return;
    }
    if (view == QLatin1String("book-locked") || view == QLatin1String("book-damaged")) {
        screenshotBookQuestionAndQuit(file, view);
        return;
    }
    if (view == QLatin1String("backup-settings") || view == QLatin1String("audit") || view == QLatin1String("erase")
        || view == QLatin1String("tiers") || view == QLatin1String("sales-reps")
        || view.startsWith(QLatin1String("hand-over")) || view == QLatin1String("assign-rep")
        || view == QLatin1String("tag-customers") || view == QLatin1String("bulk-edit")
        || view == QLatin1String("shortcuts") || view == QLatin1String("settings")) {
        screenshotTrustAndQuit(file, view);
        return;
    }
    if (view == QLatin1String("audit-kinds") || view == QLatin1String("contact-consent")) {
        screenshotAuditCoverageAndQuit(file, view);
        return;
    }
    if (!search.isEmpty())
        m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->setText(search);
    // Give the search delay and the first paint time to settle before the picture.
    QTimer::singleShot(800, this, [this, file, view] {
        auto tabs = m_window->findChild<QTabWidget *>(QStringLiteral("customerTabWidget"));
        if (view == QLatin1String("contacts"))
            tabs->setCurrentIndex(1);
        else if (view == QLatin1String("timeline"))
            tabs->setCurrentIndex(2);
        else if (view == QLatin1String("trash"))
            m_window->showPage(MainWindow::TrashPage);
        else if (view == QLatin1String("agenda")) {
            // One rep's agenda, as a rep sees it at work.
            m_window->showPage(MainWindow::AgendaPage);
            const QList<Owner> owners = LookupRepository(m_window->database().connection()).owners().value_or({});
            m_window->agenda()->setOwnerId(owners.isEmpty() ? 0 : owners.first().id);
        }
        else if (view == QLatin1String("calendar")) {
            m_window->showPage(MainWindow::CalendarPage);
            const QList<Owner> owners = LookupRepository(m_window->database().connection()).owners().value_or({});
            m_window->calendar()->setOwnerId(owners.isEmpty() ? 0 : owners.first().id);
        }
        else if (view == QLatin1String("renewals") || view == QLatin1String("renewal-rate")) {
            m_window->showPage(MainWindow::RenewalsPage);
            m_window->renewals()->waitForOverview();
        }
        else if (view == QLatin1String("neglected"))
            m_window->showPage(MainWindow::NeglectedPage);
        if (view == QLatin1String("renewal-rate"))
            m_window->findChild<QTabWidget *>(QStringLiteral("renewalsTabWidget"))->setCurrentIndex(2);
        QWidget *subject = m_window;
        std::unique_ptr<CustomerDialog> dialog;
        if (view == QLatin1String("products") || view == QLatin1String("quotes") || view == QLatin1String("orders"))
            m_window->showPage(view == QLatin1String("products") ? MainWindow::ProductsPage
                               : view == QLatin1String("quotes")  ? MainWindow::QuotesPage
                                                                   : MainWindow::OrdersPage);
        if (view == QLatin1String("quote-editor")) {
            // The newest sent quote of the demo book, with its lines, totals and margin.
            QSqlQuery newest(m_window->database().connection());
            newest.exec(QStringLiteral("SELECT id FROM quotes WHERE status = 'sent' ORDER BY quote_date DESC, id LIMIT 1"));
            auto editor = new QuoteEditor(m_window->database().connection(), newest.next() ? newest.value(0).toLongLong() : 0,
                                          0, m_window);
            editor->show();
            QTimer::singleShot(500, this, [this, file, editor] {
                editor->grab().save(file);
                delete editor; // it holds the book's connection, which closes with the window
                m_window->close();
                quit();
            });
            return;
        }
        if (view == QLatin1String("duplicates")) {
            auto duplicates = new DuplicatesDialog(m_window->database().connection(), m_window);
            duplicates->setAttribute(Qt::WA_DeleteOnClose);
            duplicates->resize(1100, 680);
            duplicates->show();
            // The search runs when the dialog is shown; give it time before the picture.
            QTimer::singleShot(2500, this, [this, file, duplicates] {
                duplicates->grab().save(file);
                duplicates->close();
                m_window->close();
                quit();
            });
            return;
        }
        if (view == QLatin1String("edit")) {
            dialog = std::make_unique<CustomerDialog>(
                m_window->database().connection(), m_window->customerList()->currentId(), m_window);
            dialog->show();
            subject = dialog.get();
        }
        QTimer::singleShot(
            300, this, [this, file, subject, dialog = std::shared_ptr<CustomerDialog>(std::move(dialog))] {
                subject->grab().save(file);
                if (dialog)
                    dialog->close();
                m_window->close();
                quit();
            });
    });
}

// The trust views (issue #9). The demo book has no audit trail of its own: the audit view first makes a few
// everyday changes through the repositories, as a user would.
void Application::screenshotTrustAndQuit(const QString &file, const QString &view)
{
    QTimer::singleShot(800, this, [this, file, view] {
        const QSqlDatabase db = m_window->database().connection();
        const qint64 current = m_window->customerList()->currentId();
        std::shared_ptr<QWidget> dialog;
        QWidget *subject = m_window;
        if (view == QLatin1String("audit")) {
            CustomerRepository customers(db);
            const auto rows = customers.page(CustomerQuery {}, std::nullopt, 3).value_or({});
            for (const CustomerRow &row : rows) {
                Customer customer = customers.find(row.id).value_or(Customer {});
                customer.tier = customer.tier == QLatin1String("A") ? QStringLiteral("B") : QStringLiteral("A");
                customer.stage = LifecycleStage::Customer;
                customers.update(customer).ok();
                Note note;
                note.customerId = row.id;
                note.body = tr("Called about the renewal.");
                TimelineRepository(db).addNote(note).ok();
            }
            if (rows.size() == 3)
                customers.moveToTrash({ rows.last().id }).ok();
            m_window->showPage(MainWindow::AuditPage);
        } else if (view == QLatin1String("erase")) {
            dialog = std::make_shared<EraseDialog>(db, current, m_window);
        } else if (view == QLatin1String("tiers")) {
            dialog = std::make_shared<TiersDialog>(db, m_window);
        } else if (view == QLatin1String("sales-reps")) {
            dialog = std::make_shared<SalesRepsDialog>(db, m_window);
        } else if (view == QLatin1String("shortcuts")) {
            dialog = std::make_shared<ShortcutsDialog>(m_window->menuBar(), m_window);
        } else if (view == QLatin1String("settings")) {
            dialog = std::make_shared<SettingsDialog>(m_window);
        } else if (view == QLatin1String("bulk-edit")) {
            dialog = std::make_shared<BulkEditDialog>(db, 12, m_window);
        } else if (view == QLatin1String("tag-customers")) {
            dialog = std::make_shared<TagCustomersDialog>(db, 12, TagCustomersDialog::Add, m_window);
        } else if (view == QLatin1String("assign-rep")) {
            dialog = std::make_shared<AssignRepDialog>(db, 12, m_window);
        } else if (view.startsWith(QLatin1String("hand-over"))) {
            // The first rep's work, to the second: the dialog, or the audit trail after the handover.
            const QList<SalesReps::Rep> reps = SalesReps(db).list().value_or({});
            if (view == QLatin1String("hand-over-audit")) {
                if (reps.size() > 1)
                    SalesRepHandover(db).handOver(reps[0].id, reps[1].id).ok();
                m_window->showPage(MainWindow::AuditPage);
            } else {
                dialog = std::make_shared<HandOverDialog>(db, reps.value(0), reps.mid(1), m_window);
            }
        } else {
            dialog = std::make_shared<BackupSettingsDialog>(m_window->database(), m_window->backups(), m_window);
        }
        if (dialog) {
            dialog->show();
            subject = dialog.get();
        }
        QTimer::singleShot(400, this, [this, file, subject, dialog] {
            subject->grab().save(file);
            if (dialog)
                dialog->close();
            m_window->close();
            quit();
        });
    });
}

// The audit trail of everyday work beyond customers (a follow-up done, a price changed, a quote sent, a complaint
// moved on, a consent recorded), or the contact dialog with a contact's marketing consent.
void Application::screenshotAuditCoverageAndQuit(const QString &file, const QString &view)
{
    QTimer::singleShot(800, this, [this, file, view] {
        const QSqlDatabase db = m_window->database().connection();
        const qint64 current = m_window->customerList()->currentId();
        Contact contact = ContactRepository(db).forCustomer(current).value_or({}).value(0);
        contact.customerId = current;
        contact.marketingConsent = MarketingConsent::Given;
        contact.consentDate = Clock::instance().today().addDays(-12);
        contact.consentSource = suggestedConsentSources().value(1);
        std::shared_ptr<QWidget> dialog;
        QWidget *subject = m_window;
        if (view == QLatin1String("contact-consent")) {
            dialog = std::make_shared<ContactDialog>(db, contact, m_window);
            dialog->show();
            subject = dialog.get();
        } else {
            makeEverydayChanges(db, current, contact);
            m_window->showPage(MainWindow::AuditPage);
            m_window->audit()->reload();
        }
        QTimer::singleShot(400, this, [this, file, subject, dialog] {
            subject->grab().save(file);
            if (dialog)
                dialog->close();
            m_window->close();
            quit();
        });
    });
}

// What opening a book asks when another Clientele has it open ("book-locked": this window holds the lock, so
// asking for it again gives the real message), or when the file is damaged ("book-damaged": a truncated copy of the
// book, checked as opening it would, and the book's newest good backup).
void Application::screenshotBookQuestionAndQuit(const QString &file, const QString &view)
{
    QTimer::singleShot(800, this, [this, file, view] {
        const QString path = m_window->database().path();
        BookOpener::Question question;
        if (view == QLatin1String("book-locked")) {
            auto lock = BookLock::acquire(path);
            question = BookOpener::lockedQuestion(lock ? QString() : lock.error().message);
        } else {
            QTemporaryDir dir;
            const QString copy = dir.filePath(QFileInfo(path).fileName());
            QFile::copy(path, copy);
            QFile(copy).resize(QFileInfo(path).size() / 3);
            const Status damage = BookFileCheck::checkHeader(copy);
            const QString problem = damage ? QString()
                                           : QString(damage.error().message).replace(QDir::toNativeSeparators(copy),
                                               QDir::toNativeSeparators(path));
            question = BookOpener::damagedQuestion(path, problem, BookRecovery::latestGoodBackup(path));
        }
        auto box = std::shared_ptr<QMessageBox>(MessageBox::build(
            m_window, question.icon, question.title, question.text, question.choices, question.defaultButton));
        box->show();
        QTimer::singleShot(400, this, [this, file, box] {
            box->grab().save(file);
            box->close();
            m_window->close();
            quit();
        });
    });
}

void Application::makeEverydayChanges(const QSqlDatabase &db, qint64 customerId, const Contact &contact)
{
    Activity call;
    call.customerId = customerId;
    call.subject = tr("Call about the renewal");
    call.dueAt = Clock::instance().nowUtc();
    FollowUpService followUps(db);
    if (auto id = followUps.schedule(call))
        followUps.complete(id.value(), tr("Agreed to renew for two years.")).ok();
    if (contact.id > 0)
        ContactRepository(db).update(contact).ok();
    ProductRepository products(db);
    Product product = products.list().value_or({}).value(0);
    if (product.id > 0) {
        product.unitPrice = product.unitPrice / 100 * 105;
        products.save(product).ok();
    }
    QuoteFilter drafts;
    drafts.status = QuoteStatus::Draft;
    drafts.limit = 1;
    const QList<QuoteRow> quotes = QuoteRepository(db).list(drafts).value_or({});
    if (!quotes.isEmpty())
        QuoteRepository(db).markSent(quotes.first().id).ok();
    ComplaintFilter open;
    open.status = ComplaintStatus::New;
    const QList<Complaint> complaints = ComplaintRepository(db).list(open, ComplaintRepository::Order::Number, 1)
                                            .value_or({});
    if (!complaints.isEmpty())
        ComplaintWorkflow(db).move(complaints.first().id, ComplaintStatus::Acknowledged, AuditLog::currentUser()).ok();
}

// The complaints page, the case page of a closed case (its details or its history), or the reports.
void Application::screenshotComplaintsAndQuit(const QString &file, const QString &view)
{
    m_window->showPage(view == QLatin1String("complaint-reports") ? MainWindow::ComplaintReportsPage : MainWindow::ComplaintsPage);
    if (view == QLatin1String("complaint-reports"))
        m_window->complaintReports()->waitForStatistics();
    QTimer::singleShot(800, this, [this, file, view] {
        QWidget *subject = m_window;
        std::shared_ptr<ComplaintDialog> dialog;
        if (view == QLatin1String("complaint-case") || view == QLatin1String("complaint-history")
            || view == QLatin1String("complaint-followups")) {
            ComplaintTableModel *model = m_window->complaints()->model();
            qint64 id = model->idAt(0);
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->complaintAt(row).status == ComplaintStatus::Closed && model->complaintAt(row).csat) {
                    id = model->idAt(row);
                    break;
                }
            }
            if (view == QLatin1String("complaint-followups")) {
                // The newest case with a call done and a visit coming up.
                QSqlQuery busiest(m_window->database().connection());
                busiest.exec(QStringLiteral("SELECT complaint_id FROM activities WHERE complaint_id IS NOT NULL "
                                            "GROUP BY complaint_id ORDER BY count(*) DESC, complaint_id DESC LIMIT 1"));
                if (busiest.next())
                    id = busiest.value(0).toLongLong();
            }
            dialog = std::make_shared<ComplaintDialog>(m_window->database().connection(), id, 0, m_window);
            dialog->findChild<QTabWidget *>(QStringLiteral("complaintTabWidget"))
                    ->setCurrentIndex(view == QLatin1String("complaint-history")     ? 2
                                      : view == QLatin1String("complaint-followups") ? 3
                                                                                     : 0);
            dialog->show();
            subject = dialog.get();
        }
        QTimer::singleShot(400, this, [this, file, subject, dialog] {
            subject->grab().save(file);
            if (dialog)
                dialog->close();
            m_window->close();
            quit();
        });
    });
}

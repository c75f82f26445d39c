// Backups, restore, the audit page and erasure, driven through the real main window offscreen.

#include "Book.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "backup/BackupService.h"
#include "io/CsvReader.h"
#include "io/CustomerImporter.h"
#include "repo/CustomerRepository.h"
#include "repo/TimelineRepository.h"
#include "services/CustomerMerger.h"
#include "trust/AuditPanel.h"
#include "trust/BackupController.h"
#include "trust/EraseDialog.h"
#include "trust/RestoreDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace {

// Runs `act` on the next modal dialog of type T as soon as it is shown.
template <typename T> void onNext(std::function<void(T *)> act)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [act, attempt] {
        if (auto dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            act(dialog);
        else
            QTimer::singleShot(10, *attempt);
    };
    QTimer::singleShot(0, *attempt);
}

void acceptNextMessageBox()
{
    onNext<QMessageBox>([](QMessageBox *box) { box->accept(); });
}

class TrustUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("book.clientele"));
        QSettings().clear();
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto db = openBook(m_path);
        EXPECT_TRUE(db.ok());
        auto window = std::make_unique<MainWindow>(std::move(db.value()));
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    qint64 addCustomer(MainWindow &window, const QString &name, const QString &phone)
    {
        Customer customer;
        customer.name = name;
        customer.phones << phone;
        auto id = CustomerRepository(window.database().connection()).create(customer);
        EXPECT_TRUE(id.ok());
        window.customerList()->reload();
        return id.value_or(0);
    }

    QStringList listedNames(MainWindow &window)
    {
        QStringList names;
        CustomerTableModel *model = window.customerList()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }

    // A backup taken now; it runs off the GUI thread: waits for it (and for the one taken when the book opened).
    bool backUp(MainWindow &window)
    {
        window.backups()->waitForBackup();
        QSignalSpy finished(window.backups(), &BackupController::backupFinished);
        if (!window.backups()->backUpNow())
            return false;
        return waitFor([&] { return finished.count() == 1; }, 60000) && finished.first().at(0).toBool();
    }

    QAction *action(MainWindow &window, const QString &name)
    {
        auto found = window.findChild<QAction *>(name);
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(TrustUiTest, OpeningTheBookBacksItUpOnceAndBackUpNowAddsAVerifiedCopy)
{
    auto window = openWindow();
    const QString folder = m_dir.filePath(QStringLiteral("book backups"));
    EXPECT_TRUE(waitFor([&] { return QDir(folder).entryList({ QStringLiteral("*.clientele") }).size() == 1; }));
    addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13800138000"));
    window->backups()->waitForBackup();
    QSignalSpy finished(window->backups(), &BackupController::backupFinished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*window, QStringLiteral("backUpNowAction"))->trigger();
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 60000));
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Backed up to "))) << MessageBox::lastText();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("book backups/book-"))) << MessageBox::lastText();
    // English plurals come from clientele_en.qm, which the test does not load.
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral(".clientele (1 customer"))) << MessageBox::lastText();
    EXPECT_EQ(
        BackupService::verify(
            MessageBox::lastText().section(QStringLiteral("Backed up to "), 1).section(QStringLiteral(" ("), 0, 0))
            .value_or(BackupInfo {})
            .customers,
        1);
}

TEST_F(TrustUiTest, TheBackupOnCloseOfALargeBookShowsItsProgressAndCanBeCancelled)
{
    auto window = openWindow();
    window->backups()->waitForBackup(); // the one taken when the book opened
    const QString folder = m_dir.filePath(QStringLiteral("book backups"));
    const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    ASSERT_EQ(before.size(), 1);
    // About 60 MB: its backup takes long enough for the progress dialog to come up.
    const qint64 id = addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13800138000"));
    {
        TimelineRepository notes(window->database().connection()); // holds the connection: gone before the window
        for (int i = 0; i < 600; ++i) {
            Note note;
            note.customerId = id;
            note.body = QString(100000, QLatin1Char('a' + i % 26));
            ASSERT_TRUE(notes.addNote(note).ok());
        }
    }
    QSignalSpy finished(window->backups(), &BackupController::backupFinished);
    QString shownLabel;
    bool clicked = false;
    auto clickCancel = std::make_shared<std::function<void()>>();
    *clickCancel = [&, clickCancel] {
        auto dialog = window->findChild<QProgressDialog *>(QStringLiteral("backupProgressDialog"));
        auto button = dialog ? dialog->findChild<QPushButton *>() : nullptr;
        if (dialog && dialog->isVisible() && button && button->isVisible() && button->isEnabled()) {
            shownLabel = dialog->labelText();
            QTest::mouseClick(button, Qt::LeftButton);
            clicked = true;
            return;
        }
        QTimer::singleShot(20, *clickCancel);
    };
    QTimer::singleShot(0, *clickCancel);
    MessageBox::setNextAnswer(QMessageBox::Ok); // a message box would otherwise stop the test
    const QString lastBox = MessageBox::lastText();
    window->close();
    MessageBox::setNextAnswers({});

    ASSERT_TRUE(clicked);
    // Copying, or already checking the copy: cancelled either way.
    EXPECT_TRUE(
        shownLabel == QStringLiteral("Backing up the book…") || shownLabel == QStringLiteral("Checking the backup…"))
        << shownLabel.toStdString();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(finished.first().at(1).toString(),
        QStringLiteral("The backup was cancelled: the book was not backed up this time."));
    EXPECT_EQ(MessageBox::lastText(), lastBox); // no box for what the user chose
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), before); // neither the copy nor a part of it
    window.reset();
    auto reopened = openBook(m_path);
    ASSERT_TRUE(reopened.ok());
    QSqlQuery count(reopened.value()->connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM notes")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 600);
}

TEST_F(TrustUiTest, RestoreFromBackupListsBackupsAndBringsTheChosenOneBack)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Kept Ltd"), QStringLiteral("13800138000"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(backUp(*window));
    addCustomer(*window, QStringLiteral("Added Later Ltd"), QStringLiteral("13900139000"));
    ASSERT_EQ(listedNames(*window), (QStringList { QStringLiteral("Added Later Ltd"), QStringLiteral("Kept Ltd") }));

    QString shownCustomers;
    onNext<RestoreDialog>([&](RestoreDialog *dialog) {
        QTableWidget *table = dialog->table();
        // One backup a day is kept: the one taken when the book opened was the same day's, so it rotated away.
        ASSERT_EQ(table->rowCount(), 1);
        shownCustomers = table->item(0, 2)->text();
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        acceptNextMessageBox(); // "restored"
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    });
    action(*window, QStringLiteral("restoreAction"))->trigger();
    EXPECT_EQ(shownCustomers, QStringLiteral("1"));
    EXPECT_EQ(listedNames(*window), QStringList { QStringLiteral("Kept Ltd") });
    const QStringList files = QDir(m_dir.filePath(QStringLiteral("book backups")))
                                  .entryList({ QStringLiteral("*-before-restore.clientele") });
    EXPECT_EQ(files.size(), 1);
}

TEST_F(TrustUiTest, CancellingTheRestoreConfirmationChangesNothing)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Kept Ltd"), QStringLiteral("13800138000"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(backUp(*window));
    addCustomer(*window, QStringLiteral("Added Later Ltd"), QStringLiteral("13900139000"));
    RestoreDialog dialog(window->database(), window.get());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.restoreSelected();
    EXPECT_FALSE(dialog.restored());
    EXPECT_EQ(listedNames(*window), (QStringList { QStringLiteral("Added Later Ltd"), QStringLiteral("Kept Ltd") }));
}

TEST_F(TrustUiTest, EraseNeedsTheConfirmationAndRemovesThePersonFromTheListAndTheFile)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Stays Ltd"), QStringLiteral("13500000000"));
    const qint64 id = addCustomer(*window, QStringLiteral("Zebulon Quackenbush"), QStringLiteral("13912345678"));
    window->customerList()->selectCustomer(id);
    bool enabledBeforeConfirming = true;
    QString backupsNote;
    onNext<EraseDialog>([&](EraseDialog *dialog) {
        enabledBeforeConfirming = dialog->eraseButton()->isEnabled();
        backupsNote = dialog->findChild<QLabel *>(QStringLiteral("eraseBackupsLabel"))->text();
        dialog->confirmation()->click();
        QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    });
    action(*window, QStringLiteral("eraseCustomerAction"))->trigger();
    EXPECT_FALSE(enabledBeforeConfirming);
    EXPECT_TRUE(backupsNote.startsWith(QStringLiteral("Backups made before now still hold this data")));
    EXPECT_EQ(listedNames(*window), QStringList { QStringLiteral("Stays Ltd") });
    QFile book(m_path);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    QFile wal(m_path + QStringLiteral("-wal"));
    const QByteArray bytes = book.readAll() + (wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray());
    EXPECT_FALSE(bytes.contains("Quackenbush"));
    EXPECT_FALSE(bytes.contains("13912345678"));
}

TEST_F(TrustUiTest, AuditPageListsAndFiltersTheTrail)
{
    auto window = openWindow();
    const qint64 id = addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13800138000"));
    ASSERT_TRUE(CustomerRepository(window->database().connection()).moveToTrash({ id }).ok());
    window->showPage(MainWindow::AuditPage);
    QTableWidget *table = window->audit()->table();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Moved to the trash"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("Created"));
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("Customer %1 (Acme Ltd)").arg(id));
    EXPECT_TRUE(table->item(1, 4)->text().contains(QStringLiteral("Name: Acme Ltd")));
    auto actionBox = window->audit()->findChild<QComboBox *>(QStringLiteral("auditActionComboBox"));
    actionBox->setCurrentIndex(actionBox->findData(QStringLiteral("create")));
    EXPECT_EQ(table->rowCount(), 1);
    // Nothing in the page edits or deletes entries.
    EXPECT_EQ(table->editTriggers(), QAbstractItemView::NoEditTriggers);
}

TEST_F(TrustUiTest, TheAuditPageShowsItsOwnExportAtOnce)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13800138000"));
    window->showPage(MainWindow::AuditPage);
    QTableWidget *table = window->audit()->table();
    ASSERT_EQ(table->rowCount(), 1);
    QTemporaryDir dir;
    FileDialog::setNextFileName(dir.filePath(QStringLiteral("trail.csv")));
    window->audit()->findChild<QPushButton *>(QStringLiteral("auditExportButton"))->click();
    ASSERT_TRUE(QFile::exists(dir.filePath(QStringLiteral("trail.csv"))));
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("Audit trail"));
    EXPECT_TRUE(window->audit()
                    ->findChild<QLabel *>(QStringLiteral("auditStatusLabel"))
                    ->text()
                    .endsWith(QStringLiteral(" exported to %1.")
                                  .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("trail.csv"))))));
}

// Three customers from a real CSV file, imported as the wizard does; returns the summary.
ImportSummary importThree(MainWindow &window, const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Company,City,Mobile\nMingda Trading,Shanghai,13800138001\nHuaxin Tech,Beijing,13800138002\n"
               "Dongfang Logistics,Guangzhou,13800138003\n");
    file.close();
    auto reader = CsvReader::open(path);
    EXPECT_TRUE(reader.ok());
    ImportOptions options;
    options.source = QFileInfo(path).fileName();
    auto summary
        = CustomerImporter(window.database().connection())
              .run(*reader.value(),
                  ImportMapping::guess({ QStringLiteral("Company"), QStringLiteral("City"), QStringLiteral("Mobile") },
                      ImportTarget::Customers),
                  options);
    EXPECT_TRUE(summary.ok()) << summary.error().toString();
    return summary.value_or(ImportSummary {});
}

TEST_F(TrustUiTest, CtrlZAfterAnImportMovesItsCustomersToTheTrashAndRedoBringsThemBack)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13900139000"));
    QTemporaryDir dir;
    const ImportSummary summary = importThree(*window, dir.filePath(QStringLiteral("clients.csv")));
    ASSERT_EQ(summary.created, 3);
    window->customerList()->reload();
    window->offerUndoOfImport(summary.createdIds.ids(), dir.filePath(QStringLiteral("clients.csv")));
    EXPECT_EQ(listedNames(*window).size(), 4); // pushing the command changed nothing
    EXPECT_EQ(window->undoStack()->undoText(), QStringLiteral("Import of clients.csv"));

    QTest::keySequence(window.get(), QKeySequence::Undo);
    EXPECT_EQ(listedNames(*window), QStringList { QStringLiteral("Acme Ltd") });
    QTest::keySequence(window.get(), QKeySequence::Redo);
    EXPECT_EQ(listedNames(*window).size(), 4);
}

// Undo asks first when the imported customers have orders by now; kept, the import stays done.
TEST_F(TrustUiTest, UndoOfAnImportWhoseCustomersHaveOrdersAsksAndCanKeepThem)
{
    auto window = openWindow();
    QTemporaryDir dir;
    const ImportSummary summary = importThree(*window, dir.filePath(QStringLiteral("clients.csv")));
    window->customerList()->reload();
    window->offerUndoOfImport(summary.createdIds.ids(), dir.filePath(QStringLiteral("clients.csv")));
    QSqlQuery order(window->database().connection());
    ASSERT_TRUE(order.exec(QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, "
                                          "created_at, updated_at) VALUES ('o1', 'SO-1', %1, '2026-01-05', 'CNY', "
                                          "990, '2026-01-05', '2026-01-05')")
                               .arg(summary.createdIds.ids().first())));

    MessageBox::setNextAnswer(QMessageBox::No);
    window->undoStack()->undo();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("1 order"))) << MessageBox::lastText();
    QCoreApplication::processEvents(); // the window does the import again
    EXPECT_EQ(listedNames(*window).size(), 3);
    EXPECT_TRUE(window->undoStack()->canUndo());
    EXPECT_FALSE(window->undoStack()->canRedo());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    window->undoStack()->undo();
    EXPECT_TRUE(listedNames(*window).isEmpty());
}

// An undo that fails says why instead of nothing.
TEST_F(TrustUiTest, AnUndoOfAnImportThatFailsSaysWhy)
{
    auto window = openWindow();
    QTemporaryDir dir;
    const ImportSummary summary = importThree(*window, dir.filePath(QStringLiteral("clients.csv")));
    window->offerUndoOfImport(summary.createdIds.ids(), dir.filePath(QStringLiteral("clients.csv")));
    window->undoStack()->undo();
    QSqlQuery broken(window->database().connection());
    ASSERT_TRUE(broken.exec(QStringLiteral("ALTER TABLE customer_merges RENAME TO merges_gone"))); // the redo reads it
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window->undoStack()->redo();
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Restoring customers failed")))
        << MessageBox::lastText();
}

// A merge made after the import stays made through Undo and Redo: redo brings back only what undo moved.
TEST_F(TrustUiTest, RedoOfAnImportBringsBackOnlyWhatItsUndoMoved)
{
    auto window = openWindow();
    const qint64 acme = addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13900139000"));
    QTemporaryDir dir;
    const ImportSummary summary = importThree(*window, dir.filePath(QStringLiteral("clients.csv")));
    const qint64 merged = summary.createdIds.ids().first();
    window->offerUndoOfImport(summary.createdIds.ids(), dir.filePath(QStringLiteral("clients.csv")));
    auto survivor = CustomerRepository(window->database().connection()).find(acme);
    ASSERT_TRUE(CustomerMerger(window->database().connection()).merge(acme, merged, survivor.value()).ok());
    window->customerList()->reload();
    ASSERT_EQ(listedNames(*window).size(), 3);

    window->undoStack()->undo();
    EXPECT_EQ(listedNames(*window), QStringList { QStringLiteral("Acme Ltd") });
    window->undoStack()->redo();
    EXPECT_EQ(listedNames(*window).size(), 3);
    EXPECT_FALSE(listedNames(*window).contains(QStringLiteral("Mingda Trading"))); // still merged into Acme
}

TEST_F(TrustUiTest, AnImportIsUndoneLaterFromItsAuditEntry)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13900139000"));
    QTemporaryDir dir;
    ASSERT_EQ(importThree(*window, dir.filePath(QStringLiteral("clients.csv"))).created, 3);
    window->customerList()->reload();
    window->showPage(MainWindow::AuditPage);
    QTableWidget *table = window->audit()->table();
    auto undo = window->audit()->findChild<QPushButton *>(QStringLiteral("auditUndoImportButton"));
    ASSERT_TRUE(undo);
    const auto choose = [table](int row) { // one row, as a click selects it
        table->setCurrentCell(row, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    choose(1); // Acme's creation
    EXPECT_FALSE(undo->isEnabled());
    ASSERT_EQ(table->item(0, 2)->text(), QStringLiteral("Imported"));
    choose(0);
    ASSERT_TRUE(undo->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    undo->click();
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Move the 3 customer")));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("created by the import of \"clients.csv\" (")))
        << MessageBox::lastText();
    EXPECT_EQ(listedNames(*window).size(), 4);

    window->offerUndoOfImport({ 1 }, QStringLiteral("other.csv")); // an earlier step on Edit ▸ Undo
    MessageBox::setNextAnswer(QMessageBox::Yes);
    undo->click();
    EXPECT_EQ(listedNames(*window), QStringList { QStringLiteral("Acme Ltd") });
    EXPECT_FALSE(window->undoStack()->canUndo()); // its customers are not where the steps left them
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Moved to the trash"));
    // Asked again, it says there is nothing left to move.
    choose(1);
    ASSERT_EQ(table->item(1, 2)->text(), QStringLiteral("Imported"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    undo->click();
    EXPECT_TRUE(MessageBox::lastText().contains(QLatin1String("no longer in the list"))) << MessageBox::lastText();
}

TEST_F(TrustUiTest, AuditTimesInTraditionalChineseHaveNoStrayLetter)
{
    // Qt 6.4's zh_TW short date-time format holds CLDR's day-period pattern "B", which Qt prints as a letter:
    // "2026/12/6 B18:48". The page shows the short date and a 24-hour time instead.
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("zh_TW")));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Acme Ltd"), QStringLiteral("13800138000"));
    window->showPage(MainWindow::AuditPage);
    QTableWidget *table = window->audit()->table();
    ASSERT_GE(table->rowCount(), 1);
    const QString shown = table->item(0, 0)->text();
    EXPECT_FALSE(shown.contains(QLatin1Char('B'))) << shown;
    // The locale's short date (year first, no leading zeros) and the time in 24 hours.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}/\\d{1,2}/\\d{1,2} \\d\\d:\\d\\d$")).match(shown).hasMatch())
        << shown;
}

} // namespace

// Opening a book safely from the GUI: a book another Clientele holds (the refusal, then read-only), a damaged file
// (the offer of the newest good backup, the damaged file kept aside), and automatic backups off the GUI thread.

#include "Book.h"
#include "BookOpener.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "FileDialog.h"
#include "LockHolderProcess.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "backup/BackupService.h"
#include "db/BookLock.h"
#include "db/Database.h"
#include "repo/CustomerRepository.h"
#include "trust/BackupController.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class BookSafetyUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("book.clientele"));
        QSettings().clear();
    }

    // A closed book with these customers (its write-ahead log folded into the file).
    void makeBook(const QStringList &names)
    {
        auto book = openBook(m_path);
        ASSERT_TRUE(book.ok()) << book.error().toString();
        for (const QString &name : names) {
            Customer customer;
            customer.name = name;
            ASSERT_TRUE(CustomerRepository(book.value()->connection()).create(customer).ok());
        }
    }

    QStringList names(const Database &book)
    {
        QStringList found;
        QSqlQuery query(book.connection());
        query.exec(QStringLiteral("SELECT name FROM customers ORDER BY sort_key"));
        while (query.next())
            found << query.value(0).toString();
        return found;
    }

    std::unique_ptr<MainWindow> show(std::unique_ptr<Database> book)
    {
        auto window = std::make_unique<MainWindow>(std::move(book));
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    QAction *action(MainWindow &window, const QString &name)
    {
        auto found = window.findChild<QAction *>(name);
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    QStringList damagedFiles() const
    {
        // The book itself (its -wal and -shm, when there were any, go aside beside it).
        QStringList books;
        for (const QString &name :
            QDir(m_dir.path()).entryList({ QStringLiteral("book.clientele.damaged-*") }, QDir::Files)) {
            if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
                books << name;
        }
        return books;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(BookSafetyUiTest, ABookOpenInAnotherInstanceIsRefusedNamingWhoThenOpensReadOnlyAndNothingIsWritten)
{
    makeBook({ QStringLiteral("Acme Ltd") });
    LockHolderProcess other;
    ASSERT_TRUE(other.start(m_path));
    const QByteArray before = bytesOf(m_path);
    const QDateTime modified = QFileInfo(m_path).lastModified();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    auto refused = BookOpener::open(m_path, nullptr);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(BookOpener::isCancelled(refused.error()));
    const QString asked = MessageBox::lastText();
    EXPECT_TRUE(
        asked.startsWith(QStringLiteral("The book \"%1\" is already open in another Clientele window or "
                                        "program: user %2 on ")
                             .arg(QDir::toNativeSeparators(m_path), QFileInfo(BookLock::lockPath(m_path)).owner())))
        << asked;
    EXPECT_TRUE(asked.contains(QStringLiteral(", process %1, since ").arg(other.pid()))) << asked;
    EXPECT_TRUE(asked.endsWith(QStringLiteral("You can open it read-only to look things up: nothing can be changed "
                                              "then, and the other window keeps working undisturbed.")))
        << asked;

    MessageBox::setNextAnswer(QMessageBox::Open);
    auto readOnly = BookOpener::open(m_path, nullptr);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().toString();
    ASSERT_TRUE(readOnly.value()->isReadOnly());
    {
        auto window = show(std::move(readOnly.value()));
        EXPECT_EQ(window->windowTitle(), QStringLiteral("book (read-only) — Clientele"));
        EXPECT_EQ(window->customerList()->model()->rowCount(), 1);
        for (const QString &name : { QStringLiteral("newCustomerAction"), QStringLiteral("moveToTrashAction"),
                 QStringLiteral("importAction"), QStringLiteral("exportAction"), QStringLiteral("backUpNowAction"),
                 QStringLiteral("restoreAction"), QStringLiteral("backupSettingsAction"),
                 QStringLiteral("eraseCustomerAction"), QStringLiteral("findDuplicatesAction"),
                 QStringLiteral("newActivityAction"), QStringLiteral("logComplaintAction"),
                 QStringLiteral("newQuoteAction"), QStringLiteral("letterheadAction") })
            EXPECT_FALSE(action(*window, name)->isEnabled()) << name;
        // The pages' buttons that change the book too, saying why; the customer file's Edit stays off with a
        // customer chosen, and what only reads (Export calendar) stays on.
        window->customerList()->selectCustomer(window->customerList()->model()->idAt(0));
        for (const QString &name : { QStringLiteral("editCustomerButton"), QStringLiteral("addContactButton"),
                 QStringLiteral("addNoteButton"), QStringLiteral("planActivityButton"), QStringLiteral("restoreButton"),
                 QStringLiteral("purgeButton"), QStringLiteral("newProductButton"), QStringLiteral("newQuoteButton"),
                 QStringLiteral("logComplaintButton"), QStringLiteral("complaintSettingsButton"),
                 QStringLiteral("newActivityButton"), QStringLiteral("renewButton") }) {
            auto button = window->findChild<QPushButton *>(name);
            ASSERT_NE(button, nullptr) << name.toStdString();
            EXPECT_FALSE(button->isEnabled()) << name.toStdString();
            EXPECT_EQ(button->toolTip(),
                QStringLiteral("The book is open read-only: another Clientele window or program has it open."));
        }
        EXPECT_TRUE(window->findChild<QPushButton *>(QStringLiteral("exportIcsButton"))->isEnabled());
        // The complaints' shortcuts, and the calendar's drag and drop, also for the days made when it switches to
        // a week.
        EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("complaintCallBackAction"))->isEnabled());
        EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("complaintVisitAction"))->isEnabled());
        window->showPage(MainWindow::CalendarPage);
        auto day = window->findChild<QListWidget *>(QStringLiteral("calendarDay0"));
        ASSERT_NE(day, nullptr);
        EXPECT_FALSE(day->acceptDrops());
        EXPECT_EQ(day->dragDropMode(), QAbstractItemView::NoDragDrop);
        auto dragHint = window->findChild<QLabel *>(QStringLiteral("calendarHintLabel")); // "Drag … to reschedule"
        ASSERT_NE(dragHint, nullptr);
        EXPECT_TRUE(dragHint->isHidden());
        auto span = window->findChild<QComboBox *>(QStringLiteral("calendarSpanComboBox"));
        ASSERT_NE(span, nullptr);
        span->setCurrentIndex(span->currentIndex() == 0 ? 1 : 0);
        const QList<QListWidget *> days
            = window->findChildren<QListWidget *>(QRegularExpression(QStringLiteral("^calendarDay")));
        ASSERT_FALSE(days.isEmpty());
        for (QListWidget *list : days)
            EXPECT_FALSE(list->acceptDrops()) << list->objectName().toStdString();

        // Asked for anyway (a double click in the list opens the customer for editing): refused, saying why.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window->editCustomer(window->customerList()->model()->idAt(0));
        EXPECT_EQ(MessageBox::lastText(),
            QStringLiteral("The book \"%1\" is open read-only because another Clientele window or program has it "
                           "open, so it cannot be changed here. Close it there, then open it again here to make "
                           "changes.")
                .arg(QDir::toNativeSeparators(m_path)));
        // A write that reaches the book all the same is refused by SQLite, with a message a user understands.
        Customer customer;
        customer.name = QStringLiteral("Sneaked In Ltd");
        auto created = CustomerRepository(window->database().connection()).create(customer);
        ASSERT_FALSE(created.ok());
        EXPECT_TRUE(created.error().message.contains(QStringLiteral("the book is open read-only")))
            << created.error().message;
        window->close();
    }
    EXPECT_EQ(bytesOf(m_path), before);
    EXPECT_EQ(QFileInfo(m_path).lastModified(), modified);
    EXPECT_TRUE(QDir(BackupSettings::defaultFolder(m_path)).isEmpty()); // backing up is the other window's job
}

TEST_F(BookSafetyUiTest, OpeningHoldsTheLockUntilTheWindowCloses)
{
    makeBook({ QStringLiteral("Acme Ltd") });
    auto book = BookOpener::open(m_path, nullptr);
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_FALSE(book.value()->isReadOnly());
    EXPECT_EQ(BookLock::holder(m_path).value_or(BookLock::Holder {}).pid, QCoreApplication::applicationPid());
    {
        auto window = show(std::move(book.value()));
        window->backups()->waitForBackup();
        window->close();
    }
    EXPECT_FALSE(QFileInfo::exists(BookLock::lockPath(m_path)));
}

TEST_F(BookSafetyUiTest, AGarbageFileIsOfferedItsNewestGoodBackupAndKeptAside)
{
    makeBook({ QStringLiteral("Backed Up Ltd"), QStringLiteral("Also Backed Up Ltd") });
    BackupSettings settings;
    settings.folder = BackupSettings::defaultFolder(m_path);
    auto backup = BackupService(m_path, settings).create();
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    const QByteArray garbage = QByteArray("\x01\x02 not a database \xff", 20).repeated(500);
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage);
    }

    MessageBox::setNextAnswers({ QMessageBox::Yes, QMessageBox::Ok }); // restore; then "restored"
    auto book = BookOpener::open(m_path, nullptr);
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_EQ(
        names(*book.value()), (QStringList { QStringLiteral("Also Backed Up Ltd"), QStringLiteral("Backed Up Ltd") }));
    ASSERT_EQ(damagedFiles().size(), 1);
    const QString kept = m_dir.filePath(damagedFiles().first());
    EXPECT_EQ(bytesOf(kept), garbage);
    EXPECT_EQ(MessageBox::lastText(),
        QStringLiteral("\"%1\" was restored from the backup \"%2\". The damaged file was kept as \"%3\".")
            .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(backup.value().path),
                QDir::toNativeSeparators(kept)));
}

TEST_F(BookSafetyUiTest, TheOfferNamesTheProblemAndTheBackupAndCancellingLeavesTheFileAsItWas)
{
    makeBook({ QStringLiteral("Backed Up Ltd") });
    BackupSettings settings;
    settings.folder = BackupSettings::defaultFolder(m_path);
    auto backup = BackupService(m_path, settings).create();
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    const QByteArray whole = bytesOf(m_path);
    const QByteArray truncated = whole.left(whole.size() / 2);
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(truncated);
    }

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    auto book = BookOpener::open(m_path, nullptr);
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(BookOpener::isCancelled(book.error()));
    const QString asked = MessageBox::lastText();
    EXPECT_TRUE(asked.startsWith(QStringLiteral("\"%1\" is damaged: the file is cut short (%2 bytes of the %3 its "
                                                "header gives).\n\nNothing has been written to it. The newest backup "
                                                "that passes its check was taken on ")
                                     .arg(QDir::toNativeSeparators(m_path), QLocale().toString(truncated.size()),
                                         QLocale().toString(whole.size()))))
        << asked;
    EXPECT_TRUE(asked.contains(QDir::toNativeSeparators(backup.value().path))) << asked;
    EXPECT_EQ(bytesOf(m_path), truncated);
    EXPECT_TRUE(damagedFiles().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(BookLock::lockPath(m_path)));
}

TEST_F(BookSafetyUiTest, WithoutABackupTheOfferIsAnotherBook)
{
    makeBook({ QStringLiteral("Lost Ltd") });
    const QString other = m_dir.filePath(QStringLiteral("other.clientele"));
    {
        auto book = openBook(other);
        ASSERT_TRUE(book.ok());
    }
    const QByteArray garbage(5000, char(0x42));
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage);
    }
    MessageBox::setNextAnswer(QMessageBox::Open);
    FileDialog::setNextFileName(other);
    auto book = BookOpener::open(m_path, nullptr);
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_EQ(book.value()->path(), other);
    EXPECT_TRUE(MessageBox::lastText().contains(
        QStringLiteral("Nothing has been written to it. No backup of this book was found (looked in %1).\n\nOpen "
                       "another book?")
            .arg(QDir::toNativeSeparators(BackupSettings::defaultFolder(m_path)))))
        << MessageBox::lastText();
    EXPECT_EQ(bytesOf(m_path), garbage);
}

TEST_F(BookSafetyUiTest, BackUpNowRunsOffTheGuiThreadAndIsVerified)
{
    makeBook({ QStringLiteral("Acme Ltd"), QStringLiteral("Beta Ltd") });
    auto book = openBook(m_path);
    ASSERT_TRUE(book.ok());
    auto window = show(std::move(book.value()));
    BackupController *backups = window->backups();
    backups->waitForBackup(); // the one taken when the book opened
    QSignalSpy finished(backups, &BackupController::backupFinished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(backups->backUpNow());
    EXPECT_TRUE(backups->isRunning());
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 60000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString();
    const QString message = finished.first().at(1).toString();
    const QString file = message.section(QStringLiteral("Backed up to "), 1).section(QStringLiteral(" ("), 0, 0);
    auto verified = BackupService::verify(QDir::fromNativeSeparators(file));
    ASSERT_TRUE(verified.ok()) << verified.error().toString();
    EXPECT_EQ(verified.value().customers, 2);
    EXPECT_EQ(MessageBox::lastText(), message);
}

TEST_F(BookSafetyUiTest, ClosingWaitsForARunningBackup)
{
    makeBook({ QStringLiteral("Acme Ltd") });
    auto book = openBook(m_path);
    ASSERT_TRUE(book.ok());
    auto window = show(std::move(book.value()));
    BackupController *backups = window->backups();
    backups->waitForBackup();
    QSignalSpy finished(backups, &BackupController::backupFinished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(backups->backUpNow());
    window->close(); // the backup on close waits for the running one, then takes its own
    EXPECT_FALSE(backups->isRunning());
    ASSERT_EQ(finished.count(), 2);
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString();
    EXPECT_TRUE(finished.at(1).at(0).toBool()) << finished.at(1).at(1).toString();
}

TEST_F(BookSafetyUiTest, AFailedBackupIsShownInTheStatusBarAndAMessage)
{
    makeBook({ QStringLiteral("Acme Ltd") });
    auto book = openBook(m_path);
    ASSERT_TRUE(book.ok());
    auto window = show(std::move(book.value()));
    BackupController *backups = window->backups();
    backups->waitForBackup();
    // The backup folder's place is taken by a file: nothing can be written there.
    BackupSettings settings;
    settings.folder = m_dir.filePath(QStringLiteral("blocked"));
    {
        QFile blocker(settings.folder);
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    ASSERT_TRUE(settings.save(window->database().connection()).ok());
    QSignalSpy finished(backups, &BackupController::backupFinished);
    QSignalSpy status(backups, &BackupController::statusMessage);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(backups->backUpNow());
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 60000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    const QString expected = QStringLiteral("The book was not backed up: Cannot create the backup folder \"%1\".")
                                 .arg(QDir::toNativeSeparators(settings.folder));
    EXPECT_EQ(finished.first().at(1).toString(), expected);
    EXPECT_EQ(MessageBox::lastText(), expected);
    EXPECT_EQ(status.last().at(0).toString(), expected);

    // Waited for, as closing the window does: the message comes once the progress dialog is gone (under it, it
    // could not be reached and quitting hung).
    MessageBox::setNextAnswers({ QMessageBox::Ok, QMessageBox::Ok });
    MessageBox::information(nullptr, QStringLiteral("x"), QStringLiteral("before"));
    ASSERT_TRUE(backups->backUpNow());
    backups->waitForBackup();
    EXPECT_EQ(finished.count(), 2);
    EXPECT_EQ(MessageBox::lastText(), expected);
    for (QWidget *widget : QApplication::topLevelWidgets())
        EXPECT_FALSE(widget->objectName() == QStringLiteral("backupProgressDialog") && widget->isVisible());
    settings.folder = BackupSettings::defaultFolder(m_path);
    ASSERT_TRUE(settings.save(window->database().connection()).ok()); // lets the backup on close work
}

// Closing with a backup folder that cannot be written: the failure is said in a message, and a backup that starts
// while that message is up (the schedule's, here started by hand) does not put its progress over it, where the
// message could not be answered and quitting hung (found by a review).
TEST_F(BookSafetyUiTest, AFailedBackupOnCloseLetsTheWindowClose)
{
    makeBook({ QStringLiteral("Acme Ltd") });
    auto book = openBook(m_path);
    ASSERT_TRUE(book.ok());
    auto window = show(std::move(book.value()));
    BackupController *backups = window->backups();
    backups->waitForBackup();
    BackupSettings settings;
    settings.folder = m_dir.filePath(QStringLiteral("blocked"));
    settings.onClose = true;
    {
        QFile blocker(settings.folder);
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    ASSERT_TRUE(settings.save(window->database().connection()).ok());

    int warnings = 0;
    bool progressOverAMessage = false;
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [&, poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->isVisible()) {
            if (++warnings == 1)
                backups->backUpNow(); // as the schedule would, under the message
            QTimer::singleShot(1500, box, [&, box] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (widget->objectName() == QStringLiteral("backupProgressDialog") && widget->isVisible())
                        progressOverAMessage = true;
                }
                box->accept();
            });
        }
        if (warnings < 5)
            QTimer::singleShot(100, *poll);
    };
    QTimer::singleShot(0, *poll);
    window->close();
    QElapsedTimer waited;
    waited.start();
    while (backups->isRunning() && waited.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_FALSE(window->isVisible());
    EXPECT_GE(warnings, 1);
    EXPECT_FALSE(progressOverAMessage);
}

} // namespace

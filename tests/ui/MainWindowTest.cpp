#include "MainWindow.h"
#include "Appearance.h"
#include "AssignRepDialog.h"
#include "Book.h"
#include "BulkEditDialog.h"
#include "ContactDialog.h"
#include "CustomerDialog.h"
#include "CustomerFilePanel.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "DuplicatesDialog.h"
#include "EmptyState.h"
#include "HandOverDialog.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "SalesRepsDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TagCustomersDialog.h"
#include "TiersDialog.h"
#include "TrashPanel.h"
#include "UiTestSupport.h"
#include "WelcomeDialog.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintSettingsDialog.h"
#include "demo/DemoGenerator.h"
#include "domain/PhoneNumbers.h"
#include "followups/ActivityDialog.h"
#include "followups/AgendaPanel.h"
#include "followups/CompleteActivityDialog.h"
#include "followups/ContractDialog.h"
#include "followups/FollowUpSettingsDialog.h"
#include "followups/ScheduleFollowUpsDialog.h"
#include "import/ImportWizard.h"
#include "quotes/LetterheadDialog.h"
#include "quotes/ProductDialog.h"
#include "quotes/QuoteEditor.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "search/NameOrder.h"
#include "trust/EraseDialog.h"
#include "trust/RestoreDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

namespace {

// Runs `fill` on the next modal dialog as soon as it is shown (dialogs run their own event loop).
void onNextDialog(std::function<void(QDialog *)> fill)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [fill, attempt] {
        if (auto dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            fill(dialog);
        else
            QTimer::singleShot(10, *attempt);
    };
    QTimer::singleShot(0, *attempt);
}

void typeInto(QWidget *parent, const QString &name, const QString &text)
{
    auto edit = parent->findChild<QLineEdit *>(name);
    ASSERT_NE(edit, nullptr) << name.toStdString();
    edit->clear();
    typeText(edit, text);
}

void clickSave(QDialog *dialog)
{
    auto buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// Rejects the dialog when the test's checks leave it open (a failed ASSERT returns early): use as
// `const auto closeOnFailure = rejectIfStillOpen(dialog);`.
auto rejectIfStillOpen(QDialog *dialog)
{
    return qScopeGuard([dialog] {
        if (dialog->isVisible())
            dialog->reject();
    });
}

// Selects these customers' rows as Ctrl+click would, once the list has loaded them.
void selectCustomers(CustomerListPanel *list, const QList<qint64> &ids)
{
    list->view()->selectionModel()->clearSelection();
    for (qint64 id : ids)
        list->view()->selectionModel()->select(list->model()->index(list->model()->rowOfId(id), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

// Gives the keyboard back to the list after a dialog closed (it took the window's activation with it).
void focusList(QWidget *window, CustomerListPanel *list)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    list->view()->setFocus();
}

QStringList names(const CustomerTableModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, CustomerTableModel::Name).data().toString();
    return result;
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("book.clientele"));
        QSettings().clear();
    }

    // Opens the window once in each of the app's languages and hands it to `check` with the language's name.
    template <typename Check> void inEveryLanguage(Check check)
    {
        for (const char *language : { "en", "zh_CN", "zh_TW" }) {
            QTranslator translator;
            ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/clientele_%1.qm").arg(QLatin1String(language))));
            QCoreApplication::installTranslator(&translator);
            const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
            auto window = openWindow();
            check(language, window.get());
        }
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto db = openBook(m_path);
        EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().toString().toStdString());
        auto window = std::make_unique<MainWindow>(std::move(db.value()));
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    qint64 addCustomer(MainWindow &window, const QString &name, const QString &phone = {})
    {
        Customer customer;
        customer.name = name;
        if (!phone.isEmpty())
            customer.phones << phone;
        auto id = CustomerRepository(window.database().connection()).create(customer);
        EXPECT_TRUE(id.ok());
        window.customerList()->reload();
        return id.value_or(0);
    }

    // A demo book of `customers` at m_path, closed again.
    bool makeDemoBook(int customers)
    {
        auto db = openBook(m_path);
        if (!db.ok())
            return false;
        DemoGenerator::Options options;
        options.customers = customers;
        return DemoGenerator(db.value()->connection()).generate(options).ok();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(MainWindowTest, CreatesACustomerThroughTheDialogAndFindsItBySearch)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Acme Trading Co."));
    onNextDialog([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("上海明辉贸易有限公司"));
        typeInto(dialog, QStringLiteral("phonesLineEdit"), QStringLiteral("13912345678"));
        typeInto(dialog, QStringLiteral("emailsLineEdit"), QStringLiteral("sales@minghui.cn"));
        typeInto(dialog, QStringLiteral("cityLineEdit"), QStringLiteral("上海"));
        clickSave(dialog);
    });
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);

    auto customer = CustomerRepository(window->database().connection()).find(window->customerFile()->customerId());
    ASSERT_TRUE(customer.ok());
    EXPECT_EQ(customer.value().name, QStringLiteral("上海明辉贸易有限公司"));
    EXPECT_EQ(customer.value().phones, QStringList { QStringLiteral("139 1234 5678") });
    EXPECT_EQ(customer.value().emails, QStringList { QStringLiteral("sales@minghui.cn") });

    window->activateWindow(); // the closed dialog had the focus
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    ASSERT_TRUE(search->hasFocus());
    typeText(search, QStringLiteral("明辉"));
    CustomerTableModel *model = window->customerList()->model();
    EXPECT_EVENTUALLY_EQ(names(model), QStringList { QStringLiteral("上海明辉贸易有限公司") });
    search->clear();
    typeText(search, QStringLiteral("1234 56"));
    EXPECT_EVENTUALLY_EQ(names(model), QStringList { QStringLiteral("上海明辉贸易有限公司") });
    search->clear();
    typeText(search, QStringLiteral("acme"));
    EXPECT_EVENTUALLY_EQ(names(model), QStringList { QStringLiteral("Acme Trading Co.") });
}

TEST_F(MainWindowTest, InvalidInputKeepsTheDialogOpenAndNamesTheProblem)
{
    auto window = openWindow();
    QString errorText;
    bool stillOpen = false;
    onNextDialog([&](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("Bad Email Ltd"));
        typeInto(dialog, QStringLiteral("emailsLineEdit"), QStringLiteral("not-an-address"));
        clickSave(dialog);
        stillOpen = dialog->isVisible();
        errorText = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        dialog->reject();
    });
    window->newCustomer();
    EXPECT_TRUE(stillOpen);
    EXPECT_TRUE(errorText.contains(QStringLiteral("not-an-address"))) << errorText.toStdString();
    QSqlQuery count(window->database().connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM customers")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
}

TEST_F(MainWindowTest, WarnsAboutALikelyDuplicateBeforeCreating)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("深圳华鑫电子有限公司"), QStringLiteral("138 0013 8000"));
    bool openAfterNo = false;
    onNextDialog([&](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("华鑫电子"));
        typeInto(dialog, QStringLiteral("phonesLineEdit"), QStringLiteral("+86 13800138000"));
        MessageBox::setNextAnswer(QMessageBox::No);
        clickSave(dialog);
        openAfterNo = dialog->isVisible();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        clickSave(dialog);
    });
    window->newCustomer();
    EXPECT_TRUE(openAfterNo);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("深圳华鑫电子有限公司")));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("138 0013 8000")));
    EXPECT_EQ(names(window->customerList()->model()).size(), 2);
}

TEST_F(MainWindowTest, DeleteMovesToTrashAndCtrlZBringsItBack)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Alpha"));
    const qint64 beta = addCustomer(*window, QStringLiteral("Beta"));
    addCustomer(*window, QStringLiteral("Gamma"));
    CustomerListPanel *list = window->customerList();
    list->selectCustomer(beta);
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_Delete);
    EXPECT_EQ(names(list->model()), (QStringList { QStringLiteral("Alpha"), QStringLiteral("Gamma") }));

    window->showPage(MainWindow::TrashPage);
    EXPECT_EQ(names(window->trash()->model()), QStringList { QStringLiteral("Beta") });
    window->showPage(MainWindow::CustomersPage);

    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("moved to the trash")));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(names(list->model()),
              (QStringList { QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma") }));
    // The status bar no longer says it is in the trash.
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(QStringLiteral("Undone: Move 1 customer")))
        << window->statusBar()->currentMessage();
    window->showPage(MainWindow::TrashPage);
    EXPECT_TRUE(names(window->trash()->model()).isEmpty());
}

TEST_F(MainWindowTest, ActionsOnTheSelectedCustomerWorkOnlyWhereTheListIsSeen)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Alpha"));
    const qint64 beta = addCustomer(*window, QStringLiteral("Beta"));
    ASSERT_TRUE(waitFor([&] { return window->customerList()->model()->rowOfId(beta) >= 0; }));
    // Through the selection model: selectRow() follows the keyboard modifiers an earlier test may have left held.
    CustomerListPanel *list = window->customerList();
    list->view()->selectionModel()->setCurrentIndex(list->model()->index(list->model()->rowOfId(beta), 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_EQ(list->selectedIds(), QList<qint64> { beta });
    auto trash = window->findChild<QAction *>(QStringLiteral("moveToTrashAction"));
    ASSERT_NE(trash, nullptr);
    const QStringList selectionActions { QStringLiteral("moveToTrashAction"), QStringLiteral("eraseCustomerAction"),
        QStringLiteral("exportCustomerDataAction"), QStringLiteral("scheduleFollowUpsAction"),
        QStringLiteral("assignRepAction"), QStringLiteral("tagSelectedAction"), QStringLiteral("untagSelectedAction"),
        QStringLiteral("setTierOrStageAction") };
    for (const QString &name : selectionActions)
        EXPECT_TRUE(window->findChild<QAction *>(name)->isEnabled()) << name.toStdString();

    // On the Quotes page the toolbar's "Move to trash" would have trashed Beta, out of sight.
    window->showPage(MainWindow::QuotesPage);
    for (const QString &name : selectionActions)
        EXPECT_FALSE(window->findChild<QAction *>(name)->isEnabled()) << name.toStdString();
    trash->trigger();
    EXPECT_EQ(
        names(window->customerList()->model()), (QStringList { QStringLiteral("Alpha"), QStringLiteral("Beta") }));
    EXPECT_TRUE(window->findChild<QAction *>(QStringLiteral("newCustomerAction"))->isEnabled());

    window->showPage(MainWindow::CustomersPage);
    ASSERT_TRUE(trash->isEnabled());
    trash->trigger();
    EXPECT_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("Alpha") });
}

TEST_F(MainWindowTest, TrashRestoresAndDeletesForGoodOnlyAfterConfirmation)
{
    auto window = openWindow();
    const qint64 a = addCustomer(*window, QStringLiteral("Keep Me"));
    const qint64 b = addCustomer(*window, QStringLiteral("Remove Me"));
    ASSERT_TRUE(CustomerRepository(window->database().connection()).moveToTrash({ a, b }).ok());
    window->showPage(MainWindow::TrashPage);
    TrashPanel *trash = window->trash();
    QTableView *view = trash->view();
    auto rowOf = [&](qint64 id) { return trash->model()->rowOfId(id); };

    // Its order goes with it: the question says so (found by a review: only contacts and history were named).
    QSqlQuery order(window->database().connection());
    ASSERT_TRUE(order.exec(QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, "
                                          "created_at, updated_at) VALUES ('o1', 'SO-1', %1, '2026-01-05', 'CNY', "
                                          "5434554, 't', 't')")
                               .arg(b)));
    view->selectRow(rowOf(b));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(trash->findChild<QPushButton *>(QStringLiteral("purgeButton")), Qt::LeftButton);
    EXPECT_EQ(trash->model()->rowCount(), 2);
    EXPECT_TRUE(MessageBox::lastText().contains(
        QStringLiteral("Deleted with them: 1 order(s), whose sales leave the reports.")))
        << MessageBox::lastText().toStdString();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(trash->findChild<QPushButton *>(QStringLiteral("purgeButton")), Qt::LeftButton);
    EXPECT_EQ(names(trash->model()), QStringList { QStringLiteral("Keep Me") });
    ASSERT_TRUE(order.exec(QStringLiteral("SELECT changes FROM audit_entries WHERE action = 'purge'")) && order.next());
    EXPECT_EQ(order.value(0).toString(), QStringLiteral("{\"orders_deleted\":1}"));

    view->selectRow(rowOf(a));
    QTest::mouseClick(trash->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    EXPECT_EQ(trash->model()->rowCount(), 0);
    EXPECT_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("Keep Me") });
    QSqlQuery count(window->database().connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM customers")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 1);
}

// Chinese names sort by pinyin, and the book can sort them by stroke count instead (Settings), as in Taiwan.
TEST_F(MainWindowTest, ChineseNamesSortByPinyinOrByStrokeCountAsChosenInSettings)
{
    auto window = openWindow();
    for (const QString &name :
        { QStringLiteral("謝宜君"), QStringLiteral("林美華"), QStringLiteral("王大明"), QStringLiteral("Acme Ltd") })
        addCustomer(*window, name);
    window->customerList()->reload();
    EXPECT_EQ(names(window->customerList()->model()),
        (QStringList { QStringLiteral("Acme Ltd"), QStringLiteral("林美華"), QStringLiteral("王大明"),
            QStringLiteral("謝宜君") })); // lín, wáng, xiè
    onNextDialog([](QDialog *dialog) {
        const auto closeOnFailure = rejectIfStillOpen(dialog);
        auto order = dialog->findChild<QComboBox *>(QStringLiteral("nameOrderComboBox"));
        ASSERT_NE(order, nullptr);
        EXPECT_EQ(order->currentData().toString(), QStringLiteral("pinyin"));
        order->setCurrentIndex(order->findData(QStringLiteral("stroke")));
        dialog->accept();
    });
    window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    EXPECT_EQ(names(window->customerList()->model()),
        (QStringList { QStringLiteral("Acme Ltd"), QStringLiteral("王大明"), QStringLiteral("林美華"),
            QStringLiteral("謝宜君") })); // 4, 8 and 17 strokes
}

TEST_F(MainWindowTest, ColumnsAndSortAreRememberedBetweenRuns)
{
    {
        auto window = openWindow();
        QHeaderView *header = window->customerList()->view()->horizontalHeader();
        header->setSectionHidden(CustomerTableModel::Industry, true);
        header->moveSection(header->visualIndex(CustomerTableModel::City), 1);
        header->setSortIndicator(CustomerTableModel::City, Qt::DescendingOrder);
        EXPECT_EQ(window->customerList()->model()->query().sort, CustomerSort::City);
        window->close();
    }
    auto window = openWindow();
    QHeaderView *header = window->customerList()->view()->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(CustomerTableModel::Industry));
    EXPECT_EQ(header->visualIndex(CustomerTableModel::City), 1);
    EXPECT_EQ(window->customerList()->model()->query().sort, CustomerSort::City);
    EXPECT_EQ(window->customerList()->model()->query().order, Qt::DescendingOrder);
}

// A new customer whose name sorts beyond the rows loaded is still the one Edit and Delete act on: its row is
// looked for a few pages on, and past the filter it stays current without a row (found by a review: Edit opened
// the first row's customer).
TEST_F(MainWindowTest, ACustomerBeyondTheLoadedRowsStaysTheCurrentOne)
{
    ASSERT_TRUE(makeDemoBook(650));
    auto window = openWindow();
    CustomerListPanel *list = window->customerList();
    ASSERT_EQ(list->model()->rowCount(), CustomerTableModel::PageSize);
    const qint64 late = addCustomer(*window, QStringLiteral("郑州中原新客户有限公司")); // zh: among the last
    list->selectCustomer(late);
    EXPECT_EQ(list->currentId(), late);
    EXPECT_GE(list->model()->rowOfId(late), CustomerTableModel::PageSize); // found further down
    EXPECT_EQ(list->selectedIds(), QList<qint64> { late });

    // Out of the list's filter (a search it does not match): still the current customer, with no row selected.
    auto search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("Anderson"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0 && list->model()->rowOfId(late) < 0; }));
    list->selectCustomer(late);
    EXPECT_EQ(list->currentId(), late);
    EXPECT_EQ(list->selectedIds(), QList<qint64> { late });
    list->view()->selectRow(0); // the user picks a row: that one is current again
    EXPECT_NE(list->currentId(), late);
}

TEST_F(MainWindowTest, LongListsLoadPageByPageAsTheUserScrolls)
{
    ASSERT_TRUE(makeDemoBook(650));
    auto window = openWindow();
    CustomerTableModel *model = window->customerList()->model();
    EXPECT_EQ(model->rowCount(), CustomerTableModel::PageSize);
    QTableView *view = window->customerList()->view();
    for (int i = 0; i < 10 && model->canFetchMore({}); ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(model->rowCount(), 650);
    EXPECT_FALSE(model->canFetchMore({}));
    QStringList sorted = names(model);
    QStringList expected = sorted;
    const NameOrder order(NameOrder::Kind::Pinyin); // the book's: Latin names, then Chinese ones by pinyin
    std::stable_sort(expected.begin(), expected.end(),
        [&order](const QString &a, const QString &b) { return order.key(a) < order.key(b); });
    EXPECT_EQ(sorted, expected);
}

TEST_F(MainWindowTest, ALongListCountsAllItsCustomersWhileShowingTheFirstPage)
{
    ASSERT_TRUE(makeDemoBook(650));
    auto window = openWindow();
    CustomerListPanel *list = window->customerList();
    ASSERT_TRUE(list->model()->canFetchMore({}));
    auto count = list->findChild<QLabel *>(QStringLiteral("countLabel"));
    ASSERT_NE(count, nullptr);
    // English plurals come from clientele_en.qm, which the test does not load; %Ln groups the digits.
    ASSERT_TRUE(waitFor([&] { return count->text() == QStringLiteral("650 customer(s)"); }))
        << count->text().toStdString();
    EXPECT_EQ(list->model()->rowCount(), CustomerTableModel::PageSize); // counted, not read

    addCustomer(*window, QStringLiteral("Zeta Trading")); // the list reloads: counted again
    ASSERT_TRUE(waitFor([&] { return count->text() == QStringLiteral("651 customer(s)"); }))
        << count->text().toStdString();

    auto search = list->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("Zeta"));
    ASSERT_TRUE(waitFor([&] { return count->text() == QStringLiteral("1 customer(s)"); }))
        << count->text().toStdString();
}

TEST_F(MainWindowTest, ScrollingFarKeepsOnlyRecentPagesAndReadsEarlierOnesAgain)
{
    const int customers = CustomerTableModel::PageSize * (CustomerTableModel::CachedPages + 3) + 17;
    auto db = openBook(m_path);
    ASSERT_TRUE(db.ok());
    DemoGenerator::Options options;
    options.customers = customers;
    ASSERT_TRUE(DemoGenerator(db.value()->connection()).generate(options).ok());
    QStringList expected;
    QSqlQuery query(db.value()->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name FROM customers ORDER BY sort_key, id")));
    while (query.next())
        expected << query.value(0).toString();

    CustomerTableModel model(db.value()->connection());
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), customers);
    // Read from the end back to the start, so that the first pages were evicted and must be read again.
    QStringList shown;
    for (int row = customers - 1; row >= 0; --row)
        shown.prepend(model.index(row, CustomerTableModel::Name).data().toString());
    EXPECT_EQ(shown, expected);
}

TEST_F(MainWindowTest, ContactsAndNotesAddedOnTheCustomerFileShowAndAreSearchable)
{
    auto window = openWindow();
    const qint64 id = addCustomer(*window, QStringLiteral("Northwind Foods"));
    window->customerList()->selectCustomer(id);
    CustomerFilePanel *file = window->customerFile();
    ASSERT_EQ(file->customerId(), id);

    onNextDialog([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("contactNameLineEdit"), QStringLiteral("李娜"));
        typeInto(dialog, QStringLiteral("contactTitleLineEdit"), QStringLiteral("采购经理"));
        typeInto(dialog, QStringLiteral("contactPhonesLineEdit"), QStringLiteral("186 1234 0000"));
        typeInto(dialog, QStringLiteral("contactEmailLineEdit"), QStringLiteral("lina@northwind.cn"));
        auto buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("addContactButton")), Qt::LeftButton);
    auto contacts = file->findChild<QTableWidget *>(QStringLiteral("contactsTableWidget"));
    ASSERT_EQ(contacts->rowCount(), 1);
    EXPECT_EQ(contacts->item(0, 0)->text(), QStringLiteral("李娜 ★")); // the first contact is the primary one
    EXPECT_EQ(contacts->item(0, 2)->text(), QStringLiteral("186 1234 0000"));

    onNextDialog([](QDialog *dialog) {
        typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit")), QStringLiteral("Sent samples"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("addNoteButton")), Qt::LeftButton);
    auto timeline = file->findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
    QStringList entries;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        entries << timeline->topLevelItem(i)->text(1);
    EXPECT_TRUE(entries.filter(QStringLiteral("Sent samples")).size() == 1) << entries.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(entries.filter(QStringLiteral("李娜")).size() == 1) << entries.join(QLatin1Char('|')).toStdString();

    auto search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    typeText(search, QStringLiteral("李娜"));
    EXPECT_EVENTUALLY_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("Northwind Foods") });
    search->clear();
    typeText(search, QStringLiteral("1234 0000"));
    EXPECT_EVENTUALLY_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("Northwind Foods") });
}

TEST_F(MainWindowTest, FiltersNarrowTheList)
{
    auto window = openWindow();
    auto db = window->database().connection();
    const qint64 owner = LookupRepository(db).addOwner(QStringLiteral("Li Na")).value_or(0);
    Customer a;
    a.name = QStringLiteral("Tier A Co");
    a.tier = QStringLiteral("A");
    a.ownerId = owner;
    Customer b;
    b.name = QStringLiteral("Tier B Co");
    b.tier = QStringLiteral("B");
    ASSERT_TRUE(CustomerRepository(db).create(a).ok());
    ASSERT_TRUE(CustomerRepository(db).create(b).ok());
    window->customerList()->reload();
    auto tier = window->findChild<QComboBox *>(QStringLiteral("tierFilterComboBox"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("B")));
    EXPECT_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("Tier B Co") });
    tier->setCurrentIndex(0);
    auto ownerFilter = window->findChild<QComboBox *>(QStringLiteral("ownerFilterComboBox"));
    ownerFilter->setCurrentIndex(ownerFilter->findData(owner));
    EXPECT_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("Tier A Co") });
}

TEST_F(MainWindowTest, CustomerTiersAreEditedFromTheEditMenuAndRenamedTiersKeepTheirCustomers)
{
    auto window = openWindow();
    const QSqlDatabase db = window->database().connection();
    Customer a;
    a.name = QStringLiteral("Tier A Co");
    a.tier = QStringLiteral("A");
    Customer c;
    c.name = QStringLiteral("Tier C Co");
    c.tier = QStringLiteral("C");
    const qint64 aId = CustomerRepository(db).create(a).value_or(0);
    ASSERT_TRUE(CustomerRepository(db).create(c).ok());
    window->customerList()->reload();
    bool shown = false;
    onNextDialog([&shown](QDialog *dialog) {
        shown = true;
        const auto closeOnFailure = rejectIfStillOpen(dialog); // a failed ASSERT must not leave it open
        auto table = dialog->findChild<QTableWidget *>(QStringLiteral("tiersTableWidget"));
        ASSERT_NE(table, nullptr);
        ASSERT_EQ(table->rowCount(), 3);
        EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("1")); // customers with tier A
        table->item(0, 0)->setText(QStringLiteral("Gold"));
        // C still has a customer: it stays, with the reason shown.
        table->setCurrentCell(2, 0);
        dialog->findChild<QPushButton *>(QStringLiteral("removeTierButton"))->click();
        EXPECT_EQ(table->rowCount(), 3);
        auto error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        EXPECT_TRUE(error->isVisible());
        EXPECT_TRUE(error->text().contains(QStringLiteral("\"C\""))) << error->text();
        // A new tier, moved to the top.
        dialog->findChild<QPushButton *>(QStringLiteral("addTierButton"))->click();
        ASSERT_EQ(table->rowCount(), 4);
        // Its name is open for typing, as after a double-click.
        auto editor = table->viewport()->findChild<QLineEdit *>();
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Platinum"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits Return's text on the next turn of the event loop
        EXPECT_EQ(table->item(3, 0)->text(), QStringLiteral("Platinum"));
        for (int i = 0; i < 3; ++i)
            dialog->findChild<QPushButton *>(QStringLiteral("moveTierUpButton"))->click();
        clickSave(dialog);
        EXPECT_EQ(dialog->result(), int(QDialog::Accepted));
    });
    window->findChild<QAction *>(QStringLiteral("customerTiersAction"))->trigger();
    ASSERT_TRUE(shown);
    EXPECT_EQ(LookupRepository(db).tiers().value_or({}),
        (QStringList { QStringLiteral("Platinum"), QStringLiteral("Gold"), QStringLiteral("B"), QStringLiteral("C") }));
    EXPECT_EQ(CustomerRepository(db).find(aId).value().tier, QStringLiteral("Gold"));
    auto tier = window->findChild<QComboBox *>(QStringLiteral("tierFilterComboBox"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("Gold")));
    EXPECT_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("Tier A Co") });
}

TEST_F(MainWindowTest, SalesRepsAreAddedFromTheEditMenuAndOfferedAsOwners)
{
    // A new book has no sales reps: they are added here before customers can be given to them.
    auto window = openWindow();
    const QSqlDatabase db = window->database().connection();
    ASSERT_TRUE(LookupRepository(db).owners().value_or({}).isEmpty());
    bool shown = false;
    onNextDialog([&shown](QDialog *dialog) {
        shown = true;
        const auto closeOnFailure = rejectIfStillOpen(dialog); // a failed ASSERT must not leave it open
        auto table = dialog->findChild<QTableWidget *>(QStringLiteral("salesRepsTableWidget"));
        ASSERT_NE(table, nullptr);
        ASSERT_EQ(table->rowCount(), 0);
        dialog->findChild<QPushButton *>(QStringLiteral("addRepButton"))->click();
        ASSERT_EQ(table->rowCount(), 1);
        auto editor = table->viewport()->findChild<QLineEdit *>();
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        typeText(editor, QStringLiteral("张敏"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits Return's text on the next turn of the event loop
        table->item(0, 1)->setText(QStringLiteral("not an address"));
        clickSave(dialog);
        auto error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        EXPECT_TRUE(error->isVisible());
        EXPECT_TRUE(error->text().startsWith(QStringLiteral("张敏: "))) << error->text();
        table->item(0, 1)->setText(QStringLiteral("zhang.min@example.cn"));
        clickSave(dialog);
        EXPECT_EQ(dialog->result(), int(QDialog::Accepted));
    });
    window->findChild<QAction *>(QStringLiteral("salesRepsAction"))->trigger();
    ASSERT_TRUE(shown);
    const QList<Owner> owners = LookupRepository(db).owners().value_or({});
    ASSERT_EQ(owners.size(), 1);
    EXPECT_EQ(owners.first().name, QStringLiteral("张敏"));
    EXPECT_EQ(owners.first().email, QStringLiteral("zhang.min@example.cn"));
    auto ownerFilter = window->findChild<QComboBox *>(QStringLiteral("ownerFilterComboBox"));
    EXPECT_GE(ownerFilter->findData(owners.first().id), 0);
}

TEST_F(MainWindowTest, ALeavingRepsCustomersAreHandedOverAndThenTheRepIsRemoved)
{
    auto window = openWindow();
    const QSqlDatabase db = window->database().connection();
    const qint64 li = LookupRepository(db).addOwner(QStringLiteral("李娜")).value_or(0);
    const qint64 wang = LookupRepository(db).addOwner(QStringLiteral("王伟")).value_or(0);
    for (const QString &name : { QStringLiteral("Acme"), QStringLiteral("星辰贸易") }) {
        Customer customer;
        customer.name = name;
        customer.ownerId = li;
        ASSERT_TRUE(CustomerRepository(db).create(customer).ok());
    }
    window->customerList()->reloadFilterChoices();
    bool shown = false;
    onNextDialog([&shown, wang](QDialog *dialog) {
        shown = true;
        const auto closeOnFailure = rejectIfStillOpen(dialog); // a failed ASSERT must not leave it open
        auto table = dialog->findChild<QTableWidget *>(QStringLiteral("salesRepsTableWidget"));
        ASSERT_NE(table, nullptr);
        ASSERT_EQ(table->rowCount(), 2);
        ASSERT_EQ(table->item(0, 0)->text(), QStringLiteral("李娜"));
        EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("2"));
        table->setCurrentCell(0, 0);
        // Li Na still owns customers: she cannot be removed yet.
        dialog->findChild<QPushButton *>(QStringLiteral("removeRepButton"))->click();
        EXPECT_EQ(table->rowCount(), 2);
        bool handOverShown = false;
        onNextDialog([&handOverShown, wang](QDialog *handOver) {
            handOverShown = true;
            const auto closeHandOverOnFailure = qScopeGuard([handOver] {
                auto dialog = qobject_cast<HandOverDialog *>(handOver);
                if (handOver->isVisible() && !(dialog && dialog->isRunning())) // a running handover ends by itself
                    handOver->reject();
            });
            ASSERT_EQ(handOver->objectName(), QStringLiteral("handOverDialog"));
            auto to = handOver->findChild<QComboBox *>(QStringLiteral("handOverToComboBox"));
            ASSERT_EQ(to->count(), 1); // only the other rep
            EXPECT_EQ(to->currentData().toLongLong(), wang);
            EXPECT_EQ(handOver->findChild<QLabel *>(QStringLiteral("handOverWorkLabel"))->text(),
                QStringLiteral("What moves: 2 customer(s)."));
            handOver->findChild<QPushButton *>(QStringLiteral("handOverButton"))->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("handOverButton"))->click();
        ASSERT_TRUE(handOverShown);
        EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("0"));
        EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("2"));
        auto note = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        EXPECT_TRUE(note->isVisible());
        EXPECT_EQ(note->text(), QStringLiteral("Handed over to 王伟: 2 customer(s)."));
        // Now she can go.
        table->setCurrentCell(0, 0);
        dialog->findChild<QPushButton *>(QStringLiteral("removeRepButton"))->click();
        EXPECT_EQ(table->rowCount(), 1);
        clickSave(dialog);
        EXPECT_EQ(dialog->result(), int(QDialog::Accepted));
    });
    window->findChild<QAction *>(QStringLiteral("salesRepsAction"))->trigger();
    ASSERT_TRUE(shown);
    const auto count = [&db](const QString &sql, qint64 id) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    };
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM customers WHERE owner_id = ?"), wang), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM owners WHERE id = ? AND deleted_at IS NOT NULL"), li), 1);
    auto ownerFilter = window->findChild<QComboBox *>(QStringLiteral("ownerFilterComboBox"));
    EXPECT_LT(ownerFilter->findData(li), 0);
    ownerFilter->setCurrentIndex(ownerFilter->findData(wang));
    EXPECT_EQ(names(window->customerList()->model()).size(), 2);
}

TEST_F(MainWindowTest, SelectedCustomersAreAssignedToARepAndCtrlZGivesThemBack)
{
    auto window = openWindow();
    const QSqlDatabase db = window->database().connection();
    const qint64 li = LookupRepository(db).addOwner(QStringLiteral("李娜")).value_or(0);
    const qint64 wang = LookupRepository(db).addOwner(QStringLiteral("王伟")).value_or(0);
    QList<qint64> ids;
    for (const QString &name : { QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma") }) {
        Customer customer;
        customer.name = name;
        customer.ownerId = li;
        ids << CustomerRepository(db).create(customer).value_or(0);
    }
    CustomerListPanel *list = window->customerList();
    list->reload();
    ASSERT_TRUE(waitFor([&] { return list->model()->rowOfId(ids[2]) >= 0; }));
    selectCustomers(list, { ids[0], ids[2] }); // Alpha and Gamma
    ASSERT_EQ(list->selectedIds().size(), 2);
    const auto ownerOf = [&db](qint64 id) { return CustomerRepository(db).find(id).value_or(Customer {}).ownerId; };
    bool shown = false;
    onNextDialog([&shown, wang](QDialog *dialog) {
        shown = true;
        const auto closeOnFailure = rejectIfStillOpen(dialog); // a failed ASSERT must not leave it open
        ASSERT_EQ(dialog->objectName(), QStringLiteral("assignRepDialog"));
        auto rep = dialog->findChild<QComboBox *>(QStringLiteral("repComboBox"));
        rep->setCurrentIndex(rep->findData(wang));
        ASSERT_EQ(rep->currentData().toLongLong(), wang);
        EXPECT_TRUE(dialog->findChild<QCheckBox *>(QStringLiteral("openWorkCheckBox"))->isChecked());
        dialog->findChild<QPushButton *>(QStringLiteral("assignButton"))->click();
    });
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(shown);
    EXPECT_EQ(ownerOf(ids[0]), wang);
    EXPECT_EQ(ownerOf(ids[1]), li);
    EXPECT_EQ(ownerOf(ids[2]), wang);
    auto ownerFilter = window->findChild<QComboBox *>(QStringLiteral("ownerFilterComboBox"));
    ownerFilter->setCurrentIndex(ownerFilter->findData(wang));
    EXPECT_EQ(names(list->model()), (QStringList { QStringLiteral("Alpha"), QStringLiteral("Gamma") }));

    focusList(window.get(), list);
    QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier);
    for (qint64 id : ids)
        EXPECT_EQ(ownerOf(id), li);
    EXPECT_TRUE(names(list->model()).isEmpty()); // the filter still shows Wang Wei's customers: none now
}

TEST_F(MainWindowTest, SelectedCustomersAreTaggedAndUntaggedWithUndo)
{
    auto window = openWindow();
    const QSqlDatabase db = window->database().connection();
    QList<qint64> ids;
    for (const QString &name : { QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma") }) {
        Customer customer;
        customer.name = name;
        customer.tags = name == QStringLiteral("Gamma") ? QStringList { QStringLiteral("展会2026") } : QStringList {};
        ids << CustomerRepository(db).create(customer).value_or(0);
    }
    CustomerListPanel *list = window->customerList();
    list->reload();
    ASSERT_TRUE(waitFor([&] { return list->model()->rowOfId(ids[2]) >= 0; }));
    const auto tagsOf = [&db](qint64 id) { return CustomerRepository(db).find(id).value_or(Customer {}).tags; };
    const auto answer = [](const QString &tag, bool editable) {
        onNextDialog([tag, editable](QDialog *dialog) {
            const auto closeOnFailure = rejectIfStillOpen(dialog); // a failed ASSERT must not leave it open
            ASSERT_EQ(dialog->objectName(), QStringLiteral("tagCustomersDialog"));
            auto combo = dialog->findChild<QComboBox *>(QStringLiteral("tagComboBox"));
            EXPECT_EQ(combo->isEditable(), editable);
            if (editable) {
                auto ok = dialog->findChild<QPushButton *>(QStringLiteral("tagOkButton"));
                EXPECT_FALSE(ok->isEnabled()); // nothing typed yet
                typeText(combo->lineEdit(), QStringLiteral("VIP, gold"));
                EXPECT_FALSE(ok->isEnabled()); // one tag cannot hold a list separator
                EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("tagProblemLabel"))->isVisibleTo(dialog));
                combo->lineEdit()->clear();
                typeText(combo->lineEdit(), tag);
                EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("tagProblemLabel"))->isVisibleTo(dialog));
            } else {
                combo->setCurrentIndex(combo->findText(tag));
            }
            dialog->findChild<QPushButton *>(QStringLiteral("tagOkButton"))->click();
        });
    };
    selectCustomers(list, ids);
    answer(QStringLiteral("展会2026"), true);
    list->view()->setFocus();
    QTest::keyClick(list->view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    for (qint64 id : ids)
        EXPECT_EQ(tagsOf(id), QStringList { QStringLiteral("展会2026") });
    auto tagFilter = window->findChild<QComboBox *>(QStringLiteral("tagFilterComboBox"));
    ASSERT_GE(tagFilter->findText(QStringLiteral("展会2026")), 0);

    // Ctrl+Z takes it from Alpha and Beta only: Gamma had it before.
    focusList(window.get(), list);
    QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(tagsOf(ids[0]).isEmpty());
    EXPECT_TRUE(tagsOf(ids[1]).isEmpty());
    EXPECT_EQ(tagsOf(ids[2]), QStringList { QStringLiteral("展会2026") });

    selectCustomers(list, ids);
    answer(QStringLiteral("展会2026"), false);
    window->findChild<QAction *>(QStringLiteral("untagSelectedAction"))->trigger();
    for (qint64 id : ids)
        EXPECT_TRUE(tagsOf(id).isEmpty());
}

TEST_F(MainWindowTest, SelectedCustomersGetATierOrStageAndCtrlZPutsBackEach)
{
    auto window = openWindow();
    const QSqlDatabase db = window->database().connection();
    QList<qint64> ids;
    for (const auto &[name, tier] : { std::pair { "Alpha", "A" }, { "Beta", "B" }, { "Gamma", "C" } }) {
        Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.tier = QString::fromUtf8(tier);
        ids << CustomerRepository(db).create(customer).value_or(0);
    }
    CustomerListPanel *list = window->customerList();
    list->reload();
    ASSERT_TRUE(waitFor([&] { return list->model()->rowOfId(ids[2]) >= 0; }));
    selectCustomers(list, { ids[0], ids[1] });
    bool shown = false;
    onNextDialog([&shown](QDialog *dialog) {
        shown = true;
        const auto closeOnFailure = rejectIfStillOpen(dialog); // a failed ASSERT must not leave it open
        ASSERT_EQ(dialog->objectName(), QStringLiteral("bulkEditDialog"));
        auto ok = dialog->findChild<QPushButton *>(QStringLiteral("bulkEditOkButton"));
        EXPECT_FALSE(ok->isEnabled()); // nothing chosen yet
        auto tier = dialog->findChild<QComboBox *>(QStringLiteral("tierComboBox"));
        tier->setCurrentIndex(tier->findText(QStringLiteral("C")));
        auto stage = dialog->findChild<QComboBox *>(QStringLiteral("stageComboBox"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("prospect")));
        ASSERT_TRUE(ok->isEnabled());
        ok->click();
    });
    window->findChild<QAction *>(QStringLiteral("setTierOrStageAction"))->trigger();
    ASSERT_TRUE(shown);
    const auto state = [&db](qint64 id) {
        const Customer customer = CustomerRepository(db).find(id).value_or(Customer {});
        return customer.tier + QLatin1Char(':') + toString(customer.stage);
    };
    EXPECT_EQ(state(ids[0]), QStringLiteral("C:prospect"));
    EXPECT_EQ(state(ids[1]), QStringLiteral("C:prospect"));
    EXPECT_EQ(state(ids[2]), QStringLiteral("C:lead"));

    focusList(window.get(), list);
    QTest::keyClick(list->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(state(ids[0]), QStringLiteral("A:lead"));
    EXPECT_EQ(state(ids[1]), QStringLiteral("B:lead"));
}

TEST_F(MainWindowTest, OpenRecentListsTheLastBooksAndOpensTheChosenOne)
{
    auto window = openWindow();
    const QString other = m_dir.filePath(QStringLiteral("其他公司.clientele"));
    QFile(other).open(QIODevice::WriteOnly);
    Preferences::setLastBook(m_dir.filePath(QStringLiteral("gone.clientele")));
    Preferences::setLastBook(other);
    Preferences::setLastBook(m_path);
    Preferences::setLastBook(other); // again: moved to the front, not listed twice
    EXPECT_EQ(
        Preferences::recentBooks(), (QStringList { other, m_path, m_dir.filePath(QStringLiteral("gone.clientele")) }));

    auto menu = window->findChild<QMenu *>(QStringLiteral("recentBooksMenu"));
    ASSERT_NE(menu, nullptr);
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    ASSERT_EQ(actions.size(), 5); // three books, a separator, Clear the list
    EXPECT_EQ(actions[0]->text(), QStringLiteral("&1 其他公司"));
    EXPECT_TRUE(actions[0]->isEnabled());
    EXPECT_TRUE(actions[1]->isChecked()); // the open book
    EXPECT_FALSE(actions[1]->isEnabled());
    EXPECT_EQ(actions[2]->text(), QStringLiteral("&3 gone (not found)"));
    EXPECT_FALSE(actions[2]->isEnabled());

    QSignalSpy opened(window.get(), &MainWindow::openBookRequested);
    actions[0]->trigger();
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toString(), other);

    window->findChild<QAction *>(QStringLiteral("clearRecentBooksAction"))->trigger();
    EXPECT_TRUE(Preferences::recentBooks().isEmpty());
    emit menu->aboutToShow();
    EXPECT_FALSE(menu->actions().first()->isEnabled()); // "No books yet"
}

TEST_F(MainWindowTest, KeyboardShortcutsAreListedFromTheMenus)
{
    auto window = openWindow();
    QStringList rows;
    onNextDialog([&rows](QDialog *dialog) {
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        auto table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTableWidget"));
        ASSERT_NE(table, nullptr);
        for (int row = 0; row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text() + QLatin1Char('|')
                    + table->item(row, 2)->text();
    });
    window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"))->trigger();
    EXPECT_TRUE(rows.contains(QStringLiteral("Edit|New customer|Ctrl+N"))) << rows.join(QLatin1Char('\n'));
    EXPECT_TRUE(rows.contains(QStringLiteral("Edit|Assign to a sales rep|Ctrl+Shift+O")));
    EXPECT_TRUE(rows.contains(QStringLiteral("Edit|Tag the selected customers|Ctrl+Shift+T")));
    EXPECT_TRUE(rows.contains(QStringLiteral("View|Customers|Ctrl+1")));
    EXPECT_TRUE(rows.contains(QStringLiteral("Customer list|Open the selected customer|Return")));
    for (const QString &row : std::as_const(rows))
        EXPECT_FALSE(row.contains(QLatin1Char('&')) || row.contains(QChar(0x2026))) << row;
}

TEST_F(MainWindowTest, EnterOpensTheCustomerForEditing)
{
    auto window = openWindow();
    const qint64 id = addCustomer(*window, QStringLiteral("Old Name"));
    window->customerList()->selectCustomer(id);
    window->customerList()->view()->setFocus();
    onNextDialog([](QDialog *dialog) {
        auto name = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        EXPECT_EQ(name->text(), QStringLiteral("Old Name"));
        typeInto(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("New Name"));
        clickSave(dialog);
    });
    QTest::keyClick(window->customerList()->view(), Qt::Key_Return);
    EXPECT_EQ(names(window->customerList()->model()), QStringList { QStringLiteral("New Name") });
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("customerTitleLabel"))->text(), QStringLiteral("New Name"));
}

// A renamed customer moves to its place in the list sorted by name, and stays selected (it kept its old place
// until the list was sorted again).
TEST_F(MainWindowTest, ARenamedCustomerMovesToItsPlaceInTheList)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Beta"));
    const qint64 id = addCustomer(*window, QStringLiteral("Alpha"));
    addCustomer(*window, QStringLiteral("Delta"));
    ASSERT_EQ(names(window->customerList()->model()),
        (QStringList { QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Delta") }));
    window->customerList()->selectCustomer(id);
    window->customerList()->view()->setFocus();
    onNextDialog([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("Charlie"));
        clickSave(dialog);
    });
    QTest::keyClick(window->customerList()->view(), Qt::Key_Return);
    EXPECT_EQ(names(window->customerList()->model()),
        (QStringList { QStringLiteral("Beta"), QStringLiteral("Charlie"), QStringLiteral("Delta") }));
    const QModelIndexList selected = window->customerList()->view()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().row(), 1);
}

} // namespace
// A laptop screen 1,280 pixels wide holds the whole window, the customer list beside the customer file, in
// every language: no page asks for more width than that.
TEST_F(MainWindowTest, TheWindowFitsAScreen1280PixelsWideInEveryLanguage)
{
    inEveryLanguage([&](const char *language, MainWindow *window) {
        EXPECT_LE(window->minimumSizeHint().width(), 1280) << language;
        auto pages = window->findChild<QStackedWidget *>();
        ASSERT_TRUE(pages);
        for (int i = 0; i < pages->count(); ++i)
            EXPECT_LE(pages->widget(i)->minimumSizeHint().width(), 1100)
                << language << " " << pages->widget(i)->metaObject()->className();
    });
}

TEST_F(MainWindowTest, EveryAltLetterReachesOneThingInEveryLanguage)
{
    inEveryLanguage([&](const char *language, MainWindow *window) {
        // Within each menu, each letter once: a repeated letter only moves between the items that share it.
        QSet<QChar> menuBarLetters;
        for (QAction *menuAction : window->menuBar()->actions()) {
            menuBarLetters << altLetter(menuAction->text());
            QHash<QChar, QString> seen;
            for (QAction *action : menuAction->menu()->actions()) {
                const QChar letter = altLetter(action->text());
                if (letter.isNull())
                    continue;
                EXPECT_FALSE(seen.contains(letter))
                    << language << ": " << action->text().toStdString() << " and " << seen.value(letter).toStdString();
                seen.insert(letter, action->text());
            }
        }
        // A button or check box on a page with a menu's letter takes Alt+letter from the menu bar.
        auto pages = window->findChild<QStackedWidget *>();
        ASSERT_TRUE(pages);
        for (QAbstractButton *button : pages->findChildren<QAbstractButton *>()) {
            EXPECT_FALSE(menuBarLetters.contains(altLetter(button->text())))
                << language << ": " << button->text().toStdString() << " on "
                << button->window()->objectName().toStdString();
        }
        for (QLabel *label : pages->findChildren<QLabel *>()) {
            if (label->buddy()) {
                EXPECT_FALSE(menuBarLetters.contains(altLetter(label->text())))
                    << language << ": " << label->text().toStdString();
            }
        }
    });
}

TEST_F(MainWindowTest, KeyboardGoesToThePagesListAndFromSearchToTheResults)
{
    auto window = openWindow();
    addCustomer(*window, QStringLiteral("Acme Trading Co."));
    addCustomer(*window, QStringLiteral("Acme Tools Ltd."));
    window->customerList()->model()->reload();

    // Ctrl+3 shows the Agenda with the keyboard in its list, not in the "Show:" filter above it.
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_TRUE(window->agenda()->view()->hasFocus())
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "nothing");
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_TRUE(window->customerList()->view()->hasFocus());

    // Ctrl+F, a search, then Down: the keyboard is on the first result, not still in the search field.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    ASSERT_TRUE(search->hasFocus());
    typeText(search, QStringLiteral("acme"));
    EXPECT_EVENTUALLY_EQ(names(window->customerList()->model()).size(), 2);
    window->customerList()->view()->setCurrentIndex({});
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_TRUE(window->customerList()->view()->hasFocus());
    EXPECT_EQ(window->customerList()->view()->currentIndex().row(), 0);
    EXPECT_EQ(search->text(), QStringLiteral("acme"));
}

TEST_F(MainWindowTest, ActionsOnTheSelectedCustomersWaitForACustomer)
{
    auto window = openWindow();
    auto trash = window->findChild<QAction *>(QStringLiteral("moveToTrashAction"));
    ASSERT_NE(trash, nullptr);
    window->customerList()->model()->reload();
    ASSERT_TRUE(waitFor([&] { return window->customerList()->model()->rowCount() == 0; }));
    EXPECT_FALSE(trash->isEnabled()) << "an empty book has nothing to move to the trash";

    addCustomer(*window, QStringLiteral("Acme Trading Co."));
    window->customerList()->model()->reload();
    ASSERT_TRUE(waitFor([&] { return window->customerList()->model()->rowCount() == 1; }));
    window->customerList()->view()->setCurrentIndex(window->customerList()->model()->index(0, 0));
    EXPECT_TRUE(trash->isEnabled());
    window->showPage(MainWindow::AgendaPage);
    EXPECT_FALSE(trash->isEnabled());
}

// The colours of the fully drawn pixels of an icon (its edges are blended with the background).
QSet<QRgb> inkOf(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(QSize(24, 24), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> ink;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                ink.insert(image.pixel(x, y));
    return ink;
}

TEST_F(MainWindowTest, EveryPageHasAnIconOfItsOwnDrawnInTheTextColour)
{
    auto window = openWindow();
    const auto system = qScopeGuard([] { Appearance::apply(Appearance::Mode::System); });
    auto navigation = window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), MainWindow::TrashPage + 1);

    for (const auto mode : { Appearance::Mode::Light, Appearance::Mode::Dark }) {
        Appearance::apply(mode);
        const QPalette palette = QApplication::palette();
        QList<QImage> seen;
        for (int row = 0; row < navigation->count(); ++row) {
            const QListWidgetItem *item = navigation->item(row);
            const QImage image = item->icon().pixmap(QSize(24, 24)).toImage();
            EXPECT_FALSE(seen.contains(image)) << item->text().toStdString() << " has another page's icon";
            seen << image;
            EXPECT_EQ(inkOf(item->icon(), QIcon::Normal), QSet<QRgb> { palette.color(QPalette::Text).rgb() })
                << item->text().toStdString();
            EXPECT_EQ(
                inkOf(item->icon(), QIcon::Selected), QSet<QRgb> { palette.color(QPalette::HighlightedText).rgb() })
                << item->text().toStdString();
        }
    }

    // On screen, in the dark: the Agenda's icon (not selected) is drawn in the list's light text colour.
    const QRect row = navigation->visualItemRect(navigation->item(MainWindow::AgendaPage));
    const QImage shown = navigation->viewport()->grab(row).toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb text = navigation->palette().color(QPalette::Text).rgb();
    int inked = 0;
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < navigation->iconSize().width() + 8; ++x)
            inked += shown.pixel(x, y) == text;
    EXPECT_GT(inked, 10);
}

// Every tab of every tab widget shown in `root`, one after the other, nested ones included; `check` runs on each.
void throughEveryTab(QWidget *root, const std::function<void(const QString &)> &check)
{
    check(QString());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(root))
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            check(tabs->tabText(i));
        }
        tabs->setCurrentIndex(shown);
    }
}

// NVDA, VoiceOver and Orca read a control's accessible name: a search field or a table without one is "edit" or
// "table". Every page with each of its tabs, and every dialog, with a book full of data.
TEST_F(MainWindowTest, EveryControlTheKeyboardReachesHasANameForScreenReaders)
{
    ASSERT_TRUE(makeDemoBook(300));
    auto window = openWindow();
    for (int page = 0; page <= MainWindow::TrashPage; ++page) {
        window->showPage(MainWindow::Page(page));
        QTest::qWait(200);
        throughEveryTab(window.get(), [&](const QString &tab) {
            EXPECT_EQ(unnamedControls(window.get()).join(QStringLiteral("; ")).toStdString(), "")
                << "page " << page << " " << tab.toStdString();
        });
    }
    QSqlDatabase db = window->database().connection();
    const qint64 customer = window->customerList()->model()->idAt(0);
    Activity activity;
    activity.customerId = customer;
    Contract contract;
    contract.customerId = customer;
    std::vector<std::pair<const char *, std::function<QWidget *()>>> dialogs {
        { "QuoteEditor", [&] { return new QuoteEditor(db, 0, customer); } },
        { "LetterheadDialog", [&] { return new LetterheadDialog(db); } },
        { "ProductDialog", [&] { return new ProductDialog(db, 0); } },
        { "ContactDialog",
            [&] {
                Contact c;
                c.customerId = customer;
                return new ContactDialog(db, c);
            } },
        { "WelcomeDialog", [&] { return new WelcomeDialog(); } },
        { "TagCustomersDialog", [&] { return new TagCustomersDialog(db, 2, TagCustomersDialog::Add); } },
        { "DuplicatesDialog", [&] { return new DuplicatesDialog(db); } },
        { "CustomerDialog new", [&] { return new CustomerDialog(db, 0); } },
        { "CustomerDialog edit", [&] { return new CustomerDialog(db, customer); } },
        { "TiersDialog", [&] { return new TiersDialog(db); } },
        { "SalesRepsDialog", [&] { return new SalesRepsDialog(db); } },
        { "ComplaintDialog new", [&] { return new ComplaintDialog(db, 0, customer); } },
        { "ComplaintSettingsDialog", [&] { return new ComplaintSettingsDialog(db); } },
        { "ImportWizard", [&] { return new ImportWizard(m_path, db); } },
        { "AssignRepDialog", [&] { return new AssignRepDialog(db, 2); } },
        { "BulkEditDialog", [&] { return new BulkEditDialog(db, 2); } },
        { "EraseDialog", [&] { return new EraseDialog(db, customer); } },
        { "RestoreDialog", [&] { return new RestoreDialog(window->database()); } },
        { "CompleteActivityDialog", [&] { return new CompleteActivityDialog(db, activity); } },
        { "ContractDialog", [&] { return new ContractDialog(db, contract, ContractDialog::Mode::New); } },
        { "FollowUpSettingsDialog", [&] { return new FollowUpSettingsDialog(db); } },
        { "ScheduleFollowUpsDialog", [&] { return new ScheduleFollowUpsDialog(db, { customer }); } },
        { "ActivityDialog", [&] { return new ActivityDialog(db, activity); } },
        { "SettingsDialog", [&] { return new SettingsDialog(); } },
        { "ShortcutsDialog", [&] { return new ShortcutsDialog(window->menuBar()); } },
    };
    for (auto &[name, make] : dialogs) {
        std::unique_ptr<QWidget> dialog(make());
        dialog->show();
        QTest::qWait(100);
        throughEveryTab(dialog.get(), [&](const QString &tab) {
            EXPECT_EQ(unnamedControls(dialog.get()).join(QStringLiteral("; ")).toStdString(), "")
                << name << " " << tab.toStdString();
        });
    }
}

// A new book's pages say why they are empty and what to do, and offer no button that needs a row.
TEST_F(MainWindowTest, AnEmptyBookSaysWhatToDoAndOffersNothingThatNeedsARow)
{
    auto window = openWindow();
    QTableView *list = window->customerList()->view();
    EXPECT_TRUE(EmptyState::shownOver(list).contains(QStringLiteral("New customer"))) << EmptyState::shownOver(list);
    // The customer file is not a form of empty fields.
    EXPECT_FALSE(window->customerFile()->findChild<QTabWidget *>(QStringLiteral("customerTabWidget"))->isVisible());
    typeInto(window.get(), QStringLiteral("searchLineEdit"), QStringLiteral("Nobody"));
    ASSERT_TRUE(waitFor([&] { return EmptyState::shownOver(list).contains(QStringLiteral("No customer matches")); }))
        << EmptyState::shownOver(list);

    window->showPage(MainWindow::TrashPage);
    TrashPanel *trash = window->trash();
    EXPECT_TRUE(EmptyState::shownOver(trash->view()).contains(QStringLiteral("trash is empty")));
    auto restore = trash->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    auto purge = trash->findChild<QPushButton *>(QStringLiteral("purgeButton"));
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_FALSE(purge->isEnabled());

    for (const auto &[page, view] : { std::pair { MainWindow::AgendaPage, "agendaTreeWidget" },
             { MainWindow::QuotesPage, "quotesTableWidget" }, { MainWindow::OrdersPage, "ordersTableWidget" },
             { MainWindow::ProductsPage, "productsTableWidget" }, { MainWindow::RenewalsPage, "endingTableWidget" },
             { MainWindow::ComplaintsPage, "complaintsTableView" }, { MainWindow::AuditPage, "auditTableWidget" } }) {
        window->showPage(page);
        auto *shown = window->findChild<QAbstractItemView *>(QLatin1String(view));
        ASSERT_NE(shown, nullptr) << view;
        EXPECT_FALSE(EmptyState::shownOver(shown->viewport()).isEmpty()) << view;
    }
    for (const char *button : { "openComplaintButton", "complaintListCallBackButton", "complaintListVisitButton",
             "renewButton", "openContractCustomerButton" })
        EXPECT_FALSE(window->findChild<QPushButton *>(QLatin1String(button))->isEnabled()) << button;
    // Planning a follow-up needs a customer: an empty book says how to add one.
    window->showPage(MainWindow::AgendaPage);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("newActivityButton")), Qt::LeftButton);
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("There are no customers in this book yet")))
        << MessageBox::lastText();

    // A customer in the trash: the sentence goes, and the buttons wait for the row to be chosen.
    const qint64 id = addCustomer(*window, QStringLiteral("Keep Me"));
    ASSERT_TRUE(CustomerRepository(window->database().connection()).moveToTrash({ id }).ok());
    window->showPage(MainWindow::TrashPage);
    trash->reload();
    EXPECT_EQ(EmptyState::shownOver(trash->view()), QString());
    trash->view()->clearSelection();
    EXPECT_FALSE(restore->isEnabled());
    trash->view()->selectRow(0);
    EXPECT_TRUE(restore->isEnabled());
    EXPECT_TRUE(purge->isEnabled());
}

// A value without spaces (a 200-letter name, a 3,000-letter city, a long web address) or sixty phone numbers
// never make the window larger than the screen: it grew to 26,073 pixels, and kept that size at the next start.
TEST_F(MainWindowTest, LongValuesNeverMakeTheWindowLargerThanTheScreen)
{
    auto window = openWindow();
    Customer customer;
    customer.name = QString(200, QLatin1Char('W'));
    customer.city = QString(3000, QLatin1Char('c'));
    customer.website = QStringLiteral("https://example.com/") + QString(330, QLatin1Char('p'));
    for (int i = 0; i < 61; ++i)
        customer.phones << QStringLiteral("+86 138 0013 80%1").arg(i, 2, 10, QLatin1Char('0'));
    const auto id = CustomerRepository(window->database().connection()).create(customer);
    ASSERT_TRUE(id.ok());
    window->customerList()->model()->reload();
    ASSERT_TRUE(waitFor([&] { return window->customerList()->model()->rowCount() == 1; }));
    window->customerList()->view()->selectRow(0);
    ASSERT_TRUE(waitFor([&] { return window->customerFile()->customerId() == id.value(); }));
    QTest::qWait(50);
    EXPECT_LE(window->minimumSizeHint().width(), 1280);
    EXPECT_LE(window->minimumSizeHint().height(), 760);
    EXPECT_LE(window->width(), 1280);
}

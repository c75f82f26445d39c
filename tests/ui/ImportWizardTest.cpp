#include "import/ImportWizard.h"
#include "Book.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "domain/PhoneNumbers.h"
#include "import/ImportJobPage.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/ImportPresetRepository.h"
#include "repo/OrderRepository.h"
#include "repo/ProductRepository.h"
#include "trust/BackupController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class ImportWizardTest : public ::testing::Test
{
protected:
    // A workbook written by another program than ours (openpyxl): `sheet` is Python filling the worksheet `ws`.
    static ::testing::AssertionResult writeWorkbook(const QString &path, const QString &sheet)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import sys, openpyxl\nwb = openpyxl.Workbook()\nws = wb.active\n") + sheet
                    + QStringLiteral("\nwb.save(sys.argv[1])\n"),
                path });
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            return ::testing::AssertionFailure() << python.readAllStandardError().toStdString();
        return ::testing::AssertionSuccess();
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString();
        m_book = std::move(book).value();
        Customer existing;
        existing.name = QStringLiteral("老朋友贸易有限公司");
        existing.city = QStringLiteral("北京");
        existing.phones << QStringLiteral("139 0000 0000");
        m_existingId = CustomerRepository(m_book->connection()).create(existing).value_or(0);
        ASSERT_GT(m_existingId, 0);
    }

    QString writeCsv(const QByteArray &utf8)
    {
        const QString path = m_dir.filePath(QStringLiteral("客户名单.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(utf8);
        return path;
    }

    qint64 customerCount()
    {
        QSqlQuery query(m_book->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        auto widget = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void waitForJob(ImportWizard &wizard)
    {
        auto page = qobject_cast<ImportJobPage *>(wizard.currentPage());
        ASSERT_NE(page, nullptr);
        ASSERT_TRUE(waitFor([page] { return !page->isRunning(); }, 120000));
        QCoreApplication::processEvents(); // the finished() signal
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
    qint64 m_existingId = 0;
};

const QByteArray kFile = "客户名称,手机,城市,负责人\n"
                         "星辰科技有限公司,13800138000,深圳,王芳\n"
                         "坏号码公司,12,广州,王芳\n"
                         "老朋友贸易,13900000000,天津,\n";

TEST_F(ImportWizardTest, StepsFromFileToImportWithMappingCheckAndDuplicates)
{
    const QString path = writeCsv(kFile);
    ImportWizard wizard(m_book->path(), m_book->connection());
    bool imported = false;
    QObject::connect(&wizard, &ImportWizard::imported, [&] { imported = true; });
    wizard.show();
    EXPECT_EQ(unnamedControls(&wizard).join(QStringLiteral("; ")).toStdString(), "") << "FilePageId";

    child<QLineEdit>(&wizard, "filePathLineEdit")->setText(path);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::SheetPageId);
    EXPECT_EQ(unnamedControls(&wizard).join(QStringLiteral("; ")).toStdString(), "") << "SheetPageId"; // screen readers
    auto preview = child<QTableWidget>(&wizard, "previewTableWidget");
    EXPECT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->horizontalHeaderItem(1)->text(), QStringLiteral("手机"));
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("星辰科技有限公司"));
    // Rows are numbered as in the file, the header being row 1: as the problem list names them.
    EXPECT_EQ(preview->verticalHeaderItem(0)->text(), QStringLiteral("2"));
    EXPECT_EQ(preview->verticalHeaderItem(2)->text(), QStringLiteral("4"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    EXPECT_EQ(unnamedControls(&wizard).join(QStringLiteral("; ")).toStdString(), "")
        << "MappingPageId"; // screen readers
    EXPECT_EQ(child<QComboBox>(&wizard, "fieldComboBox0")->currentData().toString(), QStringLiteral("name"));
    EXPECT_EQ(child<QComboBox>(&wizard, "fieldComboBox1")->currentData().toString(), QStringLiteral("phone"));
    EXPECT_EQ(child<QComboBox>(&wizard, "fieldComboBox3")->currentData().toString(), QStringLiteral("owner"));
    // Leave the city out, and keep that as a saved mapping.
    auto city = child<QComboBox>(&wizard, "fieldComboBox2");
    city->setCurrentIndex(0);
    emit city->activated(0);
    child<QLineEdit>(&wizard, "presetNameLineEdit")->setText(QStringLiteral("展会名单"));
    child<QPushButton>(&wizard, "savePresetPushButton")->click();
    EXPECT_EQ(ImportPresetRepository(m_book->connection()).names(ImportTarget::Customers).value(),
              QStringList { QStringLiteral("展会名单") });

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    EXPECT_EQ(unnamedControls(&wizard).join(QStringLiteral("; ")).toStdString(), "") << "CheckPageId"; // screen readers
    waitForJob(wizard);
    auto problems = child<QTableWidget>(wizard.currentPage(), "problemsTableWidget");
    ASSERT_EQ(problems->rowCount(), 1);
    EXPECT_EQ(problems->item(0, 0)->text(), QStringLiteral("3")); // row 3 of the file
    EXPECT_EQ(problems->item(0, 2)->text(), QStringLiteral("手机"));
    EXPECT_EQ(problems->item(0, 3)->text(), QStringLiteral("12"));
    // All or nothing: with a bad row, Next stays disabled until "valid rows only" is chosen.
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    child<QCheckBox>(&wizard, "validOnlyCheckBox")->setChecked(true);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(customerCount(), 1); // checking wrote nothing

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::DuplicatesPageId);
    EXPECT_EQ(unnamedControls(&wizard).join(QStringLiteral("; ")).toStdString(), "")
        << "DuplicatesPageId"; // screen readers
    auto duplicates = child<QTableWidget>(&wizard, "duplicatesTableWidget");
    ASSERT_EQ(duplicates->rowCount(), 1);
    EXPECT_EQ(duplicates->item(0, 2)->text(), QStringLiteral("老朋友贸易有限公司"));
    auto phoneAction = child<QComboBox>(&wizard, "phoneActionComboBox");
    phoneAction->setCurrentIndex(phoneAction->findData(QStringLiteral("update")));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    EXPECT_EQ(unnamedControls(&wizard).join(QStringLiteral("; ")).toStdString(), "") << "RunPageId"; // screen readers
    waitForJob(wizard);
    EXPECT_TRUE(imported);
    EXPECT_FALSE(wizard.button(QWizard::CancelButton)->isVisible()); // Finish alone: the import is done
    EXPECT_TRUE(child<QLabel>(wizard.currentPage(), "statusLabel")->text().contains(QStringLiteral("Created: 1. Updated: 1.")))
            << child<QLabel>(wizard.currentPage(), "statusLabel")->text();
    EXPECT_EQ(customerCount(), 2);
    const Customer updated = CustomerRepository(m_book->connection()).find(m_existingId).value();
    EXPECT_EQ(updated.city, QStringLiteral("北京")); // the city column was left out of the mapping
    CustomerQuery query;
    query.search = QStringLiteral("星辰");
    const auto rows = CustomerRepository(m_book->connection()).page(query, std::nullopt, 10).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].ownerName, QStringLiteral("王芳"));
    EXPECT_TRUE(rows[0].city.isEmpty());
}

// A workbook laid out for people: a title, group headings and a total merged across the columns. The preview,
// the check and the import all say which rows are left out, and none of them becomes a customer.
TEST_F(ImportWizardTest, HeadingsAndTotalsMergedAcrossTheColumnsAreLeftOutAndNamed)
{
    const QString path = m_dir.filePath(QStringLiteral("分区客户.xlsx"));
    ASSERT_TRUE(writeWorkbook(path, QStringLiteral(R"(ws.append(["2024年客户名单"]); ws.merge_cells("A1:C1")
ws.append(["客户名称", "城市", "手机"])
ws.append(["华东区"]); ws.merge_cells("A3:C3")
ws.append(["上海明达贸易有限公司", "上海", "13800138001"])
ws.append(["华南区"]); ws.merge_cells("A5:C5")
ws.append(["广州白云电器", "广州", "13800138003"])
ws.append(["合计：2 家"]); ws.merge_cells("A7:C7"))")));

    ImportWizard wizard(m_book->path(), m_book->connection());
    wizard.show();
    child<QLineEdit>(&wizard, "filePathLineEdit")->setText(path);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::SheetPageId);
    auto preview = child<QTableWidget>(&wizard, "previewTableWidget");
    ASSERT_EQ(preview->rowCount(), 2);
    EXPECT_EQ(preview->verticalHeaderItem(1)->text(), QStringLiteral("6"));
    auto leftOut = child<QLabel>(&wizard, "leftOutLabel");
    EXPECT_TRUE(leftOut->isVisible());
    EXPECT_TRUE(leftOut->text().startsWith(QStringLiteral("3 row(s) left out as headings or totals")))
        << leftOut->text();
    EXPECT_TRUE(leftOut->text().contains(QStringLiteral("row 3 (A3:C3) “华东区”"))) << leftOut->text();

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    waitForJob(wizard);
    EXPECT_TRUE(child<QLabel>(wizard.currentPage(), "statusLabel")->text().contains(QStringLiteral("row 7 (A7:C7)")))
        << child<QLabel>(wizard.currentPage(), "statusLabel")->text();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    waitForJob(wizard);
    const QString done = child<QLabel>(wizard.currentPage(), "statusLabel")->text();
    EXPECT_TRUE(done.contains(QStringLiteral("Created: 2."))) << done;
    EXPECT_TRUE(done.contains(QStringLiteral("3 row(s) left out"))) << done; // untranslated: the source text
    EXPECT_EQ(customerCount(), 3); // the one before and the two in the file
}

// A company's name merged down beside its two contacts: the check, the duplicates page and the result say the
// second row joins the first one's customer, and the customer gets both contacts.
TEST_F(ImportWizardTest, ACompanyMergedDownKeepsBothContactsAndSaysSo)
{
    const QString path = m_dir.filePath(QStringLiteral("联系人.xlsx"));
    ASSERT_TRUE(writeWorkbook(path, QStringLiteral(R"(ws.append(["公司名称", "城市", "联系人", "手机"])
ws.append(["华南贸易有限公司", "广州", "张三丰", "13800001111"])
ws.append([None, None, "李四光", "13900002222"])
ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3"))")));

    ImportWizard wizard(m_book->path(), m_book->connection());
    wizard.show();
    child<QLineEdit>(&wizard, "filePathLineEdit")->setText(path);
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    waitForJob(wizard);
    const QString checked = child<QLabel>(wizard.currentPage(), "statusLabel")->text();
    EXPECT_TRUE(
        checked.contains(QStringLiteral("To create: 1.")) && checked.contains(QStringLiteral("Duplicates to skip: 0.")))
        << checked;
    EXPECT_TRUE(checked.contains(QStringLiteral("1 row(s) repeat the customer of an earlier row"))) << checked;
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::DuplicatesPageId);
    auto duplicates = child<QTableWidget>(&wizard, "duplicatesTableWidget");
    ASSERT_EQ(duplicates->rowCount(), 1);
    EXPECT_EQ(duplicates->item(0, 2)->text(), QStringLiteral("Row 2 of the file"));
    EXPECT_TRUE(duplicates->item(0, 3)->text().contains(QStringLiteral("李四光"))) << duplicates->item(0, 3)->text();
    EXPECT_TRUE(child<QLabel>(wizard.currentPage(), "summaryLabel")->text().contains(QStringLiteral("1 of them")));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    waitForJob(wizard);
    const QString done = child<QLabel>(wizard.currentPage(), "statusLabel")->text();
    EXPECT_TRUE(done.contains(QStringLiteral("Created: 1."))) << done;
    EXPECT_TRUE(done.contains(QStringLiteral("1 row(s) repeated the customer of an earlier row"))) << done;
    CustomerQuery query;
    query.search = QStringLiteral("李四光");
    const auto rows = CustomerRepository(m_book->connection()).page(query, std::nullopt, 10).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].name, QStringLiteral("华南贸易有限公司"));
    EXPECT_EQ(ContactRepository(m_book->connection()).forCustomer(rows[0].id).value().size(), 2);
}

// A sales history through the wizard: the Orders choice maps the order columns, the duplicates step offers only
// the order number's rule, and the orders land in the book with their lines.
TEST_F(ImportWizardTest, ASalesHistoryBecomesOrders)
{
    Product helmet;
    helmet.code = QStringLiteral("HM-2");
    helmet.name = QStringLiteral("安全帽");
    helmet.unitPrice = 4500;
    ASSERT_TRUE(ProductRepository(m_book->connection()).save(helmet).ok());
    Order earlier; // the same order, imported before from a file with a mistake
    earlier.number = QStringLiteral("XS-1");
    earlier.customerId = m_existingId;
    earlier.date = QDate(2025, 3, 5);
    earlier.currency = QStringLiteral("CNY");
    earlier.channel = QStringLiteral("direct");
    earlier.lines << OrderLine { 0, QStringLiteral("安全帽"), 1000, 4500, 0, 0, 0, 4500, 0 };
    earlier.subtotal = earlier.total = 4500;
    ASSERT_TRUE(OrderRepository(m_book->connection()).insert(earlier).ok());
    const QString path = writeCsv("单号,日期,客户名称,城市,货号,数量\n"
                                  "XS-1,2025-03-05,老朋友贸易有限公司,北京,HM-2,10\n"
                                  "XS-1,2025-03-05,老朋友贸易有限公司,北京,HM-2,2\n");
    ImportWizard wizard(m_book->path(), m_book->connection());
    wizard.show();
    child<QLineEdit>(&wizard, "filePathLineEdit")->setText(path);
    auto target = child<QComboBox>(&wizard, "targetComboBox");
    target->setCurrentIndex(target->findData(QStringLiteral("orders")));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    const QStringList expected { QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("name"),
        QStringLiteral("city"), QStringLiteral("product_code"), QStringLiteral("quantity") };
    for (int column = 0; column < expected.size(); ++column) {
        const QString name = QStringLiteral("fieldComboBox%1").arg(column);
        EXPECT_EQ(child<QComboBox>(&wizard, name.toLatin1().constData())->currentData().toString(), expected[column]);
    }
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    waitForJob(wizard);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::DuplicatesPageId);
    EXPECT_TRUE(child<QComboBox>(&wizard, "orderNumberActionComboBox")->isVisible());
    EXPECT_FALSE(child<QComboBox>(&wizard, "phoneActionComboBox")->isVisible());
    auto action = child<QComboBox>(&wizard, "orderNumberActionComboBox");
    EXPECT_EQ(action->itemText(2), QStringLiteral("Import it under a new number"));
    action->setCurrentIndex(action->findData(QStringLiteral("update"))); // replace the mistaken order
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    waitForJob(wizard);
    QSqlQuery query(m_book->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT o.number, o.customer_id, o.subtotal, count(l.id) FROM orders o "
                                          "JOIN order_lines l ON l.order_id = o.id GROUP BY o.id")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("XS-1"));
    EXPECT_EQ(query.value(1).toLongLong(), m_existingId);
    EXPECT_EQ(query.value(2).toLongLong(), 54000); // 12 x 45.00
    EXPECT_EQ(query.value(3).toInt(), 2);
    EXPECT_FALSE(query.next());
}

TEST_F(ImportWizardTest, ABrokenFileIsNamedOnTheFirstPageAndNothingChanges)
{
    ImportWizard wizard(m_book->path(), m_book->connection());
    wizard.show();
    child<QLineEdit>(&wizard, "filePathLineEdit")->setText(m_dir.filePath(QStringLiteral("missing.xlsx")));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ImportWizard::FilePageId);
    EXPECT_TRUE(child<QLabel>(&wizard, "errorLabel")->text().contains(QStringLiteral("missing.xlsx")));
    EXPECT_EQ(customerCount(), 1);
}

TEST_F(ImportWizardTest, StepButtonsReadAsTraditionalChineseWritesThem)
{
    // Installed as the app does: ours, then Qt's own, whose QWizard says "下一個(&N) ＞" ("the next one").
    QTranslator ours;
    ASSERT_TRUE(ours.load(QStringLiteral(":/i18n/clientele_zh_TW.qm")));
    QTranslator qt;
    QCoreApplication::installTranslator(&ours);
    if (qt.load(QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&ours);
    });
    ImportWizard wizard(m_book->path(), m_book->connection());
    EXPECT_EQ(wizard.buttonText(QWizard::NextButton), QStringLiteral("下一步(&N) >"));
    EXPECT_EQ(wizard.buttonText(QWizard::BackButton), QStringLiteral("< 上一步(&B)"));
    EXPECT_EQ(wizard.buttonText(QWizard::FinishButton), QStringLiteral("完成(&F)"));
}

TEST_F(ImportWizardTest, CancelledImportLeavesTheBookAsItWas)
{
    QByteArray big = "Company,Phone\n";
    for (int i = 0; i < 30000; ++i)
        big += "Company " + QByteArray::number(i) + ",\n";
    const QString path = writeCsv(big);
    ImportWizard wizard(m_book->path(), m_book->connection());
    wizard.show();
    child<QLineEdit>(&wizard, "filePathLineEdit")->setText(path);
    wizard.next();
    wizard.next();
    wizard.next();
    waitForJob(wizard);
    ASSERT_TRUE(wizard.button(QWizard::CommitButton)->isVisible());
    wizard.next(); // no duplicates: straight to the import
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    child<QPushButton>(wizard.currentPage(), "cancelPushButton")->click();
    waitForJob(wizard);
    const QString status = child<QLabel>(wizard.currentPage(), "statusLabel")->text();
    // Either the cancel arrived in time, or the import had already finished: never half an import.
    if (status.contains(QStringLiteral("Cancelled")))
        EXPECT_EQ(customerCount(), 1);
    else
        EXPECT_EQ(customerCount(), 30001) << status;
}

TEST_F(ImportWizardTest, FileMenuImportOpensTheWizard)
{
    auto window = std::make_unique<MainWindow>(std::move(m_book));
    window->show();
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        opened = wizard != nullptr;
        if (wizard)
            wizard->reject();
    });
    window->importFile();
    EXPECT_TRUE(opened);
}

// The whole import from the File menu, then Edit ▸ Undo: the customer it created goes to the trash, the one it
// updated stays; Redo brings the new one back.
TEST_F(ImportWizardTest, UndoAfterTheWizardMovesWhatTheImportCreatedToTheTrash)
{
    const QString path = writeCsv(kFile);
    auto window = std::make_unique<MainWindow>(std::move(m_book));
    window->show();
    QSqlDatabase db = window->database().connection();
    const auto live = [&db] {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"));
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    QTimer::singleShot(0, [&] {
        auto wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        ASSERT_TRUE(wizard);
        child<QLineEdit>(wizard, "filePathLineEdit")->setText(path);
        wizard->next(); // sheet
        wizard->next(); // mapping
        wizard->next(); // check
        waitForJob(*wizard);
        child<QCheckBox>(wizard, "validOnlyCheckBox")->setChecked(true);
        wizard->next(); // duplicates: the old friend is updated
        auto phoneAction = child<QComboBox>(wizard, "phoneActionComboBox");
        phoneAction->setCurrentIndex(phoneAction->findData(QStringLiteral("update")));
        wizard->next(); // run
        waitForJob(*wizard);
        wizard->accept();
    });
    window->importFile();
    ASSERT_EQ(live(), 2);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("moves them to the trash")))
        << window->statusBar()->currentMessage();

    window->undoStack()->undo();
    EXPECT_EQ(live(), 1);
    EXPECT_EQ(window->customerList()->model()->rowCount(), 1);
    EXPECT_TRUE(CustomerRepository(db).find(m_existingId).ok());
    window->undoStack()->redo();
    EXPECT_EQ(live(), 2);
}

} // namespace

namespace {

class ExportFromWindowTest : public ImportWizardTest
{
};

TEST_F(ExportFromWindowTest, ExportsTheListAsShownInTheBackground)
{
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    MainWindow window(std::move(m_book));
    window.show();
    // The backup taken when the book opens runs in the background; its message would replace the export's.
    window.backups()->waitForBackup();
    // Only the name and phone columns are shown.
    QHeaderView *header = window.customerList()->view()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, column != CustomerTableModel::Name && column != CustomerTableModel::Phone);
    FileDialog::setNextFileName(path, QObject::tr("CSV, UTF-8 for Excel (*.csv)"));
    window.exportList();
    ASSERT_TRUE(waitFor([&] { return QFile::exists(path); }));
    waitFor([&] { return !window.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"))->isVisible(); });
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), QStringLiteral("Name,Phone\r\n老朋友贸易有限公司,139 0000 0000\r\n"));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("list.csv")))
            << window.statusBar()->currentMessage();
}

} // namespace

namespace {

// File > Export data for another program: the customers with every detail, and the contacts, in the background.
TEST_F(ExportFromWindowTest, ExportsEveryDetailAndTheContactsFromTheFileMenu)
{
    MainWindow window(std::move(m_book));
    window.show();
    window.backups()->waitForBackup();
    const auto exportWith = [&](const char *action, const QString &name) {
        const QString path = m_dir.filePath(name);
        FileDialog::setNextFileName(path, QObject::tr("CSV, UTF-8 for Excel (*.csv)"));
        auto *trigger = window.findChild<QAction *>(QString::fromLatin1(action));
        EXPECT_NE(trigger, nullptr) << action;
        if (!trigger)
            return QString();
        trigger->trigger();
        EXPECT_TRUE(waitFor([&] { return QFile::exists(path); })) << action;
        waitFor(
            [&] { return !window.findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"))->isVisible(); });
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << action;
        return QString::fromUtf8(file.readAll());
    };
    const QString customers = exportWith("exportCustomerFilesAction", QStringLiteral("customers.csv"));
    EXPECT_TRUE(customers.startsWith(
        QStringLiteral("Name,Type,Industry,Region,City,Address,Phone,Other phones,Email,Other emails,Website,")))
        << customers;
    EXPECT_TRUE(customers.contains(QStringLiteral("老朋友贸易有限公司"))) << customers;
    const QString contacts = exportWith("exportContactsAction", QStringLiteral("contacts.csv"));
    EXPECT_TRUE(contacts.startsWith(QStringLiteral("Customer,City,Contact name,Title,Phone,Email,"))) << contacts;
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("contacts.csv")))
        << window.statusBar()->currentMessage();
}

} // namespace

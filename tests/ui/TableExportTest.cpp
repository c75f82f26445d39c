#include "TableExport.h"
#include "Book.h"
#include "EmptyState.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "ValueItem.h"
#include "quotes/OrdersPanel.h"
#include "repo/CustomerRepository.h"
#include "repo/OrderRepository.h"
#include "reports/ChartPanel.h"
#include "reports/ReportsPanel.h"
#include "reports/ViewsPanel.h"
#include "services/ComplaintWorkflow.h"

#include <QDate>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {

// The cells of the first sheet as openpyxl (an independent reader) sees them: one line per row, each cell as
// "<python type>:<value>", or an empty string when python3-openpyxl is missing.
QString readWithOpenpyxl(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import openpyxl,sys\n"
                           "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                           "for row in ws.iter_rows(values_only=True):\n"
                           "    print('|'.join(type(v).__name__ + ':' + str(v) for v in row))\n"),
            path });
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return {};
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

class TableExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_table.setColumnCount(3);
        m_table.setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Total"), QStringLiteral("Date") });
        addRow(QStringLiteral("Alpha"), 1234.5, QDate(2026, 3, 1));
        addRow(QStringLiteral("=HYPERLINK(\"x\")"), 99.0, QDate(2026, 1, 15));
        addRow(QStringLiteral("Gamma"), 20000.0, QDate(2025, 12, 31));
        m_table.setSortingEnabled(true);
    }

    void addRow(const QString &name, double total, const QDate &date)
    {
        const int row = m_table.rowCount();
        m_table.setRowCount(row + 1);
        m_table.setItem(row, 0, new QTableWidgetItem(name));
        m_table.setItem(row, 1, new ValueItem(QStringLiteral("¥%1").arg(total, 0, 'f', 2), total));
        m_table.setItem(row, 2, new ValueItem(date.toString(Qt::ISODate), date));
    }

    QTemporaryDir m_dir;
    QTableWidget m_table;
};

} // namespace

TEST_F(TableExportTest, ValueItemsSortByTheirValueNotTheirText)
{
    m_table.sortItems(1, Qt::AscendingOrder); // as text "¥20000.00" would come before "¥99.00"
    EXPECT_EQ(m_table.item(0, 1)->text(), QStringLiteral("¥99.00"));
    EXPECT_EQ(m_table.item(2, 1)->text(), QStringLiteral("¥20000.00"));
    m_table.sortItems(2, Qt::DescendingOrder);
    EXPECT_EQ(m_table.item(0, 0)->text(), QStringLiteral("Alpha"));
}

TEST_F(TableExportTest, WritesVisibleColumnsInScreenOrderAndRowsInSortOrderWithTypes)
{
    m_table.sortItems(1, Qt::DescendingOrder);
    m_table.horizontalHeader()->moveSection(2, 0); // Date first on screen
    m_table.setRowHidden(1, true); // Alpha (the middle row by total) filtered out
    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    auto rows = TableExport::write(&m_table, QStringLiteral("List"), path);
    ASSERT_TRUE(rows.ok()) << rows.error().toString();
    EXPECT_EQ(rows.value(), 2);
    const QString cells = readWithOpenpyxl(path);
    if (cells.isEmpty())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    EXPECT_EQ(cells.toStdString(),
        QStringLiteral("str:Date|str:Name|str:Total\n"
                       "datetime:2025-12-31 00:00:00|str:Gamma|int:20000\n"
                       "datetime:2026-01-15 00:00:00|str:=HYPERLINK(\"x\")|int:99")
            .toStdString());
}

// A report's shares are percentages in the spreadsheet: 16.7% is the number 0.167 formatted as a percentage, not
// the number 16.7 that a SUM would add up to 100.
TEST_F(TableExportTest, AReportsSharesArePercentages)
{
    ChartPanel panel(QStringLiteral("abc"));
    panel.setTable({ QStringLiteral("Class"), QStringLiteral("Revenue"), QStringLiteral("Share") },
        { { QStringLiteral("A"), QStringLiteral("¥12,500.00"), QStringLiteral("83.3%") },
            { QStringLiteral("B"), QStringLiteral("¥2,500.00"), QStringLiteral("16.7%") } });
    const QString csv = m_dir.filePath(QStringLiteral("abc.csv"));
    ASSERT_TRUE(
        TableExport::write(panel.table(), QStringLiteral("ABC"), csv, { TableFormat::Csv, CsvEncoding::Utf8 }).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(
        QString::fromUtf8(file.readAll()), QStringLiteral("Class,Revenue,Share\r\nA,12500,83.3%\r\nB,2500,16.7%\r\n"));
    const QString xlsx = m_dir.filePath(QStringLiteral("abc.xlsx"));
    ASSERT_TRUE(TableExport::write(panel.table(), QStringLiteral("ABC"), xlsx).ok());
    const QString cells = readWithOpenpyxl(xlsx);
    if (cells.isEmpty())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    EXPECT_TRUE(cells.contains(QStringLiteral("str:B|int:2500|float:0.16699999999999998"))
        || cells.contains(QStringLiteral("str:B|int:2500|float:0.167")))
        << cells;
}

TEST_F(TableExportTest, CsvKeepsFormulasFromRunning)
{
    m_table.sortItems(0, Qt::AscendingOrder);
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    auto rows = TableExport::write(&m_table, QStringLiteral("List"), path);
    ASSERT_TRUE(rows.ok()) << rows.error().toString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("'=HYPERLINK")) || text.contains(QStringLiteral("\"'=HYPERLINK"))) << text;
    EXPECT_TRUE(text.contains(QStringLiteral("Alpha,1234.5,2026-03-01"))) << text;
}

TEST_F(TableExportTest, OrdersPageExportsFromFileExportList)
{
    auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
    ASSERT_TRUE(book.ok()) << book.error().toString();
    Customer customer;
    customer.name = QStringLiteral("深圳华鑫电子有限公司");
    const qint64 id = CustomerRepository(book.value()->connection()).create(customer).value();
    const QDate today = QDate::currentDate();
    int number = 0;
    for (const auto &[total, currency] : { std::pair { 500000, "CNY" }, { 12000, "CNY" }, { 7300000, "USD" } }) {
        QSqlQuery insert(book.value()->connection());
        insert.prepare(QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, "
                                      "cost, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"));
        for (const QVariant &value : QVariantList { Database::newUuid(), QStringLiteral("SO-%1").arg(++number), id,
                 today.addDays(-number).toString(Qt::ISODate), QString::fromLatin1(currency), total,
                 today.toString(Qt::ISODate), today.toString(Qt::ISODate) })
            insert.addBindValue(value);
        ASSERT_TRUE(insert.exec());
    }
    MainWindow window(std::move(book).value());
    window.show();
    window.showPage(MainWindow::OrdersPage);
    auto table = window.findChild<QTableWidget *>(QStringLiteral("ordersTableWidget"));
    ASSERT_NE(table, nullptr);
    table->sortItems(6, Qt::DescendingOrder); // by total
    const QString path = m_dir.filePath(QStringLiteral("orders.xlsx"));
    FileDialog::setNextFileName(path);
    window.exportList();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("3")))
        << window.statusBar()->currentMessage();
    ASSERT_TRUE(QFile::exists(path));
    // The export is one entry in the audit trail, naming the kind of rows and how many.
    QSqlQuery audit(window.database().connection());
    ASSERT_TRUE(audit.exec(QStringLiteral("SELECT entity, changes FROM audit_entries WHERE action = 'export'")));
    ASSERT_TRUE(audit.next());
    EXPECT_EQ(audit.value(0).toString(), QStringLiteral("order"));
    EXPECT_TRUE(audit.value(1).toString().contains(QStringLiteral("orders.xlsx"))) << audit.value(1).toString();
    EXPECT_TRUE(audit.value(1).toString().contains(QStringLiteral("3"))) << audit.value(1).toString();
    EXPECT_FALSE(audit.next());
    const QString cells = readWithOpenpyxl(path);
    if (cells.isEmpty())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QStringList lines = cells.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4) << cells;
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("str:Number|str:Date|str:Customer"))) << lines[0];
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("str:SO-3|datetime:"))) << lines[1];
    EXPECT_TRUE(lines[1].contains(QStringLiteral("|int:73000|"))) << lines[1];
    EXPECT_TRUE(lines[3].contains(QStringLiteral("str:深圳华鑫电子有限公司"))) << lines[3];
    EXPECT_TRUE(lines[3].contains(QStringLiteral("|int:120|"))) << lines[3];
    // Dollars and yuan side by side: each row says which (the amounts alone would be summed as one).
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("|str:Currency"))) << lines[0];
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("|str:USD"))) << lines[1];
    EXPECT_TRUE(lines[3].endsWith(QStringLiteral("|str:CNY"))) << lines[3];
}

TEST_F(TableExportTest, ReportAndComplaintPagesExportTheirShownTable)
{
    auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
    ASSERT_TRUE(book.ok()) << book.error().toString();
    MainWindow window(std::move(book).value());
    window.showPage(MainWindow::ComplaintsPage);
    auto complaints
        = dynamic_cast<const ExportableTable *>(window.findChild<QWidget *>(QStringLiteral("complaintsPanel")));
    ASSERT_NE(complaints, nullptr);
    EXPECT_EQ(complaints->exportView(), window.findChild<QTableView *>(QStringLiteral("complaintsTableView")));
    EXPECT_EQ(complaints->exportEntity(), QStringLiteral("complaint"));
    window.showPage(MainWindow::ReportsPage);
    const ExportableTable *reports = window.reports();
    ASSERT_NE(reports, nullptr);
    EXPECT_EQ(reports->exportView(), window.reports()->panel(ReportsPanel::SegmentsTab)->table());
    window.reports()->tabs()->setCurrentIndex(ReportsPanel::ParetoTab);
    EXPECT_EQ(reports->exportView(), window.reports()->panel(ReportsPanel::ParetoTab)->table());
    EXPECT_FALSE(reports->exportName().contains(QLatin1Char('&')));
    // Each of the seven views exports under its own name, not all of them as "Seven views".
    window.reports()->tabs()->setCurrentIndex(ReportsPanel::ClustersTab + 1); // the seven views
    auto *views = window.reports()->findChild<ViewsPanel *>();
    ASSERT_NE(views, nullptr);
    views->showPage(ViewContent::Page::LoyaltyTenure);
    EXPECT_EQ(reports->exportName(), ViewContent::title(ViewContent::Page::LoyaltyTenure));
    EXPECT_EQ(reports->exportView(), views->panel()->table());
}

// The complaints list writes when a complaint came in and when it is due as date-times, not as their text.
TEST_F(TableExportTest, ComplaintTimesAreExportedAsDateTimes)
{
    auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
    ASSERT_TRUE(book.ok()) << book.error().toString();
    Customer customer;
    customer.name = QStringLiteral("台北光華商場");
    Complaint complaint;
    complaint.customerId = CustomerRepository(book.value()->connection()).create(customer).value_or(0);
    complaint.severity = ComplaintSeverity::High;
    complaint.category = QStringLiteral("delivery");
    complaint.summary = QStringLiteral("螢幕有壞點");
    complaint.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    ASSERT_TRUE(ComplaintWorkflow(book.value()->connection()).log(complaint, QStringLiteral("wang")).ok());
    MainWindow window(std::move(book).value());
    window.show();
    window.showPage(MainWindow::ComplaintsPage);
    auto view = window.findChild<QTableView *>(QStringLiteral("complaintsTableView"));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(waitFor([view] { return view->model()->rowCount() == 1; }, 10000));
    const QString path = m_dir.filePath(QStringLiteral("complaints.xlsx"));
    ASSERT_TRUE(TableExport::write(view, QStringLiteral("Complaints"), path).ok());
    const QString cells = readWithOpenpyxl(path);
    if (cells.isEmpty())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QStringList lines = cells.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << cells;
    const QStringList header = lines[0].split(QLatin1Char('|'));
    const QStringList row = lines[1].split(QLatin1Char('|'));
    int dateTimes = 0;
    for (int column = 0; column < row.size(); ++column) {
        if (row[column].startsWith(QStringLiteral("datetime:")))
            ++dateTimes;
        else
            EXPECT_FALSE(row[column].contains(QRegularExpression(QStringLiteral("\\d{1,2}:\\d{2}"))))
                << header.value(column) << ": " << row[column];
    }
    EXPECT_EQ(dateTimes, 2) << cells; // received and due
}

// Imported sales history is often older than the Orders page's default months: the empty page says where the
// book's orders are instead of suggesting there are none.
TEST_F(TableExportTest, AnEmptyOrdersPeriodSaysWhereTheBooksOrdersAre)
{
    auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
    ASSERT_TRUE(book.ok()) << book.error().toString();
    Customer customer;
    customer.name = QStringLiteral("Old Friend Ltd");
    Order order;
    order.number = QStringLiteral("XS-2019-1");
    order.customerId = CustomerRepository(book.value()->connection()).create(customer).value_or(0);
    order.date = QDate(2019, 5, 2);
    order.currency = QStringLiteral("CNY");
    order.channel = QStringLiteral("direct");
    ASSERT_TRUE(OrderRepository(book.value()->connection()).insert(order).ok());
    MainWindow window(std::move(book).value());
    window.show();
    window.showPage(MainWindow::OrdersPage);
    auto table = window.findChild<QTableWidget *>(QStringLiteral("ordersTableWidget"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 0);
    const QString text = EmptyState::shownOver(table);
    EXPECT_TRUE(text.contains(QStringLiteral("The book has 1 order"))) << text;
    EXPECT_TRUE(text.contains(QLocale().toString(QDate(2019, 5, 2), QLocale::ShortFormat))) << text;
}

// The extension typed wins over the file type left as it was: "list.csv" is a CSV file, not "list.csv.xlsx".
TEST_F(TableExportTest, ATypedExtensionChoosesTheFormat)
{
    TableWriterOptions options;
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("list.csv")), TableExport::tr("Excel workbook (*.xlsx)"));
    EXPECT_EQ(TableExport::askPath(nullptr, QStringLiteral("Export"), QStringLiteral("List"), &options),
        m_dir.filePath(QStringLiteral("list.csv")));
    EXPECT_EQ(options.format, TableFormat::Csv);
    EXPECT_EQ(options.csvEncoding, CsvEncoding::Utf8WithBom);
    FileDialog::setNextFileName(
        m_dir.filePath(QStringLiteral("list.xlsx")), TableExport::tr("CSV, GBK for older Chinese Excel (*.csv)"));
    EXPECT_EQ(TableExport::askPath(nullptr, QStringLiteral("Export"), QStringLiteral("List"), &options),
        m_dir.filePath(QStringLiteral("list.xlsx")));
    EXPECT_EQ(options.format, TableFormat::Xlsx);
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("plain")), TableExport::tr("Excel workbook (*.xlsx)"));
    EXPECT_EQ(TableExport::askPath(nullptr, QStringLiteral("Export"), QStringLiteral("List"), &options),
        m_dir.filePath(QStringLiteral("plain.xlsx")));
}

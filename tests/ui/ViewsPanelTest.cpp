#include "../core/TestSupport.h"

#include "Book.h"
#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "reports/ChartPanel.h"
#include "reports/ReportsPanel.h"
#include "reports/ViewsPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QPieSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

namespace {

int toInt(const QString &text)
{
    return QString(text).remove(QLatin1Char(',')).toInt();
}

// The Reports page on a demo book of 300 customers with three years of orders, the clock fixed.
class ViewsPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setInstance(&m_clock);
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        m_book = std::move(book).value();
        DemoGenerator::Options options;
        options.customers = 300;
        options.seed = 5;
        ASSERT_TRUE(DemoGenerator(m_book->connection()).generate(options).ok());
        m_panel = std::make_unique<ReportsPanel>(m_book->path(), m_book->connection());
        m_panel->resize(1100, 760);
        m_panel->show();
        m_panel->refresh();
        m_panel->waitForAnalysis();
        ASSERT_TRUE(m_panel->result().has_value());
        m_views = m_panel->views();
        m_panel->tabs()->setCurrentWidget(m_views);
    }
    void TearDown() override
    {
        m_panel.reset();
        m_book.reset();
        Clock::setInstance(nullptr);
    }

    QStandardItemModel *model() const { return m_views->panel()->model(); }

    FixedClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
    std::unique_ptr<ReportsPanel> m_panel;
    ViewsPanel *m_views = nullptr;
};

} // namespace

TEST_F(ViewsPanelTest, EveryPageShowsAChartAndATable)
{
    EXPECT_EQ(m_panel->tabs()->tabText(m_panel->tabs()->count() - 1), QStringLiteral("Seven views"));
    EXPECT_EQ(m_views->pageChooser()->count(), 18);
    for (ViewContent::Page page : ViewContent::pages()) {
        SCOPED_TRACE(ViewContent::title(page).toStdString());
        m_views->showPage(page);
        EXPECT_FALSE(m_views->panel()->chart()->series().isEmpty());
        EXPECT_GT(model()->rowCount(), 0);
        EXPECT_EQ(model()->horizontalHeaderItem(0)->text().isEmpty(), false);
    }
}

TEST_F(ViewsPanelTest, ProfileAndPerformanceTablesAddUpToTheBook)
{
    const QSqlDatabase db = m_book->connection();
    m_views->showPage(ViewContent::Page::ProfileIndustry);
    int customers = 0;
    for (int row = 0; row < model()->rowCount(); ++row)
        customers += toInt(model()->item(row, 1)->text());
    // The customers of the analysis in yuan: every live one but those who bought only in dollars up to its end.
    EXPECT_EQ(customers,
        TestSql::count(db,
            QStringLiteral("SELECT COUNT(*) FROM customers c WHERE deleted_at IS NULL AND NOT (EXISTS (SELECT 1 FROM "
                           "orders o WHERE o.customer_id = c.id AND o.deleted_at IS NULL AND o.total - o.tax > 0 AND "
                           "o.order_date <= '2026-11-20' AND o.currency <> 'CNY') AND NOT EXISTS (SELECT 1 FROM orders "
                           "o WHERE o.customer_id = c.id AND o.deleted_at IS NULL AND o.total - o.tax > 0 AND "
                           "o.order_date <= '2026-11-20' AND o.currency = 'CNY'))")));

    m_views->showPage(ViewContent::Page::PerformanceChannel);
    int orders = 0;
    for (int row = 0; row < model()->rowCount(); ++row)
        orders += toInt(model()->item(row, 2)->text());
    EXPECT_EQ(orders,
        TestSql::count(db,
            QStringLiteral("SELECT COUNT(*) FROM orders WHERE currency = 'CNY' AND deleted_at IS NULL "
                           "AND order_date BETWEEN '2025-11-21' AND '2026-11-20'")));
}

TEST_F(ViewsPanelTest, RowsAndBarsDrillDownToTheirCustomers)
{
    QSignalSpy requested(m_views, &ViewsPanel::customersRequested);
    m_views->showPage(ViewContent::Page::PerformanceCategory);
    // Sorted by the category name, the activated row still lists its own customers.
    m_views->panel()->table()->sortByColumn(0, Qt::DescendingOrder);
    QTableView *table = m_views->panel()->table();
    emit table->activated(table->model()->index(0, 0));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.last().at(0).toString(),
        QStringLiteral("Performance: sales by product category — %1")
            .arg(table->model()->index(0, 0).data().toString()));
    EXPECT_EQ(
        requested.last().at(1).value<QList<qint64>>().size(), toInt(table->model()->index(0, 1).data().toString()));

    // The most and least profitable customers are horizontal bars drawn bottom-up: the bottom bar is the last row,
    // the least profitable customer.
    m_views->showPage(ViewContent::Page::ProfitabilityTopBottom);
    auto *bars = qobject_cast<QAbstractBarSeries *>(m_views->panel()->chart()->series().first());
    ASSERT_NE(bars, nullptr);
    const int shown = int(bars->barSets().first()->count());
    ASSERT_EQ(shown, model()->rowCount());
    EXPECT_EQ(model()->item(shown - 1, 0)->text(), QStringLiteral("Bottom 1"));
    emit bars->barSets().first()->clicked(0);
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.last().at(0).toString(),
        QStringLiteral("Profitability: most and least profitable customers — Bottom 1"));
    const auto lowest = requested.last().at(1).value<QList<qint64>>();
    ASSERT_EQ(lowest.size(), 1);
    EXPECT_EQ(lowest.first(), m_panel->result()->views.profitability.bottom.first().customerId);

    // A slice of the industry donut.
    m_views->showPage(ViewContent::Page::ProfileIndustry);
    auto *pie = qobject_cast<QPieSeries *>(m_views->panel()->chart()->series().first());
    ASSERT_NE(pie, nullptr);
    emit pie->slices()[1]->clicked();
    ASSERT_EQ(requested.count(), 3);
    EXPECT_EQ(requested.last().at(1).value<QList<qint64>>().size(), toInt(model()->item(1, 1)->text()));

    // Product pairs are not sets of customers: nothing to list.
    m_views->showPage(ViewContent::Page::Products);
    m_views->requestRow(0);
    EXPECT_EQ(requested.count(), 3);
}

TEST_F(ViewsPanelTest, ChannelsAreShownByTheirNamesNotAsStored)
{
    m_views->showPage(ViewContent::Page::PerformanceChannel);
    QStringList shown;
    for (int row = 0; row < model()->rowCount(); ++row)
        shown << model()->item(row, 0)->text();
    shown.sort();
    EXPECT_EQ(shown, (QStringList { QStringLiteral("Direct"), QStringLiteral("Distributor"), QStringLiteral("Online"),
                         QStringLiteral("Phone") }));
}

TEST_F(ViewsPanelTest, AmountsSortByValue)
{
    m_views->showPage(ViewContent::Page::PerformanceChannel);
    const int rows = model()->rowCount();
    ASSERT_GT(rows, 2);
    // The page lists the highest revenue first; sorted by revenue, lowest first, the order turns round.
    const QString highest = model()->item(0, 0)->text();
    const QString lowest = model()->item(rows - 1, 0)->text();
    QTableView *table = m_views->panel()->table();
    table->sortByColumn(3, Qt::AscendingOrder);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), lowest);
    EXPECT_EQ(table->model()->index(rows - 1, 0).data().toString(), highest);
    EXPECT_EQ(table->model()->index(0, 3).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
}

TEST_F(ViewsPanelTest, HoveringABarShowsItsFigures)
{
    m_views->showPage(ViewContent::Page::LoyaltyPurchases);
    auto *bars = qobject_cast<QAbstractBarSeries *>(m_views->panel()->chart()->series().first());
    ASSERT_NE(bars, nullptr);
    emit bars->barSets().first()->hovered(true, 1);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(),
        QStringLiteral("Purchases in the period: 2 purchases\nBuyers: %1\nShare of buyers: %2\n"
                       "Click to list these customers.")
            .arg(model()->item(1, 1)->text(), model()->item(1, 2)->text()));
    emit bars->barSets().first()->hovered(false, 1);
    // The tip goes on a timer.
    EXPECT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 10000));
}

TEST_F(ViewsPanelTest, PrintedAnalysisHasTheSevenViews)
{
    const QString pdf = m_dir.filePath(QStringLiteral("analysis.pdf"));
    ASSERT_TRUE(m_panel->saveAsPdf(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    ASSERT_TRUE(text.waitForFinished(60000));
    if (text.exitCode() != 0 && text.error() == QProcess::FailedToStart)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    // Lines joined, and the "fi" and "fl" ligatures of the PDF's font spelt out.
    const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                .replace(QChar(0xFB01), QStringLiteral("fi"))
                                .replace(QChar(0xFB02), QStringLiteral("fl"))
                                .simplified();
    for (ViewContent::Page page : ViewContent::printedPages())
        EXPECT_TRUE(content.contains(ViewContent::title(page))) << ViewContent::title(page).toStdString();
    for (const char *view : { "Profile", "Loyalty", "Profitability", "Performance", "Prospects", "Products",
             "Promotion", "Customer value" })
        EXPECT_TRUE(content.contains(QStringLiteral("Customer analysis view: %1").arg(QLatin1String(view)))) << view;
    EXPECT_TRUE(content.contains(QStringLiteral("Repeat-purchase rate")));
    EXPECT_TRUE(content.contains(QStringLiteral("Lifetime value = average order value × purchases per year")));
}

#include "../core/TestSupport.h"

#include "Book.h"
#include "Clock.h"
#include "EmptyState.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "demo/DemoGenerator.h"
#include "reports/AnalysisReport.h"
#include "reports/ChartPanel.h"
#include "reports/ChartStyle.h"
#include "reports/DrillDownDialog.h"
#include "reports/ReportContent.h"
#include "reports/ReportsPanel.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <tuple>

#include <gtest/gtest.h>

namespace {

// A demo book of 300 customers with three years of orders, its clock fixed so the periods are known.
class ReportsPanelTest : public ::testing::Test
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
        options.seed = 3;
        ASSERT_TRUE(DemoGenerator(m_book->connection()).generate(options).ok());
        m_panel = std::make_unique<ReportsPanel>(m_book->path(), m_book->connection());
        m_panel->resize(1100, 760);
        m_panel->show();
        m_panel->refresh();
        m_panel->waitForAnalysis();
        ASSERT_TRUE(m_panel->result().has_value());
    }
    void TearDown() override
    {
        m_panel.reset();
        m_book.reset();
        Clock::setInstance(nullptr);
    }

    int column(int tab, int column) const
    {
        int sum = 0;
        QStandardItemModel *model = m_panel->panel(tab)->model();
        for (int row = 0; row < model->rowCount(); ++row)
            sum += model->item(row, column)->text().remove(QLatin1Char(',')).toInt();
        return sum;
    }

    FixedClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
    std::unique_ptr<ReportsPanel> m_panel;
};

} // namespace

TEST_F(ReportsPanelTest, EveryTabShowsAChartAndATableOfTheAnalysis)
{
    const SalesAnalysisResult &result = *m_panel->result();
    ASSERT_GT(result.rfm.size(), 20);
    EXPECT_EQ(m_panel->tabs()->count(), 7); // the six analyses and the seven views
    for (int tab = 0; tab <= ReportsPanel::ClustersTab; ++tab) {
        SCOPED_TRACE(tab);
        EXPECT_FALSE(m_panel->panel(tab)->chart()->series().isEmpty());
        EXPECT_GT(m_panel->panel(tab)->model()->rowCount(), 0);
    }
    EXPECT_EQ(m_panel->panel(ReportsPanel::SegmentsTab)->model()->rowCount(), 11);
    EXPECT_EQ(column(ReportsPanel::SegmentsTab, 1), result.rfm.size());
    EXPECT_EQ(column(ReportsPanel::PyramidTab, 1), result.totals.size());
    EXPECT_EQ(column(ReportsPanel::LifecycleTab, 1), result.lifecycle.size());
    EXPECT_EQ(column(ReportsPanel::ParetoTab, 1), result.paretoByProfit.rows.size());
    EXPECT_TRUE(m_panel->findChild<QLabel *>(QStringLiteral("reportsSummaryLabel"))
                    ->text()
                    .contains(Pareto::headline(result.paretoByProfit, true)));
}

TEST_F(ReportsPanelTest, TheLastTwelveMonthsAreAnalysedByDefaultAndFiltersRunItAgain)
{
    EXPECT_EQ(m_panel->result()->options.sales.from, QDate(2025, 11, 21));
    EXPECT_EQ(m_panel->result()->options.sales.to, QDate(2026, 11, 20));
    const qsizetype lastYear = m_panel->result()->rfm.size();
    auto *period = m_panel->findChild<QComboBox *>(QStringLiteral("reportsPeriodComboBox"));
    period->setFocus();
    QTest::keyClick(period, Qt::Key_End); // all history, chosen as a user would: no Refresh needed
    m_panel->waitForAnalysis();
    EXPECT_EQ(period->currentData().toInt(), 0);
    EXPECT_FALSE(m_panel->result()->options.sales.from.isValid());
    EXPECT_GT(m_panel->result()->rfm.size(), lastYear);
}

TEST_F(ReportsPanelTest, ANewAsOfDateRunsTheAnalysisOnceTypingPauses)
{
    auto *asOf = m_panel->findChild<QDateEdit *>(QStringLiteral("reportsAsOfDateEdit"));
    asOf->setDate(QDate(2025, 6, 30));
    EXPECT_EQ(m_panel->result()->options.asOf, QDate(2026, 11, 20)); // not yet: the user may still be typing
    QElapsedTimer waited;
    waited.start();
    while (m_panel->result()->options.asOf != QDate(2025, 6, 30) && waited.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_panel->waitForAnalysis();
    }
    EXPECT_EQ(m_panel->result()->options.asOf, QDate(2025, 6, 30));
    EXPECT_EQ(m_panel->result()->options.sales.from, QDate(2024, 7, 1));
}

TEST_F(ReportsPanelTest, ActivatingASegmentRowRequestsItsCustomers)
{
    QSignalSpy requested(m_panel.get(), &ReportsPanel::customersRequested);
    QTableView *table = m_panel->panel(ReportsPanel::SegmentsTab)->table();
    int row = 0;
    while (table->model()->index(row, 1).data().toString().remove(QLatin1Char(',')).toInt() == 0)
        ++row;
    const int expected = table->model()->index(row, 1).data().toString().remove(QLatin1Char(',')).toInt();
    emit table->activated(table->model()->index(row, 0));
    ASSERT_EQ(requested.count(), 1);
    const auto ids = requested.first().at(1).value<QList<qint64>>();
    EXPECT_EQ(ids.size(), expected);
    EXPECT_TRUE(requested.first().at(0).toString().contains(table->model()->index(row, 0).data().toString()));
}

TEST_F(ReportsPanelTest, DrillDownTagsAndExportsTheCustomers)
{
    const QList<qint64> ids
        = TestSql::ids(m_book->connection(), QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 7"));
    DrillDownDialog dialog(m_book->connection(), QStringLiteral("Champions"), ids);
    EXPECT_EQ(dialog.table()->model()->rowCount(), 7);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.tagCustomers(QStringLiteral("Q4 champions"));
    EXPECT_EQ(TestSql::count(m_book->connection(),
                  QStringLiteral("SELECT count(*) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE t.name = 'Q4 champions'")),
        7);
    EXPECT_EQ(MessageBox::lastText(), QStringLiteral("The tag \"Q4 champions\" was added to 7 customer(s)."));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.tagCustomers(QStringLiteral("Q4 champions")); // again: nobody gets it twice
    EXPECT_EQ(MessageBox::lastText(), QStringLiteral("The tag \"Q4 champions\" was added to 0 customer(s)."));
    EXPECT_EQ(TestSql::count(m_book->connection(),
                  QStringLiteral("SELECT count(*) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE t.name = 'Q4 champions'")),
        7);

    const QString file = m_dir.filePath(QStringLiteral("champions.xlsx"));
    ASSERT_TRUE(dialog.exportTo(file));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).active; "
                           "print(ws.max_row, ws.cell(1,1).value)"),
            file });
    ASSERT_TRUE(python.waitForFinished(60000));
    if (python.exitCode() != 0)
        GTEST_SKIP() << "python3-openpyxl is not installed";
    EXPECT_EQ(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), QStringLiteral("8 Name"));
}

TEST_F(ReportsPanelTest, ChartsSaveAsPngAndSvg)
{
    ChartPanel *panel = m_panel->panel(ReportsPanel::ParetoTab);
    const QString png = m_dir.filePath(QStringLiteral("pareto.png"));
    FileDialog::setNextFileName(png);
    panel->saveChart();
    QImageReader reader(png);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    EXPECT_GT(reader.size().width(), 100);

    const QString svg = m_dir.filePath(QStringLiteral("pareto.svg"));
    FileDialog::setNextFileName(svg);
    panel->saveChart();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_TRUE(content.contains("<svg"));
    EXPECT_TRUE(content.contains("</svg>"));
}

TEST_F(ReportsPanelTest, PrintedAnalysisHasACoverEveryAnalysisAndPageNumbers)
{
    const QString pdf = m_dir.filePath(QStringLiteral("analysis.pdf"));
    ASSERT_TRUE(m_panel->saveAsPdf(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    ASSERT_TRUE(text.waitForFinished(60000));
    if (text.exitCode() != 0 && text.error() == QProcess::FailedToStart)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("Customer analysis")));
    EXPECT_TRUE(content.contains(QStringLiteral("Period: 21 Nov 2025 to 20 Nov 2026")));
    for (const char *title : { "RFM segments", "Pareto / ABC", "Value pyramid", "Lifecycle", "Churn", "Clusters",
             "Champions", "Class A customers" })
        EXPECT_TRUE(content.contains(QLatin1String(title))) << title;
    const int pages = int(content.count(QLatin1Char('\f')));
    EXPECT_GE(pages, 7);
    EXPECT_TRUE(content.contains(QStringLiteral("page 1 of %1").arg(pages)));
    EXPECT_TRUE(content.contains(QStringLiteral("page %1 of %1").arg(pages)));
}

TEST_F(ReportsPanelTest, PrintedTablesNeverBreakAWordOrFigure)
{
    const QString pdf = m_dir.filePath(QStringLiteral("analysis.pdf"));
    ASSERT_TRUE(m_panel->saveAsPdf(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    ASSERT_TRUE(text.waitForFinished(60000));
    if (text.exitCode() != 0 && text.error() == QProcess::FailedToStart)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    // The seven-column tables of the performance pages: every header word whole ("Custom" / "ers" before the
    // columns were measured), the figures on one line.
    for (const char *word : { "Channel", "Customers", "Orders", "Revenue", "revenue", "margin" })
        EXPECT_TRUE(content.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)))))
            << word;
    const QRegularExpression broken(QStringLiteral("\\b(Custom|Chann|Order|Gros|marg|Reve|reve)\\b"));
    const QRegularExpressionMatch match = broken.match(content);
    EXPECT_FALSE(match.hasMatch()) << match.captured().toStdString() << " at "
                                   << content.mid(std::max<qsizetype>(0, match.capturedStart() - 80), 160).toStdString();
}

TEST_F(ReportsPanelTest, PrintedChartsShowTheirAxisLabelsWhole)
{
    // At the printed size Qt Charts cut these short ("Top 1...", and the months to "..."), although they fit.
    const SalesAnalysisResult &result = *m_panel->result();
    for (ReportContent::Tab tab : { ReportContent::Tab::Pareto, ReportContent::Tab::Churn }) {
        ReportView view = ReportContent::view(result, tab);
        ASSERT_NE(view.chart, nullptr);
        bool truncated = false;
        for (QAbstractAxis *axis : view.chart->axes())
            QObject::connect(axis, &QAbstractAxis::labelsTruncatedChanged,
                             [&truncated](bool cut) { truncated |= cut; });
        const QImage image = AnalysisReport::chartImage(view.chart, QSizeF(500, 340)); // deletes the chart
        EXPECT_EQ(image.size(), QSize(1000, 680));
        EXPECT_FALSE(truncated) << int(tab);
    }
}

// A new book has no sales: the page says so and how sales get in, and the charts say there is nothing to show
// instead of drawing empty axes (which ran from NaN to NaN).
TEST(ReportsPanelEmptyTest, ANewBookSaysThereIsNothingToAnalyseYet)
{
    QTemporaryDir dir;
    auto book = openBook(dir.filePath(QStringLiteral("new.clientele")));
    ASSERT_TRUE(book.ok());
    ReportsPanel panel(book.value()->path(), book.value()->connection());
    panel.resize(1100, 760);
    panel.show();
    panel.refresh();
    panel.waitForAnalysis();
    EXPECT_TRUE(panel.findChild<QLabel *>(QStringLiteral("reportsSummaryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("No customer bought in this period")));
    EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("reportsPrintButton"))->isEnabled());
    EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("reportsPdfButton"))->isEnabled());
    for (const QPushButton *button : panel.findChildren<QPushButton *>()) {
        if (button->objectName().endsWith(QLatin1String("SaveChartButton"))) {
            EXPECT_FALSE(button->isEnabled()) << button->objectName().toStdString();
        }
    }
    const QList<QChartView *> views = panel.findChildren<QChartView *>();
    ASSERT_GE(views.size(), 6);
    for (const QChartView *view : views) {
        if (!view->chart() || view->chart()->series().isEmpty())
            continue; // a view not chosen yet
        EXPECT_EQ(EmptyState::shownOver(view), QStringLiteral("Nothing to show for this period and these filters."))
            << view->objectName().toStdString();
        for (const QAbstractAxis *axis : view->chart()->axes())
            EXPECT_FALSE(axis->isVisible()) << view->objectName().toStdString();
    }
}

// Counts on an axis step in whole numbers: 0, 1, 2 for two customers, not 0, 0.5, 1 printed "0, 1, 1".
TEST(ChartStyleTest, AxesOfWholeNumbersStepInWholeNumbers)
{
    QValueAxis axis;
    axis.setLabelFormat(QStringLiteral("%.0f"));
    const auto fit = [&](double lowest, double highest) {
        ChartStyle::fitValueAxis(&axis, lowest, highest);
        return std::tuple { axis.min(), axis.max(), axis.tickCount() };
    };
    EXPECT_EQ(fit(0, 2), std::tuple(0.0, 2.0, 3));
    EXPECT_EQ(fit(0, 0), std::tuple(0.0, 1.0, 2));
    EXPECT_EQ(fit(0, std::nan("")), std::tuple(0.0, 1.0, 2));
    EXPECT_EQ(fit(0, 13), std::tuple(0.0, 15.0, 4));
    EXPECT_EQ(fit(0, 4.4), std::tuple(0.0, 5.0, 6));
    EXPECT_EQ(fit(-3, 980), std::tuple(-200.0, 1000.0, 7));
}

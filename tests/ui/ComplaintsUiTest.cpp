#include "Book.h"
#include "Clock.h"
#include "CustomerFilePanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintReportsPanel.h"
#include "complaints/ComplaintTableModel.h"
#include "complaints/ComplaintsPanel.h"
#include "repo/ComplaintRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/ComplaintSettings.h"
#include "services/ComplaintWorkflow.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>

namespace {

void whenDialogShows(std::function<void(QDialog *)> fill)
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

void choose(QWidget *parent, const QString &comboName, const QVariant &data)
{
    auto combo = parent->findChild<QComboBox *>(comboName);
    ASSERT_NE(combo, nullptr) << comboName.toStdString();
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << comboName.toStdString();
    combo->setCurrentIndex(index);
}

void click(QWidget *parent, const QString &buttonName)
{
    auto button = parent->findChild<QPushButton *>(buttonName);
    ASSERT_NE(button, nullptr) << buttonName.toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

class ComplaintsUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings().clear();
        Clock::setInstance(&m_clock);
        auto db = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_window = std::make_unique<MainWindow>(std::move(db.value()));
        Customer customer;
        customer.name = QStringLiteral("深圳华信电子有限公司");
        m_customerId = CustomerRepository(m_window->database().connection()).create(customer).value();
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        Clock::setInstance(nullptr);
    }

    ComplaintTableModel *list() const { return m_window->complaints()->model(); }

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 6), QTime(9, 30), Qt::UTC) };
    std::unique_ptr<MainWindow> m_window;
    qint64 m_customerId = 0;
};

TEST_F(ComplaintsUiTest, LogsAComplaintFromTheCustomerFileAndClosesItWithSatisfaction)
{
    m_window->customerFile()->showCustomer(m_customerId);
    whenDialogShows([](QDialog *dialog) {
        typeText(
            dialog->findChild<QLineEdit *>(QStringLiteral("complaintSummaryLineEdit")), QStringLiteral("屏幕有坏点"));
        choose(dialog, QStringLiteral("complaintSeverityComboBox"), QStringLiteral("critical"));
        choose(dialog, QStringLiteral("complaintCategoryComboBox"), QStringLiteral("product_quality"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("complaintProductLineEdit")), QStringLiteral("M27"));
        click(dialog, QStringLiteral("saveComplaintButton"));
    });
    m_window->findChild<QAction *>(QStringLiteral("logComplaintAction"))->trigger();

    // The customer file lists it; so does the complaints page.
    auto fileList = m_window->customerFile()->findChild<QTableView *>(QStringLiteral("customerComplaintsTableView"));
    ASSERT_NE(fileList, nullptr);
    ASSERT_EQ(fileList->model()->rowCount(), 1);
    EXPECT_EQ(fileList->model()->index(0, ComplaintTableModel::NumberColumn).data().toString(),
        QStringLiteral("C-2026-0001"));
    m_window->showPage(MainWindow::ComplaintsPage);
    ASSERT_EQ(list()->rowCount(), 1);
    EXPECT_EQ(list()->index(0, ComplaintTableModel::CustomerColumn).data().toString(),
        QStringLiteral("深圳华信电子有限公司"));
    EXPECT_EQ(list()->index(0, ComplaintTableModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
    EXPECT_EQ(list()->index(0, ComplaintTableModel::StatusColumn).data().toString(), QStringLiteral("New"));
    EXPECT_EQ(list()->index(0, ComplaintTableModel::ServiceLevelColumn).data().toString(), QStringLiteral("On track"));
    const qint64 id = list()->idAt(0);

    ComplaintDialog dialog(m_window->database().connection(), id, 0, m_window.get());
    dialog.show();
    // The case's customer is settled: it reads as text, not as a greyed-out box.
    auto customerName = dialog.findChild<QLabel *>(QStringLiteral("complaintCustomerNameLabel"));
    ASSERT_NE(customerName, nullptr);
    EXPECT_EQ(customerName->text(), QStringLiteral("深圳华信电子有限公司"));
    EXPECT_TRUE(customerName->isVisible());
    EXPECT_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("complaintCustomerComboBox"))->isVisible());
    click(&dialog, QStringLiteral("move_acknowledged_Button"));
    click(&dialog, QStringLiteral("move_in_progress_Button"));
    // Resolving without a resolution is refused with the reason.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(&dialog, QStringLiteral("move_resolved_Button"));
    EXPECT_EQ(MessageBox::lastText(),
        QStringLiteral("Write down the resolution before resolving the complaint "
                       "C-2026-0001."));
    EXPECT_EQ(dialog.complaint().status, ComplaintStatus::InProgress);
    auto resolution = dialog.findChild<QPlainTextEdit *>(QStringLiteral("complaintResolutionTextEdit"));
    ASSERT_NE(resolution, nullptr);
    resolution->setFocus();
    typeText(resolution, QStringLiteral("Replaced the monitor."));
    click(&dialog, QStringLiteral("move_resolved_Button"));
    EXPECT_EQ(dialog.complaint().status, ComplaintStatus::Resolved);
    whenDialogShows([](QDialog *ask) {
        choose(ask, QStringLiteral("csatComboBox"), 4);
        choose(ask, QStringLiteral("npsComboBox"), 9);
        ask->accept();
    });
    click(&dialog, QStringLiteral("move_closed_Button"));

    const Complaint stored = ComplaintRepository(m_window->database().connection()).get(id).value();
    EXPECT_EQ(stored.status, ComplaintStatus::Closed);
    EXPECT_EQ(stored.csat, 4);
    EXPECT_EQ(stored.nps, 9);
    EXPECT_EQ(stored.resolution, QStringLiteral("Replaced the monitor."));
    EXPECT_EQ(stored.productRef, QStringLiteral("M27"));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("complaintHeaderLabel"))->text(),
        QStringLiteral("C-2026-0001 · Closed"));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("complaintSatisfactionLabel"))->text(),
        QStringLiteral("CSAT 4 of 5, NPS 9 of 10"));
    auto history = dialog.findChild<QTreeWidget *>(QStringLiteral("complaintHistoryTreeWidget"));
    ASSERT_EQ(history->topLevelItemCount(), 5);
    EXPECT_EQ(history->topLevelItem(4)->text(2), QStringLiteral("Resolved → Closed"));
    EXPECT_EQ(history->topLevelItem(4)->text(3), QStringLiteral("Satisfaction: CSAT 4, NPS 9."));
    // Closed: the only way on is to reopen.
    EXPECT_EQ(
        dialog.findChild<QPushButton *>(QStringLiteral("move_in_progress_Button"))->text(), QStringLiteral("R&eopen"));
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("move_closed_Button")), nullptr);

    m_window->showPage(MainWindow::ComplaintReportsPage);
    m_window->complaintReports()->waitForStatistics();
    const ComplaintStatistics &stats = m_window->complaintReports()->statistics();
    EXPECT_EQ(stats.total, 1);
    EXPECT_DOUBLE_EQ(stats.csatAverage.value(), 4.0);
    EXPECT_DOUBLE_EQ(stats.nps.value(), 100.0);
    auto chart = m_window->complaintReports()->findChild<QChartView *>(QStringLiteral("categoryChartView"));
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->chart()->series().size(), 1);
}

TEST_F(ComplaintsUiTest, OverdueAndAboutToBreachCasesAreHighlightedAndFiltered)
{
    ComplaintWorkflow workflow(m_window->database().connection());
    Complaint critical;
    critical.customerId = m_customerId;
    critical.severity = ComplaintSeverity::Critical; // respond by 11:30
    critical.summary = QStringLiteral("Production line down");
    ASSERT_TRUE(workflow.log(critical, {}).ok());
    Complaint low = critical;
    low.severity = ComplaintSeverity::Low;
    low.summary = QStringLiteral("Manual has a typo");
    ASSERT_TRUE(workflow.log(low, {}).ok());

    m_clock.set(QDateTime(QDate(2026, 3, 6), QTime(11, 15), Qt::UTC)); // 15 of 120 minutes left
    m_window->showPage(MainWindow::ComplaintsPage);
    ASSERT_EQ(list()->rowCount(), 2);
    const auto rowOf = [this](const QString &summary) {
        for (int row = 0; row < list()->rowCount(); ++row) {
            if (list()->index(row, ComplaintTableModel::SummaryColumn).data().toString() == summary)
                return row;
        }
        return -1;
    };
    const int criticalRow = rowOf(QStringLiteral("Production line down"));
    EXPECT_EQ(list()->index(criticalRow, ComplaintTableModel::ServiceLevelColumn).data().toString(),
        QStringLiteral("Due soon"));
    EXPECT_EQ(list()->index(criticalRow, 0).data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xf0, 0xc2));
    EXPECT_FALSE(list()->index(rowOf(QStringLiteral("Manual has a typo")), 0).data(Qt::BackgroundRole).isValid());

    m_clock.set(QDateTime(QDate(2026, 3, 6), QTime(11, 31), Qt::UTC));
    m_window->showPage(MainWindow::CustomersPage);
    m_window->showPage(MainWindow::ComplaintsPage); // opening the page escalates what is overdue
    EXPECT_EQ(list()
                  ->index(rowOf(QStringLiteral("Production line down")), ComplaintTableModel::ServiceLevelColumn)
                  .data()
                  .toString(),
        QStringLiteral("Overdue"));
    EXPECT_EQ(list()
                  ->index(rowOf(QStringLiteral("Production line down")), ComplaintTableModel::NumberColumn)
                  .data()
                  .toString(),
        QStringLiteral("C-2026-0001 ▲"));
    auto overdueOnly = m_window->complaints()->findChild<QCheckBox *>(QStringLiteral("complaintOverdueCheckBox"));
    overdueOnly->setChecked(true);
    ASSERT_EQ(list()->rowCount(), 1);
    EXPECT_EQ(
        list()->index(0, ComplaintTableModel::SummaryColumn).data().toString(), QStringLiteral("Production line down"));
    overdueOnly->setChecked(false);
    choose(m_window->complaints(), QStringLiteral("complaintSeverityFilterComboBox"), QStringLiteral("low"));
    ASSERT_EQ(list()->rowCount(), 1);
    EXPECT_EQ(
        list()->index(0, ComplaintTableModel::SummaryColumn).data().toString(), QStringLiteral("Manual has a typo"));
    EXPECT_EQ(m_window->complaints()->findChild<QLabel *>(QStringLiteral("complaintCountsLabel"))->text(),
        QStringLiteral("2 open, 1 overdue"));
}

TEST_F(ComplaintsUiTest, TheMonthChartOfAYearFromTheSeventhShowsAllThirteenMonths)
{
    ComplaintWorkflow workflow(m_window->database().connection());
    // One complaint in each month from March 2025 to March 2026: the default period (a year up to today, the
    // 6th of March 2026) starts on the 7th of March 2025 and so covers thirteen calendar months.
    for (int i = 0; i <= 12; ++i) {
        m_clock.set(QDateTime(QDate(2025, 3, 10).addMonths(i), QTime(9, 0), Qt::UTC));
        if (i == 12)
            m_clock.set(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC));
        Complaint complaint;
        complaint.customerId = m_customerId;
        complaint.summary = QStringLiteral("Complaint %1").arg(i + 1);
        complaint.severity = ComplaintSeverity::Low;
        ASSERT_TRUE(workflow.log(complaint, {}).ok());
    }
    m_clock.set(QDateTime(QDate(2026, 3, 6), QTime(9, 30), Qt::UTC));
    m_window->showPage(MainWindow::ComplaintReportsPage);
    ComplaintReportsPanel *reports = m_window->complaintReports();
    reports->setPeriod(QDate(2025, 3, 7), QDate(2026, 3, 6));
    reports->waitForStatistics();
    ASSERT_EQ(reports->statistics().total, 13);

    auto chartView = reports->findChild<QChartView *>(QStringLiteral("monthChartView"));
    ASSERT_NE(chartView, nullptr);
    const QList<QAbstractAxis *> axes = chartView->chart()->axes(Qt::Horizontal);
    ASSERT_EQ(axes.size(), 1);
    auto months = qobject_cast<QBarCategoryAxis *>(axes.first());
    ASSERT_NE(months, nullptr);
    // Both Marches are named by year and month; the months between by their number.
    EXPECT_EQ(months->categories(),
        QStringList({ QStringLiteral("2025-03"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
            QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"),
            QStringLiteral("12"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2026-03") }));
    auto bars = qobject_cast<QBarSeries *>(chartView->chart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 1);
    EXPECT_EQ(bars->barSets().first()->count(), 13);
    EXPECT_EQ(bars->barSets().first()->at(12), 1.0);
    EXPECT_TRUE(chartView->chart()->localizeNumbers());
}

TEST_F(ComplaintsUiTest, TheReceivedTimeReadsAsTheLanguageWritesIt)
{
    // Qt 6.4's short time format for Taiwan is "Bh:mm", and Qt prints the "B" as it stands.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::Taiwan));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    ComplaintDialog dialog(m_window->database().connection(), 0, m_customerId, m_window.get());
    auto received = dialog.findChild<QDateTimeEdit *>(QStringLiteral("complaintReceivedDateTimeEdit"));
    ASSERT_NE(received, nullptr);
    received->setDateTime(QDateTime(QDate(2026, 12, 6), QTime(15, 38)));
    EXPECT_EQ(received->text(), QStringLiteral("2026/12/6 15:38"));
}

TEST_F(ComplaintsUiTest, ALogWithoutSummaryIsRefusedInTheDialog)
{
    ComplaintDialog dialog(m_window->database().connection(), 0, m_customerId, m_window.get());
    dialog.show();
    click(&dialog, QStringLiteral("saveComplaintButton"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("complaintErrorLabel"))->text(),
        QStringLiteral("A complaint needs a short summary of what the customer complains about."));
    EXPECT_EQ(ComplaintRepository(m_window->database().connection()).count({}).value(), 0);
}

TEST_F(ComplaintsUiTest, ServiceLevelsAndBusinessHoursAreSetInTheSettingsDialog)
{
    whenDialogShows([](QDialog *dialog) {
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("criticalResponseSpinBox"))->setValue(1.5);
        dialog->findChild<QCheckBox *>(QStringLiteral("businessHoursCheckBox"))->setChecked(true);
        auto categories = dialog->findChild<QPlainTextEdit *>(QStringLiteral("complaintCategoriesTextEdit"));
        categories->setPlainText(categories->toPlainText() + QStringLiteral("\nInstallation"));
        dialog->accept();
    });
    click(m_window->complaints(), QStringLiteral("complaintSettingsButton"));
    const ComplaintSettings settings(m_window->database().connection());
    const ServiceLevels levels = settings.serviceLevels().value();
    EXPECT_EQ(levels.target(ComplaintSeverity::Critical).responseMinutes, 90);
    EXPECT_EQ(levels.target(ComplaintSeverity::Critical).resolutionMinutes, 1440);
    EXPECT_TRUE(levels.businessHours().enabled);
    EXPECT_EQ(levels.businessHours().workingDays, (QList<int> { 1, 2, 3, 4, 5 }));
    EXPECT_EQ(settings.categories().value(),
        (QStringList { QStringLiteral("product_quality"), QStringLiteral("delivery"),
            QStringLiteral("service_attitude"), QStringLiteral("billing"), QStringLiteral("other"),
            QStringLiteral("Installation") }));
    // The new category is offered in the list's filter.
    EXPECT_GE(m_window->complaints()
                  ->findChild<QComboBox *>(QStringLiteral("complaintCategoryFilterComboBox"))
                  ->findData(QStringLiteral("Installation")),
        0);
}

} // namespace

namespace {

// A new complaint goes to the customer's owner, so that it is never left with nobody by default; the user may
// still choose someone else, and an existing complaint keeps whoever has it.
TEST_F(ComplaintsUiTest, ANewComplaintGoesToTheCustomersOwner)
{
    QSqlDatabase db = m_window->database().connection();
    const qint64 zhang = LookupRepository(db).addOwner(QStringLiteral("张敏")).value_or(0);
    Customer customer = CustomerRepository(db).find(m_customerId).value();
    customer.ownerId = zhang;
    ASSERT_TRUE(CustomerRepository(db).update(customer).ok());
    ComplaintDialog dialog(db, 0, m_customerId, m_window.get());
    dialog.show();
    auto owner = dialog.findChild<QComboBox *>(QStringLiteral("complaintOwnerComboBox"));
    ASSERT_NE(owner, nullptr);
    EXPECT_EQ(owner->currentData().toLongLong(), zhang);
    EXPECT_EQ(owner->currentText(), QStringLiteral("张敏"));
}

} // namespace

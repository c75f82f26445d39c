#include "Book.h"
#include "Clock.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintFollowUpsWidget.h"
#include "complaints/ComplaintTableModel.h"
#include "complaints/ComplaintsPanel.h"
#include "followups/ActivityDialog.h"
#include "repo/ActivityRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "reports/DrillDownDialog.h"
#include "services/ComplaintWorkflow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>

namespace {

// Runs `fill` on the next modal dialog once it shows (`name`: its object name, to skip other boxes).
void whenDialogShows(const QString &name, std::function<void(QDialog *)> fill)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [name, fill, attempt] {
        auto dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == name)
            fill(dialog);
        else
            QTimer::singleShot(10, *attempt);
    };
    QTimer::singleShot(0, *attempt);
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    auto found = parent->findChild<T *>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql));
    QStringList result;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        result << cells.join(QLatin1Char('|'));
    }
    return result;
}

class CallbackUiTest : public ::testing::Test
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
        LookupRepository lookups(this->db());
        m_li = lookups.addOwner(QStringLiteral("李娜")).value();
        m_emily = lookups.addOwner(QStringLiteral("Emily Carter")).value();
        m_customerId = addCustomer(QStringLiteral("深圳华信电子有限公司"), m_emily);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        Clock::setInstance(nullptr);
    }

    QSqlDatabase db() const { return m_window->database().connection(); }

    qint64 addCustomer(const QString &name, qint64 ownerId)
    {
        Customer customer;
        customer.name = name;
        customer.ownerId = ownerId;
        return CustomerRepository(db()).create(customer).value_or(0);
    }

    // High: a response is due 8 hours after 09:00 UTC, at 17:00 UTC.
    Complaint logComplaint()
    {
        Complaint c;
        c.customerId = m_customerId;
        c.severity = ComplaintSeverity::High;
        c.category = QStringLiteral("delivery");
        c.summary = QStringLiteral("屏幕有坏点");
        c.receivedAt = QDateTime(QDate(2026, 3, 6), QTime(9, 0), Qt::UTC);
        c.ownerId = m_li;
        auto logged = ComplaintWorkflow(db()).log(c, QStringLiteral("wang"));
        EXPECT_TRUE(logged.ok()) << logged.error().toString().toStdString();
        return logged.value_or(Complaint {});
    }

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 6), QTime(9, 30), Qt::UTC) }; // a Friday
    std::unique_ptr<MainWindow> m_window;
    qint64 m_li = 0;
    qint64 m_emily = 0;
    qint64 m_customerId = 0;
};

TEST_F(CallbackUiTest, CallBackOnTheCasePageIsPrefilledShownOnTheCaseAndMarkedDoneFromThere)
{
    const Complaint c = logComplaint();
    ComplaintDialog dialog(db(), c.id, 0, m_window.get());
    dialog.show();
    auto tabs = child<QTabWidget>(&dialog, QStringLiteral("complaintTabWidget"));
    EXPECT_EQ(tabs->tabText(tabs->indexOf(dialog.followUps())), QStringLiteral("Follow-ups (0)"));

    const QDateTime due = QDateTime(QDate(2026, 3, 6), QTime(17, 0), Qt::UTC).toLocalTime();
    QStringList seen;
    whenDialogShows(QStringLiteral("activityDialog"), [&seen](QDialog *activity) {
        seen << activity->windowTitle() << child<QComboBox>(activity, QStringLiteral("typeComboBox"))->currentText()
             << child<QLineEdit>(activity, QStringLiteral("subjectLineEdit"))->text()
             << child<QComboBox>(activity, QStringLiteral("ownerComboBox"))->currentText()
             << child<QDateEdit>(activity, QStringLiteral("dateEdit"))->date().toString(Qt::ISODate)
             << child<QTimeEdit>(activity, QStringLiteral("timeEdit"))->time().toString(QStringLiteral("HH:mm"))
             << child<QLabel>(activity, QStringLiteral("complaintCaseLabel"))->text();
        activity->accept();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("complaintCallBackButton")), Qt::LeftButton);
    EXPECT_EQ(seen,
        (QStringList { QStringLiteral("Call back about C-2026-0001"), QStringLiteral("Call"),
            QStringLiteral("Call back about complaint C-2026-0001: 屏幕有坏点"), QStringLiteral("李娜"),
            due.date().toString(Qt::ISODate), due.time().toString(QStringLiteral("HH:mm")),
            QStringLiteral("C-2026-0001: 屏幕有坏点") }));

    // The case shows it, and its history says so.
    EXPECT_EQ(tabs->currentWidget(), static_cast<QWidget *>(dialog.followUps()));
    EXPECT_EQ(tabs->tabText(tabs->indexOf(dialog.followUps())), QStringLiteral("Follow-ups (1)"));
    auto table = child<QTableWidget>(&dialog, QStringLiteral("complaintFollowUpsTableWidget"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Call"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("李娜"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Open"));
    auto history = child<QTreeWidget>(&dialog, QStringLiteral("complaintHistoryTreeWidget"));
    ASSERT_EQ(history->topLevelItemCount(), 2);
    EXPECT_EQ(history->topLevelItem(1)->text(3),
        QStringLiteral(
            "Follow-up scheduled: Call \"Call back about complaint C-2026-0001: 屏幕有坏点\", due %1, for 李娜.")
            .arg(due.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    // Marked done from the case, without a next one.
    table->selectRow(0);
    whenDialogShows(QStringLiteral("completeActivityDialog"), [](QDialog *complete) {
        child<QLineEdit>(complete, QStringLiteral("outcomeLineEdit"))->setText(QStringLiteral("Apologised"));
        child<QGroupBox>(complete, QStringLiteral("scheduleNextGroupBox"))->setChecked(false);
        complete->accept();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("followUpDoneButton")), Qt::LeftButton);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("Done"));
    EXPECT_FALSE(child<QPushButton>(&dialog, QStringLiteral("followUpDoneButton"))->isEnabled());
    EXPECT_EQ(rows(db(), QStringLiteral("SELECT type, status, outcome, complaint_id FROM activities")),
        QStringList { QStringLiteral("call|done|Apologised|%1").arg(c.id) });
    // The case's history, open in the same dialog, tells the outcome.
    ASSERT_EQ(history->topLevelItemCount(), 3);
    EXPECT_EQ(history->topLevelItem(2)->text(3),
        QStringLiteral("Follow-up done: Call \"Call back about complaint C-2026-0001: 屏幕有坏点\". Outcome: Apologised"));
    EXPECT_EQ(history->topLevelItem(2)->toolTip(3), history->topLevelItem(2)->text(3));
}

TEST_F(CallbackUiTest, VisitFromTheComplaintListAndTheActivityLinksBackToTheCase)
{
    const Complaint c = logComplaint();
    m_window->showPage(MainWindow::ComplaintsPage);
    ComplaintsPanel *panel = m_window->complaints();
    ASSERT_EQ(panel->model()->rowCount(), 1);
    panel->view()->selectRow(0);
    whenDialogShows(QStringLiteral("activityDialog"), [](QDialog *activity) {
        EXPECT_EQ(child<QComboBox>(activity, QStringLiteral("typeComboBox"))->currentText(), QStringLiteral("Visit"));
        activity->accept();
    });
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("complaintListVisitButton")), Qt::LeftButton);
    const QList<Activity> followUps = ActivityRepository(db()).forComplaint(c.id).value();
    ASSERT_EQ(followUps.size(), 1);
    EXPECT_EQ(followUps.first().type, ActivityType::Visit);
    EXPECT_EQ(followUps.first().subject, QStringLiteral("Visit about complaint C-2026-0001: 屏幕有坏点"));
    EXPECT_EQ(followUps.first().durationMinutes, 60);
    // The list's context menu offers the same, with a shortcut.
    auto callBack = child<QAction>(panel, QStringLiteral("complaintCallBackAction"));
    EXPECT_TRUE(panel->view()->actions().contains(callBack));
    EXPECT_EQ(callBack->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    // Opened elsewhere (the agenda), the activity names its case as a link that opens it.
    ActivityDialog activity(db(), followUps.first(), m_window.get());
    EXPECT_EQ(child<QLabel>(&activity, QStringLiteral("complaintCaseLabel"))->text(),
        QStringLiteral("<a href=\"case\">C-2026-0001</a>: 屏幕有坏点"));
    QString opened;
    whenDialogShows(QStringLiteral("complaintDialog"), [&opened](QDialog *caseDialog) {
        opened = caseDialog->windowTitle();
        caseDialog->reject();
    });
    emit child<QLabel>(&activity, QStringLiteral("complaintCaseLabel"))->linkActivated(QStringLiteral("case"));
    EXPECT_EQ(opened, QStringLiteral("Complaint C-2026-0001"));
}

TEST_F(CallbackUiTest, ASegmentFromAReportGetsOneFollowUpPerCustomerWithOneRep)
{
    const QList<qint64> ids { m_customerId, addCustomer(QStringLiteral("Acme Trading"), m_li),
        addCustomer(QStringLiteral("Blue Sky Foods"), 0) };
    DrillDownDialog drillDown(db(), QStringLiteral("At risk"), ids, m_window.get());
    drillDown.show();
    int scheduled = 0;
    QObject::connect(&drillDown, &DrillDownDialog::followUpsScheduled, [&scheduled] { ++scheduled; });
    QString countText;
    whenDialogShows(QStringLiteral("scheduleFollowUpsDialog"), [&countText](QDialog *schedule) {
        countText = child<QLabel>(schedule, QStringLiteral("scheduleCountLabel"))->text();
        auto subject = child<QLineEdit>(schedule, QStringLiteral("scheduleSubjectLineEdit"));
        subject->setText(QStringLiteral("Win back {customer}"));
        child<QDateEdit>(schedule, QStringLiteral("scheduleDateEdit"))->setDate(QDate(2026, 3, 9));
        child<QCheckBox>(schedule, QStringLiteral("scheduleAllDayCheckBox"))->setChecked(true);
        child<QCheckBox>(schedule, QStringLiteral("scheduleSpreadCheckBox"))->setChecked(true);
        child<QSpinBox>(schedule, QStringLiteral("scheduleSpreadDaysSpinBox"))->setValue(2);
        child<QRadioButton>(schedule, QStringLiteral("scheduleOneRepRadioButton"))->setChecked(true);
        auto rep = child<QComboBox>(schedule, QStringLiteral("scheduleRepComboBox"));
        rep->setCurrentIndex(rep->findText(QStringLiteral("李娜")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(schedule, QStringLiteral("scheduleOkButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&drillDown, QStringLiteral("drillDownFollowUpsButton")), Qt::LeftButton);
    EXPECT_EQ(countText, QStringLiteral("One follow-up for each of the 3 customer(s)."));
    EXPECT_EQ(MessageBox::lastText(), QStringLiteral("3 follow-up(s) scheduled."));
    EXPECT_EQ(scheduled, 1);
    EXPECT_EQ(rows(db(),
                  QStringLiteral("SELECT c.name, a.subject, a.due_date, o.name FROM activities a JOIN customers c ON "
                                 "c.id = a.customer_id JOIN owners o ON o.id = a.owner_id ORDER BY a.id")),
        (QStringList { QStringLiteral("深圳华信电子有限公司|Win back 深圳华信电子有限公司|2026-03-09|李娜"),
            QStringLiteral("Acme Trading|Win back Acme Trading|2026-03-09|李娜"),
            QStringLiteral("Blue Sky Foods|Win back Blue Sky Foods|2026-03-10|李娜") }));
}

TEST_F(CallbackUiTest, SelectedCustomersInTheListGetFollowUpsForTheirOwnOwners)
{
    const qint64 acme = addCustomer(QStringLiteral("Acme Trading"), m_li);
    m_window->customerList()->reload();
    auto view = m_window->customerList()->view();
    ASSERT_EQ(view->model()->rowCount(), 2);
    view->selectAll();
    QStringList problems;
    whenDialogShows(QStringLiteral("scheduleFollowUpsDialog"), [&problems](QDialog *schedule) {
        auto subject = child<QLineEdit>(schedule, QStringLiteral("scheduleSubjectLineEdit"));
        // An empty subject is refused with the reason; nothing is written.
        subject->clear();
        QTest::mouseClick(child<QPushButton>(schedule, QStringLiteral("scheduleOkButton")), Qt::LeftButton);
        problems << child<QLabel>(schedule, QStringLiteral("scheduleErrorLabel"))->text();
        subject->setText(QStringLiteral("Call {customer} about the price list"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(schedule, QStringLiteral("scheduleOkButton")), Qt::LeftButton);
    });
    m_window->findChild<QAction *>(QStringLiteral("scheduleFollowUpsAction"))->trigger();
    EXPECT_EQ(problems, QStringList { QStringLiteral("The follow-ups need a subject.") });
    // The first working day after Friday 2026-03-06 at 9:00 local time.
    const QString due = QDateTime(QDate(2026, 3, 9), QTime(9, 0)).toUTC().toString(Qt::ISODate);
    EXPECT_EQ(rows(db(),
                  QStringLiteral("SELECT customer_id, type, subject, due_at, owner_id FROM activities ORDER BY "
                                 "customer_id")),
        (QStringList { QStringLiteral("%1|call|Call 深圳华信电子有限公司 about the price list|%2|%3")
                           .arg(m_customerId)
                           .arg(due)
                           .arg(m_emily),
            QStringLiteral("%1|call|Call Acme Trading about the price list|%2|%3").arg(acme).arg(due).arg(m_li) }));
}

} // namespace

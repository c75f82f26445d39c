#include "Appearance.h"
#include "Book.h"
#include "Clock.h"
#include "CustomerDialog.h"
#include "CustomerFilePanel.h"
#include "CustomerListPanel.h"
#include "MainWindow.h"
#include "TableExport.h"
#include "UiTestSupport.h"
#include "followups/ActivityDialog.h"
#include "followups/AgendaPanel.h"
#include "followups/CalendarDayList.h"
#include "followups/CalendarPanel.h"
#include "followups/CompleteActivityDialog.h"
#include "followups/FollowUpSettingsDialog.h"
#include "followups/ReminderCenter.h"
#include "followups/RenewalsPanel.h"
#include "repo/ActivityRepository.h"
#include "repo/ContractRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/FollowUpService.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QListWidgetItem>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <ctime>
#include <functional>

namespace {

// Runs `act` on the next modal dialog as soon as it is shown.
void onNextModal(std::function<void(QDialog *)> act)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [act, attempt] {
        if (auto dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            act(dialog);
        else
            QTimer::singleShot(10, *attempt);
    };
    QTimer::singleShot(0, *attempt);
}

QStringList dumpRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; query.isValid() && i < 16 && query.value(i).isValid(); ++i)
            fields << (query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        rows << fields.join(QLatin1Char('\t'));
    }
    return rows;
}

// Section titles and, under each, "when | subject" of its items.
QStringList agendaLines(const QTreeWidget *tree)
{
    QStringList lines;
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = tree->topLevelItem(s);
        lines << section->text(0);
        for (int i = 0; i < section->childCount(); ++i)
            lines << QStringLiteral("  %1 | %2").arg(section->child(i)->text(0), section->child(i)->text(2));
    }
    return lines;
}

class FollowUpsUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Clock::setInstance(&m_clock);
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok());
        const QSqlDatabase db = book.value()->connection();
        LookupRepository lookups(db);
        m_li = lookups.addOwner(QStringLiteral("李娜")).value_or(0);
        m_emily = lookups.addOwner(QStringLiteral("Emily Carter")).value_or(0);
        Customer hengtai;
        hengtai.name = QStringLiteral("杭州恒泰机械有限公司");
        hengtai.tier = QStringLiteral("A");
        hengtai.ownerId = m_li;
        m_hengtai = CustomerRepository(db).create(hengtai).value_or(0);
        Customer acme;
        acme.name = QStringLiteral("Acme Inc.");
        acme.tier = QStringLiteral("C");
        acme.ownerId = m_emily;
        m_acme = CustomerRepository(db).create(acme).value_or(0);
        FollowUpService service(db);
        auto plan
            = [&](qint64 customer, qint64 owner, ActivityType type, const QString &subject, const QDateTime &due) {
                  Activity a;
                  a.customerId = customer;
                  a.ownerId = owner;
                  a.type = type;
                  a.subject = subject;
                  a.dueAt = due;
                  auto id = service.schedule(a);
                  EXPECT_TRUE(id.ok());
                  return id.value_or(0);
              };
        m_overdue = plan(m_hengtai, m_li, ActivityType::Call, QStringLiteral("回访报价"), utc(2025, 3, 4, 2));
        plan(m_acme, m_emily, ActivityType::Visit, QStringLiteral("Visit the plant"), utc(2025, 3, 5, 6));
        plan(m_hengtai, m_li, ActivityType::Meeting, QStringLiteral("季度回顾"), utc(2025, 3, 7, 1, 30));
        Contract contract;
        contract.customerId = m_hengtai;
        contract.number = QStringLiteral("HT-1");
        contract.title = QStringLiteral("年度维保");
        contract.startDate = QDate(2024, 4, 1);
        contract.endDate = QDate(2025, 3, 31);
        contract.value = Amount { 12000000, QStringLiteral("CNY") };
        ASSERT_TRUE(ContractRepository(db).create(contract).ok());

        m_window = std::make_unique<MainWindow>(std::move(book).value());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        // What the window does a second after it opens: renewal follow-ups, missed reminders.
        m_window->reminders()->check();
    }

    void TearDown() override
    {
        m_window.reset();
        Clock::setInstance(nullptr);
        QLocale::setDefault(QLocale::c());
        qunsetenv("TZ");
        tzset();
    }

    static QDateTime utc(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    }

    QSqlDatabase db() const { return m_window->database().connection(); }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 5), QTime(4, 0), Qt::UTC) }; // 12:00 in Shanghai
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_li = 0;
    qint64 m_emily = 0;
    qint64 m_hengtai = 0;
    qint64 m_acme = 0;
    qint64 m_overdue = 0;
};

TEST_F(FollowUpsUiTest, AgendaShowsOverdueTodayAndTheNextDaysWithABadge)
{
    m_window->showPage(MainWindow::AgendaPage);
    AgendaPanel *agenda = m_window->agenda();
    ASSERT_TRUE(agenda->isVisible());
    EXPECT_EQ(agendaLines(agenda->view()),
        (QStringList { QStringLiteral("Overdue (1)"), QStringLiteral("  04/03/2025 10:00 | 回访报价"),
            QStringLiteral("Today (2)"), QStringLiteral("  05/03/2025 (all day) | Renew contract HT-1 (年度维保)"),
            QStringLiteral("  05/03/2025 14:00 | Visit the plant"), QStringLiteral("Next 7 days (1)"),
            QStringLiteral("  07/03/2025 09:30 | 季度回顾") }));
    auto navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(MainWindow::AgendaPage)->text(), QStringLiteral("Agenda (1)"));

    auto owner = agenda->findChild<QComboBox *>(QStringLiteral("agendaOwnerComboBox"));
    owner->setCurrentIndex(owner->findText(QStringLiteral("Emily Carter")));
    emit owner->activated(owner->currentIndex());
    EXPECT_EQ(agendaLines(agenda->view()),
        (QStringList { QStringLiteral("Overdue (0)"), QStringLiteral("Today (1)"),
            QStringLiteral("  05/03/2025 14:00 | Visit the plant"), QStringLiteral("Next 7 days (0)") }));
    EXPECT_EQ(navigation->item(MainWindow::AgendaPage)->text(), QStringLiteral("Agenda"));
    EXPECT_EQ(QSettings().value(QStringLiteral("agenda/owner")).toLongLong(), m_emily);
}

TEST_F(FollowUpsUiTest, OverdueWorkStandsOutOnADarkPalette)
{
    m_window->showPage(MainWindow::AgendaPage);
    AgendaPanel *agenda = m_window->agenda();
    // Switched while the agenda is open: it is filled again in the new colours.
    Appearance::apply(Appearance::Mode::Dark);
    const auto restore = qScopeGuard([] { Appearance::apply(Appearance::Mode::System); });
    const QTreeWidgetItem *overdue = agenda->view()->topLevelItem(0);
    ASSERT_TRUE(overdue && overdue->childCount() == 1);
    const QColor base = agenda->view()->palette().color(QPalette::Base);
    ASSERT_LT(base.lightnessF(), 0.5);
    for (const QColor &shown : { overdue->foreground(0).color(), overdue->child(0)->foreground(0).color() }) {
        EXPECT_EQ(shown, Appearance::errorText());
        EXPECT_GT(shown.lightnessF(), 0.6) << shown.name().toStdString() << " on " << base.name().toStdString();
    }
}

// Every label with an Alt letter names the box it leads to, and a new dialog starts in the box one writes first.
TEST_F(FollowUpsUiTest, DialogsStartWhereOneWritesAndEveryAltLetterWorks)
{
    const auto expectLettersWork = [](QDialog &dialog) {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            const QString text = label->text();
            const bool hasLetter = text.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
            if (hasLetter && label->textFormat() != Qt::RichText) {
                EXPECT_NE(label->buddy(), nullptr) << dialog.windowTitle().toStdString() << ": " << text.toStdString();
            }
        }
    };
    Activity fresh;
    fresh.customerId = m_hengtai;
    ActivityDialog activity(db(), fresh, m_window.get());
    activity.show();
    // The dialog's focus child, which takes the keyboard when the dialog is active (offscreen keeps the main
    // window's focus).
    EXPECT_EQ(activity.focusWidget(), activity.findChild<QLineEdit *>(QStringLiteral("subjectLineEdit")));
    expectLettersWork(activity);
    activity.close();

    auto overdue = ActivityRepository(db()).find(m_overdue);
    ASSERT_TRUE(overdue.ok());
    CompleteActivityDialog complete(db(), overdue.value(), m_window.get());
    expectLettersWork(complete);

    CustomerDialog customer(db(), 0, m_window.get());
    customer.show();
    EXPECT_EQ(customer.focusWidget(), customer.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")));
}

// New on the agenda plans for the customer of the selected follow-up, not for the one last picked on the Customers
// page, out of sight (found by a review).
TEST_F(FollowUpsUiTest, NewOnTheAgendaPlansForTheSelectedFollowUpsCustomer)
{
    m_window->customerList()->selectCustomer(m_acme);
    m_window->showPage(MainWindow::AgendaPage);
    AgendaPanel *agenda = m_window->findChild<AgendaPanel *>();
    ASSERT_NE(agenda, nullptr);
    ASSERT_TRUE(agenda->selectActivity(m_overdue)); // 杭州恒泰's call
    QString customer;
    onNextModal([&customer](QDialog *dialog) {
        if (auto label = dialog->findChild<QLabel *>(QStringLiteral("customerLabel")))
            customer = label->text();
        dialog->reject();
    });
    agenda->findChild<QPushButton *>(QStringLiteral("newActivityButton"))->click();
    EXPECT_EQ(customer, QStringLiteral("杭州恒泰机械有限公司"));
}

// Ctrl+S saves in the follow-up dialog, as in the quote editor (found by a review).
TEST_F(FollowUpsUiTest, CtrlSSavesAFollowUp)
{
    Activity fresh;
    fresh.customerId = m_hengtai;
    ActivityDialog dialog(db(), fresh, m_window.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto subject = dialog.findChild<QLineEdit *>(QStringLiteral("subjectLineEdit"));
    subject->setText(QStringLiteral("Ctrl+S 保存的跟进"));
    QTest::keyClick(subject, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QSqlQuery saved(db());
    ASSERT_TRUE(saved.exec(QStringLiteral("SELECT count(*) FROM activities WHERE subject = 'Ctrl+S 保存的跟进'"))
        && saved.next());
    EXPECT_EQ(saved.value(0).toInt(), 1);
}

TEST_F(FollowUpsUiTest, CompletesAnOverdueCallAndSchedulesTheNextOne)
{
    m_window->showPage(MainWindow::AgendaPage);
    AgendaPanel *agenda = m_window->agenda();
    ASSERT_TRUE(agenda->selectActivity(m_overdue));
    QDate proposedDate;
    QTime proposedTime;
    onNextModal([&](QDialog *dialog) {
        EXPECT_EQ(dialog->objectName(), QStringLiteral("completeActivityDialog"));
        proposedDate = dialog->findChild<QDateEdit *>(QStringLiteral("nextDateEdit"))->date();
        proposedTime = dialog->findChild<QTimeEdit *>(QStringLiteral("nextTimeEdit"))->time();
        dialog->findChild<QLineEdit *>(QStringLiteral("outcomeLineEdit"))->setText(QStringLiteral("客户要样品"));
        auto subject = dialog->findChild<QLineEdit *>(QStringLiteral("nextSubjectLineEdit"));
        subject->setText(QStringLiteral("寄样品后回访"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    agenda->findChild<QPushButton *>(QStringLiteral("completeButton"))->click();
    // Tier A: seven days from today, at the same local time as the call that was done.
    EXPECT_EQ(proposedDate, QDate(2025, 3, 12));
    EXPECT_EQ(proposedTime, QTime(10, 0));
    EXPECT_EQ(dumpRows(db(),
                  QStringLiteral("SELECT subject, status, outcome, due_at, completed_at FROM activities "
                                 "WHERE customer_id = %1 AND type = 'call' ORDER BY id")
                      .arg(m_hengtai)),
        (QStringList { QStringLiteral("回访报价\tdone\t客户要样品\t2025-03-04T02:00:00Z\t2025-03-05T04:00:00Z"),
            QStringLiteral("寄样品后回访\tplanned\t\t2025-03-12T02:00:00Z\t<null>") }));
    const QStringList lines = agendaLines(agenda->view());
    EXPECT_EQ(lines.first(), QStringLiteral("Overdue (0)"));
    EXPECT_TRUE(lines.contains(QStringLiteral("  12/03/2025 10:00 | 寄样品后回访"))) << lines.join(QLatin1Char('\n'));
    auto navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    EXPECT_EQ(navigation->item(MainWindow::AgendaPage)->text(), QStringLiteral("Agenda"));
}

// In Chinese the calendar's title and the renewal chart's months read as Chinese dates ("2025年3月"), not as
// the English pattern with Chinese month names ("三月 2025").
TEST_F(FollowUpsUiTest, MonthsReadAsTheLanguageWritesThem)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/clientele_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&chinese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    });
    CalendarPanel *calendar = m_window->calendar();
    calendar->setSpan(CalendarPanel::Span::Month);
    calendar->showDate(QDate(2025, 3, 7));
    EXPECT_EQ(calendar->findChild<QLabel *>(QStringLiteral("calendarTitleLabel"))->text(), QStringLiteral("2025年3月"));

    m_window->showPage(MainWindow::RenewalsPage);
    RenewalsPanel *renewals = m_window->renewals();
    renewals->reload();
    renewals->waitForOverview();
    auto chartView = renewals->findChild<QChartView *>();
    ASSERT_TRUE(chartView && chartView->chart());
    QStringList months;
    for (QAbstractAxis *axis : chartView->chart()->axes(Qt::Horizontal)) {
        if (auto categories = qobject_cast<QBarCategoryAxis *>(axis))
            months = categories->categories();
    }
    ASSERT_FALSE(months.isEmpty());
    EXPECT_TRUE(months.contains(QStringLiteral("2025年3月"))) << months.join(QLatin1Char(' '));
    EXPECT_TRUE(months.contains(QStringLiteral("2024年4月"))) << months.join(QLatin1Char(' '));
}

TEST_F(FollowUpsUiTest, RenewsAContractFromTheRenewalsPage)
{
    m_window->showPage(MainWindow::RenewalsPage);
    RenewalsPanel *renewals = m_window->renewals();
    QTableWidget *ending = renewals->endingTable();
    // The figures are read in the background: the page shows at once and says so.
    EXPECT_EQ(renewals->findChild<QLabel *>(QStringLiteral("renewalRateLabel"))->text(),
        QStringLiteral("Reading the contracts…"));
    renewals->waitForOverview();
    ASSERT_EQ(ending->rowCount(), 1);
    EXPECT_EQ(ending->item(0, 0)->text(), QStringLiteral("HT-1"));
    EXPECT_EQ(ending->item(0, 4)->text(), QStringLiteral("26"));
    EXPECT_EQ(ending->item(0, 5)->text(), QStringLiteral("120,000.00 CNY"));
    EXPECT_EQ(renewals->findChild<QLabel *>(QStringLiteral("valueAtStake30Label"))->text(),
        QStringLiteral("120,000.00\u00a0CNY"));
    ending->selectRow(0);
    QString proposedEnd;
    onNextModal([&](QDialog *dialog) {
        EXPECT_EQ(dialog->objectName(), QStringLiteral("contractDialog"));
        EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("numberLineEdit"))->text(), QStringLiteral("HT-1-R1"));
        proposedEnd = dialog->findChild<QDateEdit *>(QStringLiteral("endDateEdit"))->date().toString(Qt::ISODate);
        dialog->findChild<QLineEdit *>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("132,000"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    renewals->findChild<QPushButton *>(QStringLiteral("renewButton"))->click();
    renewals->waitForOverview();
    EXPECT_EQ(proposedEnd, QStringLiteral("2026-03-31"));
    EXPECT_EQ(dumpRows(db(),
                  QStringLiteral("SELECT number, start_date, end_date, value_minor, status, "
                                 "coalesce(previous_contract_id, 0) FROM contracts ORDER BY id")),
        (QStringList { QStringLiteral("HT-1\t2024-04-01\t2025-03-31\t12000000\trenewed\t0"),
            QStringLiteral("HT-1-R1\t2025-04-01\t2026-03-31\t13200000\tactive\t1") }));
    EXPECT_EQ(ending->rowCount(), 0);
    // The renewal follow-up is closed, so the agenda no longer shows it.
    EXPECT_EQ(dumpRows(db(), QStringLiteral("SELECT status, outcome FROM activities WHERE contract_id = 1")),
        QStringList { QStringLiteral("done\tRenewed as HT-1-R1") });
    // The customer file shows the chain: the renewal under the contract it renewed.
    m_window->showCustomerFile(m_hengtai);
    auto contracts = m_window->customerFile()->findChild<QTreeWidget *>(QStringLiteral("contractsTreeWidget"));
    ASSERT_NE(contracts, nullptr);
    ASSERT_EQ(contracts->topLevelItemCount(), 1);
    EXPECT_EQ(contracts->topLevelItem(0)->text(0), QStringLiteral("HT-1"));
    ASSERT_EQ(contracts->topLevelItem(0)->childCount(), 1);
    EXPECT_EQ(contracts->topLevelItem(0)->child(0)->text(0), QStringLiteral("HT-1-R1"));
}

// New Taiwan dollars have no decimals: the page, the dialog and what is stored count whole dollars, as the printed
// report and the exports do (Money); an amount with cents is refused with the currency named.
TEST_F(FollowUpsUiTest, AContractInNewTaiwanDollarsCountsWholeDollars)
{
    QSqlQuery update(db());
    ASSERT_TRUE(update.exec(QStringLiteral("UPDATE contracts SET currency = 'TWD', value_minor = 120000")));
    m_window->showPage(MainWindow::RenewalsPage);
    RenewalsPanel *renewals = m_window->renewals();
    renewals->waitForOverview();
    QTableWidget *ending = renewals->endingTable();
    ASSERT_EQ(ending->rowCount(), 1);
    EXPECT_EQ(ending->item(0, 5)->text(), QStringLiteral("120,000 TWD"));
    EXPECT_EQ(ending->item(0, 5)->data(TableExport::ValueRole).toDouble(), 120000.0);
    // Each amount of the sum stays on one line when the label wraps.
    EXPECT_EQ(renewals->findChild<QLabel *>(QStringLiteral("valueAtStake30Label"))->text(),
        QStringLiteral("120,000\u00a0TWD"));
    ending->selectRow(0);
    QString shown;
    QString refusal;
    onNextModal([&](QDialog *dialog) {
        auto value = dialog->findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
        shown = value->text();
        value->setText(QStringLiteral("132,000.50"));
        auto save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        refusal = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        value->setText(QStringLiteral("132,000"));
        save->click();
    });
    renewals->findChild<QPushButton *>(QStringLiteral("renewButton"))->click();
    renewals->waitForOverview();
    EXPECT_EQ(shown, QStringLiteral("120000"));
    EXPECT_EQ(refusal, QStringLiteral("The value \"132,000.50\" is not an amount of TWD such as 12000 or 12,000."));
    EXPECT_EQ(dumpRows(db(), QStringLiteral("SELECT number, value_minor, currency FROM contracts ORDER BY id")),
        (QStringList { QStringLiteral("HT-1\t120000\tTWD"), QStringLiteral("HT-1-R1\t132000\tTWD") }));
}

TEST_F(FollowUpsUiTest, TheCustomerTimelineShowsPlannedAndPastActivities)
{
    m_clock.set(utc(2025, 3, 5, 5));
    ASSERT_TRUE(FollowUpService(db()).complete(m_overdue, QStringLiteral("客户要样品")).ok());
    m_window->showCustomerFile(m_hengtai);
    auto timeline = m_window->customerFile()->findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
    ASSERT_NE(timeline, nullptr);
    QStringList lines;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        lines << timeline->topLevelItem(i)->text(1);
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("Planned task: Renew contract HT-1 (年度维保) (李娜)"));
    EXPECT_EQ(lines[1], QStringLiteral("Planned meeting: 季度回顾 (李娜)"));
    EXPECT_EQ(lines[2], QStringLiteral("Call done: 回访报价 — 客户要样品"));
}

// A planned follow-up in the customer's timeline opens in its dialog, as in the agenda; a change shows at once.
TEST_F(FollowUpsUiTest, APlannedFollowUpInTheTimelineOpensForEditing)
{
    m_window->showCustomerFile(m_hengtai);
    auto timeline = m_window->customerFile()->findChild<QTreeWidget *>(QStringLiteral("timelineTreeWidget"));
    ASSERT_NE(timeline, nullptr);
    QTreeWidgetItem *meeting = nullptr;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        if (timeline->topLevelItem(i)->text(1).contains(QStringLiteral("季度回顾")))
            meeting = timeline->topLevelItem(i);
    }
    ASSERT_NE(meeting, nullptr);
    QString opened;
    onNextModal([&opened](QDialog *dialog) {
        auto subject = dialog->findChild<QLineEdit *>(QStringLiteral("subjectLineEdit"));
        opened = subject->text();
        subject->setText(QStringLiteral("季度回顾和续约"));
        dialog->accept();
    });
    emit timeline->itemActivated(meeting, 1);
    EXPECT_EQ(opened, QStringLiteral("季度回顾"));
    QStringList lines;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        lines << timeline->topLevelItem(i)->text(1);
    EXPECT_TRUE(lines.contains(QStringLiteral("Planned meeting: 季度回顾和续约 (李娜)")))
        << lines.join(QLatin1Char('\n')).toStdString();

    // A note or a past event opens nothing (a dialog opened by mistake is closed, so the test fails, not hangs).
    auto opens = std::make_shared<bool>(false);
    QTimer::singleShot(500, [opens] {
        if (auto dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            *opens = true;
            dialog->reject();
        }
    });
    emit timeline->itemActivated(timeline->topLevelItem(timeline->topLevelItemCount() - 1), 1);
    EXPECT_FALSE(*opens);
}

TEST_F(FollowUpsUiTest, ADueReminderCanBeSnoozedAndComesBack)
{
    ReminderCenter *reminders = m_window->reminders();
    // At the start the call missed yesterday and today's renewal task were shown; dismiss them.
    EXPECT_EQ(reminders->list()->count(), 2);
    reminders->popup()->findChild<QPushButton *>(QStringLiteral("reminderDismissAllButton"))->click();
    EXPECT_EQ(reminders->list()->count(), 0);
    EXPECT_FALSE(reminders->popup()->isVisible());
    // The visit at 14:00 falls due.
    m_clock.set(utc(2025, 3, 5, 6, 1));
    reminders->check();
    ASSERT_TRUE(reminders->popup()->isVisible());
    QStringList shown;
    for (int i = 0; i < reminders->list()->count(); ++i)
        shown << reminders->list()->item(i)->text();
    EXPECT_EQ(shown, QStringList { QStringLiteral("05/03/2025 14:00 — Visit: Visit the plant (Acme Inc.)") });
    reminders->snoozeSelected(10);
    EXPECT_FALSE(reminders->popup()->isVisible());
    m_clock.set(utc(2025, 3, 5, 6, 5));
    reminders->check();
    EXPECT_EQ(reminders->list()->count(), 0);
    m_clock.set(utc(2025, 3, 5, 6, 12));
    reminders->check();
    ASSERT_EQ(reminders->list()->count(), 1);
    reminders->dismissSelected();
    m_clock.set(utc(2025, 3, 5, 7, 0));
    reminders->check();
    EXPECT_EQ(reminders->list()->count(), 0);
}

} // namespace

namespace {

TEST_F(FollowUpsUiTest, DraggingAnActivityToAnotherDayInTheCalendarReschedulesIt)
{
    m_window->showPage(MainWindow::CalendarPage);
    CalendarPanel *calendar = m_window->calendar();
    calendar->setSpan(CalendarPanel::Span::Week);
    calendar->showDate(QDate(2025, 3, 3));
    CalendarDayList *friday = calendar->dayList(QDate(2025, 3, 7));
    CalendarDayList *monday = calendar->dayList(QDate(2025, 3, 10));
    ASSERT_NE(friday, nullptr);
    EXPECT_EQ(monday, nullptr); // the week of 3 March (weeks start on Monday in the UK)
    ASSERT_EQ(friday->count(), 1);
    EXPECT_EQ(friday->item(0)->text(), QStringLiteral("09:30 季度回顾"));
    const qint64 meeting = friday->item(0)->data(Qt::UserRole).toLongLong();

    // Drop it on Thursday the way a drag from Friday's list arrives.
    CalendarDayList *thursday = calendar->dayList(QDate(2025, 3, 6));
    QMimeData mime;
    mime.setData(CalendarDayList::kMimeType, QByteArray::number(meeting));
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(thursday->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(thursday->viewport(), &drop);
    EXPECT_TRUE(drop.isAccepted());

    EXPECT_EQ(dumpRows(db(), QStringLiteral("SELECT due_at FROM activities WHERE id = %1").arg(meeting)),
        QStringList { QStringLiteral("2025-03-06T01:30:00Z") });
    ASSERT_EQ(calendar->dayList(QDate(2025, 3, 6))->count(), 1);
    EXPECT_EQ(calendar->dayList(QDate(2025, 3, 6))->item(0)->text(), QStringLiteral("09:30 季度回顾"));
    EXPECT_EQ(calendar->dayList(QDate(2025, 3, 7))->count(), 0);

    // The month view shows the same.
    calendar->setSpan(CalendarPanel::Span::Month);
    EXPECT_EQ(calendar->firstDay(), QDate(2025, 2, 24));
    EXPECT_EQ(calendar->dayList(QDate(2025, 3, 6))->count(), 1);
}


TEST_F(FollowUpsUiTest, ABusyCalendarDayShowsItsFirstFollowUpsAndHowManyMore)
{
    // 60 more calls on Friday 7 March (Shanghai), after the meeting at 09:30.
    FollowUpService service(db());
    for (int i = 0; i < 60; ++i) {
        Activity a;
        a.customerId = m_acme;
        a.ownerId = m_emily;
        a.subject = QStringLiteral("Call %1").arg(i, 2, 10, QLatin1Char('0'));
        a.dueAt = utc(2025, 3, 7, 2).addSecs(60 * i);
        ASSERT_TRUE(service.schedule(a).ok());
    }
    m_window->showPage(MainWindow::CalendarPage);
    CalendarPanel *calendar = m_window->calendar();
    calendar->setSpan(CalendarPanel::Span::Week);
    calendar->showDate(QDate(2025, 3, 3));
    CalendarDayList *friday = calendar->dayList(QDate(2025, 3, 7));
    ASSERT_NE(friday, nullptr);
    ASSERT_EQ(friday->count(), 41); // 40 follow-ups and the "more" line
    EXPECT_EQ(friday->item(0)->text(), QStringLiteral("09:30 季度回顾"));
    EXPECT_EQ(friday->item(39)->text(), QStringLiteral("10:38 Call 38"));
    EXPECT_EQ(friday->item(40)->text(), QStringLiteral("+ 21 more"));
    EXPECT_FALSE(friday->item(40)->flags() & Qt::ItemIsDragEnabled);
    EXPECT_EQ(friday->item(40)->data(Qt::UserRole).toLongLong(), 0);
}
} // namespace

namespace {

TEST_F(FollowUpsUiTest, FollowUpSettingsAreSavedInTheBook)
{
    FollowUpSettingsDialog dialog(db());
    auto intervalA = dialog.findChild<QSpinBox *>(QStringLiteral("intervalASpinBox"));
    auto renewalDays = dialog.findChild<QLineEdit *>(QStringLiteral("renewalDaysLineEdit"));
    ASSERT_NE(intervalA, nullptr);
    ASSERT_NE(renewalDays, nullptr);
    EXPECT_EQ(intervalA->value(), 7);
    EXPECT_EQ(renewalDays->text(), QStringLiteral("60, 30, 7"));
    intervalA->setValue(14);
    renewalDays->setText(QStringLiteral("soon"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), int(QDialog::Rejected));
    EXPECT_EQ(dumpRows(db(), QStringLiteral("SELECT value FROM book_settings WHERE key = 'followup_intervals'")),
        QStringList { QStringLiteral("A=7,B=30,C=90") });
    renewalDays->setText(QStringLiteral("45, 15"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dumpRows(db(),
                  QStringLiteral("SELECT key, value FROM book_settings WHERE key IN ('followup_intervals', "
                                 "'renewal_reminder_days') ORDER BY key")),
        (QStringList {
            QStringLiteral("followup_intervals\tA=14,B=30,C=90"), QStringLiteral("renewal_reminder_days\t45,15") }));
}

} // namespace

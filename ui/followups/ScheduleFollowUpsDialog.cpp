#include "ScheduleFollowUpsDialog.h"
#include "BackgroundJob.h"
#include "Clock.h"
#include "DialogSize.h"
#include "ErrorLabel.h"
#include "FollowUpFormatting.h"
#include "MessageBox.h"
#include "db/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {

// Tomorrow, or Monday when tomorrow is a weekend day.
QDate nextWorkingDay(const QDate &today)
{
    QDate day = today.addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

} // namespace

ScheduleFollowUpsDialog::ScheduleFollowUpsDialog(QSqlDatabase db, const QList<qint64> &customerIds, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_ids(customerIds)
    , m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("scheduleFollowUpsDialog"));
    setWindowTitle(tr("Schedule follow-ups"));
    buildForm();
    connect(m_job, &BackgroundJob::progressed, this,
        [this](double fraction) { m_progress->setValue(int(fraction * m_progress->maximum())); });
    connect(m_job, &BackgroundJob::finished, this, &ScheduleFollowUpsDialog::finished);
}

ScheduleFollowUpsDialog::~ScheduleFollowUpsDialog()
{
    // The work writes into m_result and reports to this dialog: it ends (rolled back) before they go.
    m_job->cancel();
    m_job->wait();
}

void ScheduleFollowUpsDialog::buildForm()
{
    auto count = new QLabel(tr("One follow-up for each of the %Ln customer(s).", nullptr, int(m_ids.size())));
    count->setObjectName(QStringLiteral("scheduleCountLabel"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("scheduleTypeComboBox"));
    for (ActivityType type : allActivityTypes())
        m_type->addItem(displayName(type), int(type));
    m_subject = new QLineEdit(tr("Follow up with %1").arg(FollowUpBatch::customerPlaceholder()));
    m_subject->setObjectName(QStringLiteral("scheduleSubjectLineEdit"));
    auto hint = new QLabel(tr("%1 is replaced by each customer's name.").arg(FollowUpBatch::customerPlaceholder()));
    hint->setEnabled(false);
    m_date = new QDateEdit(nextWorkingDay(Clock::instance().today()));
    m_date->setObjectName(QStringLiteral("scheduleDateEdit"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit(QTime(9, 0));
    m_time->setObjectName(QStringLiteral("scheduleTimeEdit"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_allDay = new QCheckBox(tr("&All day"));
    m_allDay->setObjectName(QStringLiteral("scheduleAllDayCheckBox"));
    connect(m_allDay, &QCheckBox::toggled, m_time, &QWidget::setDisabled);
    m_spread = new QCheckBox(tr("&Spread over"));
    m_spread->setObjectName(QStringLiteral("scheduleSpreadCheckBox"));
    m_spreadDays = new QSpinBox;
    m_spreadDays->setObjectName(QStringLiteral("scheduleSpreadDaysSpinBox"));
    m_spreadDays->setAccessibleName(tr("Working days to spread over"));
    m_spreadDays->setRange(2, 260);
    m_spreadDays->setValue(5);
    m_spreadDays->setSuffix(tr(" working days"));
    m_spreadDays->setEnabled(false);
    connect(m_spread, &QCheckBox::toggled, m_spreadDays, &QWidget::setEnabled);
    m_eachOwner = new QRadioButton(tr("Each customer's &owner"));
    m_eachOwner->setObjectName(QStringLiteral("scheduleEachOwnerRadioButton"));
    m_eachOwner->setChecked(true);
    m_oneRep = new QRadioButton(tr("One &rep:"));
    m_oneRep->setObjectName(QStringLiteral("scheduleOneRepRadioButton"));
    m_rep = new QComboBox;
    m_rep->setObjectName(QStringLiteral("scheduleRepComboBox"));
    FollowUpFormatting::fillOwners(m_rep, m_db, tr("(nobody)"));
    m_rep->removeItem(m_rep->findData(qint64(0)));
    m_oneRep->setEnabled(m_rep->count() > 0);
    m_rep->setEnabled(false);
    connect(m_oneRep, &QRadioButton::toggled, m_rep, &QWidget::setEnabled);
    auto owners = new QButtonGroup(this);
    owners->addButton(m_eachOwner);
    owners->addButton(m_oneRep);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("scheduleNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_error = makeErrorLabel(QStringLiteral("scheduleErrorLabel"));
    m_error->hide();
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("scheduleProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->hide();

    auto when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_allDay);
    when->addStretch();
    auto spread = new QHBoxLayout;
    spread->addWidget(m_spread);
    spread->addWidget(m_spreadDays);
    spread->addStretch();
    auto owner = new QHBoxLayout;
    owner->addWidget(m_eachOwner);
    owner->addWidget(m_oneRep);
    owner->addWidget(m_rep, 1);
    auto subject = new QVBoxLayout;
    subject->setSpacing(2);
    subject->addWidget(m_subject);
    subject->addWidget(hint);
    auto form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    auto subjectLabel = new QLabel(tr("S&ubject:"));
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, subject);
    auto dueLabel = new QLabel(tr("&Due:"));
    dueLabel->setBuddy(m_date);
    form->addRow(dueLabel, when);
    form->addRow(QString(), spread);
    form->addRow(tr("Owner:"), owner);
    form->addRow(tr("&Note:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("S&chedule"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("scheduleOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_ids.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleFollowUpsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScheduleFollowUpsDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    DialogSize::fitToWidth(this, 560);
}

FollowUpBatch ScheduleFollowUpsDialog::batch() const
{
    FollowUpBatch b;
    b.type = ActivityType(m_type->currentData().toInt());
    b.subject = m_subject->text().trimmed();
    b.firstDay = m_date->date();
    b.allDay = m_allDay->isChecked();
    b.time = m_time->time();
    b.spreadDays = m_spread->isChecked() ? m_spreadDays->value() : 1;
    b.ownerId = m_oneRep->isChecked() ? m_rep->currentData().toLongLong() : 0;
    b.notes = m_notes->toPlainText().trimmed();
    return b;
}

bool ScheduleFollowUpsDialog::isRunning() const
{
    return m_job->isRunning();
}

void ScheduleFollowUpsDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->setVisible(!error.message.isEmpty());
    if (error.field == QLatin1String("subject"))
        m_subject->setFocus();
    else if (error.field == QLatin1String("due"))
        m_date->setFocus();
}

void ScheduleFollowUpsDialog::setRunning(bool running)
{
    for (QWidget *input : std::initializer_list<QWidget *> { m_type, m_subject, m_date, m_time, m_allDay, m_spread,
             m_spreadDays, m_eachOwner, m_oneRep, m_rep, m_notes })
        input->setEnabled(!running);
    if (!running) {
        m_time->setEnabled(!m_allDay->isChecked());
        m_spreadDays->setEnabled(m_spread->isChecked());
        m_rep->setEnabled(m_oneRep->isChecked());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!running);
    m_progress->setVisible(running);
}

void ScheduleFollowUpsDialog::accept()
{
    if (isRunning())
        return;
    const FollowUpBatch b = batch();
    if (Status status = BulkFollowUpScheduler::validate(b); !status)
        return showError(status.error());
    showError(Error {});
    m_progress->setValue(0);
    setRunning(true);
    m_result = std::make_shared<std::optional<Result<BulkScheduleSummary>>>();
    auto result = m_result;
    const QString bookPath = m_db.databaseName();
    const QList<qint64> ids = m_ids;
    m_job->start([result, bookPath, ids, b](const auto &progress, const auto &cancel) {
        auto book = Database::open(bookPath);
        if (!book) {
            result->emplace(book.error());
            return;
        }
        result->emplace(BulkFollowUpScheduler(book.value()->connection()).schedule(b, ids, progress, &cancel));
    });
}

void ScheduleFollowUpsDialog::reject()
{
    // While the work runs, Cancel stops it; everything it wrote is rolled back.
    if (isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ScheduleFollowUpsDialog::finished()
{
    setRunning(false);
    if (!m_result || !m_result->has_value())
        return showError(Error { tr("Scheduling stopped unexpectedly; no follow-up was created.") });
    const Result<BulkScheduleSummary> &result = m_result->value();
    if (!result)
        return showError(result.error());
    if (result.value().cancelled)
        return showError(Error { tr("Cancelled; no follow-up was created.") });
    m_summary = result.value();
    QString message = tr("%Ln follow-up(s) scheduled.", nullptr, m_summary.created);
    if (m_summary.skipped > 0)
        message = tr(
            "%1 %Ln customer(s) were skipped: they are in the trash or no longer exist.", nullptr, m_summary.skipped)
                      .arg(message);
    MessageBox::information(this, windowTitle(), message);
    QDialog::accept();
}

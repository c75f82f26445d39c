#include "ActivityDialog.h"
#include "Clock.h"
#include "CompleteActivityDialog.h"
#include "DialogSize.h"
#include "ErrorLabel.h"
#include "FollowUpFormatting.h"
#include "SaveShortcut.h"
#include "complaints/ComplaintDialog.h"
#include "repo/ActivityRepository.h"
#include "repo/ComplaintRepository.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "services/ComplaintFollowUps.h"
#include "services/FollowUpService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

ActivityDialog::ActivityDialog(QSqlDatabase db, const Activity &activity, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_activity(activity)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.id == 0 ? tr("New activity") : tr("Activity"));
    buildForm();
    load();
    m_subject->setFocus(); // not the type above it, which a typed letter changed unseen
}

void ActivityDialog::buildForm()
{
    m_customer = new QLabel;
    m_customer->setObjectName(QStringLiteral("customerLabel"));
    m_case = new QLabel;
    m_case->setObjectName(QStringLiteral("complaintCaseLabel"));
    m_case->setWordWrap(true);
    connect(m_case, &QLabel::linkActivated, this, &ActivityDialog::openCase);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    for (ActivityType type : allActivityTypes())
        m_type->addItem(displayName(type), int(type));
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("subjectLineEdit"));
    m_subject->setPlaceholderText(tr("e.g. Call about the new price list"));
    m_contact = new QComboBox;
    m_contact->setObjectName(QStringLiteral("contactComboBox"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerComboBox"));
    m_allDay = new QCheckBox(tr("&All day"));
    m_allDay->setObjectName(QStringLiteral("allDayCheckBox"));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit;
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_duration = new QSpinBox;
    m_duration->setRange(0, 7 * 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("priorityComboBox"));
    for (ActivityPriority priority : { ActivityPriority::Low, ActivityPriority::Normal, ActivityPriority::High })
        m_priority->addItem(displayName(priority), int(priority));
    m_repeat = new QComboBox;
    m_repeat->setObjectName(QStringLiteral("repeatComboBox"));
    m_repeat->addItem(tr("Does not repeat"), int(Recurrence::Unit::None));
    m_repeat->addItem(tr("Every … days"), int(Recurrence::Unit::Day));
    m_repeat->addItem(tr("Every … weeks"), int(Recurrence::Unit::Week));
    m_repeat->addItem(tr("Every … months"), int(Recurrence::Unit::Month));
    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setAccessibleName(tr("Repeat every"));
    m_interval->setRange(1, 999);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_error = makeErrorLabel();
    m_error->hide();

    auto when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_allDay);
    when->addStretch();
    auto repeat = new QHBoxLayout;
    repeat->addWidget(m_repeat);
    repeat->addWidget(m_interval);
    repeat->addStretch();
    auto form = new QFormLayout;
    form->addRow(tr("Customer:"), m_customer);
    if (m_activity.complaintId > 0)
        form->addRow(tr("Complaint:"), m_case);
    else
        m_case->hide();
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("O&wner:"), m_owner);
    // A row of several boxes has no buddy of its own: the label names the first, so that its letter works.
    auto dueLabel = new QLabel(tr("&Due:"));
    dueLabel->setBuddy(m_date);
    form->addRow(dueLabel, when);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&Priority:"), m_priority);
    auto repeatLabel = new QLabel(tr("&Repeat:"));
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, repeat);
    form->addRow(tr("&Notes:"), m_notes);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);

    saveOnCtrlS(this, buttons);
    m_doneNext = buttons->addButton(tr("Done and schedule &next…"), QDialogButtonBox::ActionRole);
    m_doneNext->setObjectName(QStringLiteral("doneNextButton"));
    m_doneNext->setShortcut(Qt::CTRL | Qt::Key_Return);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);
    connect(m_doneNext, &QPushButton::clicked, this, &ActivityDialog::completeWithNext);
    connect(m_allDay, &QCheckBox::toggled, m_time, &QWidget::setDisabled);
    connect(m_repeat, &QComboBox::currentIndexChanged, this,
        [this] { m_interval->setEnabled(m_repeat->currentData().toInt() != int(Recurrence::Unit::None)); });

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    DialogSize::fitToWidth(this, 520);
}

void ActivityDialog::load()
{
    const Activity &a = m_activity;
    QString customerName = a.customerName;
    if (customerName.isEmpty() && a.customerId > 0)
        customerName = CustomerRepository(m_db).row(a.customerId).value_or(CustomerRow {}).name;
    m_customer->setText(customerName);
    showCase();
    m_type->setCurrentIndex(m_type->findData(int(a.type)));
    m_subject->setText(a.subject);
    m_contact->addItem(tr("(nobody in particular)"), qint64(0));
    for (const Contact &contact : ContactRepository(m_db).forCustomer(a.customerId).value_or({}))
        m_contact->addItem(
            contact.title.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.title), contact.id);
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(a.contactId)));
    FollowUpFormatting::fillOwners(m_owner, m_db, tr("(nobody)"), a.ownerId);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(a.ownerId)));
    m_allDay->setChecked(a.allDay);
    m_time->setDisabled(a.allDay);
    if (a.allDay) {
        m_date->setDate(a.dueDate.isValid() ? a.dueDate : Clock::instance().today());
        m_time->setTime(QTime(9, 0));
    } else if (a.dueAt.isValid()) {
        const QDateTime local = a.dueAt.toLocalTime();
        m_date->setDate(local.date());
        m_time->setTime(local.time());
    } else {
        m_date->setDate(Clock::instance().today());
        m_time->setTime(QTime(9, 0));
    }
    m_duration->setValue(a.durationMinutes);
    m_priority->setCurrentIndex(m_priority->findData(int(a.priority)));
    m_repeat->setCurrentIndex(m_repeat->findData(int(a.recurrence.unit())));
    m_interval->setValue(qMax(1, a.recurrence.interval()));
    m_interval->setEnabled(!a.recurrence.isNone());
    m_notes->setPlainText(a.notes);
    m_doneNext->setVisible(a.id > 0 && a.status == ActivityStatus::Planned);
}

Activity ActivityDialog::activity() const
{
    Activity a = m_activity;
    a.type = ActivityType(m_type->currentData().toInt());
    a.subject = m_subject->text().trimmed();
    a.contactId = m_contact->currentData().toLongLong();
    a.ownerId = m_owner->currentData().toLongLong();
    a.allDay = m_allDay->isChecked();
    if (a.allDay) {
        a.dueDate = m_date->date();
        a.dueAt = {};
    } else {
        a.dueAt = QDateTime(m_date->date(), m_time->time(), QTimeZone::systemTimeZone()).toUTC();
        a.dueDate = {};
    }
    a.durationMinutes = m_duration->value();
    a.priority = ActivityPriority(m_priority->currentData().toInt());
    const Recurrence recurrence(Recurrence::Unit(m_repeat->currentData().toInt()), m_interval->value());
    if (recurrence != a.recurrence)
        a.seriesStart = {}; // a new rule starts a new series on this date
    a.recurrence = recurrence;
    a.notes = m_notes->toPlainText();
    return a;
}

void ActivityDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    if (error.field == QLatin1String("subject"))
        m_subject->setFocus();
    else if (error.field == QLatin1String("due"))
        m_date->setFocus();
}

void ActivityDialog::accept()
{
    FollowUpService service(m_db);
    const Activity edited = activity();
    if (edited.id == 0) {
        auto id = edited.complaintId > 0
            ? ComplaintFollowUps(m_db).schedule(edited, qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
            : service.schedule(edited);
        if (!id)
            return showError(id.error());
        m_savedId = id.value();
    } else {
        if (Status status = service.save(edited); !status)
            return showError(status.error());
        m_savedId = edited.id;
    }
    QDialog::accept();
}

void ActivityDialog::completeWithNext()
{
    // Changes made here are saved first, so the next one is proposed from what the user sees.
    if (Status status = FollowUpService(m_db).save(activity()); !status)
        return showError(status.error());
    auto saved = ActivityRepository(m_db).find(m_activity.id);
    if (!saved)
        return showError(saved.error());
    CompleteActivityDialog complete(m_db, saved.value(), this);
    if (complete.exec() != QDialog::Accepted)
        return;
    m_savedId = m_activity.id;
    QDialog::accept();
}

void ActivityDialog::setCaseLinkEnabled(bool enabled)
{
    m_caseLink = enabled;
    showCase();
}

void ActivityDialog::showCase()
{
    if (m_activity.complaintId <= 0)
        return;
    auto complaint = ComplaintRepository(m_db).get(m_activity.complaintId);
    const QString number = complaint ? complaint.value().number : m_activity.complaintNumber;
    const QString summary = complaint ? complaint.value().summary : QString();
    const QString shown
        = m_caseLink ? QStringLiteral("<a href=\"case\">%1</a>").arg(number.toHtmlEscaped()) : number.toHtmlEscaped();
    m_case->setTextFormat(Qt::RichText);
    m_case->setText(summary.isEmpty() ? shown : tr("%1: %2").arg(shown, summary.toHtmlEscaped()));
    m_case->setToolTip(m_caseLink ? tr("Open the complaint %1").arg(number) : QString());
}

void ActivityDialog::openCase()
{
    ComplaintDialog dialog(m_db, m_activity.complaintId, 0, this);
    dialog.exec();
}

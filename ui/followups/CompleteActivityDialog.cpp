#include "CompleteActivityDialog.h"
#include "Clock.h"
#include "DialogSize.h"
#include "ErrorLabel.h"
#include "FollowUpFormatting.h"
#include "services/FollowUpService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

CompleteActivityDialog::CompleteActivityDialog(QSqlDatabase db, const Activity &activity, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_activity(activity)
{
    setObjectName(QStringLiteral("completeActivityDialog"));
    setWindowTitle(tr("Done: %1").arg(activity.subject));
    m_proposed = FollowUpService(m_db).proposeNext(activity, Clock::instance().today()).value_or(activity);

    auto summary
        = new QLabel(tr("%1 with %2, due %3")
                         .arg(displayName(activity.type), activity.customerName, FollowUpFormatting::due(activity)));
    summary->setWordWrap(true);
    m_outcome = new QLineEdit;
    m_outcome->setObjectName(QStringLiteral("outcomeLineEdit"));
    m_outcome->setPlaceholderText(tr("What came of it, e.g. Wants a quote for 200 units"));

    m_scheduleNext = new QGroupBox(tr("&Schedule the next follow-up"));
    m_scheduleNext->setObjectName(QStringLiteral("scheduleNextGroupBox"));
    m_scheduleNext->setCheckable(true);
    m_scheduleNext->setChecked(true);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("nextTypeComboBox"));
    for (ActivityType type : allActivityTypes())
        m_type->addItem(displayName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(m_proposed.type)));
    m_subject = new QLineEdit(m_proposed.subject);
    m_subject->setObjectName(QStringLiteral("nextSubjectLineEdit"));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("nextDateEdit"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit;
    m_time->setObjectName(QStringLiteral("nextTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_allDay = new QCheckBox(tr("&All day"));
    m_allDay->setChecked(m_proposed.allDay);
    m_time->setDisabled(m_proposed.allDay);
    m_date->setDate(m_proposed.localDueDate());
    m_time->setTime(m_proposed.allDay ? QTime(9, 0) : m_proposed.dueAt.toLocalTime().time());
    connect(m_allDay, &QCheckBox::toggled, m_time, &QWidget::setDisabled);

    auto when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_allDay);
    when->addStretch();
    auto nextForm = new QFormLayout(m_scheduleNext);
    if (!activity.recurrence.isNone()) {
        auto series = new QLabel(tr("This activity repeats (%1): the next one in the series is proposed.")
                                     .arg(activity.recurrence.displayText()));
        series->setWordWrap(true);
        nextForm->addRow(series);
    }
    nextForm->addRow(tr("&Type:"), m_type);
    nextForm->addRow(tr("S&ubject:"), m_subject);
    auto dueLabel = new QLabel(tr("&Due:")); // names the date box, the first of the row
    dueLabel->setBuddy(m_date);
    nextForm->addRow(dueLabel, when);

    m_error = makeErrorLabel();
    m_error->hide();

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark &done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompleteActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompleteActivityDialog::reject);

    auto form = new QFormLayout;
    form->addRow(summary);
    form->addRow(tr("&Outcome:"), m_outcome);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scheduleNext);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    DialogSize::fitToWidth(this, 480);
}

std::optional<Activity> CompleteActivityDialog::next() const
{
    if (!m_scheduleNext->isChecked())
        return std::nullopt;
    Activity next = m_proposed;
    next.type = ActivityType(m_type->currentData().toInt());
    next.subject = m_subject->text().trimmed();
    next.allDay = m_allDay->isChecked();
    if (next.allDay) {
        next.dueDate = m_date->date();
        next.dueAt = {};
    } else {
        next.dueAt = QDateTime(m_date->date(), m_time->time(), QTimeZone::systemTimeZone()).toUTC();
        next.dueDate = {};
    }
    return next;
}

void CompleteActivityDialog::accept()
{
    FollowUpService service(m_db);
    const std::optional<Activity> following = next();
    if (!following) {
        // Unticked: nothing follows, and a repeating activity's series ends here.
        if (Status status = service.completeLast(m_activity.id, m_outcome->text()); !status) {
            m_error->setText(status.error().message);
            m_error->show();
            return;
        }
        QDialog::accept();
        return;
    }
    auto nextId = service.complete(m_activity.id, m_outcome->text(), following);
    if (!nextId) {
        m_error->setText(nextId.error().message);
        m_error->show();
        return;
    }
    m_nextId = nextId.value();
    QDialog::accept();
}

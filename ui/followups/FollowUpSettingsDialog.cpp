#include "FollowUpSettingsDialog.h"
#include "ErrorLabel.h"
#include "SaveShortcut.h"
#include "db/Transaction.h"
#include "repo/LookupRepository.h"
#include "services/FollowUpService.h"
#include "services/RenewalService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

FollowUpSettingsDialog::FollowUpSettingsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("followUpSettingsDialog"));
    setWindowTitle(tr("Follow-up settings"));
    const QMap<QString, int> intervals = FollowUpService(m_db).tierIntervals().value_or({});
    auto form = new QFormLayout;
    for (const QString &tier : LookupRepository(m_db).tiers().value_or({})) {
        auto days = new QSpinBox;
        days->setObjectName(QStringLiteral("interval%1SpinBox").arg(tier));
        days->setRange(1, 3650);
        days->setSuffix(tr(" days"));
        days->setValue(intervals.value(tier, 30));
        form->addRow(tr("Follow up tier %1 customers every:").arg(tier), days);
        m_intervals.insert(tier, days);
    }
    QStringList days;
    for (int value : RenewalService(m_db).reminderDays().value_or({}))
        days << QString::number(value);
    m_renewalDays = new QLineEdit(days.join(QStringLiteral(", ")));
    m_renewalDays->setObjectName(QStringLiteral("renewalDaysLineEdit"));
    m_renewalDays->setPlaceholderText(tr("e.g. 60, 30, 7"));
    form->addRow(tr("Renewal reminders, days before the end:"), m_renewalDays);
    m_error = makeErrorLabel(QString());
    m_error->hide();
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpSettingsDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void FollowUpSettingsDialog::accept()
{
    QList<int> days;
    for (const QString &part : m_renewalDays->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok) {
            m_error->setText(tr("\"%1\" is not a number of days.").arg(part.trimmed()));
            m_error->show();
            return;
        }
        days << value;
    }
    QMap<QString, int> intervals;
    for (auto it = m_intervals.cbegin(); it != m_intervals.cend(); ++it)
        intervals.insert(it.key(), it.value()->value());
    Transaction transaction(m_db);
    Status status = transaction.begin();
    if (status)
        status = FollowUpService(m_db).setTierIntervals(intervals);
    if (status)
        status = RenewalService(m_db).setReminderDays(days);
    if (status)
        status = transaction.commit();
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

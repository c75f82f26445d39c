#include "ComplaintSettingsDialog.h"
#include "ErrorLabel.h"
#include "SaveShortcut.h"
#include "db/Transaction.h"
#include "services/ComplaintSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {

const QStringList kBuiltInCategories { QStringLiteral("product_quality"), QStringLiteral("delivery"),
    QStringLiteral("service_attitude"), QStringLiteral("billing"), QStringLiteral("other") };

QDoubleSpinBox *hoursBox(int minutes)
{
    auto box = new QDoubleSpinBox;
    box->setRange(0.5, 24 * 365);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setSuffix(QCoreApplication::translate("ComplaintSettingsDialog", " h"));
    box->setValue(minutes / 60.0);
    return box;
}

} // namespace

ComplaintSettingsDialog::ComplaintSettingsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("complaintSettingsDialog"));
    setWindowTitle(tr("Complaint settings"));
    const ComplaintSettings settings(m_db);
    const ServiceLevels levels = settings.serviceLevels().value_or(ServiceLevels());

    m_categories = new QPlainTextEdit;
    m_categories->setObjectName(QStringLiteral("complaintCategoriesTextEdit"));
    m_categories->setTabChangesFocus(true);
    QStringList names;
    for (const QString &code : settings.categories().value_or({}))
        names << complaintCategoryDisplayName(code);
    m_categories->setPlainText(names.join(QLatin1Char('\n')));
    auto categoriesBox = new QGroupBox(tr("Categories, one per line"));
    auto categoriesLayout = new QVBoxLayout(categoriesBox);
    categoriesLayout->addWidget(m_categories);

    auto targetsBox = new QGroupBox(tr("Service levels"));
    auto grid = new QGridLayout(targetsBox);
    grid->addWidget(new QLabel(tr("Respond within")), 0, 1);
    grid->addWidget(new QLabel(tr("Resolve within")), 0, 2);
    int row = 1;
    for (ComplaintSeverity severity : allComplaintSeverities()) {
        const ServiceLevelTarget target = levels.target(severity);
        auto response = hoursBox(target.responseMinutes);
        response->setObjectName(QStringLiteral("%1ResponseSpinBox").arg(toString(severity)));
        auto resolution = hoursBox(target.resolutionMinutes);
        resolution->setObjectName(QStringLiteral("%1ResolutionSpinBox").arg(toString(severity)));
        grid->addWidget(new QLabel(displayName(severity)), row, 0);
        grid->addWidget(response, row, 1);
        grid->addWidget(resolution, row, 2);
        m_targets.insert(severity, { response, resolution });
        ++row;
    }

    const BusinessHours hours = levels.businessHours();
    auto hoursBoxGroup = new QGroupBox(tr("Business hours"));
    m_businessHours = new QCheckBox(tr("Count service levels in business hours only"));
    m_businessHours->setObjectName(QStringLiteral("businessHoursCheckBox"));
    m_businessHours->setChecked(hours.enabled);
    auto days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setChecked(hours.workingDays.contains(day));
        m_days << box;
        days->addWidget(box);
    }
    m_start = new QTimeEdit(hours.start);
    m_end = new QTimeEdit(hours.end);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new QComboBox;
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(hours.zone.id()));
    auto times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to")));
    times->addWidget(m_end);
    times->addWidget(m_zone, 1);
    auto hoursForm = new QFormLayout(hoursBoxGroup);
    hoursForm->addRow(m_businessHours);
    hoursForm->addRow(tr("Working days:"), days);
    hoursForm->addRow(tr("Hours:"), times);

    m_errors = makeErrorLabel(QString());
    m_errors->hide();
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintSettingsDialog::reject);
    auto layout = new QVBoxLayout(this);
    auto top = new QHBoxLayout;
    top->addWidget(categoriesBox, 1);
    top->addWidget(targetsBox, 2);
    layout->addLayout(top);
    layout->addWidget(hoursBoxGroup);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
}

QStringList ComplaintSettingsDialog::categoryCodes() const
{
    QStringList codes;
    for (const QString &line : m_categories->toPlainText().split(QLatin1Char('\n'))) {
        QString code = line.trimmed();
        for (const QString &builtIn : kBuiltInCategories) {
            if (code == complaintCategoryDisplayName(builtIn))
                code = builtIn;
        }
        codes << code;
    }
    return codes;
}

void ComplaintSettingsDialog::accept()
{
    ServiceLevels levels;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        levels.setTarget(it.key(), { int(it.value().first->value() * 60), int(it.value().second->value() * 60) });
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        if (m_days[day - 1]->isChecked())
            days << QString::number(day);
    }
    const QString hoursText = m_businessHours->isChecked()
        ? QStringLiteral("%1 %2-%3 %4")
              .arg(days.join(QLatin1Char(',')), m_start->time().toString(QStringLiteral("HH:mm")),
                  m_end->time().toString(QStringLiteral("HH:mm")), m_zone->currentText().trimmed())
        : QString();
    // Parsed back from the settings text, so that the same checks apply as when the book is read.
    auto checked = ServiceLevels::fromText(levels.targetsText(), hoursText);
    ComplaintSettings settings(m_db);
    Transaction transaction(m_db);
    Status status = checked ? transaction.begin() : Status(checked.error());
    if (status)
        status = settings.setCategories(categoryCodes());
    if (status)
        status = settings.setServiceLevels(checked.value());
    if (status)
        status = transaction.commit();
    if (!status) {
        m_errors->setText(status.error().toString());
        m_errors->show();
        return;
    }
    QDialog::accept();
}

#include "BulkEditDialog.h"
#include "repo/LookupRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BulkEditDialog::BulkEditDialog(const QSqlDatabase &db, int customers, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Set tier or stage"));
    setMinimumWidth(360);
    // Item data: an invalid QVariant for "(unchanged)"; the tier's name ("" for none) or the stage's code.
    m_tier = new QComboBox;
    m_tier->setObjectName(QStringLiteral("tierComboBox"));
    m_tier->addItem(tr("(unchanged)"));
    m_tier->addItem(tr("(none)"), QString());
    for (const QString &tier : LookupRepository(db).tiers().value_or({}))
        m_tier->addItem(tier, tier);
    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageComboBox"));
    m_stage->addItem(tr("(unchanged)"));
    for (LifecycleStage stage : allLifecycleStages())
        m_stage->addItem(displayName(stage), toString(stage));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->addButton(tr("&Set"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("bulkEditOkButton"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] { m_ok->setEnabled(m_tier->currentIndex() > 0 || m_stage->currentIndex() > 0); };
    connect(m_tier, &QComboBox::currentIndexChanged, this, update);
    connect(m_stage, &QComboBox::currentIndexChanged, this, update);

    auto form = new QFormLayout;
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Stage:"), m_stage);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("For the %Ln selected customer(s):", nullptr, customers)));
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

CustomerBulkEdit::Change BulkEditDialog::change() const
{
    CustomerBulkEdit::Change change;
    if (m_tier->currentIndex() > 0)
        change.tier = m_tier->currentData().toString();
    if (m_stage->currentIndex() > 0)
        change.stage = lifecycleStageFromString(m_stage->currentData().toString());
    return change;
}

QString BulkEditDialog::describe() const
{
    QStringList parts;
    if (m_tier->currentIndex() > 0)
        parts << tr("tier %1").arg(m_tier->currentText());
    if (m_stage->currentIndex() > 0)
        parts << tr("stage %1").arg(m_stage->currentText());
    return parts.join(tr(", "));
}

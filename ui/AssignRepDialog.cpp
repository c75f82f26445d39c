#include "AssignRepDialog.h"
#include "repo/LookupRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

AssignRepDialog::AssignRepDialog(const QSqlDatabase &db, int customers, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assignRepDialog"));
    setWindowTitle(tr("Assign to a sales rep"));
    m_rep = new QComboBox;
    m_rep->setObjectName(QStringLiteral("repComboBox"));
    for (const Owner &owner : LookupRepository(db).owners().value_or({}))
        m_rep->addItem(owner.name, owner.id);
    m_openWork = new QCheckBox(tr("Also move the open work their current rep has on them: planned follow-ups, open "
                                  "quotes, contracts and open complaints"));
    m_openWork->setObjectName(QStringLiteral("openWorkCheckBox"));
    m_openWork->setChecked(true);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *assign = buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    assign->setObjectName(QStringLiteral("assignButton"));
    assign->setEnabled(m_rep->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto form = new QFormLayout;
    form->addRow(tr("Give the %Ln selected customer(s) &to:", nullptr, customers), m_rep);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_openWork);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

qint64 AssignRepDialog::rep() const
{
    return m_rep->currentData().toLongLong();
}

QString AssignRepDialog::repName() const
{
    return m_rep->currentText();
}

bool AssignRepDialog::openWork() const
{
    return m_openWork->isChecked();
}

#include "CloseComplaintDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CloseComplaintDialog::CloseComplaintDialog(const QString &number, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeComplaintDialog"));
    setWindowTitle(tr("Close complaint %1").arg(number));
    m_csat = new QComboBox;
    m_csat->setObjectName(QStringLiteral("csatComboBox"));
    m_csat->addItem(tr("Not asked"));
    const QStringList csatLabels { tr("1 — very dissatisfied"), tr("2 — dissatisfied"), tr("3 — neutral"),
        tr("4 — satisfied"), tr("5 — very satisfied") };
    for (int score = 1; score <= 5; ++score)
        m_csat->addItem(csatLabels[score - 1], score);
    m_nps = new QComboBox;
    m_nps->setObjectName(QStringLiteral("npsComboBox"));
    m_nps->addItem(tr("Not asked"));
    for (int score = 0; score <= 10; ++score)
        m_nps->addItem(QString::number(score), score);
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("closeNoteTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);

    auto form = new QFormLayout;
    form->addRow(tr("How satisfied is the customer with how the complaint was handled?"), m_csat);
    form->addRow(tr("How likely are they to recommend us (0 = not at all, 10 = certainly)?"), m_nps);
    form->addRow(tr("&Note:"), m_note);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

std::optional<int> CloseComplaintDialog::csat() const
{
    const QVariant value = m_csat->currentData();
    return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<int> CloseComplaintDialog::nps() const
{
    const QVariant value = m_nps->currentData();
    return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QString CloseComplaintDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

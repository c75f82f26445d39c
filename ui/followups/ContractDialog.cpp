#include "ContractDialog.h"
#include "ErrorLabel.h"
#include "SaveShortcut.h"
#include "domain/Money.h"
#include "repo/ContractRepository.h"
#include "services/RenewalService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ContractDialog::ContractDialog(QSqlDatabase db, const Contract &contract, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_contract(contract)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("contractDialog"));
    setWindowTitle(mode == Mode::Renew ? tr("Renew contract for %1").arg(contract.customerName)
                                       : tr("New contract for %1").arg(contract.customerName));
    m_number = new QLineEdit(contract.number);
    m_number->setObjectName(QStringLiteral("numberLineEdit"));
    m_title = new QLineEdit(contract.title);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_start = new QDateEdit(contract.startDate);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(contract.endDate);
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    m_end->setCalendarPopup(true);
    m_value = new QLineEdit(Money::format(contract.value.minor, contract.value.decimals(), false));
    m_value->setObjectName(QStringLiteral("valueLineEdit"));
    m_currency = new QComboBox;
    m_currency->setEditable(true);
    m_currency->addItems(Money::currencies());
    m_currency->setCurrentText(contract.value.currency.isEmpty() ? QStringLiteral("CNY") : contract.value.currency);
    m_cycle = new QComboBox;
    for (BillingCycle cycle : allBillingCycles())
        m_cycle->addItem(displayName(cycle), int(cycle));
    m_cycle->setCurrentIndex(m_cycle->findData(int(contract.billingCycle)));
    m_autoRenew = new QCheckBox(tr("Renews &automatically"));
    m_autoRenew->setChecked(contract.autoRenew);
    m_notice = new QSpinBox;
    m_notice->setRange(0, 3650);
    m_notice->setSuffix(tr(" days"));
    m_notice->setValue(contract.noticeDays);
    m_notes = new QPlainTextEdit(contract.notes);
    m_notes->setTabChangesFocus(true);
    m_error = makeErrorLabel();
    m_error->hide();

    auto form = new QFormLayout;
    if (mode == Mode::Renew) {
        auto previous = new QLabel(tr("The successor of the contract that ends on %1, linked to it.")
                                       .arg(QLocale().toString(contract.startDate.addDays(-1), QLocale::ShortFormat)));
        previous->setWordWrap(true);
        form->addRow(previous);
    }
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Billing:"), m_cycle);
    form->addRow(QString(), m_autoRenew);
    form->addRow(tr("N&otice period:"), m_notice);
    form->addRow(tr("No&tes:"), m_notes);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    if (mode == Mode::Renew)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Renew"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContractDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContractDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ContractDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

std::optional<Contract> ContractDialog::contract()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const int decimals = Amount { 0, currency }.decimals();
    const auto minor = Amount::parseMinor(m_value->text(), decimals);
    if (!minor) {
        // "12,000.50" for yuan and dollars, "12,000" for New Taiwan dollars.
        const qint64 example = 12000 * Money::pow10(decimals) + (decimals > 0 ? 5 * Money::pow10(decimals - 1) : 0);
        showError(tr("The value \"%1\" is not an amount of %2 such as 12000 or %3.")
                      .arg(m_value->text(), currency, Money::format(example, decimals)));
        m_value->setFocus();
        return std::nullopt;
    }
    Contract k = m_contract;
    k.number = m_number->text().trimmed();
    k.title = m_title->text().trimmed();
    k.startDate = m_start->date();
    k.endDate = m_end->date();
    k.value = Amount { *minor, currency };
    k.billingCycle = BillingCycle(m_cycle->currentData().toInt());
    k.autoRenew = m_autoRenew->isChecked();
    k.noticeDays = m_notice->value();
    k.notes = m_notes->toPlainText();
    return k;
}

void ContractDialog::accept()
{
    const auto edited = contract();
    if (!edited)
        return;
    auto id = m_mode == Mode::Renew ? RenewalService(m_db).renew(m_contract.previousContractId, *edited)
                                    : ContractRepository(m_db).create(*edited);
    if (!id)
        return showError(id.error().message);
    m_savedId = id.value();
    QDialog::accept();
}

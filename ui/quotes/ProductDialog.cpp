#include "ProductDialog.h"
#include "MessageBox.h"
#include "SaveShortcut.h"
#include "domain/Money.h"
#include "domain/Quote.h"
#include "repo/ProductRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace {

QDoubleSpinBox *amountBox(const QString &name)
{
    auto box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setRange(0, 1e12);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

ProductDialog::ProductDialog(QSqlDatabase db, qint64 productId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(productId == 0 ? tr("New product") : tr("Edit product"));
    if (productId != 0) {
        auto product = ProductRepository(m_db).get(productId);
        if (product)
            m_product = product.value();
    }
    m_code = new QLineEdit(m_product.code);
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_name = new QLineEdit(m_product.name);
    m_name->setObjectName(QStringLiteral("productNameLineEdit"));
    m_description = new QPlainTextEdit(m_product.description);
    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_description->setMaximumHeight(80);
    m_unit = new QLineEdit(m_product.unit);
    m_unit->setObjectName(QStringLiteral("unitLineEdit"));
    m_unit->setPlaceholderText(tr("e.g. pc, box, hour"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->addItems(Money::currencies());
    m_currency->setCurrentText(m_product.currency);
    m_price = amountBox(QStringLiteral("priceSpinBox"));
    m_cost = amountBox(QStringLiteral("costSpinBox"));
    m_tax = new QDoubleSpinBox;
    m_tax->setObjectName(QStringLiteral("taxSpinBox"));
    m_tax->setRange(0, 100);
    m_tax->setSuffix(QStringLiteral(" %"));
    m_tax->setValue(double(m_product.taxRate) / 100);
    m_category = new QLineEdit(m_product.category);
    m_category->setObjectName(QStringLiteral("categoryLineEdit"));
    m_active = new QCheckBox(tr("&Offered (shown when picking products for a quote)"));
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_active->setChecked(m_product.active);
    updateDecimals();
    const double unit = double(Money::pow10(qMax(0, Money::decimals(m_product.currency))));
    m_price->setValue(double(m_product.unitPrice) / unit);
    m_cost->setValue(double(m_product.costPrice) / unit);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ProductDialog::updateDecimals);

    auto form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Unit &price (before tax):"), m_price);
    form->addRow(tr("C&ost price:"), m_cost);
    form->addRow(tr("&Tax rate:"), m_tax);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(QString(), m_active);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ProductDialog::updateDecimals()
{
    const int decimals = qMax(0, Money::decimals(m_currency->currentText()));
    m_price->setDecimals(decimals);
    m_cost->setDecimals(decimals);
}

void ProductDialog::accept()
{
    const qint64 unit = Money::pow10(qMax(0, Money::decimals(m_currency->currentText())));
    Product product = m_product;
    product.code = m_code->text();
    product.name = m_name->text();
    product.description = m_description->toPlainText();
    product.unit = m_unit->text();
    product.currency = m_currency->currentText();
    product.unitPrice = std::llround(m_price->value() * double(unit));
    product.costPrice = std::llround(m_cost->value() * double(unit));
    product.taxRate = std::llround(m_tax->value() * 100);
    product.category = m_category->text();
    product.active = m_active->isChecked();
    auto id = ProductRepository(m_db).save(product);
    if (!id) {
        MessageBox::warning(this, windowTitle(), id.error().message);
        if (id.error().field == QLatin1String("code"))
            m_code->setFocus();
        else if (id.error().field == QLatin1String("name"))
            m_name->setFocus();
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}

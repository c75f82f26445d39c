#include "QuoteEditor.h"
#include "Clock.h"
#include "ErrorLabel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "domain/Money.h"
#include "followups/QuoteContract.h"
#include "print/Letterhead.h"
#include "print/QuotePrinter.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/OrderRepository.h"
#include "repo/ProductRepository.h"
#include "repo/QuoteRepository.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteChaser.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

enum Column
{
    CodeColumn,
    DescriptionColumn,
    QuantityColumn,
    UnitColumn,
    PriceColumn,
    DiscountColumn,
    TaxColumn,
    CostColumn,
    AmountColumn,
    ColumnCount
};

QString trimmedNumber(qint64 value, int decimals)
{
    QString text = Money::format(value, decimals, false);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

} // namespace

QuoteEditor::QuoteEditor(QSqlDatabase db, qint64 quoteId, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("quoteEditor"));
    resize(1000, 720);
    buildForm();
    if (quoteId != 0) {
        load(quoteId);
    } else {
        const QDate today = Clock::instance().today();
        LookupRepository settings(m_db);
        m_quote.customerId = customerId;
        if (auto customer = CustomerRepository(m_db).find(customerId); customer) {
            m_quote.customerName = customer.value().name;
            m_quote.ownerId = customer.value().ownerId;
        }
        m_quote.date = today;
        m_quote.validUntil = today.addDays(
            settings.setting(QStringLiteral("quote_validity_days"), QStringLiteral("30")).value_or({}).toInt());
        m_quote.currency = settings.setting(QStringLiteral("quote_currency"), QStringLiteral("CNY")).value_or({});
        m_quote.terms = Letterhead::load(m_db).value_or({}).terms;
        showQuote();
        m_dirty = true;
    }
}

void QuoteEditor::buildForm()
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("quoteHeaderLabel"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_customer = new QLabel;
    m_customer->setObjectName(QStringLiteral("customerLabel"));
    m_contact = new QComboBox;
    m_contact->setObjectName(QStringLiteral("contactComboBox"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("quoteOwnerComboBox"));
    m_owner->addItem(tr("(nobody)"), 0);
    for (const Owner &owner : LookupRepository(m_db).owners().value_or({}))
        m_owner->addItem(owner.name, owner.id);
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_validUntil = new QDateEdit;
    m_validUntil->setObjectName(QStringLiteral("validUntilEdit"));
    m_validUntil->setCalendarPopup(true);
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->addItems(Money::currencies());

    m_lines = new QTableWidget(0, ColumnCount);
    m_lines->setObjectName(QStringLiteral("linesTableWidget"));
    m_lines->setAccessibleName(tr("Quote lines"));
    m_lines->setHorizontalHeaderLabels({ tr("Code"), tr("Description"), tr("Qty"), tr("Unit"), tr("Unit price"),
        tr("Disc. %"), tr("Tax %"), tr("Unit cost"), tr("Amount") });
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 10);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto addProduct = new QPushButton(tr("Add &product…"));
    addProduct->setObjectName(QStringLiteral("addProductButton"));
    auto addLine = new QPushButton(tr("Add free-text &line"));
    addLine->setObjectName(QStringLiteral("addLineButton"));
    m_removeLine = new QPushButton(tr("&Remove line"));
    m_removeLine->setObjectName(QStringLiteral("removeLineButton"));

    m_discount = new QDoubleSpinBox;
    m_discount->setObjectName(QStringLiteral("quoteDiscountSpinBox"));
    m_discount->setRange(0, 100);
    m_discount->setSuffix(QStringLiteral(" %"));
    m_charges = new QDoubleSpinBox;
    m_charges->setObjectName(QStringLiteral("chargesSpinBox"));
    m_charges->setRange(0, 1e12);
    m_charges->setGroupSeparatorShown(true);
    m_chargesTax = new QDoubleSpinBox;
    m_chargesTax->setObjectName(QStringLiteral("chargesTaxSpinBox"));
    m_chargesTax->setRange(0, 100);
    m_chargesTax->setSuffix(QStringLiteral(" %"));
    m_terms = new QPlainTextEdit;
    m_terms->setObjectName(QStringLiteral("termsTextEdit"));
    m_terms->setMaximumHeight(70);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("quoteNotesTextEdit"));
    m_notes->setMaximumHeight(70);
    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_margin = new QLabel;
    m_margin->setObjectName(QStringLiteral("marginLabel"));
    m_margin->setAlignment(Qt::AlignRight);
    m_margin->setToolTip(tr("Gross margin: sales after discounts less cost. Shown to you only, never printed."));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    for (const QString &channel : OrderRepository::channels())
        m_channel->addItem(OrderChannel::displayName(channel), channel);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("printLanguageComboBox"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    // The quotation's language starts as the app's (the locale it set); the rep may pick the customer's.
    const QLocale locale;
    const QString language = locale.language() != QLocale::Chinese ? QStringLiteral("en")
        : locale.script() == QLocale::TraditionalChineseScript     ? QStringLiteral("zh_TW")
                                                                   : QStringLiteral("zh_CN");
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));

    auto header = new QFormLayout;
    header->addRow(tr("Customer:"), m_customer);
    header->addRow(tr("C&ontact:"), m_contact);
    header->addRow(tr("O&wner:"), m_owner);
    auto dates = new QFormLayout;
    dates->addRow(tr("&Date:"), m_date);
    dates->addRow(tr("Valid &until:"), m_validUntil);
    dates->addRow(tr("Currenc&y:"), m_currency);
    auto top = new QHBoxLayout;
    top->addLayout(header, 3);
    top->addLayout(dates, 2);
    auto lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addProduct);
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    auto extras = new QFormLayout;
    extras->addRow(tr("Quote dis&count:"), m_discount);
    extras->addRow(tr("S&hipping and other charges:"), m_charges);
    extras->addRow(tr("Ta&x on the charges:"), m_chargesTax);
    extras->addRow(tr("&Terms:"), m_terms);
    extras->addRow(tr("&Notes (printed):"), m_notes);
    auto totals = new QVBoxLayout;
    totals->addWidget(m_totals);
    totals->addWidget(m_margin);
    totals->addStretch();
    auto bottom = new QHBoxLayout;
    bottom->addLayout(extras, 3);
    bottom->addLayout(totals, 2);

    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_send = new QPushButton(tr("Mark s&ent"));
    m_send->setObjectName(QStringLiteral("markSentButton"));
    m_accept = new QPushButton(tr("&Accept → order"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject = new QPushButton(tr("Re&ject"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_duplicate = new QPushButton(tr("Dupl&icate"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_preview = new QPushButton(tr("Print pre&view…"));
    m_preview->setObjectName(QStringLiteral("printPreviewButton"));
    m_preview->setShortcut(QKeySequence::Print);
    m_pdf = new QPushButton(tr("Save as PD&F…"));
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    auto close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    auto actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_send);
    actions->addWidget(new QLabel(tr("Order channel:")));
    actions->addWidget(m_channel);
    actions->addWidget(m_accept);
    actions->addWidget(m_reject);
    actions->addWidget(m_duplicate);
    actions->addStretch();
    actions->addWidget(m_language);
    actions->addWidget(m_preview);
    actions->addWidget(m_pdf);
    actions->addWidget(close);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addLayout(bottom);
    layout->addLayout(actions);
    // Enter in a field is not a click: as the first button, "Add product…" took every Enter of the form.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_editors = { m_contact, m_owner, m_date, m_validUntil, m_currency, m_lines, addProduct, addLine, m_discount,
        m_charges, m_chargesTax, m_terms, m_notes };

    const auto changed = [this] {
        if (m_filling)
            return;
        m_dirty = true;
        updateTotals();
        updateActions();
    };
    connect(m_lines, &QTableWidget::itemChanged, this, changed);
    connect(m_discount, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_charges, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_chargesTax, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_currency, &QComboBox::currentTextChanged, this, changed);
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_validUntil, &QDateEdit::dateChanged, this, changed);
    connect(m_contact, &QComboBox::currentIndexChanged, this, changed);
    connect(m_owner, &QComboBox::currentIndexChanged, this, changed);
    connect(m_terms, &QPlainTextEdit::textChanged, this, changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
    connect(addProduct, &QPushButton::clicked, this, &QuoteEditor::pickProduct);
    connect(addLine, &QPushButton::clicked, this, &QuoteEditor::addFreeLine);
    // What needs lines (sending, accepting, printing) or a chosen line waits for one.
    connect(m_lines->model(), &QAbstractItemModel::rowsInserted, this, &QuoteEditor::updateActions);
    connect(m_lines->model(), &QAbstractItemModel::rowsRemoved, this, &QuoteEditor::updateActions);
    connect(m_lines, &QTableWidget::currentCellChanged, this, &QuoteEditor::updateActions);
    connect(m_removeLine, &QPushButton::clicked, this, [this, changed] {
        if (m_lines->currentRow() >= 0) {
            m_lines->removeRow(m_lines->currentRow());
            changed();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &QuoteEditor::save);
    connect(m_send, &QPushButton::clicked, this, &QuoteEditor::markSent);
    connect(m_accept, &QPushButton::clicked, this, &QuoteEditor::acceptQuote);
    connect(m_reject, &QPushButton::clicked, this, &QuoteEditor::rejectQuote);
    connect(m_duplicate, &QPushButton::clicked, this, &QuoteEditor::duplicateQuote);
    connect(m_preview, &QPushButton::clicked, this, &QuoteEditor::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &QuoteEditor::saveAsPdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void QuoteEditor::load(qint64 quoteId)
{
    auto quote = QuoteRepository(m_db).get(quoteId);
    if (!quote) {
        MessageBox::warning(this, tr("Quote"), quote.error().message);
        return;
    }
    m_quote = quote.value();
    showQuote();
    m_dirty = false;
    updateActions();
}

void QuoteEditor::showQuote()
{
    m_filling = true;
    setWindowTitle(m_quote.number.isEmpty() ? tr("New quote") : tr("Quote %1").arg(m_quote.number));
    m_customer->setText(m_quote.customerName);
    m_contact->clear();
    m_contact->addItem(tr("(none)"), 0);
    for (const Contact &contact : ContactRepository(m_db).forCustomer(m_quote.customerId).value_or({}))
        m_contact->addItem(
            contact.title.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.title), contact.id);
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(m_quote.contactId)));
    if (m_owner->findData(m_quote.ownerId) < 0) {
        // A decided quote of a rep who has since been removed stays theirs.
        for (const Owner &owner : LookupRepository(m_db).owners(m_quote.ownerId).value_or({})) {
            if (owner.id == m_quote.ownerId)
                m_owner->addItem(owner.name, owner.id);
        }
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(m_quote.ownerId)));
    m_date->setDate(m_quote.date);
    m_validUntil->setDate(m_quote.validUntil);
    m_currency->setCurrentText(m_quote.currency);
    m_lines->setRowCount(0);
    for (const QuoteLine &line : m_quote.lines) {
        m_lines->insertRow(m_lines->rowCount());
        setLineRow(m_lines->rowCount() - 1, line);
    }
    fitLineColumns();
    m_discount->setValue(double(m_quote.discount) / 100);
    const double unit = double(Money::pow10(currencyDecimals()));
    m_charges->setDecimals(currencyDecimals());
    m_charges->setValue(double(m_quote.charges) / unit);
    m_chargesTax->setValue(double(m_quote.chargesTaxRate) / 100);
    m_terms->setPlainText(m_quote.terms);
    m_notes->setPlainText(m_quote.notes);
    m_filling = false;
    updateTotals();
    updateActions();
}

int QuoteEditor::currencyDecimals() const
{
    return qMax(0, Money::decimals(m_currency->currentText()));
}

void QuoteEditor::setLineRow(int row, const QuoteLine &line)
{
    const int decimals = currencyDecimals();
    // Prices with digit grouping, as the amounts beside them ("2,600.00"); Money::parse reads either.
    const QStringList texts { line.code, line.description, trimmedNumber(line.quantity, 3), line.unit,
        Money::format(line.unitPrice, decimals), trimmedNumber(line.discount, 2), trimmedNumber(line.taxRate, 2),
        Money::format(line.unitCost, decimals), QString() };
    const bool filling = m_filling;
    m_filling = true;
    for (int column = 0; column < ColumnCount; ++column) {
        auto item = new QTableWidgetItem(texts[column]);
        if (column >= QuantityColumn && column != UnitColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (column == AmountColumn)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(row, column, item);
    }
    m_lines->item(row, CodeColumn)->setData(Qt::UserRole, line.productId);
    m_filling = filling;
}

Result<Quote> QuoteEditor::collect() const
{
    Quote quote = m_quote;
    const int decimals = currencyDecimals();
    const double unit = double(Money::pow10(decimals));
    quote.contactId = m_contact->currentData().toLongLong();
    quote.ownerId = m_owner->currentData().toLongLong();
    quote.date = m_date->date();
    quote.validUntil = m_validUntil->date();
    quote.currency = m_currency->currentText();
    quote.discount = std::llround(m_discount->value() * 100);
    quote.charges = std::llround(m_charges->value() * unit);
    quote.chargesTaxRate = std::llround(m_chargesTax->value() * 100);
    quote.terms = m_terms->toPlainText();
    quote.notes = m_notes->toPlainText();
    quote.lines.clear();
    const QStringList names { tr("quantity"), tr("unit price"), tr("discount"), tr("tax rate"), tr("unit cost") };
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            return m_lines->item(row, column) ? m_lines->item(row, column)->text().trimmed() : QString();
        };
        QuoteLine line;
        line.productId
            = m_lines->item(row, CodeColumn) ? m_lines->item(row, CodeColumn)->data(Qt::UserRole).toLongLong() : 0;
        line.code = text(CodeColumn);
        line.description = text(DescriptionColumn);
        line.unit = text(UnitColumn);
        const QList<std::pair<int, int>> numbers { { QuantityColumn, 3 }, { PriceColumn, decimals },
            { DiscountColumn, 2 }, { TaxColumn, 2 }, { CostColumn, decimals } };
        qint64 *targets[] = { &line.quantity, &line.unitPrice, &line.discount, &line.taxRate, &line.unitCost };
        for (int i = 0; i < numbers.size(); ++i) {
            const QString value = text(numbers[i].first);
            auto parsed = Money::parse(value.isEmpty() ? QStringLiteral("0") : value, numbers[i].second);
            if (!parsed)
                return Error { tr("Line %1, %2: %3").arg(row + 1).arg(names[i], parsed.error().message), {}, row + 1,
                    numbers[i].first };
            *targets[i] = parsed.value();
        }
        if (line.description.isEmpty() && line.code.isEmpty())
            return Error { tr("Line %1 needs a description.").arg(row + 1), {}, row + 1, DescriptionColumn };
        quote.lines << line;
    }
    return quote;
}

void QuoteEditor::updateTotals()
{
    auto quote = collect();
    auto totals = quote ? QuoteCalculator::compute(quote.value()) : Result<QuoteTotals>(quote.error());
    if (!totals) {
        m_totals->setText(QStringLiteral("<span style=\"color:%1;\">%2</span>")
                              .arg(errorColor(), totals.error().message.toHtmlEscaped()));
        m_margin->clear();
        return;
    }
    const QString currency = m_currency->currentText();
    const QuoteTotals &t = totals.value();
    m_filling = true;
    for (int row = 0; row < m_lines->rowCount() && row < t.lines.size(); ++row) {
        if (auto item = m_lines->item(row, AmountColumn))
            item->setText(Money::format(t.lines[row].amount, currencyDecimals()));
    }
    m_filling = false;
    m_lines->resizeColumnToContents(AmountColumn);
    QString rows = tr("Subtotal: %1").arg(Money::formatWithSymbol(t.subtotal, currency));
    if (t.discount != 0)
        rows += QStringLiteral("<br/>") + tr("Discount: %1").arg(Money::formatWithSymbol(-t.discount, currency));
    if (t.charges != 0)
        rows += QStringLiteral("<br/>") + tr("Charges: %1").arg(Money::formatWithSymbol(t.charges, currency));
    for (const QuoteTotals::TaxGroup &group : t.taxes) {
        rows += QStringLiteral("<br/>")
            + tr("Tax %1%: %2").arg(double(group.rate) / 100).arg(Money::formatWithSymbol(group.tax, currency));
    }
    rows += QStringLiteral("<br/><b style=\"font-size:large;\">%1</b>")
                .arg(tr("Total: %1").arg(Money::formatWithSymbol(t.total, currency)));
    m_totals->setText(rows);
    m_margin->setText(tr("Margin: %1 (%2%)")
                          .arg(Money::formatWithSymbol(t.margin, currency))
                          .arg(double(t.marginPermille) / 10, 0, 'f', 1));
}

void QuoteEditor::updateActions()
{
    const bool stored = m_quote.id != 0;
    const bool locked = m_quote.superseded || m_quote.status == QuoteStatus::Accepted;
    for (QWidget *widget : m_editors)
        widget->setEnabled(!locked);
    const bool open = !locked && (m_quote.status == QuoteStatus::Draft || m_quote.status == QuoteStatus::Sent);
    m_save->setEnabled(!locked);
    m_save->setText(stored && m_quote.status != QuoteStatus::Draft ? tr("&Save as new revision") : tr("&Save"));
    // A quote already out can go out again (a corrected copy, a reminder): its sent date becomes today.
    const bool sent = m_quote.status == QuoteStatus::Sent;
    m_send->setText(sent ? tr("Mark s&ent again") : tr("Mark s&ent"));
    m_send->setToolTip(sent ? tr("The quote went out again: its sent date becomes today.") : QString());
    const bool hasLines = m_lines->rowCount() > 0;
    m_send->setEnabled(open && hasLines);
    m_accept->setEnabled(open && hasLines);
    m_channel->setEnabled(open);
    m_reject->setEnabled(!locked && hasLines && m_quote.status != QuoteStatus::Rejected);
    m_removeLine->setEnabled(!locked && m_lines->currentRow() >= 0);
    m_preview->setEnabled(hasLines);
    m_pdf->setEnabled(hasLines);
    m_duplicate->setEnabled(stored);
    QString header = m_quote.number.isEmpty() ? tr("New quote") : m_quote.number;
    if (m_quote.revision > 1)
        header = tr("%1, revision %2").arg(header).arg(m_quote.revision);
    header = tr("%1 — %2").arg(header, displayName(m_quote.status));
    if (m_quote.superseded)
        header = tr("%1 (replaced by a later revision)").arg(header);
    m_header->setText(header);
}

void QuoteEditor::pickProduct()
{
    auto products = ProductRepository(m_db).list({}, false);
    if (!products || products.value().isEmpty()) {
        MessageBox::information(
            this, tr("Add product"), tr("The catalogue has no products yet. Add them on the Products page."));
        return;
    }
    QStringList names;
    for (const Product &p : products.value())
        names << (p.code.isEmpty() ? p.name : tr("%1 — %2").arg(p.code, p.name));
    // Typing finds a product by any part of its code or name ("门店" finds "SW-POS — 门店收银系统"), not only by
    // the first letters of the list's text, which begins with the code.
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Add product"));
    dialog.setLabelText(tr("Product:"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    if (auto combo = dialog.findChild<QComboBox *>()) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    qsizetype chosen = names.indexOf(dialog.textValue());
    if (chosen < 0) { // typed, not picked: the one product whose code or name holds the text
        const QStringList matching = names.filter(dialog.textValue().trimmed(), Qt::CaseInsensitive);
        if (matching.size() != 1 || dialog.textValue().trimmed().isEmpty()) {
            MessageBox::information(this, tr("Add product"),
                tr("No single product matches \"%1\". Pick one from the list.").arg(dialog.textValue()));
            return;
        }
        chosen = names.indexOf(matching.first());
    }
    addProduct(products.value()[chosen].id);
}

void QuoteEditor::addProduct(qint64 productId)
{
    auto product = ProductRepository(m_db).get(productId);
    if (!product) {
        MessageBox::warning(this, tr("Add product"), product.error().message);
        return;
    }
    const Product &p = product.value();
    QuoteLine line;
    line.productId = p.id;
    line.code = p.code;
    line.description = p.description.isEmpty() ? p.name : tr("%1\n%2").arg(p.name, p.description);
    line.unit = p.unit;
    line.unitPrice = p.unitPrice;
    line.unitCost = p.costPrice;
    line.taxRate = p.taxRate;
    if (p.currency != m_currency->currentText()) {
        MessageBox::information(this, tr("Add product"),
            tr("%1 is priced in %2 and this quote is in %3: check the unit price.")
                .arg(p.name, p.currency, m_currency->currentText()));
    }
    m_lines->insertRow(m_lines->rowCount());
    setLineRow(m_lines->rowCount() - 1, line);
    fitLineColumns(); // a new quote's columns had the width of their headers: "HW-SC10" showed as "…"
    m_dirty = true;
    updateTotals();
}

// Every column as wide as what it shows, the description taking the rest.
void QuoteEditor::fitLineColumns()
{
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
}

void QuoteEditor::addFreeLine()
{
    QuoteLine line;
    line.taxRate = m_quote.lines.isEmpty() ? 0 : m_quote.lines.last().taxRate;
    m_lines->insertRow(m_lines->rowCount());
    setLineRow(m_lines->rowCount() - 1, line);
    m_lines->setCurrentCell(m_lines->rowCount() - 1, DescriptionColumn);
    m_lines->editItem(m_lines->item(m_lines->rowCount() - 1, DescriptionColumn));
    m_dirty = true;
    updateTotals();
}

bool QuoteEditor::save()
{
    auto quote = collect();
    if (!quote) {
        MessageBox::warning(this, tr("Save quote"), quote.error().message);
        if (quote.error().row > 0)
            m_lines->setCurrentCell(quote.error().row - 1, quote.error().column);
        return false;
    }
    const bool newRevision = m_quote.id != 0 && m_quote.status != QuoteStatus::Draft;
    auto id = QuoteRepository(m_db).save(quote.value());
    if (!id) {
        MessageBox::warning(this, tr("Save quote"), id.error().message);
        if (id.error().row > 0)
            m_lines->setCurrentCell(id.error().row - 1, QuantityColumn);
        return false;
    }
    load(id.value());
    emit quotesChanged();
    if (newRevision)
        MessageBox::information(this, tr("Save quote"),
            tr("Saved as revision %1 of %2; the earlier revision stays as it was sent.")
                .arg(m_quote.revision)
                .arg(m_quote.number));
    return true;
}

bool QuoteEditor::saveIfChanged()
{
    if (!m_dirty && m_quote.id != 0)
        return true;
    if (m_quote.id != 0 && m_quote.status != QuoteStatus::Draft) {
        MessageBox::warning(this, windowTitle(), tr("Save your changes as a new revision first."));
        return false;
    }
    return save();
}

void QuoteEditor::reportStatus(const Status &status)
{
    if (!status)
        MessageBox::warning(this, windowTitle(), status.error().message);
    load(m_quote.id);
    emit quotesChanged();
}

void QuoteEditor::markSent()
{
    if (!saveIfChanged())
        return;
    const Status sent = QuoteRepository(m_db).markSent(m_quote.id);
    reportStatus(sent);
    if (!sent)
        return;
    // Now that it is out, propose the call that chases it.
    QuoteChaser chaser(m_db);
    const QDate when = chaser.proposedDate(Clock::instance().today());
    if (MessageBox::question(this, tr("Follow up"),
            tr("Plan a call on %1 to chase quote %2?").arg(QLocale().toString(when, QLocale::ShortFormat),
                                                           m_quote.number),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    auto planned = chaser.plan(m_quote, Clock::instance().today());
    if (!planned)
        MessageBox::warning(this, tr("Follow up"), planned.error().message);
}

void QuoteEditor::acceptQuote()
{
    if (!saveIfChanged())
        return;
    if (MessageBox::question(this, tr("Accept quote"),
            tr("Accept quote %1 and create its order dated today?").arg(m_quote.number),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    auto order
        = QuoteRepository(m_db).accept(m_quote.id, Clock::instance().today(), m_channel->currentData().toString());
    if (!order) {
        reportStatus(order.error());
        return;
    }
    reportStatus({});
    auto stored = OrderRepository(m_db).get(order.value());
    if (stored)
        m_header->setText(tr("%1 · order %2 created").arg(m_header->text(), stored.value().number));
    if (MessageBox::question(this, tr("Accept quote"),
            tr("Record a contract for quote %1 as well (for renewals)?").arg(m_quote.number),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        recordContractForQuote(m_db, m_quote.id, this);
}

void QuoteEditor::rejectQuote()
{
    if (m_quote.id == 0 || !saveIfChanged())
        return;
    if (MessageBox::question(this, tr("Reject quote"),
            tr("Mark quote %1 as rejected? It can then no longer be sent or accepted, and the calls planned to chase "
               "it are cancelled.")
                .arg(m_quote.number),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    reportStatus(QuoteRepository(m_db).reject(m_quote.id));
}

void QuoteEditor::reject()
{
    // A new quote counts as changed from the start (its defaults are unsaved); it is worth keeping once it has lines.
    const bool unsaved = m_quote.id == 0 ? m_lines->rowCount() > 0 : m_dirty;
    if (unsaved && m_lines->isEnabled()) {
        const auto answer = MessageBox::question(this, windowTitle(),
            m_quote.id == 0 ? tr("Save this new quote before closing?")
                            : tr("Save your changes to quote %1 before closing?").arg(m_quote.number),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return; // stays open: cancelled, or the save failed and said why
    }
    QDialog::reject();
}

void QuoteEditor::duplicateQuote()
{
    if (m_quote.id == 0)
        return;
    auto copy = QuoteRepository(m_db).duplicate(m_quote.id, Clock::instance().today());
    if (!copy) {
        MessageBox::warning(this, tr("Duplicate quote"), copy.error().message);
        return;
    }
    load(copy.value());
    emit quotesChanged();
}

void QuoteEditor::paint(QPrinter *printer)
{
    auto quotePrinter = QuotePrinter::forQuote(m_db, m_quote.id, m_language->currentData().toString());
    if (!quotePrinter) {
        MessageBox::warning(this, tr("Print quote"), quotePrinter.error().message);
        return;
    }
    if (auto pages = quotePrinter.value().print(printer); !pages)
        MessageBox::warning(this, tr("Print quote"), pages.error().message);
}

void QuoteEditor::printPreview()
{
    if (!saveIfChanged())
        return;
    QPrinter printer(QPrinter::HighResolution);
    const QString paper = Letterhead::load(m_db).value_or({}).paper;
    printer.setPageSize(paper == QLatin1String("Letter") ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    printer.setDocName(tr("Quotation %1").arg(m_quote.number));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("quotePrintPreview"));
    preview.resize(900, 800);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &QuoteEditor::paint);
    preview.exec();
}

void QuoteEditor::saveAsPdf()
{
    if (!saveIfChanged())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = FileDialog::getSaveFileName(this, tr("Save quotation as PDF"),
        QDir(folder).filePath(m_quote.revision > 1
                ? tr("Quotation %1 revision %2.pdf").arg(m_quote.number).arg(m_quote.revision) // not over the first's
                : tr("Quotation %1.pdf").arg(m_quote.number)),
        tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    auto quotePrinter = QuotePrinter::forQuote(m_db, m_quote.id, m_language->currentData().toString());
    auto pages = quotePrinter ? quotePrinter.value().writePdf(file) : Result<int>(quotePrinter.error());
    if (!pages)
        MessageBox::warning(this, tr("Save quotation as PDF"), pages.error().message);
}

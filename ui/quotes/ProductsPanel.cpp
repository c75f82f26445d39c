#include "ProductsPanel.h"
#include "EmptyState.h"
#include "MessageBox.h"
#include "ProductDialog.h"
#include "ReadOnlyUi.h"
#include "RowButtons.h"
#include "ValueItem.h"
#include "domain/Money.h"
#include "repo/ProductRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    CodeColumn,
    NameColumn,
    CategoryColumn,
    UnitColumn,
    PriceColumn,
    CostColumn,
    TaxColumn,
    ActiveColumn
};

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto cell = new ValueItem(text);
    cell->setTextAlignment(alignment);
    return cell;
}

} // namespace

ProductsPanel::ProductsPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("productsPanel"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("productSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search code, name or category"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    auto newButton = new QPushButton(tr("&New product…"));
    newButton->setObjectName(QStringLiteral("newProductButton"));
    ReadOnlyUi::marksAChange(newButton);
    auto editButton = new QPushButton(tr("Edi&t…"));
    ReadOnlyUi::marksAChange(editButton);
    auto activeButton = new QPushButton(tr("Offer / &stop offering"));
    ReadOnlyUi::marksAChange(activeButton);
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(QStringLiteral("productsTableWidget"));
    m_table->setAccessibleName(tr("Products"));
    m_table->setHorizontalHeaderLabels(
        { tr("Code"), tr("Name"), tr("Category"), tr("Unit"), tr("Unit price"), tr("Cost"), tr("Tax"), tr("Offered") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSortIndicator(CodeColumn, Qt::AscendingOrder); // A to Z (Qt's default is Z to A)
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(newButton);
    bar->addWidget(editButton);
    bar->addWidget(activeButton);
    EmptyState::attach(m_table, [this] {
        return m_search->text().trimmed().isEmpty()
            ? tr("No products yet. Add what you sell with New product…: quotes take their lines from here.")
            : tr("No product matches the search.");
    });
    RowButtons::followSelection(m_table, { editButton, activeButton });
    auto layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, this, &ProductsPanel::reload);
    connect(newButton, &QPushButton::clicked, this, &ProductsPanel::newProduct);
    connect(editButton, &QPushButton::clicked, this, &ProductsPanel::editCurrent);
    connect(activeButton, &QPushButton::clicked, this, &ProductsPanel::toggleActive);
    connect(m_table, &QTableWidget::itemActivated, this, &ProductsPanel::editCurrent);
    reload();
}

void ProductsPanel::reload()
{
    const qint64 current = currentId();
    auto products = ProductRepository(m_db).list(m_search->text());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!products) {
        MessageBox::warning(this, tr("Products"), products.error().message);
        return;
    }
    m_table->setRowCount(int(products.value().size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < products.value().size(); ++row) {
        const Product &p = products.value()[row];
        auto code = item(p.code);
        code->setData(Qt::UserRole, p.id);
        m_table->setItem(row, CodeColumn, code);
        m_table->setItem(row, NameColumn, item(p.name));
        m_table->setItem(row, CategoryColumn, item(p.category));
        m_table->setItem(row, UnitColumn, item(p.unit));
        m_table->setItem(row, PriceColumn, item(Money::formatWithSymbol(p.unitPrice, p.currency), right));
        m_table->setItem(row, CostColumn, item(Money::formatWithSymbol(p.costPrice, p.currency), right));
        m_table->setItem(row, TaxColumn, item(QStringLiteral("%1%").arg(double(p.taxRate) / 100), right));
        m_table->setItem(row, ActiveColumn, item(p.active ? tr("yes") : tr("no")));
        TableExport::setMoney(m_table->item(row, PriceColumn), p.unitPrice, p.currency);
        TableExport::setMoney(m_table->item(row, CostColumn), p.costPrice, p.currency);
        m_table->item(row, TaxColumn)->setData(TableExport::ValueRole, double(p.taxRate) / 100);
        if (p.id == current)
            m_table->selectRow(row);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

qint64 ProductsPanel::currentId() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, CodeColumn) ? 0
                                                      : m_table->item(row, CodeColumn)->data(Qt::UserRole).toLongLong();
}

void ProductsPanel::newProduct()
{
    ProductDialog dialog(m_db, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ProductsPanel::editCurrent()
{
    if (currentId() == 0)
        return;
    ProductDialog dialog(m_db, currentId(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ProductsPanel::toggleActive()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    ProductRepository products(m_db);
    auto product = products.get(id);
    if (!product) {
        MessageBox::warning(this, tr("Products"), product.error().message);
        return;
    }
    if (Status status = products.setActive(id, !product.value().active); !status)
        MessageBox::warning(this, tr("Products"), status.error().message);
    reload();
}

const QTableView *ProductsPanel::exportView() const
{
    return m_table;
}

QString ProductsPanel::exportName() const
{
    return tr("Products");
}

QString ProductsPanel::exportEntity() const
{
    return QStringLiteral("product");
}

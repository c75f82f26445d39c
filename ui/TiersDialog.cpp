#include "TiersDialog.h"
#include "repo/LookupRepository.h"
#include "services/CustomerTiers.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    NameColumn,
    CustomersColumn
};

} // namespace

TiersDialog::TiersDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("tiersDialog"));
    setWindowTitle(tr("Customer tiers"));
    auto intro = new QLabel(tr("The tiers customers can have, in the order lists show them. Double-click a name to "
                               "rename it: its customers keep their tier under the new name."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("tiersTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Tier"), tr("Customers") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CustomersColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_usage = CustomerTiers(m_db).usage().value_or({});
    for (const QString &tier : LookupRepository(m_db).tiers().value_or({}))
        addRow(tier, tier);

    auto add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addTierButton"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeTierButton"));
    auto up = new QPushButton(tr("Move &up"));
    up->setObjectName(QStringLiteral("moveTierUpButton"));
    auto down = new QPushButton(tr("Move &down"));
    down->setObjectName(QStringLiteral("moveTierDownButton"));
    connect(add, &QPushButton::clicked, this, &TiersDialog::addTier);
    connect(m_remove, &QPushButton::clicked, this, &TiersDialog::removeTier);
    connect(up, &QPushButton::clicked, this, [this] { moveTier(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTier(1); });
    auto side = new QVBoxLayout;
    for (QPushButton *button : { add, m_remove, up, down })
        side->addWidget(button);
    side->addStretch(1);
    auto row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TiersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TiersDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, 360);
}

// A row: the name (editable; the original name kept in its data) and the number of customers with it.
void TiersDialog::addRow(const QString &name, const QString &original)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, original);
    m_table->setItem(row, NameColumn, nameItem);
    auto count = new QTableWidgetItem(QLocale().toString(original.isEmpty() ? 0 : m_usage.value(original)));
    count->setFlags(count->flags() & ~Qt::ItemIsEditable);
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, CustomersColumn, count);
}

void TiersDialog::addTier()
{
    addRow(tr("New tier"), QString());
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

void TiersDialog::removeTier()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString original = m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
    if (const qint64 used = original.isEmpty() ? 0 : m_usage.value(original); used > 0) {
        showError(tr("%n customer(s) have the tier \"%1\": give them another tier first, or rename it instead.",
            nullptr, int(used))
                      .arg(original));
        return;
    }
    m_table->removeRow(row);
    m_error->hide();
}

void TiersDialog::moveTier(int step)
{
    const int row = m_table->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QTableWidgetItem *item = m_table->takeItem(row, column);
        m_table->setItem(row, column, m_table->takeItem(target, column));
        m_table->setItem(target, column, item);
    }
    m_table->setCurrentCell(target, NameColumn);
}

void TiersDialog::accept()
{
    QList<CustomerTiers::Edit> tiers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, NameColumn);
        tiers << CustomerTiers::Edit { item->data(Qt::UserRole).toString(), item->text().trimmed() };
    }
    // Renaming a tier rewrites each of its customers: seconds in a book of a million.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = CustomerTiers(m_db).save(tiers);
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        showError(status.error().message);
        return;
    }
    QDialog::accept();
}

void TiersDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

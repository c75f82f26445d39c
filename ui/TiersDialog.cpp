#include "TiersDialog.h"
#include "BackgroundJob.h"
#include "db/Database.h"
#include "repo/LookupRepository.h"
#include "services/CustomerTiers.h"

#include <QPushButton>
#include <QTableWidget>

namespace {

enum Column
{
    NameColumn,
    CustomersColumn
};

} // namespace

TiersDialog::TiersDialog(QSqlDatabase db, QWidget *parent)
    : TableEditDialog(tr("The tiers customers can have, in the order lists show them. Double-click a name to rename "
                         "it: its customers keep their tier under the new name."),
        { tr("Tier"), tr("Customers") }, parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("tiersDialog"));
    setWindowTitle(tr("Customer tiers"));
    m_table->setObjectName(QStringLiteral("tiersTableWidget"));
    m_table->setAccessibleName(tr("Customer tiers"));
    m_usage = CustomerTiers(m_db).usage().value_or({});
    for (const QString &tier : LookupRepository(m_db).tiers().value_or({}))
        addRow(tier, tier);

    auto add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addTierButton"));
    auto remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeTierButton"));
    auto up = new QPushButton(tr("Move &up"));
    up->setObjectName(QStringLiteral("moveTierUpButton"));
    auto down = new QPushButton(tr("Move &down"));
    down->setObjectName(QStringLiteral("moveTierDownButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(tr("New tier"), QString());
        editLastRow();
    });
    connect(remove, &QPushButton::clicked, this, &TiersDialog::removeTier);
    connect(up, &QPushButton::clicked, this, [this] { moveTier(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTier(1); });
    setSideButtons({ add, remove, up, down });
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
    m_table->setItem(row, CustomersColumn, countItem(original.isEmpty() ? 0 : m_usage.value(original)));
}

void TiersDialog::removeTier()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString original = m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
    if (const qint64 used = original.isEmpty() ? 0 : m_usage.value(original); used > 0) {
        showError(tr("%Ln customer(s) have the tier \"%1\": give them another tier first, or rename it instead.",
            nullptr, int(used))
                      .arg(original));
        return;
    }
    m_table->removeRow(row);
    hideError();
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
    // Renaming a tier rewrites each of its customers: seconds in a book of a million, off the GUI thread.
    auto result = std::make_shared<Status>(Error(tr("Saving the tiers stopped unexpectedly.")));
    const QString path = m_db.databaseName();
    BackgroundJob::runWithProgress(
        this, tr("Saving the tiers…"),
        [result, path, tiers](const auto &, const std::atomic_bool &) {
            auto book = Database::open(path);
            *result = book ? CustomerTiers(book.value()->connection()).save(tiers) : Status(book.error());
        },
        false);
    const Status status = *result;
    if (!status) {
        showError(status.error().message);
        return;
    }
    QDialog::accept();
}

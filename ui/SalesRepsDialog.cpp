#include "SalesRepsDialog.h"
#include "HandOverDialog.h"
#include "services/SalesReps.h"

#include <QGuiApplication>
#include <QHash>
#include <QPushButton>
#include <QTableWidget>

namespace {

enum Column
{
    NameColumn,
    EmailColumn,
    CustomersColumn
};

} // namespace

SalesRepsDialog::SalesRepsDialog(QSqlDatabase db, QWidget *parent)
    : TableEditDialog(tr("The people customers, follow-ups, quotes and complaints can be assigned to. Double-click a "
                         "name or address to change it."),
        { tr("Name"), tr("Email"), tr("Customers") }, parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("salesRepsDialog"));
    setWindowTitle(tr("Sales reps"));
    m_table->setObjectName(QStringLiteral("salesRepsTableWidget"));
    m_table->setAccessibleName(tr("Sales reps"));
    for (const SalesReps::Rep &rep : SalesReps(m_db).list().value_or({}))
        addRow(rep.id, rep.name, rep.email, rep.customers);

    auto add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addRepButton"));
    auto remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeRepButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(0, tr("New sales rep"), QString(), 0);
        editLastRow();
    });
    connect(remove, &QPushButton::clicked, this, &SalesRepsDialog::removeRep);
    auto handOver = new QPushButton(tr("&Hand over…"));
    handOver->setObjectName(QStringLiteral("handOverButton"));
    handOver->setToolTip(tr("Give this rep's customers and open work to another rep, e.g. when they leave"));
    connect(handOver, &QPushButton::clicked, this, &SalesRepsDialog::handOver);
    setSideButtons({ add, remove, handOver });
    resize(560, 380);
}

// A row: the name (its rep's id in its data, 0 for a new rep; the customers they own beside it), the address, and
// that count.
void SalesRepsDialog::addRow(qint64 id, const QString &name, const QString &email, qint64 customers)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, id);
    nameItem->setData(Qt::UserRole + 1, customers);
    m_table->setItem(row, NameColumn, nameItem);
    m_table->setItem(row, EmailColumn, new QTableWidgetItem(email));
    m_table->setItem(row, CustomersColumn, countItem(customers));
}

void SalesRepsDialog::removeRep()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *name = m_table->item(row, NameColumn);
    if (const qint64 customers = name->data(Qt::UserRole + 1).toLongLong(); customers > 0) {
        showError(tr("%1 owns %Ln customer(s): hand them over to another sales rep first.", nullptr, int(customers))
                      .arg(name->text()));
        return;
    }
    m_table->removeRow(row);
    hideError();
}

void SalesRepsDialog::handOver()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    if (id == 0) {
        showError(tr("A new sales rep has no work yet."));
        return;
    }
    SalesReps::Rep from;
    QList<SalesReps::Rep> others;
    // The saved reps, by their saved names: a name being edited here is not in the book yet.
    for (const SalesReps::Rep &rep : SalesReps(m_db).list().value_or({}))
        (rep.id == id ? from : others.emplaceBack()) = rep;
    if (others.isEmpty()) {
        showError(tr("Add and save another sales rep first, to hand the work over to."));
        return;
    }
    HandOverDialog dialog(m_db, from, others, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_handedOver = true;
    refreshCounts();
    showNote(tr("Handed over to %1: %2.").arg(dialog.receiverName(), HandOverDialog::describe(dialog.moved())));
}

void SalesRepsDialog::refreshCounts()
{
    QHash<qint64, qint64> customers;
    for (const SalesReps::Rep &rep : SalesReps(m_db).list().value_or({}))
        customers.insert(rep.id, rep.customers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *name = m_table->item(row, NameColumn);
        const qint64 count = customers.value(name->data(Qt::UserRole).toLongLong());
        name->setData(Qt::UserRole + 1, count);
        m_table->setItem(row, CustomersColumn, countItem(count));
    }
}

void SalesRepsDialog::accept()
{
    QList<SalesReps::Rep> reps;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        reps << SalesReps::Rep { name->data(Qt::UserRole).toLongLong(), name->text(),
            m_table->item(row, EmailColumn)->text(), 0 };
    }
    // Removing a rep first counts their records in six tables: a moment in a large book.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = SalesReps(m_db).save(reps);
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        showError(status.error().message);
        return;
    }
    QDialog::accept();
}

#include "SalesRepsDialog.h"
#include "services/SalesReps.h"

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
    EmailColumn,
    CustomersColumn
};

} // namespace

SalesRepsDialog::SalesRepsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("salesRepsDialog"));
    setWindowTitle(tr("Sales reps"));
    auto intro = new QLabel(tr("The people customers, follow-ups, quotes and complaints can be assigned to. "
                               "Double-click a name or address to change it."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("salesRepsTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("E-mail"), tr("Customers") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CustomersColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    for (const SalesReps::Rep &rep : SalesReps(m_db).list().value_or({}))
        addRow(rep.id, rep.name, rep.email, rep.customers);

    auto add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addRepButton"));
    auto remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeRepButton"));
    connect(add, &QPushButton::clicked, this, &SalesRepsDialog::addRep);
    connect(remove, &QPushButton::clicked, this, &SalesRepsDialog::removeRep);
    auto side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(remove);
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
    connect(buttons, &QDialogButtonBox::accepted, this, &SalesRepsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SalesRepsDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 380);
}

// A row: the name (its rep's id in its data; 0 for a new rep), the address, and the customers they own.
void SalesRepsDialog::addRow(qint64 id, const QString &name, const QString &email, qint64 customers)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, id);
    nameItem->setData(Qt::UserRole + 1, customers);
    m_table->setItem(row, NameColumn, nameItem);
    m_table->setItem(row, EmailColumn, new QTableWidgetItem(email));
    auto count = new QTableWidgetItem(QLocale().toString(customers));
    count->setFlags(count->flags() & ~Qt::ItemIsEditable);
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, CustomersColumn, count);
}

void SalesRepsDialog::addRep()
{
    addRow(0, tr("New sales rep"), QString(), 0);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

void SalesRepsDialog::removeRep()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *name = m_table->item(row, NameColumn);
    if (const qint64 customers = name->data(Qt::UserRole + 1).toLongLong(); customers > 0) {
        showError(tr("%1 owns %n customer(s): give them to another sales rep first.", nullptr, int(customers))
                      .arg(name->text()));
        return;
    }
    m_table->removeRow(row);
    m_error->hide();
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

void SalesRepsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

#include "TrashPanel.h"
#include "BusinessRecordsText.h"
#include "CustomerTableModel.h"
#include "EmptyState.h"
#include "MessageBox.h"
#include "ReadOnlyUi.h"
#include "RowButtons.h"
#include "repo/CustomerRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

TrashPanel::TrashPanel(QSqlDatabase db, QWidget *parent) : QWidget(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("trashPanel"));
    m_model = new CustomerTableModel(m_db, this);
    CustomerQuery query;
    query.trash = true;
    query.sort = CustomerSort::Updated;
    query.order = Qt::DescendingOrder;
    m_model->setQuery(query);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("trashTableView"));
    m_view->setAccessibleName(tr("Customers in the trash"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        const bool shown = column == CustomerTableModel::Name || column == CustomerTableModel::City
                           || column == CustomerTableModel::Phone || column == CustomerTableModel::Owner
                           || column == CustomerTableModel::Deleted;
        m_view->horizontalHeader()->setSectionHidden(column, !shown);
    }
    // One line a customer, as in the customer list: a phone number never wraps.
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->resizeSection(CustomerTableModel::Name, 280);
    m_view->horizontalHeader()->resizeSection(CustomerTableModel::City, 140);
    m_view->horizontalHeader()->resizeSection(CustomerTableModel::Phone, 160);
    m_view->horizontalHeader()->resizeSection(CustomerTableModel::Owner, 140);

    m_restore = new QPushButton(tr("&Restore"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    ReadOnlyUi::marksAChange(m_restore);
    m_purge = new QPushButton(tr("&Delete for good…"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    ReadOnlyUi::marksAChange(m_purge);
    connect(m_restore, &QPushButton::clicked, this, &TrashPanel::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashPanel::purgeSelected);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    auto hint = new QLabel(tr("Customers in the trash keep their contacts and history until they are deleted for "
                              "good. Restore brings them back to the list."));
    hint->setWordWrap(true);
    EmptyState::attach(m_view, [] {
        return tr("The trash is empty. Customers moved to the trash wait here until you restore them or delete "
                  "them for good.");
    });
    RowButtons::followSelection(m_view, { m_restore, m_purge });
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void TrashPanel::reload()
{
    m_model->reload();
}

QList<qint64> TrashPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void TrashPanel::restoreSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (Status status = CustomerRepository(m_db).restore(ids); !status) {
        MessageBox::warning(this, tr("Restore"), status.error().toString());
        return;
    }
    reload();
    emit trashChanged();
}

void TrashPanel::purgeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString text = tr("Delete %Ln customer(s) for good, with their contacts and history? This cannot be undone.",
        nullptr, int(ids.size()));
    // Orders, contracts and complaints go with them: said plainly, with Erase offered for keeping the sales.
    const QMap<QString, qint64> records = CustomerRepository(m_db).businessRecords(ids).value_or({});
    const QStringList also = BusinessRecordsText::parts(records);
    if (!also.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Deleted with them: %1.").arg(also.join(QStringLiteral(", ")))
            + QLatin1Char(' ')
            + tr("To remove a person's data but keep the sales figures, restore the customer and use Erase instead.");
    }
    if (MessageBox::question(this, tr("Delete for good"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (Status status = CustomerRepository(m_db).purge(ids); !status) {
        MessageBox::warning(this, tr("Delete for good"), status.error().toString());
        return;
    }
    reload();
    emit trashChanged();
}

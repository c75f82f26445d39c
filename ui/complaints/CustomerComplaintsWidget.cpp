#include "CustomerComplaintsWidget.h"
#include "ComplaintDialog.h"
#include "ComplaintTableModel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CustomerComplaintsWidget::CustomerComplaintsWidget(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("customerComplaintsWidget"));
    m_model = new ComplaintTableModel(m_db, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("customerComplaintsTableView"));
    m_view->setAccessibleName(tr("Complaints"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column : { int(ComplaintTableModel::CustomerColumn), int(ComplaintTableModel::OwnerColumn),
             int(ComplaintTableModel::CategoryColumn), int(ComplaintTableModel::DueColumn) })
        m_view->hideColumn(column);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { openComplaint(m_model->idAt(index.row())); });
    m_log = new QPushButton(tr("Log &complaint…"));
    m_log->setObjectName(QStringLiteral("customerLogComplaintButton"));
    connect(m_log, &QPushButton::clicked, this, &CustomerComplaintsWidget::logComplaint);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_log, 0, Qt::AlignLeft);
}

void CustomerComplaintsWidget::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    ComplaintFilter filter;
    filter.customerId = customerId > 0 ? customerId : -1;
    m_model->setFilter(filter);
    m_view->resizeColumnToContents(ComplaintTableModel::NumberColumn);
}

void CustomerComplaintsWidget::logComplaint()
{
    if (m_customerId <= 0)
        return;
    ComplaintDialog dialog(m_db, 0, m_customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showCustomer(m_customerId);
    emit complaintsChanged(m_customerId);
}

void CustomerComplaintsWidget::openComplaint(qint64 id)
{
    if (id <= 0)
        return;
    ComplaintDialog dialog(m_db, id, 0, this);
    bool changed = false;
    connect(&dialog, &ComplaintDialog::complaintChanged, this, [&changed] { changed = true; });
    dialog.exec();
    if (!changed)
        return;
    showCustomer(m_customerId);
    emit complaintsChanged(m_customerId);
}

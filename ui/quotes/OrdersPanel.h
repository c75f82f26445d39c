#pragma once

#include "TableExport.h"
#include "repo/OrderRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

// Orders (the sales history) in a date range, newest first, with their totals and margin; at most 5,000 rows.
class OrdersPanel : public QWidget, public ExportableTable
{
    Q_OBJECT

public:
    explicit OrdersPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void reload();

    const QTableView *exportView() const override;
    QString exportName() const override;
    QString exportEntity() const override;

private:
    QSqlDatabase m_db;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    OrderSpan m_span; // all the book's orders, for an empty period to say where they are
    QTableWidget *m_table = nullptr;
};

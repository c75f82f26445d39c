#pragma once

#include "TableExport.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

// Customers nobody has done anything with for longer than their tier's follow-up interval, the most valuable
// (live contract value) first; sortable by any column.
class NeglectedPanel : public QWidget, public ExportableTable
{
    Q_OBJECT

public:
    explicit NeglectedPanel(QSqlDatabase db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();

    const QTableView *exportView() const override;
    QString exportName() const override;
    QString exportEntity() const override;

signals:
    void openCustomerRequested(qint64 customerId);

private:
    QSqlDatabase m_db;
    QComboBox *m_owner = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

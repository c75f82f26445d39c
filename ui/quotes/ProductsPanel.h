#pragma once

#include "TableExport.h"

#include <QSqlDatabase>
#include <QWidget>

class QLineEdit;
class QTableWidget;

// The catalogue: products and services with their prices, cost and tax; search, new, edit, stop offering.
class ProductsPanel : public QWidget, public ExportableTable
{
    Q_OBJECT

public:
    explicit ProductsPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void reload();

    const QTableView *exportView() const override;
    QString exportName() const override;
    QString exportEntity() const override;
    void newProduct();
    void editCurrent();
    qint64 currentId() const;

private:
    void toggleActive();

    QSqlDatabase m_db;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
};

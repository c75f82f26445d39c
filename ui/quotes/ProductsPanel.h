#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLineEdit;
class QTableWidget;

// The catalogue: products and services with their prices, cost and tax; search, new, edit, stop offering.
class ProductsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void reload();
    void newProduct();
    void editCurrent();
    qint64 currentId() const;

private:
    void toggleActive();

    QSqlDatabase m_db;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
};

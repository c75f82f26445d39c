#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QPushButton;
class QTreeWidget;

// The customer file's contracts, each renewal under the contract it renewed (the renewal chain), with New and
// Renew.
class CustomerContractsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerContractsTab(QSqlDatabase db, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_tree; }
    void showCustomer(qint64 customerId, const QString &customerName);
    void newContract();
    void renewSelected();

signals:
    void contractsChanged();

private:
    void reload();

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    QString m_customerName;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_renew = nullptr;
};

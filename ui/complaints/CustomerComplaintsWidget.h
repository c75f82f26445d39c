#pragma once

#include <QSqlDatabase>
#include <QWidget>

class ComplaintTableModel;
class QPushButton;
class QTableView;

// The complaints tab of the customer file: all of the customer's cases, newest first, and a button to log one.
class CustomerComplaintsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerComplaintsWidget(QSqlDatabase db, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId);
    ComplaintTableModel *model() const { return m_model; }

signals:
    void complaintsChanged(qint64 customerId);

private:
    void logComplaint();
    void openComplaint(qint64 id);

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    ComplaintTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_log = nullptr;
};

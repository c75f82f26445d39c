#pragma once

#include <QSqlDatabase>
#include <QWidget>

class CustomerTableModel;
class QPushButton;
class QTableView;

// Customers moved to the trash: restore them, or delete them for good (after a confirmation).
class TrashPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrashPanel(QSqlDatabase db, QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();

signals:
    // Customers came back from the trash or left it for good.
    void trashChanged();

private:
    QList<qint64> selectedIds() const;
    void restoreSelected();
    void purgeSelected();

    QSqlDatabase m_db;
    CustomerTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
};

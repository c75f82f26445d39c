#pragma once

#include "audit/AuditEntry.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// The Audit page: who changed what and when, newest first, filtered by user, record kind, action and dates, and
// exported to .xlsx or CSV. Read-only: the app offers no way to edit or delete entries. An import of customers
// can be undone from its entry (UndoImport).
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void reload();
    void exportEntries();
    void undoSelectedImport();

signals:
    // Customers went to the trash (an import undone): the lists showing them reload.
    void customersChanged();

public:
    QTableWidget *table() const { return m_table; }
    AuditFilter filter() const;

    static constexpr int kShown = 2000;

private:
    void fillUsers();
    // The entry of the selected row when it is an import of customers, else 0.
    qint64 selectedImport() const;

    QSqlDatabase m_db;
    QComboBox *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_undoImport = nullptr;
};

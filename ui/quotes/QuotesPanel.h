#pragma once

#include "TableExport.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

// The quotes list with filters (status, owner, customer or number, date range), the open pipeline by status
// and the win rate of the last twelve months in one line above it. Shows the newest 5,000 quotes that match.
class QuotesPanel : public QWidget, public ExportableTable
{
    Q_OBJECT

public:
    explicit QuotesPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void reload();

    const QTableView *exportView() const override;
    QString exportName() const override;
    QString exportEntity() const override;
    void openQuote(qint64 id);
    // A new quote for this customer (0: the panel says to pick one first).
    void newQuote(qint64 customerId);
    qint64 currentId() const;

signals:
    void quotesChanged();
    // "New quote" was clicked: the window knows the customer selected on the Customers page.
    void newQuoteRequested();

private:
    void updateSummary();

    QSqlDatabase m_db;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_revisions = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

#pragma once

#include "services/RenewalService.h"

#include "TableExport.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class BookReader;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

// Contracts up for renewal: the value at stake in the next 30, 60 and 90 days, the contracts ending soon and
// those that lapsed, the renewal rate by month as a chart, and "Renew" for the selected contract. The figures are
// read off the GUI thread, on a connection of their own: in a book of a million customers they take seconds.
class RenewalsPanel : public QWidget, public ExportableTable
{
    Q_OBJECT

public:
    explicit RenewalsPanel(QSqlDatabase db, QWidget *parent = nullptr);

    QTableWidget *endingTable() const { return m_ending; }
    QTableWidget *lapsedTable() const { return m_lapsed; }
    const RenewalOverview &overview() const { return m_overview; }

    // Reads the figures again in the background; they are shown when read.
    void reload();
    // Blocks until the figures being read are shown (tests, screenshots, benchmarks).
    void waitForOverview();

    const QTableView *exportView() const override;
    QString exportName() const override;
    QString exportEntity() const override;
    // Renews the selected contract through the renewal dialog.
    void renewSelected();

signals:
    void openCustomerRequested(qint64 customerId);
    void contractsChanged();

private:
    void showOverview(const QDate &today);
    void fillTable(QTableWidget *table, const QList<Contract> &contracts, const QDate &today);
    void fillChart();
    qint64 selectedContractId() const;
    QTableWidget *currentTable() const;
    void updateButtons(); // Renew… and Open customer need a chosen contract

    QSqlDatabase m_db;
    RenewalOverview m_overview;
    BookReader *m_reader = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_stake[3] = {};
    QLabel *m_rate = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_ending = nullptr;
    QTableWidget *m_lapsed = nullptr;
    QChartView *m_chart = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_open = nullptr;
};

#pragma once

#include "analytics/ComplaintStatistics.h"

#include <QSqlDatabase>
#include <QWidget>

class BookReader;
class QChartView;
class QDateEdit;
class QLabel;
class QTableWidget;

// Complaint reports over a period: key figures (counts, response and resolution times, service-level
// compliance, CSAT, NPS), charts by category, severity and month and of satisfaction over time, customers and
// products with repeated complaints, and the most frequent terms in what customers wrote. The period's complaints
// are read and counted off the GUI thread: a book of a million customers has tens of thousands.
class ComplaintReportsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintReportsPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    // Reads the period again in the background; the figures are shown when read.
    void reload();
    // Blocks until the figures being read are shown (tests, screenshots, benchmarks).
    void waitForStatistics();
    const ComplaintStatistics &statistics() const { return m_stats; }

private:
    void showStatistics();
    void showFigures();
    void showCategoryChart();
    void showSeverityChart();
    void showMonthChart();
    void showSatisfactionChart();
    void showLists();

    QSqlDatabase m_db;
    ComplaintStatistics m_stats;
    BookReader *m_reader = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_figures = nullptr;
    QChartView *m_categoryChart = nullptr;
    QChartView *m_severityChart = nullptr;
    QChartView *m_monthChart = nullptr;
    QChartView *m_satisfactionChart = nullptr;
    QTableWidget *m_repeated = nullptr;
    QTableWidget *m_terms = nullptr;
};

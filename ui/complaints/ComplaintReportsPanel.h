#pragma once

#include "analytics/ComplaintStatistics.h"

#include <QSqlDatabase>
#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QTableWidget;

// Complaint reports over a period: key figures (counts, response and resolution times, service-level
// compliance, CSAT, NPS), charts by category, severity and month and of satisfaction over time, customers and
// products with repeated complaints, and the most frequent terms in what customers wrote.
class ComplaintReportsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintReportsPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    void reload();
    const ComplaintStatistics &statistics() const { return m_stats; }

private:
    void showFigures();
    void showCategoryChart();
    void showSeverityChart();
    void showMonthChart();
    void showSatisfactionChart();
    void showLists();

    QSqlDatabase m_db;
    ComplaintStatistics m_stats;
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

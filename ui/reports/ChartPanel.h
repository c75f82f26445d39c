#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QPushButton;
class QStandardItemModel;
class QTableView;

// One analysis on the Reports page: a chart above a table of its figures, with "Save chart…" (PNG or SVG).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(const QString &objectName, QWidget *parent = nullptr);

    // Takes ownership of the chart; the previous one is deleted.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    // Replaces the table: headers and rows of display text; a row's customer ids (if any) go in Qt::UserRole.
    void setTable(const QStringList &headers, const QList<QStringList> &rows);
    void saveChart();

signals:
    // A table row was activated (double-click or Enter).
    void rowActivated(int row);

private:
    void fillWidth();

    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_save = nullptr;
    QStandardItemModel *m_model = nullptr;
};

#pragma once

#include "ViewContent.h"

#include <QWidget>

class ChartPanel;
class QChart;
class QComboBox;
class QLabel;

// The "Seven views" tab of the Reports page: a choice of view page (profile by industry, loyalty, performance by
// category...) shown as a chart over a table. Hovering a bar, slice or point shows its figures; clicking one, or
// activating a table row, asks for the list of those customers.
class ViewsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ViewsPanel(QWidget *parent = nullptr);

    // Shows the views of a new result (it must outlive the panel's use of it, or be replaced first).
    void setResult(const SalesAnalysisResult *result);
    void showPage(ViewContent::Page page);
    ViewContent::Page currentPage() const;
    QComboBox *pageChooser() const { return m_chooser; }
    ChartPanel *panel() const { return m_panel; }
    // Asks for the customers of one of the page's rows (in the page's order, whatever the table's sorting).
    void requestRow(int row);

signals:
    void customersRequested(const QString &title, const QList<qint64> &customerIds);

private:
    void rebuild();
    void connectChart(QChart *chart);
    int rowOfCategory(int index) const;
    QString describeRow(int row) const;
    void showTip(int row);

    const SalesAnalysisResult *m_result = nullptr;
    QComboBox *m_chooser = nullptr;
    QLabel *m_note = nullptr;
    ChartPanel *m_panel = nullptr;
    ViewPage m_page;
};

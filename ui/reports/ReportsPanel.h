#pragma once

#include "ReportContent.h"
#include "TableExport.h"
#include "services/SalesAnalysis.h"

#include <QWidget>

#include <optional>

class BackgroundJob;
class ChartPanel;
class QChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class ViewsPanel;

// The Reports page: the segmentation analyses of the book's sales (RFM segments, Pareto/ABC, value pyramid,
// lifecycle and churn, clusters) as charts and tables, for a period, currency, owner, province, tier and product
// category. The analysis runs off the GUI thread on its own connection; clicking a bar, slice or table row asks
// for the list of those customers.
class ReportsPanel : public QWidget, public ExportableTable
{
    Q_OBJECT

public:
    explicit ReportsPanel(const QString &bookPath, QSqlDatabase db, QWidget *parent = nullptr);
    ~ReportsPanel() override;

    // Fills the filter choices from the book and runs the analysis (again).
    void refresh();
    void waitForAnalysis();
    void printPreview();
    // Writes the printed analysis to fileName, or to a file the user picks when it is empty.
    bool saveAsPdf(const QString &fileName = {});
    const std::optional<SalesAnalysisResult> &result() const { return m_result; }
    QTabWidget *tabs() const { return m_tabs; }
    ChartPanel *panel(int tab) const;
    // The "Seven views" tab (the last one).
    ViewsPanel *views() const { return m_views; }
    // File > Export list writes the table of the tab shown.
    const QTableView *exportView() const override;
    QString exportName() const override;
    QString exportEntity() const override;

    enum Tab
    {
        SegmentsTab,
        ParetoTab,
        PyramidTab,
        LifecycleTab,
        ChurnTab,
        ClustersTab
    };

signals:
    void customersRequested(const QString &title, const QList<qint64> &customerIds);

private:
    QWidget *buildFilterBar();
    void runAgainWhenFiltersChange();
    void loadFilterChoices();
    SalesAnalysisOptions currentOptions() const;
    void startAnalysis();
    void analysisFinished();
    void showResult();
    void connectClicks(ReportContent::Tab tab, QChart *chart);
    QString companyName() const;
    void requestSegment(int segment);
    void requestDecile(int decile);
    void requestTier(int tier);
    void requestState(int state);
    void requestCluster(int cluster);

    QString m_bookPath;
    QSqlDatabase m_db;
    QComboBox *m_period = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_clusters = nullptr;
    QPushButton *m_refresh = nullptr;
    QTimer *m_asOfPause = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ChartPanel *> m_panels;
    ViewsPanel *m_views = nullptr;
    BackgroundJob *m_job = nullptr;
    Result<SalesAnalysisResult> m_pending = Error {};
    std::optional<SalesAnalysisResult> m_result;
    bool m_rerun = false;
    bool m_analysing = false; // from startAnalysis until the last run's result (or error) is shown
};

#pragma once

#include "services/SalesAnalysis.h"

#include <QCoreApplication>
#include <QStringList>

class QChart;

// One analysis as it is shown and printed: a chart (the caller owns it), a table of display text, each row's key
// (the segment, tier, stage or cluster it stands for, where rows stand for one), and a note.
struct ReportView
{
    QChart *chart = nullptr;
    QStringList headers;
    QList<QStringList> rows;
    QList<int> keys;
    QString tip;
};

// Builds the charts and tables of the analyses, for the Reports page and the printed analysis alike.
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(ReportContent)

public:
    enum class Tab
    {
        Segments,
        Pareto,
        Pyramid,
        Lifecycle,
        Churn,
        Clusters
    };

    static QList<Tab> tabs();
    static QString title(Tab tab);
    static ReportView view(const SalesAnalysisResult &result, Tab tab);

private:
    static ReportView segments(const SalesAnalysisResult &r);
    static ReportView pareto(const SalesAnalysisResult &r);
    static ReportView pyramid(const SalesAnalysisResult &r);
    static ReportView lifecycle(const SalesAnalysisResult &r);
    static ReportView churn(const SalesAnalysisResult &r);
    static ReportView clusters(const SalesAnalysisResult &r);
};

#pragma once

#include "Result.h"
#include "analytics/Clustering.h"
#include "analytics/Lifecycle.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"
#include "analytics/ValuePyramid.h"
#include "repo/SalesHistoryRepository.h"
#include "services/CustomerViewsAnalysis.h"

#include <QSqlDatabase>

#include <atomic>

// Every segmentation analysis of one selection of sales, computed together from one read of the history: what
// the Reports page, the printed analysis and `clientele-cli report` show.
struct SalesAnalysisOptions
{
    SalesQuery sales;
    QDate asOf;
    int clusters = 0; // 0: the suggested number
    quint64 seed = 1;
    Lifecycle::Options lifecycle;
};

struct SalesAnalysisResult
{
    SalesAnalysisOptions options;
    QList<CustomerTotals> totals;
    QList<RfmScore> rfm;
    QList<RfmSegmentSummary> segments;
    ParetoResult paretoByProfit;
    ParetoResult paretoByRevenue;
    ValuePyramidResult pyramid;
    QList<LifecycleRow> lifecycle;
    QList<MonthlyChurn> churn;
    ClusteringResult clustering;
    CustomerViewsResult views;
    qint64 revenue = 0;
    qint64 profit = 0;
    // Customers left out because they buy only in other currencies than the analysis's.
    qint64 otherCurrencyCustomers = 0;

    int count(LifecycleState state) const;
};

class SalesAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(SalesAnalysis)

public:
    // The work polls `cancel` between analyses; a cancelled run returns an Error.
    static Result<SalesAnalysisResult> run(
        QSqlDatabase db, const SalesAnalysisOptions &options, const std::atomic_bool *cancel = nullptr);
};

#include "SalesAnalysis.h"

namespace {
QList<CustomerValue> valuesOf(const QList<CustomerTotals> &totals, bool profit)
{
    QList<CustomerValue> values;
    values.reserve(totals.size());
    for (const CustomerTotals &t : totals)
        values << CustomerValue { t.customerId, profit ? t.profit : t.revenue };
    return values;
}
} // namespace

int SalesAnalysisResult::count(LifecycleState state) const
{
    return int(std::count_if(
        lifecycle.begin(), lifecycle.end(), [state](const LifecycleRow &row) { return row.state == state; }));
}

Result<SalesAnalysisResult> SalesAnalysis::run(
    QSqlDatabase db, const SalesAnalysisOptions &options, const std::atomic_bool *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const Error stopped { tr("The analysis was cancelled.") };
    SalesAnalysisResult result;
    result.options = options;
    SalesHistoryRepository history(db);
    auto totals = history.totals(options.sales);
    if (!totals)
        return totals.error();
    result.totals = std::move(totals).value();
    for (const CustomerTotals &t : result.totals) {
        result.revenue += t.revenue;
        result.profit += t.profit;
    }
    if (cancelled())
        return stopped;
    result.rfm = Rfm::score(result.totals, options.asOf);
    result.segments = Rfm::summarize(result.rfm);
    result.paretoByProfit = Pareto::classify(valuesOf(result.totals, true));
    result.paretoByRevenue = Pareto::classify(valuesOf(result.totals, false));
    result.pyramid = ValuePyramid::build(valuesOf(result.totals, true));
    if (cancelled())
        return stopped;

    // A customer's lifecycle depends on their whole history up to the as-of date, not on the chosen period.
    SalesQuery whole = options.sales;
    whole.from = {};
    whole.to = options.asOf;
    auto histories = history.purchaseHistories(whole);
    if (!histories)
        return histories.error();
    result.lifecycle = Lifecycle::classify(histories.value(), options.asOf, options.lifecycle);
    const QDate churnFrom = options.sales.from.isValid() ? options.sales.from : options.asOf.addYears(-1);
    result.churn = Lifecycle::monthlyChurn(histories.value(), churnFrom, options.asOf, options.lifecycle);
    if (cancelled())
        return stopped;

    const int k = options.clusters > 0 ? options.clusters : Clustering::suggestK(result.rfm, options.seed);
    result.clustering = Clustering::cluster(result.rfm, k, options.seed);
    auto views = CustomerViewsAnalysis::run(db, options.sales, options.asOf, result.totals, cancel);
    if (!views)
        return views.error();
    result.views = std::move(views).value();
    return result;
}

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
    // One read serves every analysis: the orders of the period for RFM and ABC, and each customer's whole history
    // up to the as-of date for the lifecycle (which depends on it, not on the chosen period).
    SalesHistoryRepository history(db);
    SalesQuery read = options.sales;
    read.from = {};
    read.to = options.sales.to.isValid() ? std::max(options.sales.to, options.asOf) : QDate();
    auto facts = history.facts(read);
    if (!facts)
        return facts.error();
    auto customers = history.customerIds(read, &result.otherCurrencyCustomers);
    if (!customers)
        return customers.error();
    if (cancelled())
        return stopped;
    result.totals = totalsByCustomer(facts.value(), options.sales.from, options.sales.to);
    for (const CustomerTotals &t : result.totals) {
        result.revenue += t.revenue;
        result.profit += t.profit;
    }
    result.rfm = Rfm::score(result.totals, options.asOf);
    result.segments = Rfm::summarize(result.rfm);
    result.paretoByProfit = Pareto::classify(valuesOf(result.totals, true));
    result.paretoByRevenue = Pareto::classify(valuesOf(result.totals, false));
    result.pyramid = ValuePyramid::build(valuesOf(result.totals, true));
    if (cancelled())
        return stopped;

    const QList<PurchaseHistory> histories = purchaseHistoriesOf(customers.value(), facts.value(), options.asOf);
    result.lifecycle = Lifecycle::classify(histories, options.asOf, options.lifecycle);
    const QDate churnFrom = options.sales.from.isValid() ? options.sales.from : options.asOf.addYears(-1);
    result.churn = Lifecycle::monthlyChurn(histories, churnFrom, options.asOf, options.lifecycle);
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

#include "CustomerViewsAnalysis.h"
#include "domain/Money.h"

#include <algorithm>

QList<double> CustomerViewsAnalysis::lifetimeValueBounds(int decimals)
{
    const double unit = double(Money::pow10(std::max(decimals, 0)));
    QList<double> bounds { 0 };
    for (double major : { 1e3, 5e3, 1e4, 5e4, 1e5, 5e5, 1e6 })
        bounds << major * unit;
    return bounds;
}

Result<CustomerViewsResult> CustomerViewsAnalysis::run(QSqlDatabase db, const SalesQuery &query, QDate asOf,
    const QList<CustomerTotals> &period, const std::atomic_bool *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const Error stopped { tr("The analysis was cancelled.") };
    CustomerViewsResult result;
    CustomerViewRepository views(db);
    SalesHistoryRepository history(db);
    // The customers there were by the analysis's end: the later of the period's end and the as-of date, as for
    // the lifecycle (SalesAnalysis), so that both count the same customers.
    SalesQuery existing = query;
    existing.to = query.to.isValid() ? std::max(query.to, asOf) : QDate();
    auto customers = views.customers(existing);
    if (!customers)
        return customers.error();
    // The customers of the analysis in this currency, as for the lifecycle (SalesAnalysis): those who bought up
    // to the analysis's end only in other currencies are left out.
    SalesQuery upToTheEnd = query;
    upToTheEnd.from = {};
    upToTheEnd.to = query.to.isValid() ? std::max(query.to, asOf) : QDate();
    QList<qint64> ids;
    ids.reserve(customers.value().size());
    for (const ViewCustomer &customer : std::as_const(customers.value()))
        ids << customer.id;
    auto elsewhere = history.buyersInOtherCurrenciesOnly(ids, upToTheEnd);
    if (!elsewhere)
        return elsewhere.error();
    if (!elsewhere.value().isEmpty()) {
        const QSet<qint64> leftOut(elsewhere.value().cbegin(), elsewhere.value().cend());
        customers.value().removeIf([&leftOut](const ViewCustomer &customer) { return leftOut.contains(customer.id); });
    }
    result.customers = int(customers.value().size());
    for (int a = 0; a < 4; ++a)
        result.profile[a] = CustomerProfile::mix(customers.value(), CustomerProfile::Attribute(a));

    SalesQuery whole = query;
    whole.from = {};
    whole.to = asOf;
    // With all history up to the as-of date, the period is the whole history already: no second read.
    auto everything
        = !query.from.isValid() && query.to == asOf ? Result<QList<CustomerTotals>>(period) : history.totals(whole);
    if (!everything)
        return everything.error();
    result.loyalty = Loyalty::analyse(period, everything.value(), asOf);
    result.profitability = Profitability::analyse(period, CustomerViewsResult::kListed);
    if (cancelled())
        return stopped;

    // Channel, region and rep come from one pass over the orders; with a category filter each needs the lines.
    std::array<QList<SalesLine>, 3> byOrder;
    if (query.productCategory.isEmpty()) {
        auto lines = views.orderAttributeLines(query);
        if (!lines)
            return lines.error();
        byOrder = lines.value();
    }
    for (int d = 0; d < 4; ++d) {
        const bool fromScan = d > 0 && query.productCategory.isEmpty();
        auto lines = fromScan ? Result<QList<SalesLine>>(byOrder[size_t(d) - 1])
                              : views.lines(query, CustomerViewRepository::Dimension(d));
        if (!lines)
            return lines.error();
        result.performance[d] = SalesPerformance::breakdown(lines.value());
        if (cancelled())
            return stopped;
    }

    auto quotes = views.quotes(query);
    if (!quotes)
        return quotes.error();
    result.prospects = Prospects::monthly(everything.value(), quotes.value(), query.from, query.to);

    auto baskets = history.baskets(query);
    if (!baskets)
        return baskets.error();
    result.baskets = int(baskets.value().size());
    result.associations = Associations::pairs(baskets.value(), 2, 50);
    QList<qint64> products;
    for (const AssociationRule &rule : result.associations)
        products << rule.antecedent << rule.consequent;
    auto names = views.productNames(products, &result.productCodes);
    if (!names)
        return names.error();
    result.productNames = names.value();
    if (cancelled())
        return stopped;

    result.promotion = Promotion::bySource(customers.value(), period);
    QStringList sources;
    for (const ViewGroup &group : result.promotion)
        sources << group.key;
    result.newBySource
        = Promotion::newCustomersBySource(customers.value(), everything.value(), sources, query.from, query.to);

    // Value is a matter of the whole relationship: the history up to the as-of date, whatever the period.
    result.lifetimeValues = LifetimeValue::estimate(everything.value(), asOf, result.expectedLifetimeYears);
    std::sort(result.lifetimeValues.begin(), result.lifetimeValues.end(),
        [](const LifetimeValueRow &a, const LifetimeValueRow &b) {
            return a.lifetimeValue != b.lifetimeValue ? a.lifetimeValue > b.lifetimeValue : a.customerId < b.customerId;
        });
    result.lifetimeValueBounds = lifetimeValueBounds(Money::decimals(query.currency));
    QList<std::pair<qint64, double>> values;
    for (const LifetimeValueRow &row : result.lifetimeValues)
        values.append({ row.customerId, double(row.lifetimeValue) });
    result.lifetimeValueDistribution = distribute(values, result.lifetimeValueBounds);

    QList<qint64> listed;
    for (const QList<CustomerTotals> *list : { &result.profitability.top, &result.profitability.bottom }) {
        for (const CustomerTotals &t : *list)
            listed << t.customerId;
    }
    for (const LifetimeValueRow &row : result.lifetimeValues.mid(0, CustomerViewsResult::kListed))
        listed << row.customerId;
    auto customerNames = views.customerNames(listed);
    if (!customerNames)
        return customerNames.error();
    result.customerNames = customerNames.value();
    return result;
}

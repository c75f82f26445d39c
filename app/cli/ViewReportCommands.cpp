#include "ViewReport.h"
#include "domain/Money.h"
#include "services/CustomerViewsAnalysis.h"

#include <QCoreApplication>

#include <cmath>

namespace {

struct ViewCli
{
    Q_DECLARE_TR_FUNCTIONS(ViewCli)
};

QString amount(qint64 minor, const QString &currency)
{
    return Money::format(minor, Money::decimals(currency), false);
}

QString fraction(double value)
{
    return QString::number(value, 'f', 4);
}

QVariant bound(double value)
{
    return std::isinf(value) ? QVariant(QString()) : QVariant(value);
}

void addGroups(ViewReportTable *table, const QList<ViewGroup> &groups, const QString &currency)
{
    table->columns = { QStringLiteral("key"), QStringLiteral("customers"), QStringLiteral("customer_share"),
        QStringLiteral("buyers"), QStringLiteral("orders"), QStringLiteral("revenue"), QStringLiteral("revenue_share"),
        QStringLiteral("profit"), QStringLiteral("margin") };
    for (const ViewGroup &g : groups)
        table->rows.append({ g.key, g.customers, fraction(g.customerShare), g.buyers, g.orders,
            amount(g.revenue, currency), fraction(g.revenueShare), amount(g.profit, currency), fraction(g.margin()) });
}

void addBuckets(ViewReportTable *table, const QString &group, const QList<ViewBucket> &buckets)
{
    for (const ViewBucket &b : buckets)
        table->rows.append({ group, bound(b.low), bound(b.high), b.customers, fraction(b.share) });
}

} // namespace

Result<ViewReportTable> viewsReport(CliContext &context, const SalesQuery &sales, QDate asOf)
{
    static const QStringList views { QStringLiteral("profile"), QStringLiteral("loyalty"),
        QStringLiteral("profitability"), QStringLiteral("performance"), QStringLiteral("prospects"),
        QStringLiteral("products"), QStringLiteral("promotion"), QStringLiteral("value") };
    const QString view = context.args.take(QStringLiteral("--view")).value_or(QString());
    if (!views.contains(view))
        return Error { ViewCli::tr("--view must be one of: %1").arg(views.join(QStringLiteral(", "))) };
    static const QStringList attributes { QStringLiteral("industry"), QStringLiteral("region"), QStringLiteral("tier"),
        QStringLiteral("source") };
    static const QStringList dimensions { QStringLiteral("category"), QStringLiteral("channel"),
        QStringLiteral("region"), QStringLiteral("rep") };
    const QStringList &choices = view == QLatin1String("profile") ? attributes : dimensions;
    const QString by = context.args.take(QStringLiteral("--by")).value_or(choices.first());
    if ((view == QLatin1String("profile") || view == QLatin1String("performance")) && !choices.contains(by))
        return Error { ViewCli::tr("--by must be one of: %1").arg(choices.join(QStringLiteral(", "))) };

    auto totals = SalesHistoryRepository(context.db.connection()).totals(sales);
    if (!totals)
        return totals.error();
    auto result = CustomerViewsAnalysis::run(context.db.connection(), sales, asOf, totals.value());
    if (!result)
        return result.error();
    const CustomerViewsResult &r = result.value();
    const QString &currency = sales.currency;
    ViewReportTable table;
    if (view == QLatin1String("profile")) {
        addGroups(&table, r.profile[attributes.indexOf(by)], currency);
    } else if (view == QLatin1String("performance")) {
        addGroups(&table, r.performance[dimensions.indexOf(by)], currency);
    } else if (view == QLatin1String("promotion")) {
        addGroups(&table, r.promotion, currency);
    } else if (view == QLatin1String("loyalty")) {
        table.columns = { QStringLiteral("measure"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("customers"), QStringLiteral("share") };
        table.rows.append(
            { QStringLiteral("repeat_buyers"), 2, QString(), r.loyalty.repeatBuyers, fraction(r.loyalty.repeatRate) });
        addBuckets(&table, QStringLiteral("purchases"), r.loyalty.purchases);
        addBuckets(&table, QStringLiteral("tenure_years"), r.loyalty.tenure);
    } else if (view == QLatin1String("profitability")) {
        table.columns = { QStringLiteral("customer_id"), QStringLiteral("revenue"), QStringLiteral("profit"),
            QStringLiteral("margin") };
        for (const CustomerTotals &t : totals.value())
            table.rows.append({ t.customerId, amount(t.revenue, currency), amount(t.profit, currency),
                t.revenue > 0 ? QVariant(fraction(double(t.profit) / double(t.revenue))) : QVariant(QString()) });
    } else if (view == QLatin1String("prospects")) {
        table.columns = { QStringLiteral("month"), QStringLiteral("new_customers"), QStringLiteral("quotes"),
            QStringLiteral("quoted"), QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost"),
            QStringLiteral("win_rate") };
        for (const ProspectMonth &m : r.prospects)
            table.rows.append({ m.month.toString(QStringLiteral("yyyy-MM")), int(m.newCustomers.size()), m.quotes,
                amount(m.quoted, currency), amount(m.open, currency), amount(m.won, currency), amount(m.lost, currency),
                fraction(m.winRate()) });
    } else if (view == QLatin1String("products")) {
        table.columns = { QStringLiteral("product"), QStringLiteral("also_bought"), QStringLiteral("orders_together"),
            QStringLiteral("support"), QStringLiteral("confidence"), QStringLiteral("lift") };
        for (const AssociationRule &a : r.associations)
            table.rows.append({ r.productNames.value(a.antecedent), r.productNames.value(a.consequent), a.together,
                fraction(a.support), fraction(a.confidence), fraction(a.lift) });
    } else {
        table.columns = { QStringLiteral("customer_id"), QStringLiteral("historic_profit"),
            QStringLiteral("average_order_value"), QStringLiteral("purchases_per_year"), QStringLiteral("margin"),
            QStringLiteral("expected_lifetime_years"), QStringLiteral("lifetime_value") };
        for (const LifetimeValueRow &v : r.lifetimeValues)
            table.rows.append({ v.customerId, amount(v.historicProfit, currency), amount(v.averageOrderValue, currency),
                fraction(v.purchasesPerYear), fraction(v.margin), r.expectedLifetimeYears,
                amount(v.lifetimeValue, currency) });
    }
    return table;
}

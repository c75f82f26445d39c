#pragma once

#include "Result.h"
#include "analytics/Associations.h"
#include "analytics/CustomerProfile.h"
#include "analytics/LifetimeValue.h"
#include "analytics/Loyalty.h"
#include "analytics/Profitability.h"
#include "analytics/Promotion.h"
#include "analytics/Prospects.h"
#include "analytics/SalesPerformance.h"
#include "repo/CustomerViewRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <atomic>

// The seven views of customer analysis (profile, loyalty, profitability, performance, prospects, products,
// promotion) and customer value, for one selection of sales.
struct CustomerViewsResult
{
    int customers = 0; // live customers matching the customer filters
    QList<ViewGroup> profile[4]; // by CustomerProfile::Attribute
    LoyaltyResult loyalty;
    ProfitabilityResult profitability;
    QList<ViewGroup> performance[4]; // by CustomerViewRepository::Dimension
    QList<ProspectMonth> prospects;
    QList<AssociationRule> associations;
    int baskets = 0; // orders with catalogue products
    QHash<qint64, QString> productNames;
    QHash<qint64, QString> productCodes; // of those with a code: short enough for a chart's labels
    QHash<qint64, QString> customerNames; // of the customers listed by name: top and bottom, highest values
    QList<ViewGroup> promotion;
    SourceTimeline newBySource;
    // Of every buyer up to the as-of date (the whole history), the highest estimate first (ties: lower id first).
    QList<LifetimeValueRow> lifetimeValues;
    static constexpr int kListed = 10; // customers listed by name in the top and bottom lists
    QList<ViewBucket> lifetimeValueDistribution; // bounds in lifetimeValueBounds
    QList<double> lifetimeValueBounds; // minor units
    double expectedLifetimeYears = 3.0;

    const QList<ViewGroup> &profileBy(CustomerProfile::Attribute a) const { return profile[int(a)]; }
    const QList<ViewGroup> &performanceBy(CustomerViewRepository::Dimension d) const { return performance[int(d)]; }
};

class CustomerViewsAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(CustomerViewsAnalysis)

public:
    // period: the customer totals of the query's period (as SalesHistoryRepository::totals gives them). The
    // whole history up to asOf is read for first purchases and tenure. Polls `cancel` between views.
    static Result<CustomerViewsResult> run(QSqlDatabase db, const SalesQuery &query, QDate asOf,
        const QList<CustomerTotals> &period, const std::atomic_bool *cancel = nullptr);
    // The bounds of the lifetime value distribution in minor units: 0, then 1,000, 5,000, 10,000, 50,000 ...
    // 1,000,000 in major units of a currency with the given number of decimals.
    static QList<double> lifetimeValueBounds(int decimals);
};

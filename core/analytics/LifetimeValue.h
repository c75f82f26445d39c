#pragma once

#include "SalesFacts.h"

#include <QDate>
#include <QList>

struct LifetimeValueRow
{
    qint64 customerId = 0;
    qint64 historicProfit = 0; // gross profit of every order so far, minor units
    qint64 averageOrderValue = 0; // revenue / purchases, minor units, rounded half away from zero
    double purchasesPerYear = 0;
    double margin = 0; // profit / revenue (0 when there is no revenue)
    qint64 lifetimeValue = 0; // minor units, rounded half away from zero
};

// Historic gross profit and a simple lifetime value estimate per customer:
//   lifetime value = average order value × purchases per year × margin × expected lifetime in years,
// where purchases per year = purchases / tenure, tenure = days from the first purchase to the as-of date
// (at least 30 days, so a brand-new customer is not extrapolated from one day) / 365.25. The product simplifies
// to profit per year of tenure × expected lifetime. Customers without purchases are left out.
class LifetimeValue
{
public:
    static QList<LifetimeValueRow> estimate(
        const QList<CustomerTotals> &totals, QDate asOf, double expectedLifetimeYears = 3.0);
};

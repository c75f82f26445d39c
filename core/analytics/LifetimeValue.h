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
// where purchases per year = purchases / tenure, tenure = years from the first purchase to the as-of date, and
// at least one year: a customer of a few weeks is counted with what they bought so far, not extrapolated (three
// orders in their first six days made 17.7 purchases a year and put them first among the most valuable). The
// product simplifies to profit per year of tenure × expected lifetime. Customers without purchases are left out.
class LifetimeValue
{
public:
    static QList<LifetimeValueRow> estimate(
        const QList<CustomerTotals> &totals, QDate asOf, double expectedLifetimeYears = 3.0);
};

#include "LifetimeValue.h"

#include <algorithm>
#include <cmath>

QList<LifetimeValueRow> LifetimeValue::estimate(
    const QList<CustomerTotals> &totals, QDate asOf, double expectedLifetimeYears)
{
    QList<LifetimeValueRow> rows;
    for (const CustomerTotals &customer : totals) {
        if (customer.purchases <= 0)
            continue;
        LifetimeValueRow row { customer.customerId, customer.profit };
        const double tenureYears = std::max(double(customer.firstPurchase.daysTo(asOf)) / 365.25, 1.0);
        const double averageOrder = double(customer.revenue) / customer.purchases;
        row.averageOrderValue = std::llround(averageOrder);
        row.purchasesPerYear = customer.purchases / tenureYears;
        row.margin = customer.revenue != 0 ? double(customer.profit) / double(customer.revenue) : 0;
        row.lifetimeValue = std::llround(averageOrder * row.purchasesPerYear * row.margin * expectedLifetimeYears);
        rows.append(row);
    }
    return rows;
}

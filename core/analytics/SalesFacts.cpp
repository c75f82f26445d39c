#include "SalesFacts.h"

#include <map>

QList<CustomerTotals> totalsByCustomer(const QList<OrderFact> &facts, QDate from, QDate to)
{
    std::map<qint64, CustomerTotals> byCustomer;
    for (const OrderFact &fact : facts) {
        if ((from.isValid() && fact.date < from) || (to.isValid() && fact.date > to))
            continue;
        CustomerTotals &totals = byCustomer[fact.customerId];
        totals.customerId = fact.customerId;
        totals.revenue += fact.revenue;
        totals.profit += fact.profit;
        if (fact.revenue <= 0)
            continue;
        ++totals.purchases;
        if (!totals.firstPurchase.isValid() || fact.date < totals.firstPurchase)
            totals.firstPurchase = fact.date;
        if (!totals.lastPurchase.isValid() || fact.date > totals.lastPurchase)
            totals.lastPurchase = fact.date;
    }
    QList<CustomerTotals> result;
    result.reserve(qsizetype(byCustomer.size()));
    for (auto &[id, totals] : byCustomer)
        result.append(totals);
    return result;
}

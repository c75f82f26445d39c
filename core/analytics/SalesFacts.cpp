#include "SalesFacts.h"

#include <map>

QList<CustomerTotals> totalsByCustomer(const QList<OrderFact> &facts, QDate from, QDate to)
{
    std::map<qint64, CustomerTotals> byCustomer;
    CustomerTotals *current = nullptr; // facts usually come in customer order: skip the map lookup then
    for (const OrderFact &fact : facts) {
        if ((from.isValid() && fact.date < from) || (to.isValid() && fact.date > to))
            continue;
        if (!current || current->customerId != fact.customerId)
            current = &byCustomer[fact.customerId];
        CustomerTotals &totals = *current;
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

QList<PurchaseHistory> purchaseHistoriesOf(const QList<qint64> &customerIds, const QList<OrderFact> &facts, QDate to)
{
    QList<PurchaseHistory> histories;
    histories.reserve(customerIds.size());
    qsizetype next = 0;
    for (const qint64 id : customerIds) {
        PurchaseHistory history;
        history.customerId = id;
        while (next < facts.size() && facts[next].customerId < id)
            ++next; // a customer outside the list
        for (; next < facts.size() && facts[next].customerId == id; ++next) {
            const OrderFact &fact = facts[next];
            if (to.isValid() && fact.date > to)
                continue;
            history.value += fact.profit;
            if (fact.revenue > 0)
                history.purchases.append(fact.date);
        }
        histories.append(std::move(history));
    }
    return histories;
}

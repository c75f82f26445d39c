#include "Loyalty.h"

#include <QHash>

LoyaltyResult Loyalty::analyse(const QList<CustomerTotals> &period, const QList<CustomerTotals> &history, QDate asOf)
{
    QHash<qint64, QDate> firstEver;
    for (const CustomerTotals &t : history) {
        if (t.purchases > 0)
            firstEver.insert(t.customerId, t.firstPurchase);
    }
    LoyaltyResult result;
    QList<std::pair<qint64, double>> tenure;
    QList<std::pair<qint64, double>> purchases;
    for (const CustomerTotals &t : period) {
        if (t.purchases <= 0)
            continue;
        ++result.buyers;
        if (t.purchases >= 2)
            ++result.repeatBuyers;
        const QDate first = firstEver.value(t.customerId, t.firstPurchase);
        tenure.append({ t.customerId, double(first.daysTo(asOf)) / 365.25 });
        purchases.append({ t.customerId, double(t.purchases) });
    }
    result.repeatRate = result.buyers > 0 ? double(result.repeatBuyers) / result.buyers : 0;
    result.tenure = distribute(tenure, { 1, 2, 3, 5 });
    result.tenure.first().low = 0;
    result.purchases = distribute(purchases, { 2, 3, 6, 11 });
    result.purchases.first().low = 1;
    return result;
}

#include "Profitability.h"

#include <algorithm>

ProfitabilityResult Profitability::analyse(const QList<CustomerTotals> &totals, int topCount)
{
    ProfitabilityResult result;
    QList<std::pair<qint64, double>> margins;
    for (const CustomerTotals &t : totals) {
        if (t.revenue > 0)
            margins.append({ t.customerId, double(t.profit) / double(t.revenue) });
        else
            result.withoutRevenue << t.customerId;
    }
    result.margins = distribute(margins, { 0, 0.1, 0.2, 0.3, 0.4, 0.5 });
    QList<CustomerTotals> ranked = totals;
    std::sort(ranked.begin(), ranked.end(), [](const CustomerTotals &a, const CustomerTotals &b) {
        return a.profit != b.profit ? a.profit > b.profit : a.customerId < b.customerId;
    });
    result.top = ranked.mid(0, topCount);
    std::sort(ranked.begin(), ranked.end(), [](const CustomerTotals &a, const CustomerTotals &b) {
        return a.profit != b.profit ? a.profit < b.profit : a.customerId < b.customerId;
    });
    result.bottom = ranked.mid(0, topCount);
    return result;
}

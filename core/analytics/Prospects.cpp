#include "Prospects.h"

#include <algorithm>

namespace {
QDate monthOf(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

int monthIndex(QDate start, QDate date)
{
    return (date.year() - start.year()) * 12 + date.month() - start.month();
}
} // namespace

QList<ProspectMonth> Prospects::monthly(
    const QList<CustomerTotals> &history, const QList<QuoteFact> &quotes, QDate from, QDate to)
{
    if (!to.isValid())
        return {};
    QDate start = from;
    if (!start.isValid()) {
        for (const CustomerTotals &t : history) {
            if (t.purchases > 0 && t.firstPurchase <= to && (!start.isValid() || t.firstPurchase < start))
                start = t.firstPurchase;
        }
        for (const QuoteFact &q : quotes) {
            if (q.date <= to && (!start.isValid() || q.date < start))
                start = q.date;
        }
        if (!start.isValid())
            return {};
    }
    start = monthOf(start);
    QList<ProspectMonth> months;
    for (QDate month = start; month <= to; month = month.addMonths(1))
        months.append(ProspectMonth { month, {} });
    const auto inRange = [&](QDate date) { return date.isValid() && date >= from && date <= to; };
    for (const CustomerTotals &t : history) {
        if (t.purchases > 0 && (from.isValid() ? inRange(t.firstPurchase) : t.firstPurchase <= to))
            months[monthIndex(start, t.firstPurchase)].newCustomers << t.customerId;
    }
    for (const QuoteFact &q : quotes) {
        if (!(from.isValid() ? inRange(q.date) : q.date.isValid() && q.date <= to))
            continue;
        ProspectMonth &m = months[monthIndex(start, q.date)];
        ++m.quotes;
        m.quoted += q.value;
        switch (q.outcome) {
        case QuoteOutcome::Open:
            m.open += q.value;
            break;
        case QuoteOutcome::Won:
            m.won += q.value;
            ++m.wonCount;
            break;
        case QuoteOutcome::Lost:
            m.lost += q.value;
            ++m.lostCount;
            break;
        }
    }
    for (ProspectMonth &m : months)
        std::sort(m.newCustomers.begin(), m.newCustomers.end());
    return months;
}

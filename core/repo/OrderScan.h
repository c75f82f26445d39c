#pragma once

#include "analytics/SalesFacts.h"

#include <QByteArrayView>
#include <QList>

#include <vector>

struct SalesQuery;

// Collects orders read in storage order into facts in customer and date order (ties in reading order, which is
// id order), keeping only the given customers and the query's dates.
class OrderScan
{
public:
    OrderScan(const QList<qint64> &customerIds, const SalesQuery &query);

    // An order as read: its customer, its ISO date text, revenue and cost in minor units.
    void add(qint64 customerId, QByteArrayView isoDate, qint64 revenue, qint64 cost);
    QList<OrderFact> byCustomerAndDate() const;

    // "YYYY-MM-DD" (anything after the day is ignored), or an invalid date.
    static QDate parseIsoDate(QByteArrayView text);

private:
    std::vector<bool> m_wanted; // by customer id
    QByteArray m_from;
    QByteArray m_to;
    std::vector<OrderFact> m_facts;
};

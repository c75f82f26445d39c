#pragma once

#include "analytics/ViewFacts.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

struct SalesQuery;

// Sums orders read in storage order into the performance view's lines by channel, region (the customer's
// province) and sales rep (the order's owner) at once: one pass over the orders instead of a GROUP BY per
// dimension, each of which walks the orders by customer and looks every one up (seconds on a million orders).
// Orders of customers not added, or dated outside the query's period, are left out; ISO dates compare as text.
class SalesLineScan
{
public:
    enum Breakdown
    {
        Channel,
        Region,
        Rep,
        BreakdownCount
    };

    explicit SalesLineScan(const SalesQuery &query);

    // A customer whose orders count, with their province.
    void addCustomer(qint64 id, const QString &province);
    void addOwner(qint64 id, const QString &name);
    void addOrder(
        qint64 customerId, QByteArrayView isoDate, QByteArrayView channel, qint64 ownerId, qint64 revenue, qint64 cost);

    // The lines of one breakdown in customer and key order, as the SQL GROUP BY gave them.
    QList<SalesLine> lines(Breakdown breakdown) const;

private:
    struct Sum
    {
        int orders = 0;
        qint64 revenue = 0;
        qint64 profit = 0;
    };

    // One order as kept for the channel and rep lines, summed per customer once every order is read.
    struct Order
    {
        qint64 customerId = 0;
        int channel = 0;
        int rep = 0;
        qint64 revenue = 0;
        qint64 profit = 0;
    };

    int keyIndex(Breakdown breakdown, const QString &key);

    QByteArray m_from;
    QByteArray m_to;
    std::vector<int> m_provinceOfCustomer; // by customer id: key index of their province, -1 for customers left out
    std::vector<Sum> m_byCustomer; // by customer id: their one region line
    QHash<qint64, int> m_ownerKey; // owner id -> key index of their name
    std::vector<std::pair<QByteArray, int>> m_channelKeys; // few channels: a short list beats hashing
    std::array<QStringList, BreakdownCount> m_keys;
    std::array<QHash<QString, int>, BreakdownCount> m_keyIndex;
    std::vector<Order> m_orders;
};

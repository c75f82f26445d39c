#include "SalesLineScan.h"
#include "SalesHistoryRepository.h"

#include <algorithm>
#include <string_view>

namespace {
std::string_view view(QByteArrayView text)
{
    return { text.data(), size_t(text.size()) };
}
} // namespace

SalesLineScan::SalesLineScan(const SalesQuery &query)
    : m_from(query.from.isValid() ? query.from.toString(Qt::ISODate).toUtf8() : QByteArray())
    , m_to(query.to.isValid() ? query.to.toString(Qt::ISODate).toUtf8() : QByteArray())
{
    keyIndex(Rep, QString()); // orders without an owner, or of an owner no longer listed
}

int SalesLineScan::keyIndex(Breakdown breakdown, const QString &key)
{
    auto found = m_keyIndex[breakdown].constFind(key);
    if (found != m_keyIndex[breakdown].constEnd())
        return found.value();
    const int index = int(m_keys[breakdown].size());
    m_keys[breakdown] << key;
    m_keyIndex[breakdown].insert(key, index);
    return index;
}

void SalesLineScan::addCustomer(qint64 id, const QString &province)
{
    if (id <= 0)
        return;
    if (size_t(id) >= m_provinceOfCustomer.size()) {
        m_provinceOfCustomer.resize(size_t(id) + 1, -1);
        m_byCustomer.resize(size_t(id) + 1);
    }
    m_provinceOfCustomer[size_t(id)] = keyIndex(Region, province);
}

void SalesLineScan::addOwner(qint64 id, const QString &name)
{
    m_ownerKey.insert(id, keyIndex(Rep, name));
}

void SalesLineScan::addOrder(
    qint64 customerId, QByteArrayView isoDate, QByteArrayView channel, qint64 ownerId, qint64 revenue, qint64 cost)
{
    if (customerId <= 0 || size_t(customerId) >= m_provinceOfCustomer.size()
        || m_provinceOfCustomer[size_t(customerId)] < 0)
        return;
    if ((!m_from.isEmpty() && view(isoDate) < view(m_from)) || (!m_to.isEmpty() && view(isoDate) > view(m_to)))
        return;
    int channelKey = -1;
    for (const auto &[text, index] : m_channelKeys) {
        if (view(text) == view(channel)) {
            channelKey = index;
            break;
        }
    }
    if (channelKey < 0) {
        channelKey = keyIndex(Channel, QString::fromUtf8(channel));
        m_channelKeys.emplace_back(channel.toByteArray(), channelKey);
    }
    const qint64 profit = revenue - cost;
    m_orders.push_back(Order { customerId, channelKey, m_ownerKey.value(ownerId, 0), revenue, profit });
    Sum &region = m_byCustomer[size_t(customerId)];
    ++region.orders;
    region.revenue += revenue;
    region.profit += profit;
}

QList<SalesLine> SalesLineScan::lines(Breakdown breakdown) const
{
    QList<SalesLine> lines;
    if (breakdown == Region) { // one province per customer: already in customer order
        for (size_t id = 0; id < m_byCustomer.size(); ++id) {
            const Sum &sum = m_byCustomer[id];
            if (sum.orders > 0)
                lines.append(SalesLine {
                    qint64(id), m_keys[Region][m_provinceOfCustomer[id]], sum.orders, sum.revenue, sum.profit });
        }
        return lines;
    }
    // A counting sort of the orders by customer, then each customer's few keys summed in a small table: no hash
    // lookup per order, and the lines come out in customer order.
    std::vector<qsizetype> start(m_byCustomer.size() + 1, 0);
    for (const Order &order : m_orders)
        ++start[size_t(order.customerId) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<const Order *> byCustomer(m_orders.size());
    std::vector<qsizetype> next(start.begin(), start.end() - 1);
    for (const Order &order : m_orders)
        byCustomer[size_t(next[size_t(order.customerId)]++)] = &order;
    const QStringList &keys = m_keys[breakdown];
    std::vector<Sum> sums(size_t(keys.size()));
    std::vector<int> touched;
    for (size_t customer = 0; customer + 1 < start.size(); ++customer) {
        touched.clear();
        for (qsizetype i = start[customer]; i < start[customer + 1]; ++i) {
            const Order &order = *byCustomer[size_t(i)];
            const int key = breakdown == Channel ? order.channel : order.rep;
            Sum &sum = sums[size_t(key)];
            if (sum.orders == 0)
                touched.push_back(key);
            ++sum.orders;
            sum.revenue += order.revenue;
            sum.profit += order.profit;
        }
        std::sort(touched.begin(), touched.end(), [&keys](int a, int b) { return keys[a] < keys[b]; });
        for (const int key : touched) {
            lines.append(SalesLine { qint64(customer), keys[key], sums[size_t(key)].orders, sums[size_t(key)].revenue,
                sums[size_t(key)].profit });
            sums[size_t(key)] = Sum {};
        }
    }
    return lines;
}

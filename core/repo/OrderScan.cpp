#include "OrderScan.h"
#include "SalesHistoryRepository.h"

#include <algorithm>
#include <string_view>

namespace {
std::string_view view(QByteArrayView text)
{
    return { text.data(), size_t(text.size()) };
}

int digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

OrderScan::OrderScan(const QList<qint64> &customerIds, const SalesQuery &query)
    : m_from(query.from.isValid() ? query.from.toString(Qt::ISODate).toUtf8() : QByteArray())
    , m_to(query.to.isValid() ? query.to.toString(Qt::ISODate).toUtf8() : QByteArray())
{
    const qint64 largest = customerIds.isEmpty() ? 0 : *std::max_element(customerIds.begin(), customerIds.end());
    m_wanted.assign(size_t(largest) + 1, false);
    for (const qint64 id : customerIds)
        if (id > 0)
            m_wanted[size_t(id)] = true;
}

void OrderScan::add(qint64 customerId, QByteArrayView isoDate, qint64 revenue, qint64 cost)
{
    if (customerId <= 0 || size_t(customerId) >= m_wanted.size() || !m_wanted[size_t(customerId)])
        return;
    if ((!m_from.isEmpty() && view(isoDate) < view(m_from)) || (!m_to.isEmpty() && view(isoDate) > view(m_to)))
        return;
    m_facts.push_back(OrderFact { customerId, parseIsoDate(isoDate), revenue, revenue - cost });
}

QList<OrderFact> OrderScan::byCustomerAndDate() const
{
    // A counting sort by customer keeps each customer's orders in reading (id) order; each customer's few orders
    // are then sorted by date, stably, so ties stay in id order.
    std::vector<qsizetype> start(m_wanted.size() + 1, 0);
    for (const OrderFact &fact : m_facts)
        ++start[size_t(fact.customerId) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    QList<OrderFact> facts(qsizetype(m_facts.size()));
    std::vector<qsizetype> next(start.begin(), start.end() - 1);
    for (const OrderFact &fact : m_facts)
        facts[next[size_t(fact.customerId)]++] = fact;
    const auto byDate = [](const OrderFact &a, const OrderFact &b) { return a.date < b.date; };
    for (size_t customer = 0; customer + 1 < start.size(); ++customer)
        if (start[customer + 1] - start[customer] > 1)
            std::stable_sort(facts.begin() + start[customer], facts.begin() + start[customer + 1], byDate);
    return facts;
}

QDate OrderScan::parseIsoDate(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for impossible dates such as 2026-02-30, like QDate::fromString
}

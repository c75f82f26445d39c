#include "SalesHistoryRepository.h"
#include "db/SqlError.h"

#include <QSqlQuery>

namespace {

// The amounts of an order, or of its lines in one category: (revenue, cost) expressions over "o" and "l".
struct Amounts
{
    QString from;
    QString revenue;
    QString cost;
};

Amounts amountsFor(const SalesQuery &query)
{
    if (query.productCategory.isEmpty())
        return { QStringLiteral("orders o"), QStringLiteral("(o.total - o.tax)"), QStringLiteral("o.cost") };
    return { QStringLiteral("orders o JOIN order_lines l ON l.order_id = o.id "
                            "JOIN products p ON p.id = l.product_id AND p.category = ?"),
        QStringLiteral("SUM(l.amount)"), QStringLiteral("SUM(l.cost)") };
}

bool prepareAndBind(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

QString SalesHistoryRepository::orderFilter(const SalesQuery &query, QVariantList *binds) const
{
    QString where = QStringLiteral(" WHERE o.deleted_at IS NULL AND c.deleted_at IS NULL AND o.currency = ?");
    *binds << query.currency;
    if (query.from.isValid()) {
        where += QStringLiteral(" AND o.order_date >= ?");
        *binds << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        where += QStringLiteral(" AND o.order_date <= ?");
        *binds << query.to.toString(Qt::ISODate);
    }
    if (query.ownerId > 0) {
        where += QStringLiteral(" AND c.owner_id = ?");
        *binds << query.ownerId;
    }
    if (!query.province.isEmpty()) {
        where += QStringLiteral(" AND c.province = ?");
        *binds << query.province;
    }
    if (!query.tier.isEmpty()) {
        where += QStringLiteral(" AND c.tier = ?");
        *binds << query.tier;
    }
    return where;
}

Result<QList<OrderFact>> SalesHistoryRepository::facts(const SalesQuery &query) const
{
    const Amounts amounts = amountsFor(query);
    QVariantList binds;
    if (!query.productCategory.isEmpty())
        binds << query.productCategory;
    // Lines of one category are summed per order; without a category an order is one row already.
    const QString group = query.productCategory.isEmpty() ? QString() : QStringLiteral(" GROUP BY o.id");
    const QString sql = QStringLiteral("SELECT o.customer_id, o.order_date, %1, %1 - %2 FROM %3 "
                                       "JOIN customers c ON c.id = o.customer_id%4%5 "
                                       "ORDER BY o.customer_id, o.order_date, o.id")
                            .arg(amounts.revenue, amounts.cost, amounts.from, orderFilter(query, &binds), group);
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, sql, binds))
        return sqlError(q, tr("Reading the sales history"));
    QList<OrderFact> facts;
    while (q.next())
        facts.append(OrderFact { q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            q.value(2).toLongLong(), q.value(3).toLongLong() });
    return facts;
}

Result<QList<CustomerTotals>> SalesHistoryRepository::totals(const SalesQuery &query) const
{
    if (!query.productCategory.isEmpty()) {
        auto facts = this->facts(query);
        if (!facts)
            return facts.error();
        return totalsByCustomer(facts.value());
    }
    QVariantList binds;
    const QString sql = QStringLiteral(
        "SELECT o.customer_id, SUM(CASE WHEN o.total - o.tax > 0 THEN 1 ELSE 0 END), SUM(o.total - o.tax), "
        "SUM(o.total - o.tax - o.cost), MIN(CASE WHEN o.total - o.tax > 0 THEN o.order_date END), "
        "MAX(CASE WHEN o.total - o.tax > 0 THEN o.order_date END) "
        "FROM orders o JOIN customers c ON c.id = o.customer_id%1 GROUP BY o.customer_id ORDER BY o.customer_id")
                            .arg(orderFilter(query, &binds));
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, sql, binds))
        return sqlError(q, tr("Reading the sales history"));
    QList<CustomerTotals> totals;
    while (q.next()) {
        totals.append(CustomerTotals { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
            QDate::fromString(q.value(5).toString(), Qt::ISODate) });
    }
    return totals;
}

Result<QList<PurchaseHistory>> SalesHistoryRepository::purchaseHistories(const SalesQuery &query) const
{
    auto facts = this->facts(query);
    if (!facts)
        return facts.error();
    QVariantList binds;
    QString customers = QStringLiteral("SELECT c.id FROM customers c WHERE c.deleted_at IS NULL");
    for (const auto &[column, value] : { std::pair { QStringLiteral("c.owner_id"), QVariant(query.ownerId) },
             std::pair { QStringLiteral("c.province"), QVariant(query.province) },
             std::pair { QStringLiteral("c.tier"), QVariant(query.tier) } }) {
        if (value.toString().isEmpty() || value.toString() == QLatin1String("0"))
            continue;
        customers += QStringLiteral(" AND %1 = ?").arg(column);
        binds << value;
    }
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, customers + QStringLiteral(" ORDER BY c.id"), binds))
        return sqlError(q, tr("Reading the sales history"));
    QList<PurchaseHistory> histories;
    qsizetype next = 0;
    const QList<OrderFact> &orders = facts.value();
    while (q.next()) {
        PurchaseHistory history;
        history.customerId = q.value(0).toLongLong();
        while (next < orders.size() && orders[next].customerId < history.customerId)
            ++next; // orders of customers outside the filters cannot be here: the same filters applied
        for (; next < orders.size() && orders[next].customerId == history.customerId; ++next) {
            history.value += orders[next].profit;
            if (orders[next].revenue > 0)
                history.purchases.append(orders[next].date);
        }
        histories.append(history);
    }
    return histories;
}

Result<QList<Basket>> SalesHistoryRepository::baskets(const SalesQuery &query) const
{
    QVariantList binds;
    QString sql
        = QStringLiteral("SELECT l.order_id, l.product_id FROM orders o JOIN order_lines l ON l.order_id = o.id "
                         "JOIN customers c ON c.id = o.customer_id");
    if (!query.productCategory.isEmpty()) {
        sql += QStringLiteral(" JOIN products p ON p.id = l.product_id AND p.category = ?");
        binds << query.productCategory;
    }
    sql += orderFilter(query, &binds) + QStringLiteral(" AND l.product_id IS NOT NULL ORDER BY l.order_id");
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, sql, binds))
        return sqlError(q, tr("Reading the sales history"));
    QList<Basket> baskets;
    qint64 current = 0;
    while (q.next()) {
        const qint64 order = q.value(0).toLongLong();
        if (order != current || baskets.isEmpty()) {
            baskets.append(Basket {});
            current = order;
        }
        baskets.last().products.append(q.value(1).toLongLong());
    }
    return baskets;
}

Result<QStringList> SalesHistoryRepository::currencies() const
{
    QSqlQuery q(m_db);
    if (!prepareAndBind(q,
            QStringLiteral("SELECT currency FROM orders WHERE deleted_at IS NULL GROUP BY currency "
                           "ORDER BY COUNT(*) DESC, currency"),
            {}))
        return sqlError(q, tr("Reading the sales history"));
    QStringList currencies;
    while (q.next())
        currencies << q.value(0).toString();
    return currencies;
}

Result<QStringList> SalesHistoryRepository::productCategories() const
{
    QSqlQuery q(m_db);
    if (!prepareAndBind(q,
            QStringLiteral("SELECT DISTINCT category FROM products WHERE deleted_at IS NULL AND "
                           "category <> '' ORDER BY category"),
            {}))
        return sqlError(q, tr("Reading the product categories"));
    QStringList categories;
    while (q.next())
        categories << q.value(0).toString();
    return categories;
}

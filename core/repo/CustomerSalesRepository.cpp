#include "CustomerSalesRepository.h"
#include "db/SqlError.h"

#include <QHash>
#include <QSqlQuery>

namespace {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

Result<QStringList> CustomerSalesRepository::currencies(qint64 customerId, QDate to) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral("SELECT currency FROM orders WHERE customer_id = ? AND deleted_at IS NULL "
                           "AND order_date <= ? GROUP BY currency "
                           "ORDER BY SUM(CASE WHEN total - tax > 0 THEN 1 ELSE 0 END) DESC, COUNT(*) DESC, currency"),
            { customerId, to.toString(Qt::ISODate) }))
        return sqlError(query, tr("Reading the customer's orders"));
    QStringList currencies;
    while (query.next())
        currencies << query.value(0).toString();
    return currencies;
}

Result<QList<MonthlySales>> CustomerSalesRepository::monthly(
    qint64 customerId, const QString &currency, QDate from, QDate to) const
{
    from = firstOfMonth(from);
    const QDate end = firstOfMonth(to).addMonths(1);
    // Grouped by the month's first seven characters (YYYY-MM) in C++: the same SQL on PostgreSQL.
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral("SELECT order_date, total - tax, total - tax - cost FROM orders WHERE customer_id = ? "
                           "AND currency = ? AND deleted_at IS NULL AND order_date >= ? AND order_date < ?"),
            { customerId, currency, from.toString(Qt::ISODate), end.toString(Qt::ISODate) }))
        return sqlError(query, tr("Reading the customer's orders"));
    QList<MonthlySales> months;
    QHash<QString, qsizetype> index;
    for (QDate month = from; month < end; month = month.addMonths(1)) {
        index.insert(month.toString(QStringLiteral("yyyy-MM")), months.size());
        months.append(MonthlySales { month });
    }
    while (query.next()) {
        const qsizetype at = index.value(query.value(0).toString().left(7), -1);
        if (at < 0)
            continue;
        MonthlySales &month = months[at];
        ++month.orders;
        month.revenue += query.value(1).toLongLong();
        month.profit += query.value(2).toLongLong();
    }
    return months;
}

Result<QList<ProductSales>> CustomerSalesRepository::topProducts(
    qint64 customerId, const QString &currency, int limit) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral("SELECT coalesce(l.product_id, 0), coalesce(p.code, ''), coalesce(p.name, l.description), "
                           "SUM(l.quantity), SUM(l.amount), COUNT(DISTINCT o.id) FROM orders o "
                           "JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id "
                           "WHERE o.customer_id = ? AND o.currency = ? AND o.deleted_at IS NULL "
                           "GROUP BY coalesce(l.product_id, 0), coalesce(p.code, ''), coalesce(p.name, l.description) "
                           "ORDER BY SUM(l.amount) DESC, COUNT(DISTINCT o.id) DESC, coalesce(p.name, l.description) "
                           "LIMIT ?"),
            { customerId, currency, qMax(1, limit) }))
        return sqlError(query, tr("Reading the customer's orders"));
    QList<ProductSales> products;
    while (query.next()) {
        products.append(
            ProductSales { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toInt() });
    }
    return products;
}

Result<QList<CurrencySales>> CustomerSalesRepository::byCurrency(qint64 customerId, QDate to) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral("SELECT currency, COUNT(*), SUM(total - tax) FROM orders WHERE customer_id = ? "
                           "AND deleted_at IS NULL AND order_date <= ? GROUP BY currency "
                           "ORDER BY COUNT(*) DESC, currency"),
            { customerId, to.toString(Qt::ISODate) }))
        return sqlError(query, tr("Reading the customer's orders"));
    QList<CurrencySales> sales;
    while (query.next())
        sales << CurrencySales { query.value(0).toString(), query.value(1).toInt(), query.value(2).toLongLong() };
    return sales;
}

Result<int> CustomerSalesRepository::orderCount(qint64 customerId, const QString &currency, QDate to) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = ? AND currency = ? AND deleted_at IS NULL "
                           "AND order_date <= ?"),
            { customerId, currency, to.toString(Qt::ISODate) })
        || !query.next())
        return sqlError(query, tr("Reading the customer's orders"));
    return query.value(0).toInt();
}

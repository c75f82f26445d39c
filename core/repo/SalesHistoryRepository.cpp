#include "SalesHistoryRepository.h"
#include "db/Database.h"
#include "db/RowReader.h"
#include "db/SqlError.h"
#include "repo/OrderScan.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

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
    if (!query.productCategory.isEmpty())
        return categoryFacts(query);
    auto customers = customerIds(query);
    if (!customers)
        return customers.error();
    OrderScan scan(customers.value(), query);
    // One pass over the orders table in storage order: no index walk and no join per order, which is what makes
    // the same GROUP BY in SQL slow on a large book. The customer and date filters are applied here; ISO dates
    // compare as text, exactly as they do in SQL.
    Error error;
    auto reader = RowReader::open(m_db,
        QStringLiteral("SELECT customer_id, order_date, total - tax, cost FROM orders "
                       "WHERE deleted_at IS NULL AND currency = ?"),
        { query.currency }, &error);
    if (!reader)
        return Error(tr("Reading the sales history failed: %1").arg(error.message));
    while (reader->next())
        scan.add(reader->integer(0), reader->utf8(1), reader->integer(2), reader->integer(3));
    if (!reader->errorText().isEmpty())
        return Error(tr("Reading the sales history failed: %1").arg(reader->errorText()));
    return scan.byCustomerAndDate();
}

Result<QList<OrderFact>> SalesHistoryRepository::categoryFacts(const SalesQuery &query) const
{
    const Amounts amounts = amountsFor(query);
    QVariantList binds { query.productCategory };
    // Lines of one category are summed per order.
    const QString sql = QStringLiteral("SELECT o.customer_id, o.order_date, %1, %1 - %2 FROM %3 "
                                       "JOIN customers c ON c.id = o.customer_id%4 GROUP BY o.id "
                                       "ORDER BY o.customer_id, o.order_date, o.id")
                            .arg(amounts.revenue, amounts.cost, amounts.from, orderFilter(query, &binds));
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, sql, binds))
        return sqlError(q, tr("Reading the sales history"));
    QList<OrderFact> facts;
    while (q.next())
        facts.append(OrderFact { q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            q.value(2).toLongLong(), q.value(3).toLongLong() });
    return facts;
}

Result<QList<qint64>> SalesHistoryRepository::buyersInOtherCurrenciesOnly(
    const QList<qint64> &customers, const SalesQuery &query) const
{
    // Most books sell in one currency: one look for an order in another, stopping at the first.
    QSqlQuery any(m_db);
    if (!prepareAndBind(any, QStringLiteral("SELECT 1 FROM orders WHERE deleted_at IS NULL AND currency <> ? LIMIT 1"),
            { query.currency }))
        return sqlError(any, tr("Reading the sales history"));
    if (!any.next())
        return QList<qint64> {};
    // One pass over the purchases (orders with revenue: not a refund or a free sample) in storage order.
    QString sql = QStringLiteral("SELECT customer_id, currency = ? FROM orders WHERE deleted_at IS NULL "
                                 "AND total - tax > 0");
    QVariantList binds { query.currency };
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND order_date <= ?");
        binds << query.to.toString(Qt::ISODate);
    }
    Error error;
    auto reader = RowReader::open(m_db, sql, binds, &error);
    if (!reader)
        return Error(tr("Reading the sales history failed: %1").arg(error.message));
    QSet<qint64> inThis;
    QSet<qint64> inOthers;
    while (reader->next())
        (reader->integer(1) != 0 ? inThis : inOthers).insert(reader->integer(0));
    if (!reader->errorText().isEmpty())
        return Error(tr("Reading the sales history failed: %1").arg(reader->errorText()));
    QList<qint64> leftOut;
    for (qint64 id : customers) {
        if (inOthers.contains(id) && !inThis.contains(id))
            leftOut << id;
    }
    return leftOut;
}

QString SalesHistoryRepository::existedBy(const SalesQuery &query, QVariantList *binds)
{
    if (!query.to.isValid())
        return {};
    // Made before the end of that day here (created_at is UTC: an evening in New York is the next day there).
    const QString endOfDay = Database::timestamp(query.to.addDays(1).startOfDay().toUTC());
    const QString day = query.to.toString(Qt::ISODate);
    *binds << endOfDay << day << day;
    return QStringLiteral(" AND (c.created_at < ? OR EXISTS (SELECT 1 FROM orders o WHERE "
                          "o.customer_id = c.id AND o.deleted_at IS NULL AND o.order_date <= ?) OR EXISTS (SELECT 1 "
                          "FROM quotes q WHERE q.customer_id = c.id AND q.deleted_at IS NULL AND q.quote_date <= ?))");
}

Result<QList<qint64>> SalesHistoryRepository::customerIds(const SalesQuery &query, qint64 *leftOut) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT c.id FROM customers c WHERE c.deleted_at IS NULL");
    for (const auto &[column, value] : { std::pair { QStringLiteral("c.owner_id"), QVariant(query.ownerId) },
             std::pair { QStringLiteral("c.province"), QVariant(query.province) },
             std::pair { QStringLiteral("c.tier"), QVariant(query.tier) } }) {
        if (value.toString().isEmpty() || value.toString() == QLatin1String("0"))
            continue;
        sql += QStringLiteral(" AND %1 = ?").arg(column);
        binds << value;
    }
    sql += existedBy(query, &binds);
    Error error;
    auto reader = RowReader::open(m_db, sql + QStringLiteral(" ORDER BY c.id"), binds, &error);
    if (!reader)
        return Error(tr("Reading the customers failed: %1").arg(error.message));
    QList<qint64> ids;
    while (reader->next())
        ids.append(reader->integer(0));
    if (!reader->errorText().isEmpty())
        return Error(tr("Reading the customers failed: %1").arg(reader->errorText()));
    auto others = buyersInOtherCurrenciesOnly(ids, query);
    if (!others)
        return others.error();
    if (leftOut)
        *leftOut = others.value().size();
    if (others.value().isEmpty())
        return ids;
    QList<qint64> kept;
    kept.reserve(ids.size() - others.value().size());
    std::set_difference(
        ids.cbegin(), ids.cend(), others.value().cbegin(), others.value().cend(), std::back_inserter(kept));
    return kept;
}

Result<QList<CustomerTotals>> SalesHistoryRepository::totals(const SalesQuery &query) const
{
    auto facts = this->facts(query);
    if (!facts)
        return facts.error();
    return totalsByCustomer(facts.value());
}

Result<QList<PurchaseHistory>> SalesHistoryRepository::purchaseHistories(const SalesQuery &query) const
{
    auto facts = this->facts(query);
    if (!facts)
        return facts.error();
    auto customers = customerIds(query);
    if (!customers)
        return customers.error();
    return purchaseHistoriesOf(customers.value(), facts.value());
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

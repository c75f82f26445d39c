#include "CustomerViewRepository.h"
#include "db/RowReader.h"
#include "db/SqlError.h"
#include "repo/SalesLineScan.h"

#include <QSqlQuery>

namespace {

bool prepareAndBind(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

QString keyExpression(CustomerViewRepository::Dimension dimension)
{
    switch (dimension) {
    case CustomerViewRepository::Dimension::Category:
        return QStringLiteral("COALESCE(p.category, '')");
    case CustomerViewRepository::Dimension::Channel:
        return QStringLiteral("o.channel");
    case CustomerViewRepository::Dimension::Region:
        return QStringLiteral("c.province");
    case CustomerViewRepository::Dimension::Rep:
        return QStringLiteral("COALESCE(w.name, '')");
    }
    return {};
}

} // namespace

QString CustomerViewRepository::customerFilter(const SalesQuery &query, QVariantList *binds) const
{
    QString where = QStringLiteral(" WHERE c.deleted_at IS NULL");
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

Result<QList<ViewCustomer>> CustomerViewRepository::customers(const SalesQuery &query) const
{
    QVariantList binds;
    QString where = customerFilter(query, &binds);
    where += SalesHistoryRepository::existedBy(query, &binds);
    const QString sql = QStringLiteral("SELECT c.id, c.industry, c.province, c.tier, c.source FROM customers c%1 "
                                       "ORDER BY c.id")
                            .arg(where);
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, sql, binds))
        return sqlError(q, tr("Reading the customers to analyse"));
    QList<ViewCustomer> customers;
    while (q.next())
        customers.append(ViewCustomer { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString() });
    return customers;
}

Result<std::array<QList<SalesLine>, 3>> CustomerViewRepository::orderAttributeLines(const SalesQuery &query) const
{
    SalesLineScan scan(query);
    QVariantList binds;
    Error error;
    const auto failed = [](const QString &what, const QString &why) {
        return Error(tr("%1 failed: %2").arg(what, why));
    };
    auto customers = RowReader::open(m_db,
        QStringLiteral("SELECT c.id, c.province FROM customers c%1").arg(customerFilter(query, &binds)), binds, &error);
    if (!customers)
        return failed(tr("Reading the customers to analyse"), error.message);
    while (customers->next())
        scan.addCustomer(customers->integer(0), QString::fromUtf8(customers->utf8(1)));
    auto owners = RowReader::open(m_db, QStringLiteral("SELECT id, name FROM owners"), {}, &error);
    if (!owners)
        return failed(tr("Reading the sales history"), error.message);
    while (owners->next())
        if (!owners->isNull(1))
            scan.addOwner(owners->integer(0), QString::fromUtf8(owners->utf8(1)));
    // In storage order, with no join: see SalesHistoryRepository::facts.
    auto orders = RowReader::open(m_db,
        QStringLiteral("SELECT customer_id, order_date, channel, owner_id, total - tax, cost FROM orders "
                       "WHERE deleted_at IS NULL AND currency = ?"),
        { query.currency }, &error);
    if (!orders)
        return failed(tr("Reading the sales history"), error.message);
    while (orders->next())
        scan.addOrder(orders->integer(0), orders->utf8(1), orders->utf8(2), orders->integer(3), orders->integer(4),
            orders->integer(5));
    for (const auto &reader : { customers.get(), owners.get(), orders.get() }) {
        if (!reader->errorText().isEmpty())
            return failed(tr("Reading the sales history"), reader->errorText());
    }
    return std::array<QList<SalesLine>, 3> { scan.lines(SalesLineScan::Channel), scan.lines(SalesLineScan::Region),
        scan.lines(SalesLineScan::Rep) };
}

Result<QList<SalesLine>> CustomerViewRepository::lines(const SalesQuery &query, Dimension dimension) const
{
    if (dimension != Dimension::Category && query.productCategory.isEmpty()) {
        auto lines = orderAttributeLines(query);
        if (!lines)
            return lines.error();
        return lines.value()[size_t(dimension) - 1];
    }
    QVariantList binds;
    QString from = QStringLiteral("orders o JOIN customers c ON c.id = o.customer_id");
    QString revenue = QStringLiteral("o.total - o.tax");
    QString cost = QStringLiteral("o.cost");
    // By category, or within one category, the amounts are those of the order lines.
    if (dimension == Dimension::Category || !query.productCategory.isEmpty()) {
        from += QStringLiteral(" JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id");
        revenue = QStringLiteral("l.amount");
        cost = QStringLiteral("l.cost");
    }
    if (dimension == Dimension::Rep)
        from += QStringLiteral(" LEFT JOIN owners w ON w.id = o.owner_id");
    QString where = SalesHistoryRepository(m_db).orderFilter(query, &binds);
    if (!query.productCategory.isEmpty()) {
        where += QStringLiteral(" AND p.category = ?");
        binds << query.productCategory;
    }
    const QString key = keyExpression(dimension);
    const QString sql = QStringLiteral("SELECT o.customer_id, %1, COUNT(DISTINCT o.id), SUM(%2), SUM(%2 - %3) "
                                       "FROM %4%5 GROUP BY o.customer_id, %1 ORDER BY o.customer_id, %1")
                            .arg(key, revenue, cost, from, where);
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, sql, binds))
        return sqlError(q, tr("Reading the sales history"));
    QList<SalesLine> lines;
    while (q.next())
        lines.append(SalesLine { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toLongLong(), q.value(4).toLongLong() });
    return lines;
}

Result<QList<QuoteFact>> CustomerViewRepository::quotes(const SalesQuery &query) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT q.quote_date, q.total - q.tax, q.status FROM quotes q "
                                 "JOIN customers c ON c.id = q.customer_id");
    QString where = customerFilter(query, &binds)
        + QStringLiteral(" AND q.deleted_at IS NULL AND q.superseded = 0 AND q.currency = ?");
    binds << query.currency;
    if (query.from.isValid()) {
        where += QStringLiteral(" AND q.quote_date >= ?");
        binds << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        where += QStringLiteral(" AND q.quote_date <= ?");
        binds << query.to.toString(Qt::ISODate);
    }
    QSqlQuery q(m_db);
    if (!prepareAndBind(q, sql + where + QStringLiteral(" ORDER BY q.quote_date, q.id"), binds))
        return sqlError(q, tr("Reading the quotes"));
    QList<QuoteFact> quotes;
    while (q.next()) {
        const QString status = q.value(2).toString();
        const QuoteOutcome outcome = status == QLatin1String("accepted")                  ? QuoteOutcome::Won
            : (status == QLatin1String("rejected") || status == QLatin1String("expired")) ? QuoteOutcome::Lost
                                                                                          : QuoteOutcome::Open;
        quotes.append(
            QuoteFact { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(), outcome });
    }
    return quotes;
}

Result<QHash<qint64, QString>> CustomerViewRepository::productNames(
    const QList<qint64> &ids, QHash<qint64, QString> *codes) const
{
    QHash<qint64, QString> names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT code, name FROM products WHERE id = ?")))
        return sqlError(q, tr("Reading the products"));
    for (qint64 id : ids) {
        if (names.contains(id))
            continue;
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, tr("Reading the products"));
        if (q.next()) {
            const QString code = q.value(0).toString();
            if (codes && !code.isEmpty())
                codes->insert(id, code);
            names.insert(id, code.isEmpty() ? q.value(1).toString() : tr("%1 %2").arg(code, q.value(1).toString()));
        }
    }
    return names;
}

Result<QHash<qint64, QString>> CustomerViewRepository::customerNames(const QList<qint64> &ids) const
{
    QHash<qint64, QString> names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?")))
        return sqlError(q, tr("Reading the customers to analyse"));
    for (qint64 id : ids) {
        if (names.contains(id))
            continue;
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, tr("Reading the customers to analyse"));
        if (q.next())
            names.insert(id, q.value(0).toString());
    }
    return names;
}

#include "OrderRepository.h"
#include "Clock.h"
#include "DocumentNumbers.h"
#include "LookupRepository.h"
#include "SqlHelpers.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Money.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace SqlHelpers;

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// The audited fields of an order: its header and totals (its lines come from the quote or the import).
QJsonObject auditFields(const Order &order, const QString &number)
{
    return QJsonObject {
        { QStringLiteral("number"), number },
        { QStringLiteral("quote_id"), order.quoteId },
        { QStringLiteral("owner_id"), order.ownerId },
        { QStringLiteral("date"), order.date.toString(Qt::ISODate) },
        { QStringLiteral("currency"), order.currency },
        { QStringLiteral("channel"), order.channel },
        { QStringLiteral("lines"), qint64(order.lines.size()) },
        { QStringLiteral("subtotal"), order.subtotal },
        { QStringLiteral("discount"), order.discount },
        { QStringLiteral("charges"), order.charges },
        { QStringLiteral("tax"), order.tax },
        { QStringLiteral("total"), order.total },
    };
}

} // namespace

QStringList OrderRepository::channels()
{
    return { QStringLiteral("direct"), QStringLiteral("online"), QStringLiteral("distributor"),
        QStringLiteral("phone") };
}

Result<qint64> OrderRepository::insert(const Order &order)
{
    if (order.customerId <= 0)
        return Error { tr("An order needs a customer."), {}, -1, -1, QStringLiteral("customer") };
    if (!order.date.isValid())
        return Error { tr("An order needs a date."), {}, -1, -1, QStringLiteral("date") };
    if (Money::decimals(order.currency) < 0)
        return Error { tr("\"%1\" is not a currency this version knows.").arg(order.currency), {}, -1, -1,
            QStringLiteral("currency") };
    if (!channels().contains(order.channel))
        return Error { tr("\"%1\" is not a sales channel (direct, online, distributor or phone).").arg(order.channel),
            {}, -1, -1, QStringLiteral("channel") };
    LookupRepository settings(m_db);
    const QString pattern = settings.setting(QStringLiteral("order_number_pattern"), QStringLiteral("SO-{YYYY}-{####}"))
                                .value_or(QStringLiteral("SO-{YYYY}-{####}"));
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QString number = order.number;
    if (number.isEmpty()) {
        auto next = DocumentNumbers(m_db).next(QStringLiteral("order"), pattern, order.date, QStringLiteral("orders"));
        if (!next)
            return next.error();
        number = next.value();
    }
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO orders (uuid, number, customer_id, quote_id, owner_id, order_date, currency, channel, subtotal, "
        "discount, charges, tax, total, cost, created_at, updated_at, discount_rate, charges_tax_rate) VALUES (?, ?, "
        "?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(order.uuid.isEmpty() ? Database::newUuid() : order.uuid);
    query.addBindValue(number);
    query.addBindValue(order.customerId);
    query.addBindValue(idOrNull(order.quoteId));
    query.addBindValue(idOrNull(order.ownerId));
    query.addBindValue(fromDate(order.date));
    query.addBindValue(order.currency);
    query.addBindValue(order.channel);
    query.addBindValue(order.subtotal);
    query.addBindValue(order.discount);
    query.addBindValue(order.charges);
    query.addBindValue(order.tax);
    query.addBindValue(order.total);
    query.addBindValue(order.cost);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(order.discountRate);
    query.addBindValue(order.chargesTaxRate);
    if (!query.exec())
        return sqlError(query, tr("Saving the order"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = insertLines(id, order.lines); !status)
        return status.error();
    if (Status status
        = AuditTrail::recordCreate(m_db, QStringLiteral("order"), id, order.customerId, auditFields(order, number));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status OrderRepository::insertLines(qint64 orderId, const QList<OrderLine> &lines)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, description, quantity, "
                                 "unit_price, discount_rate, tax_rate, unit_cost, amount, cost) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines[i];
        query.addBindValue(orderId);
        query.addBindValue(i + 1);
        query.addBindValue(idOrNull(line.productId));
        query.addBindValue(text(line.description));
        query.addBindValue(line.quantity);
        query.addBindValue(line.unitPrice);
        query.addBindValue(line.discount);
        query.addBindValue(line.taxRate);
        query.addBindValue(line.unitCost);
        query.addBindValue(line.amount);
        query.addBindValue(line.cost);
        if (!query.exec())
            return sqlError(query, tr("Saving line %1 of the order").arg(i + 1));
    }
    return {};
}

Status OrderRepository::replace(qint64 id, const Order &order)
{
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE orders SET customer_id = ?, owner_id = ?, order_date = ?, currency = ?, "
                                 "channel = ?, subtotal = ?, discount = ?, charges = ?, tax = ?, total = ?, cost = ?, "
                                 "discount_rate = ?, charges_tax_rate = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &value :
        { QVariant(order.customerId), idOrNull(order.ownerId), fromDate(order.date), QVariant(order.currency),
            QVariant(order.channel), QVariant(order.subtotal), QVariant(order.discount), QVariant(order.charges),
            QVariant(order.tax), QVariant(order.total), QVariant(order.cost), QVariant(order.discountRate),
            QVariant(order.chargesTaxRate), QVariant(Database::nowTimestamp()), QVariant(id) })
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Saving the order"));
    query.prepare(QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Saving the order"));
    if (Status status = insertLines(id, order.lines); !status)
        return status;
    if (Status status = AuditTrail::recordUpdate(m_db, QStringLiteral("order"), id, order.customerId,
            auditFields(before.value(), before.value().number), auditFields(order, before.value().number));
        !status)
        return status;
    return transaction.commit();
}

Result<OrderSpan> OrderRepository::span() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*), min(o.order_date), max(o.order_date) FROM orders o JOIN customers "
                                   "c ON c.id = o.customer_id WHERE o.deleted_at IS NULL AND c.deleted_at IS NULL"))
        || !query.next())
        return sqlError(query, tr("Reading the orders"));
    return OrderSpan { query.value(0).toLongLong(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
        QDate::fromString(query.value(2).toString(), Qt::ISODate) };
}

Result<QList<Order>> OrderRepository::list(const OrderFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT o.id, o.uuid, o.number, o.customer_id, c.name, coalesce(o.quote_id, 0), coalesce(q.number, ''), "
        "coalesce(o.owner_id, 0), coalesce(w.name, ''), o.order_date, o.currency, o.channel, o.subtotal, o.discount, "
        "o.charges, o.tax, o.total, o.cost, o.discount_rate, o.charges_tax_rate FROM orders o JOIN customers c ON c.id "
        "= "
        "o.customer_id LEFT JOIN quotes q "
        "ON q.id = o.quote_id LEFT JOIN owners w ON w.id = o.owner_id WHERE o.deleted_at IS NULL AND "
        "c.deleted_at IS NULL");
    QVariantList binds;
    if (filter.customerId > 0) {
        sql += QStringLiteral(" AND o.customer_id = ?");
        binds << filter.customerId;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND o.order_date >= ?");
        binds << fromDate(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND o.order_date <= ?");
        binds << fromDate(filter.to);
    }
    sql += QStringLiteral(" ORDER BY o.order_date DESC, o.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Reading the orders"));
    QList<Order> orders;
    while (query.next()) {
        Order order;
        int i = 0;
        order.id = query.value(i++).toLongLong();
        order.uuid = query.value(i++).toString();
        order.number = query.value(i++).toString();
        order.customerId = query.value(i++).toLongLong();
        order.customerName = query.value(i++).toString();
        order.quoteId = query.value(i++).toLongLong();
        order.quoteNumber = query.value(i++).toString();
        order.ownerId = query.value(i++).toLongLong();
        order.ownerName = query.value(i++).toString();
        order.date = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
        order.currency = query.value(i++).toString();
        order.channel = query.value(i++).toString();
        order.subtotal = query.value(i++).toLongLong();
        order.discount = query.value(i++).toLongLong();
        order.charges = query.value(i++).toLongLong();
        order.tax = query.value(i++).toLongLong();
        order.total = query.value(i++).toLongLong();
        order.cost = query.value(i++).toLongLong();
        order.discountRate = query.value(i++).toLongLong();
        order.chargesTaxRate = query.value(i++).toLongLong();
        orders << order;
    }
    return orders;
}

Result<Order> OrderRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT order_date FROM orders WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the order"));
    if (!query.next())
        return Error { tr("There is no order %1.").arg(id) };
    const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    OrderFilter filter;
    filter.from = date;
    filter.to = date;
    auto orders = list(filter);
    if (!orders)
        return orders.error();
    for (const Order &candidate : orders.value()) {
        if (candidate.id != id)
            continue;
        Order order = candidate;
        query.prepare(QStringLiteral("SELECT coalesce(product_id, 0), description, quantity, unit_price, "
                                     "discount_rate, tax_rate, unit_cost, amount, cost FROM order_lines WHERE "
                                     "order_id = ? ORDER BY position"));
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query, tr("Reading the order"));
        while (query.next()) {
            order.lines << OrderLine { query.value(0).toLongLong(), query.value(1).toString(),
                query.value(2).toLongLong(), query.value(3).toLongLong(), query.value(4).toLongLong(),
                query.value(5).toLongLong(), query.value(6).toLongLong(), query.value(7).toLongLong(),
                query.value(8).toLongLong() };
        }
        return order;
    }
    return Error { tr("Order %1 belongs to a customer in the trash.").arg(id) };
}

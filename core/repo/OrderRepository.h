#pragma once

#include "Result.h"
#include "domain/Order.h"

#include <QCoreApplication>
#include <QSqlDatabase>

struct OrderFilter
{
    qint64 customerId = 0; // 0: any
    QDate from; // invalid: open
    QDate to;
    int limit = 0; // 0: all
};

// How many orders the book has (of customers not in the trash) and the first and last order date.
struct OrderSpan
{
    qint64 count = 0;
    QDate first;
    QDate last;
};

// Orders (sales) and their lines. Orders of a customer in the trash stay in the book but are not listed.
class OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Stores an order with its lines; an empty number is taken from the book's order pattern. Returns the id.
    Result<qint64> insert(const Order &order);
    // Gives an order in the book the header and lines of `order` (its number and id stay), e.g. when an import
    // brings a corrected sales history.
    Status replace(qint64 id, const Order &order);
    // Newest first, without lines.
    Result<QList<Order>> list(const OrderFilter &filter = {}) const;
    Result<Order> get(qint64 id) const;
    Result<OrderSpan> span() const;

    static QStringList channels();

private:
    Status insertLines(qint64 orderId, const QList<OrderLine> &lines);

    QSqlDatabase m_db;
};

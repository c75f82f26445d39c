#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One calendar month of a customer's orders in one currency. Revenue is without tax, as in the analyses.
struct MonthlySales
{
    QDate month; // the first day of the month
    int orders = 0;
    qint64 revenue = 0;
    qint64 profit = 0;
};

// What a customer bought of one product (or one free-text line description), over all their orders.
struct ProductSales
{
    qint64 productId = 0; // 0: a free-text line
    QString code;
    QString name;
    qint64 quantity = 0; // thousandths of a unit
    qint64 revenue = 0; // line amounts, without tax
    int orders = 0;
};

// A customer's orders in one currency up to a date, revenue without tax.
struct CurrencySales
{
    QString currency;
    int orders = 0;
    qint64 revenue = 0;
};

// One customer's sales history for the printed customer report: orders per month and the products bought most.
// Orders of one currency only, never deleted ones.
class CustomerSalesRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSalesRepository)

public:
    explicit CustomerSalesRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The currencies of the customer's orders up to `to`, the one with the most purchases (orders with revenue)
    // first, then the most orders (empty when there are none).
    Result<QStringList> currencies(qint64 customerId, QDate to) const;
    // Every month from `from` to `to` (both months included), oldest first; months without orders are zero.
    Result<QList<MonthlySales>> monthly(qint64 customerId, const QString &currency, QDate from, QDate to) const;
    // The products with the most revenue, then the most orders and the lowest name; at most `limit` rows.
    Result<QList<ProductSales>> topProducts(qint64 customerId, const QString &currency, int limit) const;
    // Orders of the customer in the currency up to `to`: all of them (refunds and free samples included).
    Result<int> orderCount(qint64 customerId, const QString &currency, QDate to) const;
    // The customer's orders up to `to` per currency, the most orders first (then the code).
    Result<QList<CurrencySales>> byCurrency(qint64 customerId, QDate to) const;

private:
    QSqlDatabase m_db;
};

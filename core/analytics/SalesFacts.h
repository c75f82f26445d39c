#pragma once

#include "Lifecycle.h"

#include <QDate>
#include <QList>

// What the analyses read: one row per order, in the book's currency, amounts in minor units (fen, cents).
// A refund is an order with a negative revenue; a free sample has zero revenue.
struct OrderFact
{
    qint64 customerId = 0;
    QDate date;
    qint64 revenue = 0;
    qint64 profit = 0;
};

// One customer's orders summed over a period. A purchase is an order with a positive revenue: frequency, first
// and last count purchases only, while revenue and profit also carry refunds and zero orders.
struct CustomerTotals
{
    qint64 customerId = 0;
    int purchases = 0;
    qint64 revenue = 0;
    qint64 profit = 0;
    QDate firstPurchase;
    QDate lastPurchase;
};

// Sums the facts dated within [from, to] (an invalid bound is open) per customer, in customer id order.
// Customers whose orders in the period are all refunds or zero still get a row (with no purchases).
QList<CustomerTotals> totalsByCustomer(const QList<OrderFact> &facts, QDate from = {}, QDate to = {});

// Each customer's purchase history from facts in customer order (as SalesHistoryRepository::facts returns them):
// every customer of `customerIds` (ascending) gets one, prospects too, with the dates of their purchases up to `to`
// (an invalid bound is open) and the gross profit of all their orders up to then.
QList<PurchaseHistory> purchaseHistoriesOf(
    const QList<qint64> &customerIds, const QList<OrderFact> &facts, QDate to = {});

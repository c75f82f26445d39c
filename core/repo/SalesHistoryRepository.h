#pragma once

#include "Result.h"
#include "analytics/Associations.h"
#include "analytics/Lifecycle.h"
#include "analytics/SalesFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Which sales an analysis reads: orders in one currency, dated within [from, to] (an invalid bound is open), of
// live customers, optionally only those of one owner, province or tier, and only the lines of one product
// category. Revenue is an order's total without tax (after discounts, with charges); gross profit is that minus
// the order's cost.
struct SalesQuery
{
    QString currency = QStringLiteral("CNY");
    QDate from;
    QDate to;
    qint64 ownerId = 0;
    QString province;
    QString tier;
    QString productCategory;
};

// Reads the sales history (orders) into the plain lists that core/analytics works on.
class SalesHistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(SalesHistoryRepository)

public:
    explicit SalesHistoryRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // " AND ..." keeping customers `c` that existed by query.to (made by then, or with an order or quote by then:
    // imported customers are made after their history); nothing without a date. An analysis as of last year counted
    // every customer made since as one who never bought.
    static QString existedBy(const SalesQuery &query, QVariantList *binds);

    // One fact per order, in customer and date order.
    Result<QList<OrderFact>> facts(const SalesQuery &query) const;
    // Orders summed per customer, in customer id order.
    Result<QList<CustomerTotals>> totals(const SalesQuery &query) const;
    // Every live customer matching the customer filters, with their purchase dates and gross profit; customers
    // without a purchase (prospects) come with an empty list.
    Result<QList<PurchaseHistory>> purchaseHistories(const SalesQuery &query) const;
    // Live customers matching the customer filters (owner, province, tier), in id order: the customers an analysis
    // in the query's currency is about. Those who bought (with revenue) up to query.to, but only in other currencies,
    // are left out
    // (a dollar buyer is not a prospect of an analysis in yuan); leftOut (optional) is set to how many.
    Result<QList<qint64>> customerIds(const SalesQuery &query, qint64 *leftOut = nullptr) const;
    // Of these customers (in id order), those with purchases (orders with revenue) up to query.to in other
    // currencies than the query's and none in it, in id order.
    Result<QList<qint64>> buyersInOtherCurrenciesOnly(const QList<qint64> &customers, const SalesQuery &query) const;
    // The products of each order (catalogue products only).
    Result<QList<Basket>> baskets(const SalesQuery &query) const;
    // The product categories in the catalogue, sorted.
    Result<QStringList> productCategories() const;
    // The currencies that orders use, the most used first.
    Result<QStringList> currencies() const;
    // The WHERE clause of the query's filters over orders "o" joined to customers "c"; appends its bind values.
    QString orderFilter(const SalesQuery &query, QVariantList *binds) const;

private:
    Result<QList<OrderFact>> categoryFacts(const SalesQuery &query) const;
    QSqlDatabase m_db;
};

#pragma once

#include "Result.h"
#include "analytics/ViewFacts.h"
#include "repo/SalesHistoryRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <array>

// Reads what the seven views of customer analysis need beyond the sales totals, with the filters of a SalesQuery.
class CustomerViewRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerViewRepository)

public:
    // What sales are summed by in the performance view.
    enum class Dimension
    {
        Category, // the product category of each order line (lines without a catalogue product: "")
        Channel, // the order's channel
        Region, // the customer's province
        Rep // the order's owner (the sales rep), "" when none
    };

    explicit CustomerViewRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The live customers matching the query's owner, province and tier, in id order.
    Result<QList<ViewCustomer>> customers(const SalesQuery &query) const;
    // Sales per customer and value of the dimension, with every filter of the query.
    Result<QList<SalesLine>> lines(const SalesQuery &query, Dimension dimension) const;
    // The channel, region and rep lines (in that order) from one pass over the orders; without a product-category
    // filter only (with one, the amounts are those of the order lines: use lines()).
    Result<std::array<QList<SalesLine>, 3>> orderAttributeLines(const SalesQuery &query) const;
    // The newest revision of every live quote in the query's currency, dated in its period, of customers matching
    // its owner, province and tier; the value is the total without tax.
    Result<QList<QuoteFact>> quotes(const SalesQuery &query) const;
    // The names of the given products ("code name" when a code is set), and into `codes` their codes if set.
    Result<QHash<qint64, QString>> productNames(
        const QList<qint64> &ids, QHash<qint64, QString> *codes = nullptr) const;
    // The names of the given customers.
    Result<QHash<qint64, QString>> customerNames(const QList<qint64> &ids) const;

private:
    QString customerFilter(const SalesQuery &query, QVariantList *binds) const;
    QSqlDatabase m_db;
};

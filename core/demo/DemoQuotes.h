#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

// Demo data for quoting, written after the customers in the demo generator's transaction: a bilingual catalogue
// of about 40 products and services, quotes in every status (3% of customers; the accepted ones with their
// orders) and about three years of orders with lines, costs and sales channels for a fifth of the customers,
// the sales history the analysis reports read. Bulk prepared inserts, so a million-customer book stays fast.
class DemoQuotes
{
    Q_DECLARE_TR_FUNCTIONS(DemoQuotes)

public:
    // `uuid` gives the demo generator's reproducible uuids; `today` is the generator's "now".
    static Status generate(
        const QSqlDatabase &db, quint64 seed, const QDate &today, const std::function<QString()> &uuid);
};

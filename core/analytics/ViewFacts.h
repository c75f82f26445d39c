#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <limits>

// What the seven views of customer analysis read, besides the per-customer totals of SalesFacts.h: plain rows
// that a repository query produced, amounts in minor units of one currency.

// A customer's descriptive attributes (empty when not set).
struct ViewCustomer
{
    qint64 id = 0;
    QString industry;
    QString province;
    QString tier;
    QString source; // how the customer was won: the acquisition source or campaign
};

// One customer's sales summed per value of a dimension (a product category, a channel, a region, a sales rep).
struct SalesLine
{
    qint64 customerId = 0;
    QString key;
    int orders = 0;
    qint64 revenue = 0;
    qint64 profit = 0;
};

enum class QuoteOutcome
{
    Open, // draft or sent
    Won, // accepted
    Lost // rejected or expired
};

// The newest revision of one quote: when it was made, what it is worth without tax, and how it ended.
struct QuoteFact
{
    QDate date;
    qint64 value = 0;
    QuoteOutcome outcome = QuoteOutcome::Open;
};

// A set of customers sharing a value (an industry, a source, a category...), with what they bought.
struct ViewGroup
{
    QString key;
    int customers = 0;
    int buyers = 0; // customers with at least one purchase
    int orders = 0;
    qint64 revenue = 0;
    qint64 profit = 0;
    double customerShare = 0; // of all customers in the view
    double revenueShare = 0; // of all revenue in the view (0 when that is not positive)
    QList<qint64> customerIds; // in id order

    // Gross margin: profit / revenue, 0 without revenue.
    double margin() const { return revenue > 0 ? double(profit) / double(revenue) : 0; }
};

// Customers whose figure lies in [low, high); a bound may be infinite.
struct ViewBucket
{
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    int customers = 0;
    double share = 0; // of all customers counted in the distribution
    QList<qint64> customerIds; // in id order
};

// Counts the values into buckets split at the given ascending bounds: (-inf, b0), [b0, b1), ..., [bn, inf).
// values are (customer id, figure) pairs; shares are of all values.
QList<ViewBucket> distribute(const QList<std::pair<qint64, double>> &values, const QList<double> &bounds);

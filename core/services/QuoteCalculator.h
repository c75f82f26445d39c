#pragma once

#include "Result.h"
#include "domain/Order.h"
#include "domain/Quote.h"

#include <QCoreApplication>
#include <QList>

// The totals of a quote, in minor units of its currency.
struct QuoteTotals
{
    struct LineTotal
    {
        qint64 amount = 0; // quantity x unit price less the line discount, rounded half-up
        qint64 cost = 0; // quantity x unit cost, rounded half-up
    };
    struct TaxGroup
    {
        qint64 rate = 0; // basis points
        qint64 base = 0; // lines at this rate less their share of the quote discount, plus charges at it
        qint64 tax = 0; // base x rate, rounded half-up
    };

    QList<LineTotal> lines;
    qint64 subtotal = 0; // sum of the line amounts
    qint64 discount = 0; // the quote discount, sum over the tax groups
    qint64 charges = 0;
    QList<TaxGroup> taxes; // by rate, ascending
    qint64 tax = 0;
    qint64 total = 0;
    qint64 cost = 0;
    qint64 margin = 0; // subtotal - discount - cost (charges pass through)
    qint64 marginPermille = 0; // margin / (subtotal - discount), in thousandths; 0 when nothing is sold
};

// Pure arithmetic over a quote's lines; no I/O. Prices are net of tax. Each line is rounded half-up to the
// currency's minor unit; the quote discount is taken per tax rate (rounded half-up per rate) so that every
// rate is taxed on exactly its discounted base; tax is rounded half-up per rate. All products are computed
// in 128 bits, and an amount beyond Money::kMaxMinorUnits is an Error naming the line.
class QuoteCalculator
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCalculator)

public:
    static Result<QuoteTotals> compute(const Quote &quote);
    // One line alone, with its 1-based position for messages.
    static Result<QuoteTotals::LineTotal> computeLine(const QuoteLine &line, int position);
    // The order a quote and its totals make: its amounts, rates and lines (the rest of the order is the caller's).
    static void fillOrder(Order &order, const Quote &quote, const QuoteTotals &totals);
};

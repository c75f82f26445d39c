#include "QuoteCalculator.h"
#include "domain/Money.h"

#include <map>

namespace {

bool fits(Money::Wide value)
{
    return value <= Money::kMaxMinorUnits && value >= -Money::kMaxMinorUnits;
}

} // namespace

Result<QuoteTotals::LineTotal> QuoteCalculator::computeLine(const QuoteLine &line, int position)
{
    if (line.quantity <= 0)
        return Error { tr("Line %1: the quantity must be more than zero.").arg(position), {}, position, -1,
            QStringLiteral("quantity") };
    if (line.unitPrice < 0)
        return Error { tr("Line %1: the unit price cannot be negative.").arg(position), {}, position, -1,
            QStringLiteral("unit_price") };
    if (line.unitCost < 0)
        return Error { tr("Line %1: the unit cost cannot be negative.").arg(position), {}, position, -1,
            QStringLiteral("unit_cost") };
    if (line.discount < 0 || line.discount > kPercentScale)
        return Error { tr("Line %1: the discount must be between 0% and 100%.").arg(position), {}, position, -1,
            QStringLiteral("discount") };
    if (line.taxRate < 0 || line.taxRate > kPercentScale)
        return Error { tr("Line %1: the tax rate must be between 0% and 100%.").arg(position), {}, position, -1,
            QStringLiteral("tax_rate") };
    const Error tooLarge { tr("Line %1: the amount is too large.").arg(position), {}, position, -1,
        QStringLiteral("amount") };
    if (line.quantity > Money::kMaxMinorUnits || line.unitPrice > Money::kMaxMinorUnits
        || line.unitCost > Money::kMaxMinorUnits)
        return tooLarge;
    // At most 10^15 x 10^15 x 10^4: well inside the 1.7 x 10^38 of a signed 128-bit integer.
    const Money::Wide gross = Money::Wide(line.quantity) * line.unitPrice * (kPercentScale - line.discount);
    const Money::Wide amount = Money::divideRounded(gross, Money::Wide(kQuantityScale) * kPercentScale);
    const Money::Wide cost = Money::divideRounded(Money::Wide(line.quantity) * line.unitCost, kQuantityScale);
    if (!fits(amount) || !fits(cost))
        return tooLarge;
    return QuoteTotals::LineTotal { qint64(amount), qint64(cost) };
}

Result<QuoteTotals> QuoteCalculator::compute(const Quote &quote)
{
    if (quote.discount < 0 || quote.discount > kPercentScale)
        return Error { tr("The quote discount must be between 0% and 100%."), {}, -1, -1, QStringLiteral("discount") };
    if (quote.charges < 0 || quote.charges > Money::kMaxMinorUnits)
        return Error { tr("The charges must be an amount of zero or more."), {}, -1, -1, QStringLiteral("charges") };
    if (quote.chargesTaxRate < 0 || quote.chargesTaxRate > kPercentScale)
        return Error { tr("The tax rate of the charges must be between 0% and 100%."), {}, -1, -1,
            QStringLiteral("charges_tax_rate") };
    QuoteTotals totals;
    std::map<qint64, Money::Wide> netByRate;
    Money::Wide subtotal = 0;
    Money::Wide cost = 0;
    for (int i = 0; i < quote.lines.size(); ++i) {
        auto line = computeLine(quote.lines[i], i + 1);
        if (!line)
            return line.error();
        totals.lines << line.value();
        netByRate[quote.lines[i].taxRate] += line.value().amount;
        subtotal += line.value().amount;
        cost += line.value().cost;
    }
    const Error tooLarge { tr("The quote's total is too large."), {}, -1, -1, QStringLiteral("total") };
    if (!fits(subtotal) || !fits(cost))
        return tooLarge;
    if (quote.charges > 0)
        netByRate[quote.chargesTaxRate] += 0; // the charges' rate has a group even without lines at it
    Money::Wide discount = 0;
    Money::Wide tax = 0;
    for (const auto &[rate, net] : netByRate) {
        const Money::Wide rateDiscount = Money::divideRounded(net * quote.discount, kPercentScale);
        const Money::Wide base = net - rateDiscount + (rate == quote.chargesTaxRate ? quote.charges : 0);
        const Money::Wide rateTax = Money::divideRounded(base * rate, kPercentScale);
        discount += rateDiscount;
        tax += rateTax;
        if (!fits(base) || !fits(tax))
            return tooLarge;
        totals.taxes << QuoteTotals::TaxGroup { rate, qint64(base), qint64(rateTax) };
    }
    const Money::Wide total = subtotal - discount + quote.charges + tax;
    if (!fits(total))
        return tooLarge;
    totals.subtotal = qint64(subtotal);
    totals.discount = qint64(discount);
    totals.charges = quote.charges;
    totals.tax = qint64(tax);
    totals.total = qint64(total);
    totals.cost = qint64(cost);
    const qint64 sold = totals.subtotal - totals.discount;
    totals.margin = sold - totals.cost;
    totals.marginPermille = sold > 0 ? qint64(Money::divideRounded(Money::Wide(totals.margin) * 1000, sold)) : 0;
    return totals;
}

void QuoteCalculator::fillOrder(Order &order, const Quote &quote, const QuoteTotals &totals)
{
    const QList<QuoteLine> &lines = quote.lines;
    order.discountRate = quote.discount;
    order.chargesTaxRate = quote.chargesTaxRate;
    order.subtotal = totals.subtotal;
    order.discount = totals.discount;
    order.charges = totals.charges;
    order.tax = totals.tax;
    order.total = totals.total;
    order.cost = totals.cost;
    order.lines.clear();
    for (int i = 0; i < lines.size() && i < totals.lines.size(); ++i) {
        const QuoteLine &line = lines[i];
        order.lines << OrderLine { line.productId, line.description, line.quantity, line.unitPrice, line.discount,
            line.taxRate, line.unitCost, totals.lines[i].amount, totals.lines[i].cost };
    }
}

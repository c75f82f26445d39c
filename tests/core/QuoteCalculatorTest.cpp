#include "TestSupport.h"

#include "services/QuoteCalculator.h"

#include <limits>

namespace {

QuoteLine line(qint64 quantity, qint64 unitPrice, qint64 taxRate = 0, qint64 discount = 0, qint64 unitCost = 0)
{
    QuoteLine result;
    result.description = QStringLiteral("item");
    result.quantity = quantity;
    result.unitPrice = unitPrice;
    result.taxRate = taxRate;
    result.discount = discount;
    result.unitCost = unitCost;
    return result;
}

struct TotalsCase
{
    const char *name;
    QList<QuoteLine> lines;
    qint64 quoteDiscount;
    qint64 charges;
    qint64 chargesTaxRate;
    qint64 subtotal, discount, tax, total;
};

class QuoteTotalsTest : public ::testing::TestWithParam<TotalsCase>
{
};

TEST_P(QuoteTotalsTest, ComputesExactTotals)
{
    const TotalsCase &c = GetParam();
    Quote quote;
    quote.lines = c.lines;
    quote.discount = c.quoteDiscount;
    quote.charges = c.charges;
    quote.chargesTaxRate = c.chargesTaxRate;
    auto totals = QuoteCalculator::compute(quote);
    ASSERT_TRUE(totals.ok()) << totals.error().toString();
    EXPECT_EQ(totals.value().subtotal, c.subtotal) << c.name;
    EXPECT_EQ(totals.value().discount, c.discount) << c.name;
    EXPECT_EQ(totals.value().tax, c.tax) << c.name;
    EXPECT_EQ(totals.value().total, c.total) << c.name;
    EXPECT_EQ(totals.value().total, c.subtotal - c.discount + c.charges + c.tax) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Cases, QuoteTotalsTest,
    ::testing::Values(
        // 1 x 100.00 at 13%.
        TotalsCase { "one line", { line(1000, 10000, 1300) }, 0, 0, 0, 10000, 0, 1300, 11300 },
        // 3 x 0.33 less 50% = 0.495: half-up to 0.50.
        TotalsCase { "line rounds half up", { line(3000, 33, 0, 5000) }, 0, 0, 0, 50, 0, 0, 50 },
        // 3 x 0.33 less 51% = 0.4851: down to 0.49.
        TotalsCase { "line rounds down", { line(3000, 33, 0, 5100) }, 0, 0, 0, 49, 0, 0, 49 },
        // 1.5 kg x 12.99 = 19.485 -> 19.49.
        TotalsCase { "fractional quantity", { line(1500, 1299) }, 0, 0, 0, 1949, 0, 0, 1949 },
        // 200.00 at 13% and 50.00 at 6%, 10% off: bases 180.00 and 45.00, taxes 23.40 and 2.70.
        TotalsCase { "two rates and a quote discount", { line(2000, 10000, 1300), line(1000, 5000, 600) }, 1000, 0, 0,
            25000, 2500, 2610, 25110 },
        // 100.00 plus 20.00 shipping, both at 13%.
        TotalsCase { "charges taxed at their rate", { line(1000, 10000, 1300) }, 0, 2000, 1300, 10000, 0, 1560, 13560 },
        // Charges at a rate no line has: a group of their own.
        TotalsCase { "charges at their own rate", { line(1000, 10000, 1300) }, 0, 1000, 900, 10000, 0, 1390, 12390 },
        // 0.05 at 10% = 0.005 tax: half-up to 0.01.
        TotalsCase { "tax rounds half up", { line(1000, 5, 1000) }, 0, 0, 0, 5, 0, 1, 6 },
        // Yen: 3 x 1234 less 10% = 3331.8 -> 3332; 10% tax 333.2 -> 333.
        TotalsCase { "no decimals", { line(3000, 1234, 1000, 1000) }, 0, 0, 0, 3332, 0, 333, 3665 },
        // Quote discount per rate, each rounded: 0.05 and 0.05 less 50% = 0.03 + 0.03.
        TotalsCase { "discount rounded per rate", { line(1000, 5, 0), line(1000, 5, 600) }, 5000, 0, 0, 10, 6, 0, 4 },
        TotalsCase {
            "100% discount on a line", { line(2000, 9999, 1300, 10000), line(1000, 100) }, 0, 0, 0, 100, 0, 0, 100 },
        TotalsCase { "no lines", {}, 0, 0, 0, 0, 0, 0, 0 },
        // 100,000 x 99,999,999.99 = 9,999,999,999,999.00, the largest total there is room for.
        TotalsCase {
            "largest amount", { line(100000000, 9999999999) }, 0, 0, 0, 999999999900000, 0, 0, 999999999900000 }));

TEST(QuoteCalculatorTest, MarginIsSalesLessDiscountLessCost)
{
    Quote quote;
    quote.lines << line(10000, 5000, 1300, 0, 3000) << line(1000, 10000, 1300, 0, 0);
    quote.discount = 1000;
    auto totals = QuoteCalculator::compute(quote);
    ASSERT_TRUE(totals.ok()) << totals.error().toString();
    // Sold: 600.00 less 60.00 = 540.00; cost 300.00; margin 240.00 = 444.4 permille.
    EXPECT_EQ(totals.value().cost, 30000);
    EXPECT_EQ(totals.value().margin, 24000);
    EXPECT_EQ(totals.value().marginPermille, 444);
    ASSERT_EQ(totals.value().lines.size(), 2);
    EXPECT_EQ(totals.value().lines[0].amount, 50000);
    EXPECT_EQ(totals.value().lines[0].cost, 30000);
}

TEST(QuoteCalculatorTest, TaxesAreListedPerRateAscending)
{
    Quote quote;
    quote.lines << line(1000, 10000, 1300) << line(1000, 3000, 600) << line(1000, 2000, 1300);
    auto totals = QuoteCalculator::compute(quote);
    ASSERT_TRUE(totals.ok());
    ASSERT_EQ(totals.value().taxes.size(), 2);
    EXPECT_EQ(totals.value().taxes[0].rate, 600);
    EXPECT_EQ(totals.value().taxes[0].base, 3000);
    EXPECT_EQ(totals.value().taxes[0].tax, 180);
    EXPECT_EQ(totals.value().taxes[1].rate, 1300);
    EXPECT_EQ(totals.value().taxes[1].base, 12000);
    EXPECT_EQ(totals.value().taxes[1].tax, 1560);
}

struct RefusedCase
{
    const char *name;
    QuoteLine line;
    const char *field;
    const char *message;
};

class QuoteRefusedTest : public ::testing::TestWithParam<RefusedCase>
{
};

TEST_P(QuoteRefusedTest, NamesTheLineAndTheField)
{
    const RefusedCase &c = GetParam();
    Quote quote;
    quote.lines << line(1000, 100) << c.line;
    auto totals = QuoteCalculator::compute(quote);
    ASSERT_FALSE(totals.ok()) << c.name;
    EXPECT_EQ(totals.error().row, 2) << c.name;
    EXPECT_EQ(totals.error().field, QString::fromUtf8(c.field)) << c.name;
    EXPECT_EQ(totals.error().message, QString::fromUtf8(c.message)) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Cases, QuoteRefusedTest,
    ::testing::Values(
        RefusedCase { "zero quantity", line(0, 100), "quantity", "Line 2: the quantity must be more than zero." },
        RefusedCase {
            "negative quantity", line(-1000, 100), "quantity", "Line 2: the quantity must be more than zero." },
        RefusedCase { "negative price", line(1000, -1), "unit_price", "Line 2: the unit price cannot be negative." },
        RefusedCase { "discount over 100%", line(1000, 100, 0, 10001), "discount",
            "Line 2: the discount must be between 0% and 100%." },
        RefusedCase {
            "negative tax", line(1000, 100, -1), "tax_rate", "Line 2: the tax rate must be between 0% and 100%." },
        RefusedCase {
            "amount beyond the limit", line(100000001, 9999999999), "amount", "Line 2: the amount is too large." },
        RefusedCase { "product beyond 64 bits", line(999999999999999, 999999999999999), "amount",
            "Line 2: the amount is too large." },
        RefusedCase { "quantity beyond the limit", line(std::numeric_limits<qint64>::max(), 1), "amount",
            "Line 2: the amount is too large." }));

TEST(QuoteCalculatorTest, TotalBeyondTheLimitIsRefused)
{
    Quote quote;
    // 9,999,999,999,999.00 plus 13% tax does not fit.
    quote.lines << line(100000000, 9999999999, 1300);
    auto totals = QuoteCalculator::compute(quote);
    ASSERT_FALSE(totals.ok());
    EXPECT_EQ(totals.error().message, QStringLiteral("The quote's total is too large."));
}

TEST(QuoteCalculatorTest, QuoteDiscountOutOfRangeIsRefused)
{
    Quote quote;
    quote.lines << line(1000, 100);
    quote.discount = -1;
    auto totals = QuoteCalculator::compute(quote);
    ASSERT_FALSE(totals.ok());
    EXPECT_EQ(totals.error().field, QStringLiteral("discount"));
}

} // namespace

#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/QuoteRepository.h"
#include "services/QuoteChaser.h"

using namespace TestSql;

namespace {

class QuoteChaserTest : public BookTest
{
protected:
    Quote sentQuote()
    {
        Customer customer;
        customer.name = QStringLiteral("宁波华信商贸有限公司");
        Quote quote;
        quote.customerId = CustomerRepository(db()).create(customer).value_or(0);
        quote.number = QStringLiteral("Q-2026-0042");
        return quote;
    }
};

} // namespace

TEST_F(QuoteChaserTest, PlansOneAllDayCallTheConfiguredDaysAfterSending)
{
    const Quote quote = sentQuote();
    ASSERT_TRUE(LookupRepository(db()).setSetting(QStringLiteral("quote_followup_days"), QStringLiteral("5")).ok());
    QuoteChaser chaser(db());
    EXPECT_EQ(chaser.chaseAfterDays(), 5);
    auto planned = chaser.plan(quote, QDate(2026, 2, 26));
    ASSERT_TRUE(planned.ok()) << planned.error().toString();
    EXPECT_GT(planned.value(), 0);
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT type, subject, due_at IS NULL, due_date, status FROM activities")),
        QStringList { QStringLiteral("call\tChase quote Q-2026-0042\t1\t2026-03-03\tplanned") });
    // Sending again (a new revision) does not plan a second call while the first is open.
    auto again = chaser.plan(quote, QDate(2026, 2, 27));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 1);
}

// Accepting or rejecting a quote cancels the call that chases it, whichever revision planned it (found by a review:
// the rep was told to chase a quote the customer had signed). Another quote's call stays.
TEST_F(QuoteChaserTest, AcceptingOrRejectingTheQuoteCancelsItsChase)
{
    const qint64 customer = sentQuote().customerId;
    QuoteRepository quotes(db());
    const auto savedQuote = [&] {
        Quote quote;
        quote.customerId = customer;
        quote.date = QDate(2026, 3, 2);
        quote.validUntil = QDate(2026, 4, 1);
        quote.currency = QStringLiteral("CNY");
        QuoteLine line;
        line.description = QStringLiteral("标签打印机");
        line.quantity = 1000;
        line.unitPrice = 129900;
        quote.lines << line;
        const qint64 id = quotes.create(quote).value_or(0);
        EXPECT_TRUE(quotes.markSent(id).ok());
        return quotes.get(id).value_or(Quote {});
    };
    const Quote accepted = savedQuote();
    const Quote rejected = savedQuote();
    const Quote open = savedQuote();
    for (const Quote &quote : { accepted, rejected, open })
        ASSERT_GT(QuoteChaser(db()).plan(quote, QDate(2026, 3, 2)).value_or(0), 0);
    ASSERT_TRUE(quotes.accept(accepted.id, QDate(2026, 3, 5), QStringLiteral("direct")).ok());
    ASSERT_TRUE(quotes.reject(rejected.id).ok());
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT subject, status FROM activities ORDER BY id")),
        (QStringList { QStringLiteral("Chase quote %1\tcancelled").arg(accepted.number),
            QStringLiteral("Chase quote %1\tcancelled").arg(rejected.number),
            QStringLiteral("Chase quote %1\tplanned").arg(open.number) }));
}

TEST_F(QuoteChaserTest, ANonsenseSettingFallsBackToSevenDays)
{
    ASSERT_TRUE(LookupRepository(db()).setSetting(QStringLiteral("quote_followup_days"), QStringLiteral("soon")).ok());
    EXPECT_EQ(QuoteChaser(db()).chaseAfterDays(), 7);
    EXPECT_EQ(QuoteChaser(db()).proposedDate(QDate(2026, 12, 28)), QDate(2027, 1, 4));
}

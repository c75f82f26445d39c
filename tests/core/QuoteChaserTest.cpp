#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
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

TEST_F(QuoteChaserTest, ANonsenseSettingFallsBackToSevenDays)
{
    ASSERT_TRUE(LookupRepository(db()).setSetting(QStringLiteral("quote_followup_days"), QStringLiteral("soon")).ok());
    EXPECT_EQ(QuoteChaser(db()).chaseAfterDays(), 7);
    EXPECT_EQ(QuoteChaser(db()).proposedDate(QDate(2026, 12, 28)), QDate(2027, 1, 4));
}

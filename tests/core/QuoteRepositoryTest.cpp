#include "TestSupport.h"

#include "Clock.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/OrderRepository.h"
#include "repo/ProductRepository.h"
#include "repo/QuoteRepository.h"

#include <QThread>

#include <atomic>

using namespace TestSql;

namespace {

class QuoteRepositoryTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        Clock::setInstance(&m_clock);
        Customer customer;
        customer.name = QStringLiteral("杭州华鑫科技有限公司");
        auto id = CustomerRepository(db()).create(customer);
        ASSERT_TRUE(id.ok()) << id.error().toString();
        m_customerId = id.value();
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    Quote sampleQuote() const
    {
        Quote quote;
        quote.customerId = m_customerId;
        quote.date = QDate(2026, 3, 2);
        quote.validUntil = QDate(2026, 4, 1);
        quote.currency = QStringLiteral("CNY");
        QuoteLine first;
        first.description = QStringLiteral("Label printer");
        first.quantity = 2000;
        first.unitPrice = 129900;
        first.taxRate = 1300;
        first.unitCost = 80000;
        QuoteLine second;
        second.description = QStringLiteral("Installation");
        second.quantity = 1000;
        second.unitPrice = 50000;
        second.taxRate = 600;
        quote.lines << first << second;
        return quote;
    }

    qint64 createQuote(const Quote &quote)
    {
        auto id = QuoteRepository(db()).create(quote);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.ok() ? id.value() : 0;
    }

    FixedClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC) };
    qint64 m_customerId = 0;
};

TEST_F(QuoteRepositoryTest, NumbersFollowThePatternAndAreNeverReused)
{
    const qint64 first = createQuote(sampleQuote());
    const qint64 second = createQuote(sampleQuote());
    QuoteRepository quotes(db());
    EXPECT_EQ(quotes.get(first).value().number, QStringLiteral("Q-2026-0001"));
    EXPECT_EQ(quotes.get(second).value().number, QStringLiteral("Q-2026-0002"));
    // Deleting the newest does not free its number.
    run(db(), QStringLiteral("DELETE FROM quotes WHERE id = ?"), { second });
    EXPECT_EQ(quotes.get(createQuote(sampleQuote())).value().number, QStringLiteral("Q-2026-0003"));
    // A new year starts at 1; a changed pattern applies at once.
    Quote nextYear = sampleQuote();
    nextYear.date = QDate(2027, 1, 5);
    nextYear.validUntil = QDate(2027, 2, 5);
    EXPECT_EQ(quotes.get(createQuote(nextYear)).value().number, QStringLiteral("Q-2027-0001"));
    ASSERT_TRUE(LookupRepository(db()).setSetting(
        QStringLiteral("quote_number_pattern"), QStringLiteral("ACME/{YY}{MM}/{###}")));
    EXPECT_EQ(quotes.get(createQuote(sampleQuote())).value().number, QStringLiteral("ACME/2603/001"));
}

TEST_F(QuoteRepositoryTest, NumberTakenByHandIsSkipped)
{
    run(db(),
        QStringLiteral("INSERT INTO quotes (uuid, number, customer_id, quote_date, valid_until, currency, "
                       "created_at, updated_at) VALUES ('u1', 'Q-2026-0001', ?, '2026-01-01', '2026-01-31', "
                       "'CNY', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
        { m_customerId });
    const qint64 id = createQuote(sampleQuote());
    EXPECT_EQ(QuoteRepository(db()).get(id).value().number, QStringLiteral("Q-2026-0002"));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT last_value FROM document_counters WHERE kind = 'quote'")), 2);
}

TEST_F(QuoteRepositoryTest, PatternWithoutCounterIsRefused)
{
    ASSERT_TRUE(LookupRepository(db()).setSetting(QStringLiteral("quote_number_pattern"), QStringLiteral("Q-{YYYY}")));
    auto id = QuoteRepository(db()).create(sampleQuote());
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().message,
        QStringLiteral("The number pattern \"Q-{YYYY}\" needs exactly one counter such as {####}."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM quotes")), 0);
}

TEST_F(QuoteRepositoryTest, TwoConnectionsCreatingAtOnceGetDistinctNumbers)
{
    constexpr int kPerThread = 15;
    std::atomic<int> failures { 0 };
    auto work = [&] {
        auto book = Database::open(bookPath());
        if (!book) {
            ++failures;
            return;
        }
        QuoteRepository quotes(book.value()->connection());
        for (int i = 0; i < kPerThread; ++i) {
            if (!quotes.create(sampleQuote()))
                ++failures;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(work));
    std::unique_ptr<QThread> b(QThread::create(work));
    a->start();
    b->start();
    a->wait();
    b->wait();
    EXPECT_EQ(failures.load(), 0);
    const QStringList numbers = column(db(), QStringLiteral("SELECT number FROM quotes ORDER BY number"));
    QStringList expected;
    for (int i = 1; i <= 2 * kPerThread; ++i)
        expected << QStringLiteral("Q-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
    EXPECT_EQ(numbers, expected);
}

TEST_F(QuoteRepositoryTest, StoresLinesAndTotals)
{
    Quote quote = sampleQuote();
    quote.discount = 500;
    quote.charges = 3000;
    quote.chargesTaxRate = 1300;
    const qint64 id = createQuote(quote);
    auto stored = QuoteRepository(db()).get(id);
    ASSERT_TRUE(stored.ok()) << stored.error().toString();
    ASSERT_EQ(stored.value().lines.size(), 2);
    EXPECT_EQ(stored.value().lines[0].description, QStringLiteral("Label printer"));
    EXPECT_EQ(stored.value().lines[0].quantity, 2000);
    EXPECT_EQ(stored.value().lines[1].taxRate, 600);
    EXPECT_EQ(stored.value().customerName, QStringLiteral("杭州华鑫科技有限公司"));
    EXPECT_EQ(stored.value().status, QuoteStatus::Draft);
    // 2,598.00 at 13% less 5% = 2,468.10 (+ 30.00 charges) -> tax 324.75; 500.00 at 6% less 5% = 475.00 -> 28.50.
    EXPECT_EQ(stored.value().subtotal, 309800);
    EXPECT_EQ(stored.value().total, 309800 - 15490 + 3000 + 32475 + 2850);
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT position, amount FROM quote_lines ORDER BY position")),
        (QStringList { QStringLiteral("1\t259800"), QStringLiteral("2\t50000") }));
}

TEST_F(QuoteRepositoryTest, ZeroQuantityLeavesTheBookUnchanged)
{
    Quote quote = sampleQuote();
    quote.lines[1].quantity = 0;
    auto id = QuoteRepository(db()).create(quote);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().message, QStringLiteral("Line 2: the quantity must be more than zero."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM quotes")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM document_counters")), 0);
}

TEST_F(QuoteRepositoryTest, EditingASentQuoteMakesTheNextRevision)
{
    QuoteRepository quotes(db());
    const qint64 id = createQuote(sampleQuote());
    // A draft changes in place.
    Quote draft = quotes.get(id).value();
    draft.lines[0].quantity = 3000;
    auto same = quotes.save(draft);
    ASSERT_TRUE(same.ok()) << same.error().toString();
    EXPECT_EQ(same.value(), id);
    ASSERT_TRUE(quotes.markSent(id));

    Quote sent = quotes.get(id).value();
    sent.lines[0].quantity = 5000;
    auto second = quotes.save(sent);
    ASSERT_TRUE(second.ok()) << second.error().toString();
    EXPECT_NE(second.value(), id);
    Quote revision2 = quotes.get(second.value()).value();
    EXPECT_EQ(revision2.number, QStringLiteral("Q-2026-0001"));
    EXPECT_EQ(revision2.revision, 2);
    EXPECT_EQ(revision2.status, QuoteStatus::Draft);
    EXPECT_EQ(revision2.lines[0].quantity, 5000);
    // Revision 1 stays as it was sent.
    Quote revision1 = quotes.get(id).value();
    EXPECT_TRUE(revision1.superseded);
    EXPECT_EQ(revision1.status, QuoteStatus::Sent);
    EXPECT_EQ(revision1.lines[0].quantity, 3000);
    auto all = quotes.revisions(QStringLiteral("Q-2026-0001"));
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value().size(), 2);
    EXPECT_EQ(all.value()[0].revision, 1);
    EXPECT_EQ(all.value()[1].revision, 2);
    // The list shows the newest revision only; the old one can no longer change.
    auto listed = quotes.list();
    ASSERT_EQ(listed.value().size(), 1);
    EXPECT_EQ(listed.value()[0].id, second.value());
    auto refused = quotes.save(revision1);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
        QStringLiteral("Quote Q-2026-0001 revision 1 was replaced by a later revision and cannot be changed."));
}

TEST_F(QuoteRepositoryTest, AcceptingMakesAnOrderWithTheLinesAndCosts)
{
    QuoteRepository quotes(db());
    const qint64 id = createQuote(sampleQuote());
    ASSERT_TRUE(quotes.markSent(id));
    auto orderId = quotes.accept(id, QDate(2026, 3, 10), QStringLiteral("online"));
    ASSERT_TRUE(orderId.ok()) << orderId.error().toString();
    EXPECT_EQ(quotes.get(id).value().status, QuoteStatus::Accepted);

    auto order = OrderRepository(db()).get(orderId.value());
    ASSERT_TRUE(order.ok()) << order.error().toString();
    EXPECT_EQ(order.value().number, QStringLiteral("SO-2026-0001"));
    EXPECT_EQ(order.value().quoteNumber, QStringLiteral("Q-2026-0001"));
    EXPECT_EQ(order.value().customerId, m_customerId);
    EXPECT_EQ(order.value().date, QDate(2026, 3, 10));
    EXPECT_EQ(order.value().channel, QStringLiteral("online"));
    EXPECT_EQ(order.value().subtotal, 309800);
    EXPECT_EQ(order.value().tax, 33774 + 3000);
    EXPECT_EQ(order.value().total, 309800 + 36774);
    EXPECT_EQ(order.value().cost, 160000);
    ASSERT_EQ(order.value().lines.size(), 2);
    EXPECT_EQ(order.value().lines[0].amount, 259800);
    EXPECT_EQ(order.value().lines[0].cost, 160000);
    EXPECT_EQ(order.value().lines[1].description, QStringLiteral("Installation"));

    // Accepted once: no second order, and no more changes.
    auto again = quotes.accept(id, QDate(2026, 3, 11));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, QStringLiteral("Quote Q-2026-0001 is accepted and cannot become accepted."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 1);
    EXPECT_FALSE(quotes.save(quotes.get(id).value()).ok());
}

TEST_F(QuoteRepositoryTest, RejectedQuoteIsNotAccepted)
{
    QuoteRepository quotes(db());
    const qint64 id = createQuote(sampleQuote());
    ASSERT_TRUE(quotes.reject(id));
    auto order = quotes.accept(id, QDate(2026, 3, 10));
    ASSERT_FALSE(order.ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 0);
    EXPECT_EQ(quotes.get(id).value().status, QuoteStatus::Rejected);
}

TEST_F(QuoteRepositoryTest, SentQuotesPastTheirValidityExpire)
{
    QuoteRepository quotes(db());
    const qint64 sent = createQuote(sampleQuote());
    const qint64 draft = createQuote(sampleQuote());
    ASSERT_TRUE(quotes.markSent(sent));
    auto none = quotes.expireOverdue(QDate(2026, 4, 1));
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none.value(), 0);
    auto one = quotes.expireOverdue(QDate(2026, 4, 2));
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one.value(), 1);
    EXPECT_EQ(quotes.get(sent).value().status, QuoteStatus::Expired);
    EXPECT_EQ(quotes.get(draft).value().status, QuoteStatus::Draft);
}

TEST_F(QuoteRepositoryTest, DuplicateIsANewDraftDatedToday)
{
    QuoteRepository quotes(db());
    const qint64 id = createQuote(sampleQuote());
    ASSERT_TRUE(quotes.markSent(id));
    auto copy = quotes.duplicate(id, QDate(2026, 5, 4));
    ASSERT_TRUE(copy.ok()) << copy.error().toString();
    const Quote duplicate = quotes.get(copy.value()).value();
    EXPECT_EQ(duplicate.number, QStringLiteral("Q-2026-0002"));
    EXPECT_EQ(duplicate.status, QuoteStatus::Draft);
    EXPECT_EQ(duplicate.date, QDate(2026, 5, 4));
    EXPECT_EQ(duplicate.validUntil, QDate(2026, 6, 3));
    EXPECT_EQ(duplicate.lines.size(), 2);
    EXPECT_EQ(duplicate.subtotal, 309800);
}

TEST_F(QuoteRepositoryTest, FiltersPipelineAndWinRate)
{
    QuoteRepository quotes(db());
    const qint64 a = createQuote(sampleQuote());
    const qint64 b = createQuote(sampleQuote());
    Quote april = sampleQuote();
    april.date = QDate(2026, 4, 3);
    april.validUntil = QDate(2026, 5, 3);
    const qint64 c = createQuote(april);
    ASSERT_TRUE(quotes.accept(a, QDate(2026, 3, 5)).ok());
    ASSERT_TRUE(quotes.reject(b));
    ASSERT_TRUE(quotes.markSent(c));

    QuoteFilter filter;
    filter.status = QuoteStatus::Sent;
    EXPECT_EQ(quotes.list(filter).value().size(), 1);
    filter.status.reset();
    filter.from = QDate(2026, 4, 1);
    ASSERT_EQ(quotes.list(filter).value().size(), 1);
    EXPECT_EQ(quotes.list(filter).value()[0].id, c);
    filter = {};
    filter.search = QStringLiteral("0002");
    ASSERT_EQ(quotes.list(filter).value().size(), 1);
    EXPECT_EQ(quotes.list(filter).value()[0].id, b);

    auto pipeline = quotes.pipeline();
    ASSERT_TRUE(pipeline.ok());
    ASSERT_EQ(pipeline.value().size(), 3);
    EXPECT_EQ(pipeline.value()[0].status, QuoteStatus::Accepted);
    EXPECT_EQ(pipeline.value()[0].count, 1);
    EXPECT_EQ(pipeline.value()[0].total, 346574);

    auto winRate = quotes.winRateByMonth(QDate(2026, 1, 1));
    ASSERT_TRUE(winRate.ok());
    ASSERT_EQ(winRate.value().size(), 2);
    EXPECT_EQ(winRate.value()[0].month, QStringLiteral("2026-03"));
    EXPECT_EQ(winRate.value()[0].won, 1);
    EXPECT_EQ(winRate.value()[0].lost, 1);
    EXPECT_EQ(winRate.value()[1].won, 0);
}

TEST_F(QuoteRepositoryTest, OrdersOfACustomerInTheTrashAreHiddenNotDeleted)
{
    QuoteRepository quotes(db());
    const qint64 id = createQuote(sampleQuote());
    ASSERT_TRUE(quotes.accept(id, QDate(2026, 3, 5)).ok());
    EXPECT_EQ(OrderRepository(db()).list().value().size(), 1);
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ m_customerId }));
    EXPECT_EQ(OrderRepository(db()).list().value().size(), 0);
    EXPECT_EQ(quotes.list().value().size(), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 1);
    ASSERT_TRUE(CustomerRepository(db()).restore({ m_customerId }));
    EXPECT_EQ(OrderRepository(db()).list().value().size(), 1);
}

TEST_F(QuoteRepositoryTest, ProductsAreSavedAndCodesAreUnique)
{
    ProductRepository products(db());
    Product product;
    product.code = QStringLiteral("LP-200");
    product.name = QStringLiteral("Label printer 标签打印机");
    product.unit = QStringLiteral("pc");
    product.unitPrice = 129900;
    product.costPrice = 80000;
    product.taxRate = 1300;
    product.category = QStringLiteral("Hardware");
    auto id = products.save(product);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    Product copy = product;
    copy.name = QStringLiteral("Another");
    auto clash = products.save(copy);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().field, QStringLiteral("code"));
    EXPECT_EQ(
        clash.error().message, QStringLiteral("The code LP-200 is already used by \"Label printer 标签打印机\"."));
    Product stored = products.get(id.value()).value();
    stored.unitPrice = 119900;
    ASSERT_TRUE(products.save(stored).ok());
    EXPECT_EQ(products.get(id.value()).value().unitPrice, 119900);
    ASSERT_TRUE(products.setActive(id.value(), false));
    EXPECT_EQ(products.list({}, false).value().size(), 0);
    EXPECT_EQ(products.list(QStringLiteral("label")).value().size(), 1);
    EXPECT_EQ(products.list(QStringLiteral("hardw")).value().size(), 1);
    Product unnamed;
    EXPECT_EQ(products.save(unnamed).error().field, QStringLiteral("name"));
}

} // namespace

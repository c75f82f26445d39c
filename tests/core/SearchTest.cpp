#include "TestSupport.h"

#include "search/NameOrder.h"

#include "domain/CustomerQuery.h"
#include "repo/BulkCustomerWriter.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "search/SearchText.h"
#include "search/SqliteSearchIndex.h"

#include <algorithm>

using namespace TestSql;

namespace {

// In the list's name order (pinyin: search/NameOrder), then as written.
QStringList sorted(QStringList names)
{
    const NameOrder order(NameOrder::Kind::Pinyin);
    std::stable_sort(names.begin(), names.end(),
        [&order](const QString &a, const QString &b) { return order.key(a) < order.key(b); });
    return names;
}

// Names of every customer the list shows for `search`, all pages, in list order.
QStringList searchNames(const QSqlDatabase &db, const QString &search, bool trash = false, int limit = 50)
{
    CustomerRepository repository(db);
    CustomerQuery query;
    query.search = search;
    query.trash = trash;
    QStringList names;
    std::optional<CustomerRow> after;
    for (int pages = 0; pages < 1000; ++pages) {
        auto page = repository.page(query, after, limit);
        EXPECT_TRUE(page.ok()) << page.error().toString();
        if (!page.ok())
            break;
        for (const CustomerRow &row : page.value())
            names << row.name;
        if (page.value().size() < limit)
            break;
        after = page.value().last();
    }
    return names;
}

class SearchTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        add(QStringLiteral("北京华为技术有限公司"));
        add(QStringLiteral("华为终端有限公司"));
        add(QStringLiteral("王伟芳"), CustomerKind::Individual);
        m_wangFang = add(QStringLiteral("王芳"), CustomerKind::Individual);
        add(QStringLiteral("Acme Trading Co."), CustomerKind::Company, {},
            { QStringLiteral("sales@acme-trading.com") });
        m_xingchen
            = add(QStringLiteral("上海星辰贸易有限公司"), CustomerKind::Company, { QStringLiteral("138 0013 8000") });
        add(QStringLiteral("Zhang Wei"), CustomerKind::Individual, { QStringLiteral("(415) 555-2671") });

        Contact contact;
        contact.customerId = m_xingchen;
        contact.name = QStringLiteral("李娜");
        contact.title = QStringLiteral("采购经理");
        contact.phones = { QStringLiteral("139 8765 4321") };
        contact.email = QStringLiteral("lina@xingchen.cn");
        auto contactId = ContactRepository(db()).create(contact);
        ASSERT_TRUE(contactId.ok()) << contactId.error().toString();
        m_lina = contactId.value();
    }

    qint64 add(const QString &name, CustomerKind kind = CustomerKind::Company, const QStringList &phones = {},
        const QStringList &emails = {})
    {
        Customer customer;
        customer.name = name;
        customer.kind = kind;
        customer.phones = phones;
        customer.emails = emails;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.ok() ? id.value() : 0;
    }

    qint64 m_wangFang = 0;
    qint64 m_xingchen = 0;
    qint64 m_lina = 0;
};

struct SearchCase
{
    const char *label;
    const char *query;
    QStringList names; // every customer the query must find, no others
};

void PrintTo(const SearchCase &c, std::ostream *os)
{
    *os << c.label << " (" << c.query << ")";
}

class SearchTableTest : public SearchTest, public ::testing::WithParamInterface<SearchCase>
{
};

TEST_P(SearchTableTest, FindsExactlyTheseCustomers)
{
    const SearchCase &c = GetParam();
    EXPECT_EQ(searchNames(db(), QString::fromUtf8(c.query)), sorted(c.names));
}

const QString kBeijingHuawei = QStringLiteral("北京华为技术有限公司");
const QString kHuaweiDevice = QStringLiteral("华为终端有限公司");
const QString kWangWeifang = QStringLiteral("王伟芳");
const QString kWangFang = QStringLiteral("王芳");
const QString kAcme = QStringLiteral("Acme Trading Co.");
const QString kXingchen = QStringLiteral("上海星辰贸易有限公司");
const QString kZhangWei = QStringLiteral("Zhang Wei");

INSTANTIATE_TEST_SUITE_P(Queries, SearchTableTest,
    ::testing::Values(SearchCase { "TwoChineseCharacters", "华为", { kBeijingHuawei, kHuaweiDevice } },
        SearchCase { "GivenName", "伟芳", { kWangWeifang } },
        SearchCase { "OneCharacterSurname", "王", { kWangWeifang, kWangFang } },
        SearchCase { "FullName", "王芳", { kWangFang } },
        SearchCase { "LegalForm", "有限公司", { kBeijingHuawei, kHuaweiDevice, kXingchen } },
        SearchCase { "ThreeChineseCharacters", "华为终", { kHuaweiDevice } },
        SearchCase { "LatinLowerCase", "acme", { kAcme } },
        SearchCase { "LatinUpperCaseAcrossWords", "CME TRA", { kAcme } },
        SearchCase { "FullWidthLatin", "ＡＣＭＥ", { kAcme } },
        // "ng" is in "Trading", "Zhang" and in the contact's email "lina@xingchen.cn".
        SearchCase { "TwoLatinLetters", "ng", { kAcme, kZhangWei, kXingchen } },
        SearchCase { "SurroundingSpaces", "  华为  ", { kBeijingHuawei, kHuaweiDevice } },
        SearchCase { "ContactName", "李娜", { kXingchen } }, SearchCase { "PhoneFragment", "0013 8000", { kXingchen } },
        SearchCase { "PhoneWithCountryCode", "+86 138 0013", { kXingchen } },
        SearchCase { "PhoneWithDashes", "138-0013-8000", { kXingchen } },
        SearchCase { "PhoneE164", "+8613800138000", { kXingchen } },
        SearchCase { "ContactPhone", "8765 4321", { kXingchen } }, SearchCase { "UsPhone", "(415) 555", { kZhangWei } },
        SearchCase { "ContactEmailFragment", "lina@xingchen", { kXingchen } },
        SearchCase { "CustomerEmailFragment", "acme-trading.com", { kAcme } },
        SearchCase { "NoMatchChinese", "不存在的公司", {} }, SearchCase { "NoMatchTwoCharacters", "腾讯", {} },
        SearchCase { "NoMatchLatin", "globex", {} }, SearchCase { "NoMatchPhone", "999 9999", {} },
        // The parts of the search text are kept apart: a name's end and an email's start do not join up.
        SearchCase { "NoMatchAcrossParts", "co. sales", {} }),
    [](const ::testing::TestParamInfo<SearchCase> &info) { return std::string(info.param.label); });

TEST_F(SearchTest, SearchResultsPageByKeyset)
{
    // One row per page: each page continues after the previous one, through the index and through a scan.
    EXPECT_EQ(
        searchNames(db(), QStringLiteral("有限公司"), false, 1), sorted({ kBeijingHuawei, kHuaweiDevice, kXingchen }));
    EXPECT_EQ(searchNames(db(), QStringLiteral("华为"), false, 1), sorted({ kBeijingHuawei, kHuaweiDevice }));
    EXPECT_EQ(searchNames(db(), QStringLiteral("王"), false, 1), sorted({ kWangWeifang, kWangFang }));
}

TEST_F(SearchTest, ANumberWithAnExtensionIsFoundByEitherPart)
{
    Customer desk;
    desk.name = QStringLiteral("总机分机公司");
    desk.phones << QStringLiteral("020 8356 1234 ext. 6029");
    ASSERT_TRUE(CustomerRepository(db()).create(desk).ok());
    EXPECT_EQ(searchNames(db(), QStringLiteral("8356 1234")), QStringList { desk.name });
    EXPECT_EQ(searchNames(db(), QStringLiteral("020-83561234")), QStringList { desk.name });
    EXPECT_EQ(searchNames(db(), QStringLiteral("6029")), QStringList { desk.name });
}

TEST_F(SearchTest, EmptySearchListsEveryone)
{
    EXPECT_EQ(searchNames(db(), QString()).size(), 7);
    EXPECT_EQ(searchNames(db(), QStringLiteral("   ")).size(), 7);
}

TEST_F(SearchTest, AfterRenameTheOldNameIsGoneAndTheNewOneFound)
{
    CustomerRepository repository(db());
    auto customer = repository.find(m_wangFang);
    ASSERT_TRUE(customer.ok());
    Customer renamed = customer.value();
    renamed.name = QStringLiteral("赵敏");
    ASSERT_TRUE(repository.update(renamed).ok());

    EXPECT_EQ(searchNames(db(), QStringLiteral("王芳")), QStringList());
    EXPECT_EQ(searchNames(db(), QStringLiteral("王")), QStringList { kWangWeifang });
    EXPECT_EQ(searchNames(db(), QStringLiteral("赵敏")), QStringList { QStringLiteral("赵敏") });
    EXPECT_EQ(searchNames(db(), QStringLiteral("敏")), QStringList { QStringLiteral("赵敏") });
}

// The rows of one FTS5 table that match a quoted gram: what the index itself holds, before any check on the text.
QList<qint64> indexed(const QSqlDatabase &db, const QString &table, const QString &gram)
{
    return ids(db, QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid").arg(table),
        { QLatin1Char('"') + gram + QLatin1Char('"') });
}

TEST_F(SearchTest, IndexForgetsTheOldText)
{
    const QString bigram = QStringLiteral("customer_search_bigram");
    const QString trigram = QStringLiteral("customer_search_trigram");
    ASSERT_EQ(indexed(db(), bigram, QStringLiteral("王芳")), QList<qint64> { m_wangFang });
    CustomerRepository repository(db());
    Customer renamed = repository.find(m_wangFang).value();
    renamed.name = QStringLiteral("赵敏");
    ASSERT_TRUE(repository.update(renamed).ok());
    EXPECT_EQ(indexed(db(), bigram, QStringLiteral("王芳")), QList<qint64>());
    EXPECT_EQ(indexed(db(), bigram, QStringLiteral("赵敏")), QList<qint64> { m_wangFang });

    ASSERT_EQ(indexed(db(), trigram, QStringLiteral("李娜 ")), QList<qint64> { m_xingchen });
    ASSERT_EQ(indexed(db(), trigram, QStringLiteral("ngc")), QList<qint64> { m_xingchen });
    ASSERT_EQ(indexed(db(), bigram, QStringLiteral("李娜")), QList<qint64> { m_xingchen });
    ASSERT_TRUE(ContactRepository(db()).remove(m_lina).ok());
    EXPECT_EQ(indexed(db(), trigram, QStringLiteral("李娜 ")), QList<qint64>());
    EXPECT_EQ(indexed(db(), trigram, QStringLiteral("ngc")), QList<qint64>());
    EXPECT_EQ(indexed(db(), bigram, QStringLiteral("李娜")), QList<qint64>());
    EXPECT_EQ(indexed(db(), bigram, QStringLiteral("星辰")), QList<qint64> { m_xingchen });

    // FTS5's own check of the trigram index (external content: customers.search_text).
    QSqlQuery check(db());
    EXPECT_TRUE(check.exec(QStringLiteral("INSERT INTO customer_search_trigram (customer_search_trigram) "
                                          "VALUES ('integrity-check')")))
        << check.lastError().text();
}

TEST_F(SearchTest, RemovedContactNoLongerFindsTheCustomer)
{
    ASSERT_EQ(searchNames(db(), QStringLiteral("李娜")), QStringList { kXingchen });
    ASSERT_TRUE(ContactRepository(db()).remove(m_lina).ok());
    EXPECT_EQ(searchNames(db(), QStringLiteral("李娜")), QStringList());
    EXPECT_EQ(searchNames(db(), QStringLiteral("lina@xingchen")), QStringList());
    EXPECT_EQ(searchNames(db(), QStringLiteral("8765 4321")), QStringList());
    // The customer's own data still finds it.
    EXPECT_EQ(searchNames(db(), QStringLiteral("0013 8000")), QStringList { kXingchen });
    EXPECT_EQ(searchNames(db(), QStringLiteral("星辰")), QStringList { kXingchen });
}

TEST_F(SearchTest, RenamedContactIsFoundByTheNewName)
{
    auto contacts = ContactRepository(db()).forCustomer(m_xingchen);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts.value().size(), 1);
    Contact contact = contacts.value().first();
    contact.name = QStringLiteral("李静");
    ASSERT_TRUE(ContactRepository(db()).update(contact).ok());
    EXPECT_EQ(searchNames(db(), QStringLiteral("李娜")), QStringList());
    EXPECT_EQ(searchNames(db(), QStringLiteral("李静")), QStringList { kXingchen });
    // Its phone and email were written again with it.
    EXPECT_EQ(searchNames(db(), QStringLiteral("lina@xingchen")), QStringList { kXingchen });
}

TEST_F(SearchTest, TrashedCustomersAreSearchedInTheTrashOnly)
{
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ m_xingchen }).ok());
    EXPECT_EQ(searchNames(db(), QStringLiteral("有限公司")), sorted({ kBeijingHuawei, kHuaweiDevice }));
    EXPECT_EQ(searchNames(db(), QStringLiteral("李娜")), QStringList());
    EXPECT_EQ(searchNames(db(), QStringLiteral("李娜"), true), QStringList { kXingchen });
    EXPECT_EQ(searchNames(db(), QStringLiteral("华为"), true), QStringList());
}

TEST_F(SearchTest, PurgedCustomerLeavesTheIndex)
{
    CustomerRepository repository(db());
    ASSERT_TRUE(repository.moveToTrash({ m_xingchen }).ok());
    ASSERT_TRUE(repository.purge({ m_xingchen }).ok());
    EXPECT_EQ(searchNames(db(), QStringLiteral("李娜"), true), QStringList());
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM customer_search_bigram WHERE customer_search_bigram "
                                 "MATCH '\"星辰\"'")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM customer_search_trigram WHERE "
                                 "customer_search_trigram MATCH '\"星辰贸\"'")),
        0);
}

TEST_F(SearchTest, IndexSurvivesReopening)
{
    m_book.reset();
    auto book = openBook(bookPath());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    m_book = std::move(book).value();
    EXPECT_EQ(searchNames(db(), QStringLiteral("华为")), sorted({ kBeijingHuawei, kHuaweiDevice }));
    EXPECT_EQ(searchNames(db(), QStringLiteral("李娜")), QStringList { kXingchen });
    EXPECT_EQ(searchNames(db(), QStringLiteral("CME TRA")), QStringList { kAcme });
}

TEST_F(SearchTest, BookIndexedByAnOlderFormatIsIndexedAgainOnOpen)
{
    // A book whose short-query table was built before single characters were indexed.
    run(db(), QStringLiteral("INSERT INTO customer_search_bigram (customer_search_bigram) VALUES ('delete-all')"));
    run(db(), QStringLiteral("DELETE FROM book_settings WHERE key = 'search_index_format'"));
    EXPECT_EQ(searchNames(db(), QStringLiteral("华为")), QStringList());
    reopen();
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT value FROM book_settings WHERE key = 'search_index_format'")).toInt(),
        2);
    EXPECT_EQ(searchNames(db(), QStringLiteral("华为")), sorted({ kBeijingHuawei, kHuaweiDevice }));
    EXPECT_EQ(searchNames(db(), QStringLiteral("芳")), sorted({ kWangWeifang, kWangFang }));
}

TEST_F(SearchTest, ContainsFunctionAgreesWithInstr)
{
    // clientele_contains() is registered where the driver's SQLite is the one this program links (Debian).
    QSqlQuery probe(db());
    if (!probe.exec(QStringLiteral("SELECT clientele_contains('北京华为技术', '华为')")) || !probe.next())
        GTEST_SKIP() << "clientele_contains() is not available with this Qt SQLite driver";
    EXPECT_EQ(probe.value(0).toInt(), 1);
    const QStringList parts { QStringLiteral("华为"), QStringLiteral("为技"), QStringLiteral("京华为技术x"),
        QStringLiteral("acme"), QStringLiteral("trading co."), QStringLiteral("8000"), QStringLiteral("") };
    for (const QString &part : parts) {
        EXPECT_EQ(count(db(),
                      QStringLiteral("SELECT count(*) FROM customers WHERE clientele_contains(search_text, ?)"),
                      { part }),
            count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE instr(search_text, ?) > 0"), { part }))
            << part;
    }
}

TEST_F(SearchTest, SearchCandidatesHonoursTheLimit)
{
    auto rows = CustomerRepository(db()).searchCandidates(QStringLiteral("有限公司"), 2);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    EXPECT_EQ(rows.value()[0].name, sorted({ kBeijingHuawei, kHuaweiDevice, kXingchen })[0]);
    EXPECT_EQ(rows.value()[1].name, sorted({ kBeijingHuawei, kHuaweiDevice, kXingchen })[1]);
}

// ---- Text folding and grams ----

TEST(SearchText, FoldsWidthCaseAndSpaces)
{
    EXPECT_EQ(SearchText::fold(QStringLiteral("  ＡＢＣ  Def\t有限 ")), QStringLiteral("abc def 有限"));
    EXPECT_EQ(SearchText::phoneDigits(QStringLiteral("+86 138-0013 8000")), QStringLiteral("8613800138000"));
    EXPECT_EQ(SearchText::phoneDigits(QStringLiteral("(415) 555-2671")), QStringLiteral("4155552671"));
    EXPECT_EQ(SearchText::phoneDigits(QStringLiteral("Room 101")), QString());
    EXPECT_EQ(SearchText::phoneSearchText(QStringLiteral("138 0013 8000"), QStringLiteral("+8613800138000")),
        QStringLiteral("8613800138000"));
    // A number with an extension is found by the number and by the extension (found by a review: by neither).
    EXPECT_EQ(SearchText::phoneSearchText(
                  QStringLiteral("020 8356 1234 ext. 8001"), QStringLiteral("+862083561234;ext=8001")),
        QStringLiteral("02083561234 862083561234 8001"));
    EXPECT_EQ(SearchText::bigrams(QStringLiteral("王伟芳")),
        (QStringList { QStringLiteral("王伟"), QStringLiteral("伟芳") }));
    EXPECT_EQ(SearchText::bigrams(QStringLiteral("a b")), QStringList());
    EXPECT_EQ(
        SearchText::trigrams(QStringLiteral("abcd")), (QStringList { QStringLiteral("abc"), QStringLiteral("bcd") }));
    EXPECT_EQ(SearchText::characterCount(QStringLiteral("有限")), 2);
}

// ---- A book where one query matches more rows than the sparse limit: the scan path. ----

class DenseSearchTest : public BookTest
{
protected:
    // More rows match "有限" than the index hands out as candidates, so such a query scans the list in order.
    static constexpr int kDense = SqliteSearchIndex::kSparseLimit + 100;

    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        const QStringList cities { QStringLiteral("深圳"), QStringLiteral("北京"), QStringLiteral("上海"),
            QStringLiteral("杭州"), QStringLiteral("成都") };
        BulkCustomerWriter writer(db());
        // Every phone here is a Chinese mobile: skip libphonenumber, as the demo generator does.
        writer.setPhoneNormalizer([](const QString &phone) { return QStringLiteral("+86") + phone; });
        ASSERT_TRUE(writer.begin().ok());
        for (int i = 0; i < kDense; ++i) {
            Customer customer;
            // Not in name order by id, so that the list order is not the insertion order.
            const int n = (i * 7919) % kDense;
            customer.name
                = QStringLiteral("%1%2贸易有限公司").arg(cities[n % cities.size()]).arg(n, 5, 10, QLatin1Char('0'));
            customer.phones = { QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')) };
            auto id = writer.add(customer, {}, {});
            ASSERT_TRUE(id.ok()) << id.error().toString();
        }
        for (const QString &name : m_rare) {
            Customer customer;
            customer.name = name;
            ASSERT_TRUE(writer.add(customer, {}, {}).ok());
        }
        ASSERT_TRUE(writer.commit().ok());
    }

    QStringList firstPage(const QString &search, int limit)
    {
        CustomerQuery query;
        query.search = search;
        auto page = CustomerRepository(db()).page(query, std::nullopt, limit);
        EXPECT_TRUE(page.ok()) << page.error().toString();
        QStringList names;
        if (page.ok()) {
            for (const CustomerRow &row : page.value())
                names << row.name;
        }
        return names;
    }

    const QStringList m_rare { QStringLiteral("包头稀土有限公司"), QStringLiteral("赣州稀土集团"),
        QStringLiteral("稀土研究所") };
};

TEST_F(DenseSearchTest, DenseQueryGivesAFullFirstPageInNameOrder)
{
    const QStringList expected = column(db(),
        QStringLiteral("SELECT name FROM customers WHERE deleted_at IS NULL "
                       "AND instr(name, '有限') > 0 ORDER BY sort_key, id LIMIT 50"));
    ASSERT_EQ(expected.size(), 50);
    EXPECT_EQ(firstPage(QStringLiteral("有限"), 50), expected);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE instr(name, '有限') > 0")), kDense + 1);
}

TEST_F(DenseSearchTest, DenseQueryPagesThroughEveryMatch)
{
    const QStringList expected = column(db(),
        QStringLiteral("SELECT name FROM customers WHERE deleted_at IS NULL "
                       "AND instr(name, '有限公') > 0 ORDER BY sort_key, id"));
    ASSERT_EQ(expected.size(), kDense + 1);
    EXPECT_EQ(searchNames(db(), QStringLiteral("有限公"), false, 1000), expected);
}

TEST_F(DenseSearchTest, RareTwoCharacterQueryFindsExactlyTheRareOnes)
{
    EXPECT_EQ(firstPage(QStringLiteral("稀土"), 50), sorted(m_rare));
    EXPECT_EQ(firstPage(QStringLiteral("稀土研"), 50), QStringList { QStringLiteral("稀土研究所") });
    EXPECT_EQ(firstPage(QStringLiteral("深圳00005"), 50), QStringList { QStringLiteral("深圳00005贸易有限公司") });
    EXPECT_EQ(firstPage(QStringLiteral("火星"), 50), QStringList());
}

TEST_F(DenseSearchTest, SingleChineseCharacterIsLookedUpNotScanned)
{
    // Single Han characters are tokens of their own in the short-query table.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM customer_search_bigram WHERE customer_search_bigram "
                                 "MATCH '\"稀\"'")),
        3);
    EXPECT_EQ(firstPage(QStringLiteral("稀"), 50), sorted(m_rare));
    EXPECT_EQ(firstPage(QStringLiteral("龘"), 50), QStringList());
    const QStringList expected = column(
        db(), QStringLiteral("SELECT name FROM customers WHERE instr(name, '贸') > 0 ORDER BY sort_key, id LIMIT 50"));
    ASSERT_EQ(expected.size(), 50);
    EXPECT_EQ(firstPage(QStringLiteral("贸"), 50), expected);
}

TEST_F(DenseSearchTest, BulkWriterFilledTheSearchIndex)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE search_text <> ''")), kDense + 3);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM customer_search_bigram WHERE customer_search_bigram "
                                 "MATCH '\"稀土\"'")),
        3);
    EXPECT_EQ(firstPage(QStringLiteral("138 0000 0007"), 50).size(), 1);
}

} // namespace

#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "privacy/Eraser.h"
#include "repo/CustomerRepository.h"
#include "search/NameOrder.h"

using namespace TestSql;

namespace {

// Names as a Chinese office would sort them: Latin ones alphabetically whatever their case, then Chinese ones by
// pinyin (Beijing, Guangzhou, Hangzhou, Shanghai, Shenzhen); by their bytes 上海 came first.
const QStringList kShuffled { QStringLiteral("深圳新源电子有限公司"), QStringLiteral("Zebra Foods"),
    QStringLiteral("上海星辰贸易有限公司"), QStringLiteral("apple Works"), QStringLiteral("杭州恒泰机械有限公司"),
    QStringLiteral("北京华为技术有限公司"), QStringLiteral("Banana Co."), QStringLiteral("广州天河商贸有限公司") };
const QStringList kPinyin { QStringLiteral("apple Works"), QStringLiteral("Banana Co."), QStringLiteral("Zebra Foods"),
    QStringLiteral("北京华为技术有限公司"), QStringLiteral("广州天河商贸有限公司"),
    QStringLiteral("杭州恒泰机械有限公司"), QStringLiteral("上海星辰贸易有限公司"),
    QStringLiteral("深圳新源电子有限公司") };

class NameOrderTest : public BookTest
{
protected:
    QList<qint64> create(const QStringList &names)
    {
        QList<qint64> ids;
        for (const QString &name : names) {
            Customer customer;
            customer.name = name;
            ids << CustomerRepository(db()).create(customer).value_or(0);
        }
        return ids;
    }
    // The list's first page, as the window shows it.
    QStringList listed(Qt::SortOrder order = Qt::AscendingOrder)
    {
        CustomerQuery query;
        query.order = order;
        QStringList names;
        std::optional<CustomerRow> after;
        for (;;) {
            auto page = CustomerRepository(db()).page(query, after, 3); // small pages: the keyset is crossed
            EXPECT_TRUE(page.ok()) << page.error().toString();
            if (!page.ok() || page.value().isEmpty())
                break;
            for (const CustomerRow &row : page.value())
                names << row.name;
            after = page.value().last();
        }
        return names;
    }
};

} // namespace

TEST_F(NameOrderTest, TheListSortsNamesByPinyinAndPagesThroughThem)
{
    create(kShuffled);
    EXPECT_EQ(listed(), kPinyin);
    QStringList reversed = kPinyin;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(listed(Qt::DescendingOrder), reversed);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT value FROM book_settings WHERE key = 'name_order'")).toString(),
        QStringLiteral("pinyin"));
}

TEST_F(NameOrderTest, ARenamedCustomerMovesToItsNewPlace)
{
    const QList<qint64> ids = create(kShuffled);
    Customer renamed = CustomerRepository(db()).find(ids[1]).value(); // Zebra Foods
    renamed.name = QStringLiteral("阿里巴巴网络技术有限公司"); // a (ā): first of the Chinese names
    ASSERT_TRUE(CustomerRepository(db()).update(renamed).ok());
    const QStringList names = listed();
    EXPECT_EQ(names.indexOf(QStringLiteral("阿里巴巴网络技术有限公司")), 2)
        << names.join(QLatin1Char(' ')).toStdString();
}

// Taiwan and Hong Kong sort by stroke count: 丁 (2 strokes) before 王 (4) before 林 (8) before 謝 (17).
TEST_F(NameOrderTest, ABookCanSortByStrokeCountAndItsKeysAreMadeAgain)
{
    create({ QStringLiteral("謝宜君"), QStringLiteral("林美華"), QStringLiteral("丁小雨"), QStringLiteral("王大明") });
    ASSERT_TRUE(NameOrder::change(db(), NameOrder::Kind::Stroke).ok());
    EXPECT_EQ(listed(),
        (QStringList {
            QStringLiteral("丁小雨"), QStringLiteral("王大明"), QStringLiteral("林美華"), QStringLiteral("謝宜君") }));
    reopen(); // the choice is the book's, and its keys stay made
    EXPECT_EQ(listed().first(), QStringLiteral("丁小雨"));
    ASSERT_TRUE(NameOrder::change(db(), NameOrder::Kind::Pinyin).ok()); // dīng, lín, wáng, xiè
    EXPECT_EQ(listed(),
        (QStringList {
            QStringLiteral("丁小雨"), QStringLiteral("林美華"), QStringLiteral("王大明"), QStringLiteral("謝宜君") }));
}

// ICU reads each character one way; a surname or a city at the start of a name is read as people say it.
TEST_F(NameOrderTest, SurnamesAndCitiesAreSortedAsTheyAreSaid)
{
    const auto person = [this](const QString &name) {
        Customer customer;
        customer.kind = CustomerKind::Individual;
        customer.name = name;
        return CustomerRepository(db()).create(customer).value_or(0);
    };
    person(QStringLiteral("曾志伟")); // zēng, not céng
    person(QStringLiteral("蔡明")); // cài
    person(QStringLiteral("单田芳")); // shàn, not dān
    person(QStringLiteral("邓超")); // dèng
    person(QStringLiteral("解缙")); // xiè, not jiě
    person(QStringLiteral("翟天临")); // zhái, not dí
    create({ QStringLiteral("长沙银行"), QStringLiteral("厦门航空"), QStringLiteral("成都商贸"),
        QStringLiteral("张记餐厅"), QStringLiteral("曾记粥铺") });
    // cài, céng (a company's 曾, read as written), cháng, chéng, dèng, shàn, xià, xiè, zēng, zhái, zhāng
    EXPECT_EQ(listed(),
        (QStringList { QStringLiteral("蔡明"), QStringLiteral("曾记粥铺"), QStringLiteral("长沙银行"),
            QStringLiteral("成都商贸"), QStringLiteral("邓超"), QStringLiteral("单田芳"), QStringLiteral("厦门航空"),
            QStringLiteral("解缙"), QStringLiteral("曾志伟"), QStringLiteral("翟天临"), QStringLiteral("张记餐厅") }));
    // Stroke order counts the characters as written.
    ASSERT_TRUE(NameOrder::change(db(), NameOrder::Kind::Stroke).ok());
    EXPECT_EQ(NameOrder(NameOrder::Kind::Stroke).key(QStringLiteral("曾志伟"), NameOrder::Holder::Person),
        NameOrder(NameOrder::Kind::Stroke).key(QStringLiteral("曾志伟")));
}

// A book of the format before (no keys) gets them when it is opened; keys of another ICU version are made again.
TEST_F(NameOrderTest, KeysMissingOrOfAnotherVersionAreMadeWhenTheBookOpens)
{
    create(kShuffled);
    run(db(), QStringLiteral("UPDATE customers SET sort_key = NULL"));
    run(db(), QStringLiteral("UPDATE book_settings SET value = 'pinyin 0.0' WHERE key = 'name_order_keys'"));
    reopen();
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE sort_key IS NULL")), 0);
    EXPECT_EQ(listed(), kPinyin);
}

TEST_F(NameOrderTest, DemoBooksAndErasedCustomersHaveKeys)
{
    DemoGenerator::Options options;
    options.customers = 50;
    options.seed = 4;
    ASSERT_TRUE(DemoGenerator(db()).generate(options).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE sort_key IS NULL")), 0);
    const qint64 first = ids(db(), QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1")).value(0);
    ASSERT_TRUE(Eraser(db()).erase(first).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE sort_key IS NULL")), 0);
    const QStringList names = listed();
    EXPECT_EQ(names.size(), count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")));
}

// The name keeps an index for the imports' lookups by exact name, beside the sort key's: without it each row of an
// import read the whole customers table (a review measured an import into 50,000 customers 15 times slower).
TEST_F(NameOrderTest, LookupsByExactNameUseAnIndex)
{
    create(kShuffled);
    const QStringList plan = dump(db(),
        QStringLiteral("EXPLAIN QUERY PLAN SELECT id, name FROM customers WHERE name = 'Zebra Foods' AND "
                       "deleted_at IS NULL AND ('' = '' OR city = '') LIMIT 2"));
    ASSERT_FALSE(plan.isEmpty());
    EXPECT_TRUE(plan.join(QLatin1Char(' ')).contains(QStringLiteral("USING INDEX customers_by_name")))
        << plan.join(QLatin1Char(' ')).toStdString();
}

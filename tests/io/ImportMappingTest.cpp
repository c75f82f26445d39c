#include "io/ImportMapping.h"
#include "../core/TestSupport.h"
#include "repo/ImportPresetRepository.h"

namespace {

struct GuessCase
{
    const char *header;
    ImportField field;
};

class HeaderGuess : public ::testing::TestWithParam<GuessCase>
{
};

TEST_P(HeaderGuess, MatchesEnglishAndChineseHeaders)
{
    const ImportMapping mapping = ImportMapping::guess({ QString::fromUtf8(GetParam().header) });
    EXPECT_EQ(mapping.field(0), GetParam().field) << GetParam().header;
}

INSTANTIATE_TEST_SUITE_P(Headers, HeaderGuess,
    ::testing::Values(GuessCase { "Company", ImportField::Name }, GuessCase { "Company Name", ImportField::Name },
        GuessCase { "客户名称", ImportField::Name }, GuessCase { "公司名稱", ImportField::Name },
        GuessCase { "客户名称（必填）*", ImportField::Name }, GuessCase { "Mobile", ImportField::Phone },
        GuessCase { "手机", ImportField::Phone }, GuessCase { "手機號碼", ImportField::Phone },
        GuessCase { "手机号码1", ImportField::Phone }, GuessCase { "E-mail", ImportField::Email },
        GuessCase { "电子邮箱", ImportField::Email }, GuessCase { "Primary Email Address", ImportField::Email },
        GuessCase { "省份", ImportField::Province }, GuessCase { "城市", ImportField::City },
        GuessCase { "详细地址", ImportField::Address }, GuessCase { "所属行业", ImportField::Industry },
        GuessCase { "负责人", ImportField::Owner }, GuessCase { "客户等级", ImportField::Tier },
        GuessCase { "标签", ImportField::Tags }, GuessCase { "备注", ImportField::Notes },
        GuessCase { "联系人", ImportField::ContactName }, GuessCase { "聯絡人電話", ImportField::ContactPhone },
        GuessCase { "Job title", ImportField::ContactTitle }, GuessCase { "Lead source", ImportField::Source },
        GuessCase { "Shoe size", ImportField::Ignore }, GuessCase { "", ImportField::Ignore }));

TEST(ImportMappingTest, EachFieldClaimsOneColumnAndExactNamesWinOverPartialOnes)
{
    const QStringList headers { QStringLiteral("联系人电话"), QStringLiteral("电话"), QStringLiteral("手机"),
        QStringLiteral("客户名称"), QStringLiteral("公司") };
    const ImportMapping mapping = ImportMapping::guess(headers);
    EXPECT_EQ(mapping.field(0), ImportField::ContactPhone);
    EXPECT_EQ(mapping.field(1), ImportField::Phone);
    EXPECT_EQ(mapping.field(2), ImportField::Phone); // a landline and a mobile: both are the customer's numbers
    EXPECT_EQ(mapping.field(3), ImportField::Name);
    EXPECT_EQ(mapping.field(4), ImportField::Ignore); // the name is taken by the column before
    EXPECT_EQ(mapping.columnsOf(ImportField::Phone), (QList<int> { 1, 2 }));

    // Choosing the name for another column moves it; choosing a phone adds the column.
    ImportMapping chosen = mapping;
    chosen.setField(4, ImportField::Name);
    EXPECT_EQ(chosen.field(3), ImportField::Ignore);
    chosen.setField(0, ImportField::Phone);
    EXPECT_EQ(chosen.columnsOf(ImportField::Phone), (QList<int> { 0, 1, 2 }));
}

// Headers holding two known words: the last word says what the column is, a customer's number is not its name,
// and a word of a field already taken does not hide the next best one. The same headers always give the same
// mapping (ties used to follow the hash table's order, which changes from run to run).
TEST(ImportMappingTest, CompoundHeadersAreReadByTheirLastWordTheSameWayEveryTime)
{
    auto fields = [](const char *headers) {
        return ImportMapping::guess(QString::fromUtf8(headers).split(QLatin1Char(','))).columns();
    };
    EXPECT_EQ(fields("客户名称,公司电话,客户地址"),
        (QList<ImportField> { ImportField::Name, ImportField::Phone, ImportField::Address }));
    EXPECT_EQ(fields("客户编号,客户全称,联系人,联系人职位"),
        (QList<ImportField> {
            ImportField::Ignore, ImportField::Name, ImportField::ContactName, ImportField::ContactTitle }));
    EXPECT_EQ(fields("Customer ID,Company,Residence address"),
        (QList<ImportField> { ImportField::Ignore, ImportField::Name, ImportField::Address }));
    const QStringList orders { QStringLiteral("客户编码"), QStringLiteral("客户"), QStringLiteral("商品编码"),
        QStringLiteral("下单日期"), QStringLiteral("数量") };
    EXPECT_EQ(ImportMapping::guess(orders, ImportTarget::Orders).columns(),
        (QList<ImportField> { ImportField::Ignore, ImportField::Name, ImportField::ProductCode, ImportField::OrderDate,
            ImportField::Quantity }));
    // An order's terms, and headers about shipping that are not its charges (found by review: "Shipping address"
    // was taken for an amount, and every row refused).
    const QStringList terms { QStringLiteral("Order discount"), QStringLiteral("Charges"),
        QStringLiteral("Charges tax rate"), QStringLiteral("Shipping address"), QStringLiteral("运费承担方"),
        QStringLiteral("Freight terms") };
    EXPECT_EQ(ImportMapping::guess(terms, ImportTarget::Orders).columns(),
        (QList<ImportField> { ImportField::OrderDiscount, ImportField::Charges, ImportField::ChargesTaxRate,
            ImportField::Ignore, ImportField::Ignore, ImportField::Ignore }));
    const QStringList chinese { QStringLiteral("整单折扣"), QStringLiteral("其他费用"),
        QStringLiteral("其他费用税率") };
    EXPECT_EQ(ImportMapping::guess(chinese, ImportTarget::Orders).columns(),
        (QList<ImportField> { ImportField::OrderDiscount, ImportField::Charges, ImportField::ChargesTaxRate }));
}

TEST(ImportMappingTest, ContactsImportReadsPersonNamesAsContacts)
{
    const ImportMapping mapping = ImportMapping::guess(
        { QStringLiteral("公司"), QStringLiteral("姓名"), QStringLiteral("手机"), QStringLiteral("Email") },
        ImportTarget::Contacts);
    EXPECT_EQ(mapping.columns(),
        (QList<ImportField> {
            ImportField::Name, ImportField::ContactName, ImportField::ContactPhone, ImportField::ContactEmail }));
    EXPECT_TRUE(mapping.check(ImportTarget::Contacts).isEmpty());
}

TEST(ImportMappingTest, SettingAFieldMovesItFromAnotherColumn)
{
    ImportMapping mapping({ ImportField::Name, ImportField::Phone });
    mapping.setField(1, ImportField::Name);
    EXPECT_EQ(mapping.columns(), (QList<ImportField> { ImportField::Ignore, ImportField::Name }));
    mapping.setField(3, ImportField::City);
    EXPECT_EQ(mapping.columnCount(), 4);
    EXPECT_EQ(mapping.columnOf(ImportField::City), 3);
}

TEST(ImportMappingTest, CheckAsksForTheNameColumn)
{
    const QList<Error> problems = ImportMapping({ ImportField::Phone }).check(ImportTarget::Customers);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("name"))) << problems[0].message;
}

TEST(ImportMappingTest, JsonFollowsHeadersNotPositions)
{
    const QStringList headers { QStringLiteral("客户名称"), QStringLiteral("手机"), QStringLiteral("Notes") };
    const ImportMapping mapping({ ImportField::Name, ImportField::Phone, ImportField::Ignore });
    const QString json = mapping.toJson(headers);

    const QStringList reordered { QStringLiteral("Notes"), QStringLiteral("手机"), QStringLiteral("客户名称"),
        QStringLiteral("New column") };
    auto applied = ImportMapping::fromJson(json, reordered);
    ASSERT_TRUE(applied.ok()) << applied.error().toString();
    EXPECT_EQ(applied.value().columns(),
        (QList<ImportField> { ImportField::Ignore, ImportField::Phone, ImportField::Name, ImportField::Ignore }));
}

TEST(ImportMappingTest, BrokenJsonIsAnErrorNotACrash)
{
    EXPECT_FALSE(ImportMapping::fromJson(QStringLiteral("{\"a\": "), { QStringLiteral("a") }).ok());
    auto unknown = ImportMapping::fromJson(QStringLiteral("{\"a\": \"shoe_size\"}"), { QStringLiteral("a") });
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("shoe_size")));
}

class ImportPresetTest : public BookTest
{
};

TEST_F(ImportPresetTest, PresetsAreSavedPerTargetReplacedByNameAndDeleted)
{
    ImportPresetRepository presets(db());
    ASSERT_TRUE(presets.save(ImportTarget::Customers, QStringLiteral("展会名单"), QStringLiteral("{\"a\":\"name\"}")));
    ASSERT_TRUE(presets.save(ImportTarget::Customers, QStringLiteral("Trade fair"), QStringLiteral("{}")));
    ASSERT_TRUE(presets.save(ImportTarget::Contacts, QStringLiteral("Trade fair"), QStringLiteral("{\"b\":\"city\"}")));
    ASSERT_TRUE(presets.save(ImportTarget::Customers, QStringLiteral("展会名单"), QStringLiteral("{\"c\":\"name\"}")));

    EXPECT_EQ(presets.names(ImportTarget::Customers).value(),
        (QStringList { QStringLiteral("Trade fair"), QStringLiteral("展会名单") }));
    reopen();
    ImportPresetRepository again(db());
    EXPECT_EQ(
        again.mapping(ImportTarget::Customers, QStringLiteral("展会名单")).value(), QStringLiteral("{\"c\":\"name\"}"));
    EXPECT_EQ(again.mapping(ImportTarget::Contacts, QStringLiteral("Trade fair")).value(),
        QStringLiteral("{\"b\":\"city\"}"));

    ASSERT_TRUE(again.remove(ImportTarget::Customers, QStringLiteral("Trade fair")));
    EXPECT_EQ(again.names(ImportTarget::Customers).value(), QStringList { QStringLiteral("展会名单") });
    EXPECT_FALSE(again.mapping(ImportTarget::Customers, QStringLiteral("Trade fair")).ok());
    EXPECT_FALSE(again.save(ImportTarget::Customers, QStringLiteral("  "), QStringLiteral("{}")).ok());
}

} // namespace

#include "TestSupport.h"

#include "services/CustomerValidator.h"

#include <functional>

namespace {

Customer goodCustomer()
{
    Customer customer;
    customer.name = QStringLiteral("深圳华鑫电子有限公司");
    customer.phones = { QStringLiteral("138 0013 8000") };
    customer.emails = { QStringLiteral("sales@huaxin.cn") };
    customer.website = QStringLiteral("www.huaxin.cn");
    return customer;
}

QStringList fields(const QList<Error> &errors)
{
    QStringList names;
    for (const Error &error : errors)
        names << error.field;
    return names;
}

TEST(CustomerValidator, AGoodCustomerHasNoErrors)
{
    EXPECT_EQ(fields(CustomerValidator::validate(goodCustomer())), QStringList());
    Customer bare;
    bare.name = QStringLiteral("王伟芳");
    EXPECT_EQ(fields(CustomerValidator::validate(bare)), QStringList());
}

struct RuleCase
{
    const char *label;
    std::function<void(Customer &)> spoil;
    QStringList fields; // the field of every error, in order
};

void PrintTo(const RuleCase &c, std::ostream *os)
{
    *os << c.label;
}

class CustomerRuleTest : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(CustomerRuleTest, ErrorNamesTheField)
{
    Customer customer = goodCustomer();
    GetParam().spoil(customer);
    const QList<Error> errors = CustomerValidator::validate(customer);
    EXPECT_EQ(fields(errors), GetParam().fields);
    for (const Error &error : errors) {
        EXPECT_FALSE(error.message.isEmpty());
        // One line for a status bar or the CLI, naming the field.
        EXPECT_TRUE(error.toString().endsWith(QStringLiteral("(%1)").arg(error.field))) << error.toString();
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, CustomerRuleTest,
    ::testing::Values(RuleCase { "EmptyName", [](Customer &c) { c.name.clear(); }, { QStringLiteral("name") } },
        RuleCase { "BlankName", [](Customer &c) { c.name = QStringLiteral(" \t "); }, { QStringLiteral("name") } },
        // Only zero-width spaces: an invisible customer.
        RuleCase {
            "InvisibleName", [](Customer &c) { c.name = QStringLiteral("\u200b\u200b"); }, { QStringLiteral("name") } },
        // A line break in a name showed as "New…" in the list; an escape as a box.
        RuleCase {
            "NameWithALineBreak", [](Customer &c) { c.name = QStringLiteral("New\nCo"); }, { QStringLiteral("name") } },
        // A direction override shows "evil.exe" as "exe.live"; right-to-left text itself is fine.
        RuleCase { "NameWithADirectionOverride", [](Customer &c) { c.name = QStringLiteral("\u202eevil.exe"); },
            { QStringLiteral("name") } },
        RuleCase { "ArabicName", [](Customer &c) { c.name = QStringLiteral("شركة النور"); }, {} },
        RuleCase { "CityWithAnEscape", [](Customer &c) { c.city = QStringLiteral("Hang\x1bzhou"); },
            { QStringLiteral("city") } },
        RuleCase { "TagWithATab", [](Customer &c) { c.tags << QStringLiteral("VIP\tA"); }, { QStringLiteral("tags") } },
        RuleCase { "AddressOnTwoLines", [](Customer &c) { c.address = QStringLiteral("1 Main St\nSuite 2"); }, {} },
        RuleCase { "EmojiNameWithJoiners",
            [](Customer &c) { c.name = QStringLiteral("Family 👨‍👩‍👧 Shop"); }, {} },
        RuleCase {
            "NameTooLong", [](Customer &c) { c.name = QString(201, QLatin1Char('x')); }, { QStringLiteral("name") } },
        RuleCase { "NameOfExactly200", [](Customer &c) { c.name = QString(200, QChar(0x534e)); }, {} },
        RuleCase { "BadEmail", [](Customer &c) { c.emails << QStringLiteral("bad"); }, { QStringLiteral("emails") } },
        RuleCase { "BadSecondEmail", [](Customer &c) { c.emails << QStringLiteral("a..b@c.com"); },
            { QStringLiteral("emails") } },
        RuleCase { "BadPhone", [](Customer &c) { c.phones = { QStringLiteral("12") }; }, { QStringLiteral("phones") } },
        RuleCase { "LettersAsPhone", [](Customer &c) { c.phones << QStringLiteral("call me"); },
            { QStringLiteral("phones") } },
        RuleCase { "WebsiteWithoutDot", [](Customer &c) { c.website = QStringLiteral("huaxin"); },
            { QStringLiteral("website") } },
        RuleCase { "WebsiteWithSpaces", [](Customer &c) { c.website = QStringLiteral("not a site"); },
            { QStringLiteral("website") } },
        RuleCase {
            "WebsiteWithScheme", [](Customer &c) { c.website = QStringLiteral("https://huaxin.cn/about"); }, {} },
        RuleCase { "EmptyWebsite", [](Customer &c) { c.website.clear(); }, {} },
        RuleCase { "EverythingWrong",
            [](Customer &c) {
                c.name.clear();
                c.phones = { QStringLiteral("abc") };
                c.emails = { QStringLiteral("no-at-sign") };
                c.website = QStringLiteral("nowhere");
            },
            { QStringLiteral("name"), QStringLiteral("phones"), QStringLiteral("emails"),
                QStringLiteral("website") } }),
    [](const ::testing::TestParamInfo<RuleCase> &info) { return std::string(info.param.label); });

TEST(CustomerValidator, ContactRules)
{
    Contact contact;
    contact.name = QStringLiteral("李娜");
    contact.phones = { QStringLiteral("139 8765 4321") };
    contact.email = QStringLiteral("lina@xingchen.cn");
    contact.birthday = QDate(1985, 4, 12);
    EXPECT_EQ(fields(CustomerValidator::validate(contact)), QStringList());

    Contact bad = contact;
    bad.name = QStringLiteral("  ");
    bad.email = QStringLiteral("lina@");
    bad.phones = { QStringLiteral("99") };
    EXPECT_EQ(fields(CustomerValidator::validate(bad)),
        (QStringList { QStringLiteral("name"), QStringLiteral("phones"), QStringLiteral("email") }));
}

TEST(CustomerValidator, NormalizedFormatsPhonesAndTrims)
{
    Customer customer;
    customer.name = QStringLiteral("  Acme Trading Co.  ");
    customer.phones = { QStringLiteral("13800138000"), QStringLiteral("+1 (415) 555 2671"), QStringLiteral(" 12 ") };
    customer.emails = { QStringLiteral("  sales@acme.com ") };
    customer.website = QStringLiteral(" acme.com ");
    const Customer normalized = CustomerValidator::normalized(customer);
    EXPECT_EQ(normalized.name, QStringLiteral("Acme Trading Co."));
    EXPECT_EQ(normalized.phones,
        (QStringList { QStringLiteral("138 0013 8000"), QStringLiteral("+1 415-555-2671"), QStringLiteral("12") }));
    EXPECT_EQ(normalized.emails, QStringList { QStringLiteral("sales@acme.com") });
    EXPECT_EQ(normalized.website, QStringLiteral("acme.com"));
}

struct SplitCase
{
    const char *label;
    const char *text;
    QStringList values;
};

void PrintTo(const SplitCase &c, std::ostream *os)
{
    *os << c.label;
}

class SplitListTest : public ::testing::TestWithParam<SplitCase>
{
};

TEST_P(SplitListTest, Splits)
{
    EXPECT_EQ(CustomerValidator::splitList(QString::fromUtf8(GetParam().text)), GetParam().values);
}

INSTANTIATE_TEST_SUITE_P(Separators, SplitListTest,
    ::testing::Values(SplitCase { "Semicolon", "a;b", { QStringLiteral("a"), QStringLiteral("b") } },
        SplitCase { "Comma", "a, b ,c", { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") } },
        SplitCase { "Newline", "a\nb\r\nc", { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") } },
        SplitCase { "ChineseComma", "重点客户，VIP", { QStringLiteral("重点客户"), QStringLiteral("VIP") } },
        SplitCase { "ChineseSemicolon", "展会；老客户", { QStringLiteral("展会"), QStringLiteral("老客户") } },
        SplitCase { "IdeographicComma", "北京、上海、广州",
            { QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("广州") } },
        SplitCase { "Mixed", " a ;b,\nc，d；e、f ",
            { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e"),
                QStringLiteral("f") } },
        SplitCase { "EmptyParts", ";; , \n ，", {} }, SplitCase { "Empty", "", {} },
        SplitCase { "SpacesKeptInside", "Acme Trading Co", { QStringLiteral("Acme Trading Co") } }),
    [](const ::testing::TestParamInfo<SplitCase> &info) { return std::string(info.param.label); });

} // namespace

#include "TestSupport.h"

#include "domain/ChineseAmount.h"
#include "domain/Money.h"

namespace {

struct FormatCase
{
    qint64 minor;
    int decimals;
    const char *grouped;
    const char *plain;
};

class MoneyFormatTest : public ::testing::TestWithParam<FormatCase>
{
};

TEST_P(MoneyFormatTest, WritesMinorUnitsWithTheCurrencysDecimals)
{
    const FormatCase &c = GetParam();
    EXPECT_EQ(Money::format(c.minor, c.decimals), QString::fromUtf8(c.grouped));
    EXPECT_EQ(Money::format(c.minor, c.decimals, false), QString::fromUtf8(c.plain));
}

INSTANTIATE_TEST_SUITE_P(Cases, MoneyFormatTest,
    ::testing::Values(FormatCase { 1234567, 2, "12,345.67", "12345.67" }, FormatCase { 5, 2, "0.05", "0.05" },
        FormatCase { 0, 2, "0.00", "0.00" }, FormatCase { -100050, 2, "-1,000.50", "-1000.50" },
        FormatCase { 1234567, 0, "1,234,567", "1234567" }, FormatCase { 999, 0, "999", "999" },
        FormatCase { 999999999999999, 2, "9,999,999,999,999.99", "9999999999999.99" }));

struct ParseCase
{
    const char *text;
    int decimals;
    qint64 minor; // -1: refused
};

class MoneyParseTest : public ::testing::TestWithParam<ParseCase>
{
};

TEST_P(MoneyParseTest, ReadsAmountsOrNamesTheText)
{
    const ParseCase &c = GetParam();
    auto parsed = Money::parse(QString::fromUtf8(c.text), c.decimals);
    if (c.minor == -1) {
        ASSERT_FALSE(parsed.ok());
        EXPECT_TRUE(parsed.error().message.contains(QString::fromUtf8(c.text))) << parsed.error().message;
    } else {
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        EXPECT_EQ(parsed.value(), c.minor);
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, MoneyParseTest,
    ::testing::Values(ParseCase { "12,345.67", 2, 1234567 }, ParseCase { "12345.6", 2, 1234560 },
        ParseCase { "0.05", 2, 5 }, ParseCase { ".5", 2, 50 }, ParseCase { "-3", 2, -300 },
        ParseCase { "1234", 0, 1234 }, ParseCase { "12.345", 2, -1 }, ParseCase { "12.5", 0, -1 },
        ParseCase { "abc", 2, -1 }, ParseCase { "", 2, -1 }, ParseCase { "1e5", 2, -1 },
        ParseCase { "9999999999999.99", 2, 999999999999999 }, ParseCase { "10000000000000.00", 2, -1 },
        ParseCase { "99999999999999999999", 2, -1 }));

TEST(MoneyTest, CurrenciesHaveTwoOrNoDecimals)
{
    EXPECT_EQ(Money::decimals(QStringLiteral("CNY")), 2);
    EXPECT_EQ(Money::decimals(QStringLiteral("USD")), 2);
    EXPECT_EQ(Money::decimals(QStringLiteral("EUR")), 2);
    EXPECT_EQ(Money::decimals(QStringLiteral("JPY")), 0);
    EXPECT_EQ(Money::decimals(QStringLiteral("TWD")), 0);
    EXPECT_EQ(Money::decimals(QStringLiteral("XYZ")), -1);
    EXPECT_EQ(Money::formatWithSymbol(1234567, QStringLiteral("CNY")), QStringLiteral("¥12,345.67"));
    EXPECT_EQ(Money::formatWithSymbol(-500, QStringLiteral("USD")), QStringLiteral("-$5.00"));
    EXPECT_EQ(Money::formatWithSymbol(1500, QStringLiteral("JPY")), QStringLiteral("JP¥1,500"));
}

TEST(MoneyTest, DivisionRoundsHalfAwayFromZero)
{
    EXPECT_EQ(qint64(Money::divideRounded(5, 10)), 1);
    EXPECT_EQ(qint64(Money::divideRounded(4, 10)), 0);
    EXPECT_EQ(qint64(Money::divideRounded(15, 10)), 2);
    EXPECT_EQ(qint64(Money::divideRounded(25, 10)), 3);
    EXPECT_EQ(qint64(Money::divideRounded(-5, 10)), -1);
    EXPECT_EQ(qint64(Money::divideRounded(-4, 10)), 0);
}

struct CapitalsCase
{
    qint64 fen;
    const char *text;
};

class ChineseAmountTest : public ::testing::TestWithParam<CapitalsCase>
{
};

TEST_P(ChineseAmountTest, WritesCapitalNumeralsByTheBankRules)
{
    EXPECT_EQ(ChineseAmount::capitals(GetParam().fen), QString::fromUtf8(GetParam().text));
}

INSTANTIATE_TEST_SUITE_P(Cases, ChineseAmountTest,
    ::testing::Values(CapitalsCase { 1234567, "壹万贰仟叁佰肆拾伍元陆角柒分" },
        CapitalsCase { 1000500, "壹万零伍元整" }, CapitalsCase { 5, "伍分" }, CapitalsCase { 0, "零元整" },
        CapitalsCase { 50, "伍角整" }, CapitalsCase { 55, "伍角伍分" }, CapitalsCase { 100, "壹元整" },
        CapitalsCase { 1000, "壹拾元整" }, CapitalsCase { 105, "壹元零伍分" },
        CapitalsCase { 160932, "壹仟陆佰零玖元叁角贰分" }, CapitalsCase { 1640902, "壹万陆仟肆佰零玖元零贰分" },
        // The rules allow 壹拾万柒仟元零伍角叁分 or 壹拾万零柒仟元伍角叁分 here; we write a zero where the 万 digit is.
        CapitalsCase { 10700053, "壹拾万零柒仟元伍角叁分" }, CapitalsCase { 10000500, "壹拾万零伍元整" },
        CapitalsCase { 2030040000, "贰仟零叁拾万零肆佰元整" }, CapitalsCase { 10000000000, "壹亿元整" },
        CapitalsCase { 10001000000, "壹亿零壹万元整" }, CapitalsCase { 10000000100, "壹亿零壹元整" },
        CapitalsCase { 100000000000000, "壹万亿元整" },
        CapitalsCase { 999999999999999, "玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" },
        CapitalsCase { -1234, "负壹拾贰元叁角肆分" }));

TEST(ChineseAmountTraditionalTest, UsesTraditionalCharacters)
{
    EXPECT_EQ(ChineseAmount::capitals(1234567, ChineseAmount::Script::Traditional),
        QStringLiteral("壹萬貳仟參佰肆拾伍元陸角柒分"));
    EXPECT_EQ(ChineseAmount::capitals(1000500, ChineseAmount::Script::Traditional), QStringLiteral("壹萬零伍元整"));
}

} // namespace

// In Chinese, "$" alone reads as the local dollar (NT$ in Taiwan): US dollars are written US$ there.
TEST(MoneyTest, DollarsAreUsDollarsInChinese)
{
    const QLocale before;
    EXPECT_EQ(Money::formatWithSymbol(112641398, QStringLiteral("USD")), QStringLiteral("$1,126,413.98"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::Taiwan));
    EXPECT_TRUE(Money::formatWithSymbol(112641398, QStringLiteral("USD")).startsWith(QStringLiteral("US$")));
    EXPECT_TRUE(Money::formatWithSymbol(300000, QStringLiteral("TWD")).startsWith(QStringLiteral("NT$")));
    QLocale::setDefault(before);
    // A document printed in Chinese from an English session (clientele-cli quote pdf --language zh_CN) says US$.
    EXPECT_EQ(Money::formatWithSymbol(821797, QStringLiteral("USD"), true), QStringLiteral("US$8,217.97"));
    EXPECT_EQ(Money::formatWithSymbol(-821797, QStringLiteral("USD"), true), QStringLiteral("-US$8,217.97"));
}

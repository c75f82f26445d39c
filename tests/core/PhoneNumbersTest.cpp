#include "TestSupport.h"

#include "domain/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

using namespace TestSql;

namespace {

// ---- normalize(): E.164 for what can be a phone number in the region, an Error otherwise ----

struct PhoneCase
{
    const char *raw;
    const char *region;
    const char *e164; // nullptr: not a phone number
    const char *formatted; // as formatted() shows it in that region
};

void PrintTo(const PhoneCase &c, std::ostream *os)
{
    *os << '"' << c.raw << "\" in " << c.region;
}

class PhoneNumberTest : public ::testing::TestWithParam<PhoneCase>
{
};

TEST_P(PhoneNumberTest, Normalize)
{
    const PhoneCase &c = GetParam();
    auto e164 = PhoneNumbers::normalize(QString::fromUtf8(c.raw), QString::fromUtf8(c.region));
    if (c.e164) {
        ASSERT_TRUE(e164.ok()) << e164.error().toString();
        EXPECT_EQ(e164.value(), QString::fromUtf8(c.e164));
    } else {
        ASSERT_FALSE(e164.ok()) << "got " << e164.value();
        EXPECT_FALSE(e164.error().message.isEmpty());
    }
}

TEST_P(PhoneNumberTest, Formatted)
{
    const PhoneCase &c = GetParam();
    auto text = PhoneNumbers::formatted(QString::fromUtf8(c.raw), QString::fromUtf8(c.region));
    if (c.formatted) {
        ASSERT_TRUE(text.ok()) << text.error().toString();
        EXPECT_EQ(text.value(), QString::fromUtf8(c.formatted));
    } else {
        EXPECT_FALSE(text.ok());
    }
}

INSTANTIATE_TEST_SUITE_P(Table, PhoneNumberTest,
    ::testing::Values(PhoneCase { "138 0013 8000", "CN", "+8613800138000", "138 0013 8000" },
        PhoneCase { "13800138000", "CN", "+8613800138000", "138 0013 8000" },
        PhoneCase { "138-0013-8000", "CN", "+8613800138000", "138 0013 8000" },
        PhoneCase { "+86 138 0013 8000", "CN", "+8613800138000", "138 0013 8000" },
        PhoneCase { "  13800138000  ", "CN", "+8613800138000", "138 0013 8000" },
        PhoneCase { "010 6552 9988", "CN", "+861065529988", "010 6552 9988" },
        PhoneCase { "(415) 555-2671", "US", "+14155552671", "(415) 555-2671" },
        PhoneCase { "415.555.2671", "US", "+14155552671", "(415) 555-2671" },
        PhoneCase { "+1 415 555 2671", "CN", "+14155552671", "+1 415-555-2671" },
        PhoneCase { "+44 20 7946 0958", "CN", "+442079460958", "+44 20 7946 0958" },
        PhoneCase { "+44 20 7946 0958", "GB", "+442079460958", "020 7946 0958" },
        PhoneCase { "12", "CN", nullptr, nullptr }, PhoneCase { "abc", "CN", nullptr, nullptr },
        PhoneCase { "", "CN", nullptr, nullptr }, PhoneCase { "   ", "US", nullptr, nullptr },
        PhoneCase { "+86 1", "CN", nullptr, nullptr }, PhoneCase { "1380013800012345678", "CN", nullptr, nullptr }));

TEST(PhoneNumbers, DefaultRegionIsChinaAndCanBeChanged)
{
    ASSERT_EQ(PhoneNumbers::defaultRegion(), QStringLiteral("CN"));
    EXPECT_EQ(PhoneNumbers::normalize(QStringLiteral("138 0013 8000")).value(), QStringLiteral("+8613800138000"));
    PhoneNumbers::setDefaultRegion(QStringLiteral("us"));
    EXPECT_EQ(PhoneNumbers::defaultRegion(), QStringLiteral("US"));
    EXPECT_EQ(PhoneNumbers::normalize(QStringLiteral("(415) 555-2671")).value(), QStringLiteral("+14155552671"));
    PhoneNumbers::setDefaultRegion(QStringLiteral("USA")); // not a region code: ignored
    EXPECT_EQ(PhoneNumbers::defaultRegion(), QStringLiteral("US"));
    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    EXPECT_EQ(PhoneNumbers::defaultRegion(), QStringLiteral("CN"));
}

// Mainland mobile numbers are read without libphonenumber; what they give must be what libphonenumber gives, for
// every prefix and the ways people type them. Others (landlines, foreign, short) still go through libphonenumber.
TEST(PhoneNumbers, MainlandMobilesReadAsLibphonenumberReadsThem)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    int compared = 0;
    for (int prefix = 100; prefix <= 199; ++prefix) {
        for (const char *rest : { "00000000", "00138000", "12345678", "99999999", "50505050" }) {
            const QString digits = QString::number(prefix) + QLatin1String(rest);
            const QString spaced = digits.left(3) + QLatin1Char(' ') + digits.mid(3, 4) + QLatin1Char(' ') + digits.mid(7);
            QString dashed = spaced;
            dashed.replace(QLatin1Char(' '), QLatin1Char('-'));
            const QStringList typings { digits, spaced, dashed, QStringLiteral("+86 ") + spaced,
                QStringLiteral("+86") + digits, QStringLiteral("-") + digits, digits + QStringLiteral("0"), digits.left(10) };
            for (const QString &typed : typings) {
                PhoneNumber number;
                const bool parsed
                    = util->Parse(typed.toStdString(), "CN", &number) == PhoneNumberUtil::NO_PARSING_ERROR;
                auto ours = PhoneNumbers::parse(typed, QStringLiteral("CN"));
                if (!parsed || !util->IsPossibleNumber(number)) {
                    EXPECT_FALSE(ours.ok()) << typed;
                    continue;
                }
                std::string significant;
                util->GetNationalSignificantNumber(number, &significant);
                if (!util->IsValidNumber(number) && number.country_code() == 86 && significant.front() == '1'
                    && significant.size() != 11) {
                    EXPECT_FALSE(ours.ok()) << typed; // a mobile of the wrong length
                    continue;
                }
                std::string e164;
                std::string national;
                std::string region;
                util->Format(number, PhoneNumberUtil::E164, &e164);
                util->GetRegionCodeForNumber(number, &region);
                util->Format(
                    number, region == "CN" ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &national);
                ASSERT_TRUE(ours.ok()) << typed;
                EXPECT_EQ(ours.value().normalized, QString::fromStdString(e164)) << typed;
                // A number no region uses keeps the digits typed (formatting could drop a trunk 0).
                const auto digitsOf
                    = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\D"))); };
                if (util->IsValidNumber(number))
                    EXPECT_EQ(ours.value().formatted, QString::fromStdString(national)) << typed;
                else
                    EXPECT_TRUE(digitsOf(typed).endsWith(digitsOf(ours.value().formatted))) << typed;
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 2000);
}

TEST(PhoneNumbers, NormalizedOrDigitsFallsBackToTheDigits)
{
    EXPECT_EQ(PhoneNumbers::normalizedOrDigits(QStringLiteral("138 0013 8000")), QStringLiteral("+8613800138000"));
    EXPECT_EQ(PhoneNumbers::normalizedOrDigits(QStringLiteral("ext. 12")), QStringLiteral("12"));
    EXPECT_EQ(PhoneNumbers::normalizedOrDigits(QStringLiteral("none")), QString());
}

// ---- Emails::validate ----

struct EmailCase
{
    const char *email;
    bool valid;
};

void PrintTo(const EmailCase &c, std::ostream *os)
{
    *os << '"' << c.email << '"';
}

class EmailTest : public ::testing::TestWithParam<EmailCase>
{
};

TEST_P(EmailTest, Validate)
{
    const EmailCase &c = GetParam();
    const Status status = Emails::validate(QString::fromUtf8(c.email));
    EXPECT_EQ(status.ok(), c.valid) << (status.ok() ? QString() : status.error().message);
    if (!status.ok()) {
        EXPECT_FALSE(status.error().message.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(Table, EmailTest,
    ::testing::Values(EmailCase { "a@b.co", true }, EmailCase { "li.na+crm@example.com.cn", true },
        EmailCase { "  sales@acme-trading.com  ", true }, EmailCase { "O'Brien@Example.IE", true },
        EmailCase { "no-at-sign", false }, EmailCase { "a@b", false }, EmailCase { "a..b@c.com", false },
        EmailCase { "a@b..com", false }, EmailCase { "a b@c.com", false }, EmailCase { "a@-b.com", false },
        EmailCase { "@b.com", false }, EmailCase { "a@b.c", false }, EmailCase { "a@@b.com", false },
        EmailCase { "", false }, EmailCase { "   ", false },
        // Typed with a Chinese input method, and domains in Chinese script (internationalised domain names).
        EmailCase { "ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", true }, EmailCase { "info@example。com", true },
        EmailCase { "info@例子.中国", true }, EmailCase { "sales@公司.香港", true },
        EmailCase { "用户@例子.中国", false }, EmailCase { "info@xn--fiqs8s", false },
        EmailCase { "info@example.c0m", false }, EmailCase { "info＠", false }));

TEST(Emails, NormalizedIsTrimmedLowerCase)
{
    EXPECT_EQ(Emails::normalized(QStringLiteral("  Li.Na@Example.COM ")), QStringLiteral("li.na@example.com"));
    // The same address typed in full-width forms is the same address.
    EXPECT_EQ(
        Emails::normalized(QStringLiteral("Ｌｉ．Ｎａ＠Ｅｘａｍｐｌｅ．ＣＯＭ")), QStringLiteral("li.na@example.com"));
}

TEST(Emails, CleanedReadsFullWidthFormsAsAscii)
{
    EXPECT_EQ(
        Emails::cleaned(QStringLiteral(" ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍ ")), QStringLiteral("info@example.com"));
    EXPECT_EQ(Emails::cleaned(QStringLiteral("info@example。com。cn")), QStringLiteral("info@example.com.cn"));
    EXPECT_EQ(Emails::cleaned(QStringLiteral("info@例子.中国")), QStringLiteral("info@例子.中国"));
    // A full stop before the @ is no dot of a domain: left for the check to refuse.
    EXPECT_EQ(Emails::cleaned(QStringLiteral("li。na@example.com")), QStringLiteral("li。na@example.com"));
}

} // namespace

// What an export for another book writes: the stored number with its country code, the trunk prefix dropped.
TEST(PhoneNumbersInternationalTest, StoredNumbersGainTheirCountryCode)
{
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("138 0013 8000"), QStringLiteral("+8613800138000")),
        QStringLiteral("+86 138 0013 8000"));
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("0415 555 2671"), QStringLiteral("+864155552671")),
        QStringLiteral("+86 415 555 2671"));
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("(415) 555-2671"), QStringLiteral("+14155552671")),
        QStringLiteral("+1 (415) 555-2671"));
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("(02) 2345-6789"), QStringLiteral("+886223456789")),
        QStringLiteral("+886 (2) 2345-6789"));
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("+1 415-555-2671"), QStringLiteral("+14155552671")),
        QStringLiteral("+1 415-555-2671"));
    // Not normalised (digits only), or digits that are not the number's: as stored, or E.164.
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("12345"), QStringLiteral("12345")), QStringLiteral("12345"));
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("555 0000"), QStringLiteral("+14155552671")),
        QStringLiteral("+14155552671"));
    // Each reads back as the same number in another region.
    for (const QString &region : { QStringLiteral("US"), QStringLiteral("TW"), QStringLiteral("CN") }) {
        EXPECT_EQ(PhoneNumbers::normalize(QStringLiteral("+86 415 555 2671"), region).value_or(QString()),
            QStringLiteral("+864155552671"));
        EXPECT_EQ(PhoneNumbers::normalize(QStringLiteral("+1 (415) 555-2671"), region).value_or(QString()),
            QStringLiteral("+14155552671"));
    }
}

// A Taiwanese mobile typed by a user whose phone region is China is no Chinese number: it is kept as typed, not
// turned into "912345678" (found by a review).
TEST(PhoneNumbersInvalidTest, ANumberNoRegionUsesIsKeptAsTyped)
{
    auto parsed = PhoneNumbers::parse(QStringLiteral("0912 345 678"), QStringLiteral("CN"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().formatted, QStringLiteral("0912 345 678"));
    auto taiwan = PhoneNumbers::parse(QStringLiteral("0912 345 678"), QStringLiteral("TW"));
    ASSERT_TRUE(taiwan.ok());
    EXPECT_EQ(taiwan.value().normalized, QStringLiteral("+886912345678"));
}

// A mainland mobile with a digit too many or too few is a typing mistake, not a number to keep (found by a
// review of an import): it would never match the customer's right number. Beijing's landlines (010) stay.
TEST(PhoneNumbersInvalidTest, AMainlandMobileOfTheWrongLengthIsRefused)
{
    for (const char *typed : { "1390663444", "139066344455", "+86 139 0663 444" }) {
        auto parsed = PhoneNumbers::parse(QString::fromLatin1(typed), QStringLiteral("CN"));
        ASSERT_FALSE(parsed.ok()) << typed;
        EXPECT_TRUE(parsed.error().message.contains(QLatin1String("11 digits"))) << parsed.error().message;
    }
    EXPECT_EQ(PhoneNumbers::normalize(QStringLiteral("010 8356 1234"), QStringLiteral("CN")).value_or(QString()),
        QStringLiteral("+861083561234"));
    EXPECT_EQ(PhoneNumbers::normalize(QStringLiteral("139 0663 4444"), QStringLiteral("CN")).value_or(QString()),
        QStringLiteral("+8613906634444"));
}

namespace {

// Offices in China write a switchboard's extension after a dash or the word 转 (分机, 内线): the number and its
// extension, not a number of too many digits. A mobile has no extension.
TEST(PhoneNumbersExtensionTest, ChineseWritingsOfAnExtensionAreRead)
{
    for (const char *typed : { "020-83561234-8001", "020-83561234转8001", "020-83561234 转 8001",
             "020 8356 1234 分机8001", "020-83561234 內線 8001", "020-83561234－8001", "(020)83561234-8001",
             "+86 20 8356 1234-8001", "020 8356 1234 ext 8001" }) {
        auto parsed = PhoneNumbers::parse(QString::fromUtf8(typed), QStringLiteral("CN"));
        ASSERT_TRUE(parsed.ok()) << typed << ": " << parsed.error().message;
        EXPECT_EQ(parsed.value().normalized, QStringLiteral("+862083561234;ext=8001")) << typed;
        EXPECT_EQ(parsed.value().formatted, QStringLiteral("020 8356 1234 ext. 8001")) << typed;
        // What is stored reads back as the same number and extension.
        EXPECT_EQ(PhoneNumbers::formatted(parsed.value().formatted, QStringLiteral("CN")).value_or(QString()),
            parsed.value().formatted);
    }
    // Dashes between the groups of a number are no extension.
    EXPECT_EQ(PhoneNumbers::formatted(QStringLiteral("020-8356-1234"), QStringLiteral("CN")).value_or(QString()),
        QStringLiteral("020 8356 1234"));
    // A mobile and a dash: a typing mistake, refused.
    EXPECT_FALSE(PhoneNumbers::parse(QStringLiteral("13800138000-1"), QStringLiteral("CN")).ok());
    // A number no region uses stays as typed, dash and all.
    EXPECT_EQ(PhoneNumbers::formatted(QStringLiteral("0755-2345678-12"), QStringLiteral("CN")).value_or(QString()),
        QStringLiteral("0755-2345678-12"));
    // 转 without digits after it is no extension.
    EXPECT_FALSE(PhoneNumbers::parse(QStringLiteral("020-83561234转"), QStringLiteral("CN")).ok());
}

TEST(PhoneNumbersExtensionTest, AnExtensionStaysInTheInternationalForm)
{
    // Taiwan writes an extension after "#" (found by a review: the export dropped it).
    auto taipei = PhoneNumbers::parse(QStringLiteral("02-2345-6789 轉 55"), QStringLiteral("TW"));
    ASSERT_TRUE(taipei.ok()) << taipei.error().message;
    EXPECT_EQ(taipei.value().normalized, QStringLiteral("+886223456789;ext=55"));
    EXPECT_EQ(PhoneNumbers::international(taipei.value().formatted, taipei.value().normalized),
        QStringLiteral("+886 2 2345 6789#55"));
    EXPECT_EQ(PhoneNumbers::international(QStringLiteral("020 8356 1234 ext. 8001"), QStringLiteral("+862083561234")),
        QStringLiteral("+86 20 8356 1234 ext. 8001"));
    // The key has the extension as RFC 3966 writes it, and the international form reads it back the same.
    EXPECT_EQ(
        PhoneNumbers::normalize(QStringLiteral("+86 20 8356 1234 ext. 8001"), QStringLiteral("US")).value_or(QString()),
        QStringLiteral("+862083561234;ext=8001"));
    EXPECT_EQ(PhoneNumbers::international(
                  QStringLiteral("020 8356 1234 ext. 8001"), QStringLiteral("+862083561234;ext=8001")),
        QStringLiteral("+86 20 8356 1234 ext. 8001"));
    EXPECT_EQ(
        PhoneNumbers::readableHere(QStringLiteral("020 8356 1234 ext. 8001"), QStringLiteral("+862083561234;ext=8001")),
        QStringLiteral("020 8356 1234 ext. 8001"));
}

} // namespace

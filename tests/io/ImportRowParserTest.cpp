#include "io/ImportRowParser.h"
#include "../core/TestSupport.h"
#include "domain/PhoneNumbers.h"

namespace {

TEST(ImportRowParserTest, CellTextReadsSpreadsheetValuesAsPeopleTypedThem)
{
    EXPECT_EQ(ImportRowParser::cellText(QVariant(13800138000.0)), QStringLiteral("13800138000"));
    EXPECT_EQ(ImportRowParser::cellText(QVariant(12.5)), QStringLiteral("12.5"));
    EXPECT_EQ(ImportRowParser::cellText(QVariant(-3.0)), QStringLiteral("-3"));
    EXPECT_EQ(ImportRowParser::cellText(QVariant(true)), QStringLiteral("TRUE"));
    EXPECT_EQ(ImportRowParser::cellText(QVariant(QDate(2024, 2, 29))), QStringLiteral("2024-02-29"));
    EXPECT_EQ(ImportRowParser::cellText(QVariant()), QString());
    EXPECT_EQ(ImportRowParser::cellText(QStringLiteral("  上海  ")), QStringLiteral("上海"));
    // Our own export puts an apostrophe before text that a spreadsheet could run as a formula.
    EXPECT_EQ(ImportRowParser::cellText(QStringLiteral("'+86 138 0013 8000")), QStringLiteral("+86 138 0013 8000"));
    EXPECT_EQ(ImportRowParser::cellText(QStringLiteral("'=1+1")), QStringLiteral("=1+1"));
    EXPECT_EQ(ImportRowParser::cellText(QStringLiteral("'quoted'")), QStringLiteral("'quoted'"));
    EXPECT_EQ(ImportRowParser::cellText(QStringLiteral("'\tindented")), QStringLiteral("\tindented"));
}

TEST(ImportRowParserTest, MarketingConsentAsWrittenInThreeLanguages)
{
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("Agreed")), MarketingConsent::Given);
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("已同意")), MarketingConsent::Given);
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("TRUE")), MarketingConsent::Given);
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("Refused or withdrawn")), MarketingConsent::Refused);
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("已拒絕或撤回")), MarketingConsent::Refused);
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("否")), MarketingConsent::Refused);
    EXPECT_EQ(ImportRowParser::parseConsent(QString()), MarketingConsent::Unknown);
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("未询问")), MarketingConsent::Unknown);
    EXPECT_EQ(ImportRowParser::parseConsent(QStringLiteral("maybe")), std::nullopt);
    EXPECT_EQ(ImportRowParser::parseYesNo(QStringLiteral("FALSE")), false);
    EXPECT_EQ(ImportRowParser::parseYesNo(QStringLiteral("停用")), false);
    EXPECT_EQ(ImportRowParser::parseYesNo(QStringLiteral("是")), true);
    EXPECT_EQ(ImportRowParser::parseYesNo(QString()), std::nullopt);
}

TEST(ImportRowParserTest, KindsAndStagesInThreeLanguages)
{
    EXPECT_EQ(ImportRowParser::parseKind(QStringLiteral("个人")), CustomerKind::Individual);
    EXPECT_EQ(ImportRowParser::parseKind(QStringLiteral("Individual")), CustomerKind::Individual);
    EXPECT_EQ(ImportRowParser::parseKind(QStringLiteral("企業")), CustomerKind::Company);
    EXPECT_EQ(ImportRowParser::parseKind(QString()), CustomerKind::Company);
    EXPECT_EQ(ImportRowParser::parseKind(QStringLiteral("robot")), std::nullopt);
    EXPECT_EQ(ImportRowParser::parseStage(QStringLiteral("线索")), LifecycleStage::Lead);
    EXPECT_EQ(ImportRowParser::parseStage(QStringLiteral("意向客戶")), LifecycleStage::Prospect);
    EXPECT_EQ(ImportRowParser::parseStage(QStringLiteral("CUSTOMER")), LifecycleStage::Customer);
    EXPECT_EQ(ImportRowParser::parseStage(QStringLiteral("流失")), LifecycleStage::Inactive);
    EXPECT_EQ(ImportRowParser::parseStage(QStringLiteral("maybe")), std::nullopt);
}

struct DateCase
{
    const char *text;
    QDateTime expected;
};

class ImportDates : public ::testing::TestWithParam<DateCase>
{
};

TEST_P(ImportDates, ParsesCommonWritings)
{
    EXPECT_EQ(ImportRowParser::parseDateTime(QString::fromUtf8(GetParam().text)), GetParam().expected)
        << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Dates, ImportDates,
    ::testing::Values(DateCase { "2024-02-29", QDate(2024, 2, 29).startOfDay() },
        DateCase { "2024/3/5", QDate(2024, 3, 5).startOfDay() },
        DateCase { "2024.03.05", QDate(2024, 3, 5).startOfDay() },
        DateCase { "2024年3月5日", QDate(2024, 3, 5).startOfDay() },
        DateCase { "2024-03-05 14:30", QDateTime(QDate(2024, 3, 5), QTime(14, 30)) },
        DateCase { "2023-02-29", QDateTime() }, DateCase { "05/03/2024", QDateTime() },
        DateCase { "soon", QDateTime() }, DateCase { "2024-03-05 25:00", QDateTime() },
        // As other programs and Chinese input methods write them (found by a review of an import).
        DateCase { "２０２３－０５－０６", QDate(2023, 5, 6).startOfDay() },
        DateCase { "20230506", QDate(2023, 5, 6).startOfDay() }, DateCase { "20231306", QDateTime() },
        DateCase { "6-May-2023", QDate(2023, 5, 6).startOfDay() },
        DateCase { "May 6, 2023", QDate(2023, 5, 6).startOfDay() },
        DateCase { "25/12/2023", QDate(2023, 12, 25).startOfDay() },
        DateCase { "12/25/2023", QDate(2023, 12, 25).startOfDay() },
        // British "Sept", and month names in capitals as database exports write them.
        DateCase { "6-Sept-2023", QDate(2023, 9, 6).startOfDay() },
        DateCase { "6 Sept 2023", QDate(2023, 9, 6).startOfDay() },
        DateCase { "06-MAY-2023", QDate(2023, 5, 6).startOfDay() }, DateCase { "Septic 6, 2023", QDateTime() }));

// A date a sheet keeps as a plain number (a General cell): Excel's day number.
TEST(ImportRowParserTest, AnExcelDayNumberInAGeneralCellIsADate)
{
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(44230.0)), QDate(2021, 2, 3).startOfDay());
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(qlonglong(44230))), QDate(2021, 2, 3).startOfDay());
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(12.0)), QDateTime()); // no date of our years
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(1985.0)), QDateTime()); // a year, not 1905-06-07
    // A birthday before 1954 (found refused by a review), and a date-time: the fraction is the time of day.
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(18323.0)), QDate(1950, 3, 1).startOfDay());
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(3654.0)), QDate(1910, 1, 1).startOfDay());
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(3653.0)), QDateTime());
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(44230.5)), QDateTime(QDate(2021, 2, 3), QTime(12, 0)));
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(45052.60417)), QDateTime(QDate(2023, 5, 6), QTime(14, 30)));
    EXPECT_EQ(
        ImportRowParser::parseDateTime(QVariant(44230.99999999)), QDateTime(QDate(2021, 2, 3), QTime(23, 59, 59)));
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(90000.0)), QDateTime());
    // A date written as digits in a number cell, as HR and ERP exports do (refused by the first version of the above,
    // found by a review).
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(19850506.0)), QDate(1985, 5, 6).startOfDay());
    EXPECT_EQ(ImportRowParser::parseDateTime(QVariant(qlonglong(20230506))), QDate(2023, 5, 6).startOfDay());
}

TEST(ImportRowParserTest, NamesTheColumnOfEachProblemAndTheFieldsGiven)
{
    const QStringList headers { QStringLiteral("Name"), QStringLiteral("Website"), QStringLiteral("Since"),
        QStringLiteral("Contact"), QStringLiteral("Contact email") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    const ParsedImportRow row = parser.parse({ QStringLiteral("Acme"), QStringLiteral("not a site"),
                                                 QStringLiteral("last year"), QString(), QStringLiteral("x@y.cn") },
        12);
    ASSERT_EQ(row.problems.size(), 3);
    EXPECT_EQ(row.problems[0].column, 2); // the website (problems come left to right)
    EXPECT_EQ(row.problems[0].header, QStringLiteral("Website"));
    EXPECT_EQ(row.problems[1].column, 3); // the date
    EXPECT_EQ(row.problems[2].column, 4); // a contact email without the contact's name
    EXPECT_EQ(row.problems[2].row, 12);
    EXPECT_EQ(row.given,
        (QList<ImportField> {
            ImportField::Name, ImportField::Website, ImportField::CreatedAt, ImportField::ContactEmail }));
}

// A "customer since" date after today (9999-12-31 in a hand-made sheet) is a problem of the row, not a customer
// created in the far future.
TEST(ImportRowParserTest, ACustomerSinceDateInTheFutureIsAProblem)
{
    const QStringList headers { QStringLiteral("Name"), QStringLiteral("Since") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    const ParsedImportRow future = parser.parse({ QStringLiteral("Acme"), QStringLiteral("9999-12-31") }, 2);
    ASSERT_EQ(future.problems.size(), 1);
    EXPECT_EQ(future.problems[0].column, 2);
    EXPECT_TRUE(future.problems[0].message.contains(QStringLiteral("in the future"))) << future.problems[0].message;
    EXPECT_TRUE(parser.parse({ QStringLiteral("Acme"), QStringLiteral("2020-05-01") }, 3).isValid());
}

TEST(ImportRowParserTest, ShortRowsLeaveTheMissingCellsEmpty)
{
    const QStringList headers { QStringLiteral("Name"), QStringLiteral("City"), QStringLiteral("Phone") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    const ParsedImportRow row = parser.parse({ QStringLiteral("Acme") }, 2);
    EXPECT_TRUE(row.isValid());
    EXPECT_EQ(row.customer.name, QStringLiteral("Acme"));
    EXPECT_TRUE(row.customer.phones.isEmpty());
    EXPECT_FALSE(row.contact.has_value());
}

TEST(ImportRowParserTest, ATierMustBeOneOfTheBooksInItsSpelling)
{
    const QStringList headers { QStringLiteral("Name"), QStringLiteral("等级") };
    ImportRowParser parser(ImportMapping::guess(headers), headers);
    parser.setTiers({ QStringLiteral("VIP"), QStringLiteral("Gold") });
    const ParsedImportRow known = parser.parse({ QStringLiteral("Acme"), QStringLiteral("vip") }, 2);
    EXPECT_TRUE(known.isValid());
    EXPECT_EQ(known.customer.tier, QStringLiteral("VIP"));
    EXPECT_TRUE(parser.parse({ QStringLiteral("Acme"), QString() }, 3).isValid()); // no tier is fine
    const ParsedImportRow unknown = parser.parse({ QStringLiteral("Acme"), QStringLiteral("Z") }, 4);
    ASSERT_EQ(unknown.problems.size(), 1);
    EXPECT_EQ(unknown.problems[0].row, 4);
    EXPECT_EQ(unknown.problems[0].column, 2);
    EXPECT_EQ(unknown.problems[0].value, QStringLiteral("Z"));
    EXPECT_EQ(unknown.problems[0].message,
        QStringLiteral("\"Z\" is not one of this book's tiers (VIP, Gold). Add it under Edit ▸ Customer tiers, or "
                       "change the file."));
}

// A number with a note after it, as sheets keep them: the number is read and the note goes to the notes of its
// customer or contact, after what the notes column says. A bad number with a note is the number's problem.
TEST(ImportRowParserTest, ANoteAfterAPhoneNumberGoesToTheNotes)
{
    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    const QStringList headers { QStringLiteral("客户名称"), QStringLiteral("手机"), QStringLiteral("备注"),
        QStringLiteral("联系人"), QStringLiteral("联系人手机") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    const ParsedImportRow row
        = parser.parse({ QStringLiteral("甲公司"), QStringLiteral("13800003004（微信同号）、13800003005 (张经理)"),
                           QStringLiteral("老客户"), QStringLiteral("李四"), QStringLiteral("13900001111 微信") },
            2);
    ASSERT_TRUE(row.isValid()) << row.problems.value(0).message;
    EXPECT_EQ(row.customer.phones, (QStringList { QStringLiteral("138 0000 3004"), QStringLiteral("138 0000 3005") }));
    EXPECT_EQ(row.customer.notes, QStringLiteral("老客户\n138 0000 3004: 微信同号\n138 0000 3005: 张经理"));
    ASSERT_TRUE(row.contact.has_value());
    EXPECT_EQ(row.contact->phones, QStringList { QStringLiteral("139 0000 1111") });
    EXPECT_EQ(row.contact->notes, QStringLiteral("139 0000 1111: 微信"));
    EXPECT_EQ(row.phoneKeys, (QStringList { QStringLiteral("+8613800003004"), QStringLiteral("+8613800003005") }));

    const ParsedImportRow bad = parser.parse({ QStringLiteral("乙公司"), QStringLiteral("1380000300 (错)") }, 3);
    ASSERT_EQ(bad.problems.size(), 1);
    EXPECT_TRUE(bad.problems[0].message.contains(QStringLiteral("11 digits"))) << bad.problems[0].message;
    EXPECT_TRUE(bad.customer.notes.isEmpty());
}

// Addresses typed with a Chinese input method are stored as ASCII, so that mail programs understand them.
TEST(ImportRowParserTest, FullWidthEmailsAreStoredAsAscii)
{
    const QStringList headers { QStringLiteral("客户名称"), QStringLiteral("邮箱"), QStringLiteral("联系人"),
        QStringLiteral("联系人邮箱") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    const ParsedImportRow row = parser.parse({ QStringLiteral("甲公司"), QStringLiteral("ｉｎｆｏ＠ｊｉａ．ｃｎ"),
                                                 QStringLiteral("李四"), QStringLiteral("li4@jia。cn") },
        2);
    ASSERT_TRUE(row.isValid()) << row.problems.value(0).message;
    EXPECT_EQ(row.customer.emails, QStringList { QStringLiteral("info@jia.cn") });
    ASSERT_TRUE(row.contact.has_value());
    EXPECT_EQ(row.contact->email, QStringLiteral("li4@jia.cn"));
}

// "/" between two whole numbers is two numbers; inside one number ("020/83561234") or a note it is not.
TEST(ImportRowParserTest, ASlashSeparatesTwoWholeNumbersOnly)
{
    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    const QStringList headers { QStringLiteral("客户名称"), QStringLiteral("电话") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    auto phones = [&](const QString &cell) { return parser.parse({ QStringLiteral("甲"), cell }, 2); };
    EXPECT_EQ(phones(QStringLiteral("13800003004/13900001111")).customer.phones,
        (QStringList { QStringLiteral("138 0000 3004"), QStringLiteral("139 0000 1111") }));
    EXPECT_EQ(phones(QStringLiteral("020/83561234")).customer.phones, QStringList { QStringLiteral("020 8356 1234") });
    const ParsedImportRow noted = phones(QStringLiteral("13800003010（微信/电话同号）"));
    EXPECT_EQ(noted.customer.phones, QStringList { QStringLiteral("138 0000 3010") });
    EXPECT_EQ(noted.phoneNotes, QStringList { QStringLiteral("138 0000 3010: 微信/电话同号") });
    // Sides with notes, or of other regions, are numbers of their own too (found by a review).
    EXPECT_EQ(phones(QStringLiteral("13800003004 (微信同号) / 13900001111")).customer.phones,
        (QStringList { QStringLiteral("138 0000 3004"), QStringLiteral("139 0000 1111") }));
    EXPECT_EQ(phones(QStringLiteral("+852 2345 6780/+853 2812 3456")).customer.phones.size(), 2);
    EXPECT_EQ(phones(QStringLiteral("13800003004/0912345678")).customer.phones.size(), 2);
    // A second side without its area code is no number of its own: the cell is one value, refused.
    EXPECT_FALSE(phones(QStringLiteral("0571-88888888/88888889")).isValid());
}

// Notes libphonenumber would read past ("13800003021 (A)", "13800003017 x") are kept too, without the dash before
// them; an extension is no note.
TEST(ImportRowParserTest, ANoteTheNumberReaderWouldDropIsKept)
{
    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    const QStringList headers { QStringLiteral("客户名称"), QStringLiteral("电话") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    auto parsed = [&](const QString &cell) { return parser.parse({ QStringLiteral("甲"), cell }, 2); };
    EXPECT_EQ(parsed(QStringLiteral("13800003021 (A)")).phoneNotes, QStringList { QStringLiteral("138 0000 3021: A") });
    EXPECT_EQ(parsed(QStringLiteral("13800003017 x")).phoneNotes, QStringList { QStringLiteral("138 0000 3017: x") });
    EXPECT_EQ(
        parsed(QStringLiteral("13800003024 - 微信")).phoneNotes, QStringList { QStringLiteral("138 0000 3024: 微信") });
    const ParsedImportRow extension = parsed(QStringLiteral("020-83561234 分机号 8001"));
    EXPECT_EQ(extension.customer.phones, QStringList { QStringLiteral("020 8356 1234 ext. 8001") });
    EXPECT_TRUE(extension.phoneNotes.isEmpty());
    EXPECT_TRUE(parsed(QStringLiteral("020 8356 1234 ext 8001")).phoneNotes.isEmpty());
    const ParsedImportRow bracketed = parsed(QStringLiteral("020-83561234 (8001)"));
    EXPECT_EQ(bracketed.customer.phones, QStringList { QStringLiteral("020 8356 1234 ext. 8001") });
    EXPECT_EQ(bracketed.phoneKeys, QStringList { QStringLiteral("+862083561234;ext=8001") });
    EXPECT_TRUE(bracketed.phoneNotes.isEmpty());
    // A mainland mobile has no extension: digits in brackets after it are a note.
    const ParsedImportRow mobile = parsed(QStringLiteral("13800003004 (12)"));
    EXPECT_EQ(mobile.phoneKeys, QStringList { QStringLiteral("+8613800003004") });
    EXPECT_EQ(mobile.phoneNotes, QStringList { QStringLiteral("138 0000 3004: 12") });
}

// Text before a number, as sheets keep it: who answers it ("张总 13800003008") or what it is ("微信：…", "总机 …")
// goes to the notes; a label that only says a phone number follows ("手机：", "Tel.") is left out. libphonenumber
// read past it, and the text was lost.
TEST(ImportRowParserTest, TextBeforeANumberIsANoteUnlessItIsAPhoneLabel)
{
    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    const QStringList headers { QStringLiteral("客户名称"), QStringLiteral("电话") };
    const ImportRowParser parser(ImportMapping::guess(headers), headers);
    auto parsed = [&](const QString &cell) { return parser.parse({ QStringLiteral("甲"), cell }, 2); };
    const ParsedImportRow boss = parsed(QStringLiteral("张总 13800003008"));
    ASSERT_TRUE(boss.isValid()) << boss.problems.value(0).message;
    EXPECT_EQ(boss.customer.phones, QStringList { QStringLiteral("138 0000 3008") });
    EXPECT_EQ(boss.phoneNotes, QStringList { QStringLiteral("138 0000 3008: 张总") });
    EXPECT_EQ(
        parsed(QStringLiteral("微信：13800003009")).phoneNotes, QStringList { QStringLiteral("138 0000 3009: 微信") });
    EXPECT_EQ(parsed(QStringLiteral("王经理 13800003010（下午）")).phoneNotes,
        QStringList { QStringLiteral("138 0000 3010: 王经理; 下午") });
    const ParsedImportRow switchboard = parsed(QStringLiteral("总机 020-83561234 转 8001"));
    EXPECT_EQ(switchboard.customer.phones, QStringList { QStringLiteral("020 8356 1234 ext. 8001") });
    EXPECT_EQ(switchboard.phoneNotes, QStringList { QStringLiteral("020 8356 1234 ext. 8001: 总机") });
    for (const char *labelled :
        { "手机：13800003011", "Tel. 13800003011", "Mobile: +86 138 0000 3011", "M 13800003011", "電話 13800003011" }) {
        const ParsedImportRow row = parsed(QString::fromUtf8(labelled));
        EXPECT_EQ(row.customer.phones, QStringList { QStringLiteral("138 0000 3011") }) << labelled;
        EXPECT_TRUE(row.phoneNotes.isEmpty()) << labelled << " " << row.phoneNotes.value(0).toStdString();
    }
    const ParsedImportRow two = parsed(QStringLiteral("张总 13800003012/李总 13900003013"));
    EXPECT_EQ(two.customer.phones, (QStringList { QStringLiteral("138 0000 3012"), QStringLiteral("139 0000 3013") }));
    EXPECT_EQ(
        two.phoneNotes, (QStringList { QStringLiteral("138 0000 3012: 张总"), QStringLiteral("139 0000 3013: 李总") }));
}

} // namespace

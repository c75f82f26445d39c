#include "io/XlsxNumberFormat.h"

#include "../core/TestSupport.h"

#include <gtest/gtest.h>

using Kind = XlsxNumberFormat::Kind;

namespace {

struct CodeCase
{
    const char *code;
    Kind kind;
};

class XlsxFormatCodeTest : public ::testing::TestWithParam<CodeCase>
{
};

TEST_P(XlsxFormatCodeTest, TellsDatesAndTimesFromNumbers)
{
    EXPECT_EQ(XlsxNumberFormat::codeKind(QString::fromUtf8(GetParam().code)), GetParam().kind) << GetParam().code;
}

INSTANTIATE_TEST_SUITE_P(Codes, XlsxFormatCodeTest,
    ::testing::Values(CodeCase { "General", Kind::Number }, CodeCase { "0.00", Kind::Number },
        CodeCase { "#,##0;[Red]-#,##0", Kind::Number }, CodeCase { "0.00E+00", Kind::Number },
        CodeCase { "_(* #,##0_)", Kind::Number }, CodeCase { "\"days: \"0", Kind::Number },
        CodeCase { "\\d\\a\\y 0", Kind::Number }, CodeCase { "[Red][>=100]0", Kind::Number },
        CodeCase { "[$€-407] #,##0.00", Kind::Number }, CodeCase { "yyyy-mm-dd", Kind::Date },
        CodeCase { "dd/mm/yyyy;@", Kind::Date }, CodeCase { "mmm", Kind::Date },
        CodeCase { "[$-804]yyyy\"年\"m\"月\"d\"日\"", Kind::Date }, CodeCase { "YYYY/M/D", Kind::Date },
        CodeCase { "h:mm", Kind::Time }, CodeCase { "mm:ss", Kind::Time }, CodeCase { "[h]:mm:ss", Kind::Time },
        CodeCase { "[mm]:ss", Kind::Time }, CodeCase { "h:mm AM/PM", Kind::Time },
        CodeCase { "yyyy-mm-dd hh:mm", Kind::DateTime }, CodeCase { "m/d/yy h:mm", Kind::DateTime },
        CodeCase { "yyyy\"年\"m\"月\"d\"日\" h\"时\"mm\"分\"", Kind::DateTime }),
    [](const ::testing::TestParamInfo<CodeCase> &info) { return "Code" + std::to_string(info.index); });

struct BuiltInCase
{
    int id;
    Kind kind;
};

class XlsxBuiltInFormatTest : public ::testing::TestWithParam<BuiltInCase>
{
};

TEST_P(XlsxBuiltInFormatTest, KnowsTheBuiltInFormats)
{
    EXPECT_EQ(XlsxNumberFormat::builtInKind(GetParam().id), GetParam().kind) << GetParam().id;
}

INSTANTIATE_TEST_SUITE_P(Ids, XlsxBuiltInFormatTest,
    ::testing::Values(BuiltInCase { 0, Kind::Number }, BuiltInCase { 4, Kind::Number },
        BuiltInCase { 13, Kind::Number }, BuiltInCase { 14, Kind::Date }, BuiltInCase { 17, Kind::Date },
        BuiltInCase { 18, Kind::Time }, BuiltInCase { 21, Kind::Time }, BuiltInCase { 22, Kind::DateTime },
        BuiltInCase { 23, Kind::Number }, BuiltInCase { 31, Kind::Date }, BuiltInCase { 32, Kind::Time },
        BuiltInCase { 37, Kind::Number }, BuiltInCase { 45, Kind::Time }, BuiltInCase { 47, Kind::Time },
        BuiltInCase { 48, Kind::Number }, BuiltInCase { 49, Kind::Number }, BuiltInCase { 57, Kind::Date },
        BuiltInCase { 164, Kind::Number }));

TEST(XlsxNumberFormatValue, KeepsNumbersAndOutOfRangeSerialsAsDoubles)
{
    EXPECT_EQ(XlsxNumberFormat::value(45000.25, Kind::Number, false), QVariant(45000.25));
    EXPECT_EQ(XlsxNumberFormat::value(2958466, Kind::Date, false), QVariant(2958466.0));
    EXPECT_EQ(XlsxNumberFormat::value(2958465, Kind::Date, false), QVariant(QDate(9999, 12, 31)));
    EXPECT_EQ(XlsxNumberFormat::value(1.5, Kind::Time, false),
        QVariant(QDateTime(QDate(1900, 1, 1), QTime(12, 0)))); // a duration past a day keeps its date
}

} // namespace

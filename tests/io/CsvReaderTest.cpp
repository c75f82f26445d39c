#include "io/CsvReader.h"
#include "io/TableReader.h"

#include "../core/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using Rows = QList<QStringList>;

// Everything a reader returned, up to the end or the first error.
struct ReadBack
{
    Rows rows;
    QList<qint64> rowNumbers;
    std::optional<Error> error;
};

ReadBack readAll(TableReader &reader)
{
    ReadBack result;
    QVariantList row;
    while (reader.readRow(row)) {
        QStringList values;
        for (const QVariant &value : row) {
            EXPECT_EQ(value.typeId(), QMetaType::QString);
            values << value.toString();
        }
        result.rows << values;
        result.rowNumbers << reader.rowNumber();
    }
    result.error = reader.error();
    return result;
}

CsvOptions csvOptions(const QByteArray &encoding, QChar delimiter = {}, qint64 chunkBytes = CsvOptions().chunkBytes)
{
    CsvOptions options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    options.chunkBytes = chunkBytes;
    return options;
}

class CsvFileTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_EQ(file.write(bytes), bytes.size());
        return path;
    }

    static std::unique_ptr<CsvReader> open(
        const QString &path, const TableLimits &limits = {}, const CsvOptions &options = {})
    {
        auto reader = CsvReader::open(path, limits, options);
        EXPECT_TRUE(reader.ok()) << reader.error().toString();
        return reader.ok() ? std::move(reader).value() : nullptr;
    }

    QTemporaryDir m_dir;
};

// ---- Parsing rules, one row per case ----

struct ParseCase
{
    const char *name;
    QByteArray input;
    Rows rows;
    QList<qint64> rowNumbers;
    QChar delimiter = {}; // null: detected
};

void PrintTo(const ParseCase &c, std::ostream *os)
{
    *os << c.name;
}

class CsvParseTest : public CsvFileTest, public ::testing::WithParamInterface<ParseCase>
{
};

// Also in chunks of a few bytes, which puts a chunk edge at every place in the record.
TEST_P(CsvParseTest, readsTheRecords)
{
    const ParseCase &c = GetParam();
    const QString path = write(QStringLiteral("case.csv"), c.input);
    for (const qint64 chunkBytes : { CsvOptions().chunkBytes, qint64(1), qint64(2), qint64(3), qint64(5) }) {
        auto reader = open(path, {}, csvOptions({}, c.delimiter, chunkBytes));
        ASSERT_TRUE(reader);
        const ReadBack read = readAll(*reader);
        ASSERT_FALSE(read.error) << read.error->toString() << " in chunks of " << chunkBytes;
        EXPECT_EQ(read.rows, c.rows) << "in chunks of " << chunkBytes;
        EXPECT_EQ(read.rowNumbers, c.rowNumbers) << "in chunks of " << chunkBytes;
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, CsvParseTest,
    ::testing::Values(ParseCase { "crlf", "a,b,c\r\n1,2,3\r\n", { { "a", "b", "c" }, { "1", "2", "3" } }, { 1, 2 } },
        ParseCase { "lf", "a,b\n1,2\n", { { "a", "b" }, { "1", "2" } }, { 1, 2 } },
        ParseCase { "cr", "a,b\r1,2\r", { { "a", "b" }, { "1", "2" } }, { 1, 2 } },
        ParseCase { "noFinalLineEnd", "a,b\n1,2", { { "a", "b" }, { "1", "2" } }, { 1, 2 } },
        ParseCase { "quotedDelimiter", "name,note\n\"Acme, Inc.\",x\n", { { "name", "note" }, { "Acme, Inc.", "x" } },
            { 1, 2 } },
        ParseCase { "doubledQuotes", "\"say \"\"hi\"\"\",\"\"\"\"\n", { { "say \"hi\"", "\"" } }, { 1 } },
        ParseCase { "embeddedLf", "a,\"line1\nline2\"\nb,c\n", { { "a", "line1\nline2" }, { "b", "c" } }, { 1, 2 } },
        ParseCase {
            "embeddedCrlf", "a,\"x\r\ny\r\nz\"\r\nb,c\r\n", { { "a", "x\r\ny\r\nz" }, { "b", "c" } }, { 1, 2 } },
        ParseCase { "embeddedCr", "a,\"x\ry\"\rb,c\r", { { "a", "x\ry" }, { "b", "c" } }, { 1, 2 } },
        ParseCase { "emptyFields", "a,,c\n,,\n,b,\n", { { "a", "", "c" }, { "", "b", "" } }, { 1, 3 } },
        ParseCase { "trailingDelimiter", "a,b,\n", { { "a", "b", "" } }, { 1 } },
        ParseCase { "blankLinesCounted", "\n\na,b\r\n\r\n\r\nc,d\n\n", { { "a", "b" }, { "c", "d" } }, { 3, 6 } },
        ParseCase { "quotedEmptyRowsSkipped", "\"\",x\n\"\",\"\"\ny,\n", { { "", "x" }, { "y", "" } }, { 1, 3 } },
        ParseCase { "quoteInsideUnquotedField", "5\" disk,ok\n", { { "5\" disk", "ok" } }, { 1 } },
        ParseCase { "textAfterClosingQuote", "\"ab\"c,d\n", { { "abc", "d" } }, { 1 } },
        ParseCase { "whitespaceKept", " a , b \n", { { " a ", " b " } }, { 1 } },
        ParseCase { "formulaApostrophesKept", "'=SUM(A1),'+86 138,'-5,'@x\n",
            { { "'=SUM(A1)", "'+86 138", "'-5", "'@x" } }, { 1 } },
        ParseCase { "semicolonDetected", "Name;Amount\nBob;1,5\nAnn;2,25\n",
            { { "Name", "Amount" }, { "Bob", "1,5" }, { "Ann", "2,25" } }, { 1, 2, 3 } },
        ParseCase { "tabDetected", "a\tb, c\tc\n1\t2\t3\n", { { "a", "b, c", "c" }, { "1", "2", "3" } }, { 1, 2 } },
        ParseCase {
            "delimitersInQuotesIgnored", "\"a;b;c\",d\n\"e;f\",g\n", { { "a;b;c", "d" }, { "e;f", "g" } }, { 1, 2 } },
        ParseCase { "singleColumn", "name\nAcme\n", { { "name" }, { "Acme" } }, { 1, 2 } },
        ParseCase { "explicitDelimiter", "a|b,c\n1|2\n", { { "a", "b,c" }, { "1", "2" } }, { 1, 2 }, QLatin1Char('|') },
        ParseCase { "chinese", "客户名称,手机\r\n北京华信科技有限公司,13800138000\r\n",
            { { QStringLiteral("客户名称"), QStringLiteral("手机") },
                { QStringLiteral("北京华信科技有限公司"), QStringLiteral("13800138000") } },
            { 1, 2 } },
        ParseCase {
            "headerOnly", "客户名称,手机\r\n", { { QStringLiteral("客户名称"), QStringLiteral("手机") } }, { 1 } }));

TEST_F(CsvFileTest, tsvPrefersTabAndCsvComma)
{
    const QByteArray ambiguous("a,b\tc\n");
    auto tsv = open(write(QStringLiteral("list.tsv"), ambiguous));
    ASSERT_TRUE(tsv);
    EXPECT_EQ(tsv->delimiter(), QLatin1Char('\t'));
    EXPECT_EQ(readAll(*tsv).rows, Rows({ { "a,b", "c" } }));
    auto csv = open(write(QStringLiteral("list.csv"), ambiguous));
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->delimiter(), QLatin1Char(','));
    EXPECT_EQ(readAll(*csv).rows, Rows({ { "a", "b\tc" } }));
}

// ---- Encoded files written by Python (tests/data/csv/make_fixtures.py) ----

const Rows simplified {
    { "客户名称", "联系人", "手机", "地址", "备注" },
    { "北京华信科技有限公司", "张伟", "13800138000", "北京市海淀区中关村大街1号", "老客户,年采购额约50万" },
    { "上海明远贸易有限公司", "李娜", "13912345678", "上海市浦东新区世纪大道100号", "" },
    { "广州恒达电子有限公司", "王芳", "13698765432", "广州市天河区体育西路88号\nB座1203室", "需开增值税专用发票" },
    { "深圳鹏程物流有限公司", "赵磊", "0755-26881234", "深圳市南山区科技园南区", "联系人说\"下周再谈\"" },
};
const Rows traditional {
    { "客戶名稱", "聯絡人", "手機", "地址", "備註" },
    { "台北宏達科技股份有限公司", "陳志明", "0912345678", "台北市信義區松仁路100號", "長期客戶,每季下單" },
    { "高雄港都貿易有限公司", "林美玲", "0987654321", "高雄市前鎮區中山二路5號", "" },
    { "台中精密機械有限公司", "黃俊傑", "04-23581234", "台中市西屯區工業區一路2號", "需開統一發票" },
};
const Rows gb18030Only {
    simplified[0],
    simplified[1],
    { "𠮷野家餐饮管理有限公司", "刘洋", "13511112222", "成都市锦江区春熙路8号", "" },
};

struct FixtureCase
{
    const char *file;
    QString description;
    Rows rows;
    QList<qint64> rowNumbers;
};

void PrintTo(const FixtureCase &c, std::ostream *os)
{
    *os << c.file;
}

class CsvFixtureTest : public ::testing::TestWithParam<FixtureCase>
{
};

TEST_P(CsvFixtureTest, readsTheEncodedFile)
{
    const FixtureCase &c = GetParam();
    const QString path = QStringLiteral(CLIENTELE_TEST_DATA "/csv/") + QLatin1String(c.file);
    auto reader = CsvReader::open(path);
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    EXPECT_EQ(reader.value()->formatDescription(), c.description);
    const ReadBack read = readAll(*reader.value());
    ASSERT_FALSE(read.error) << read.error->toString();
    EXPECT_EQ(read.rows, c.rows);
    EXPECT_EQ(read.rowNumbers, c.rowNumbers);
}

INSTANTIATE_TEST_SUITE_P(Files, CsvFixtureTest,
    ::testing::Values(FixtureCase { "utf8.csv", "UTF-8, comma", simplified, { 1, 2, 3, 4, 5 } },
        FixtureCase { "utf8-bom.csv", "UTF-8 (BOM), comma", simplified, { 1, 2, 3, 4, 5 } },
        FixtureCase { "utf16le-bom.csv", "UTF-16LE (BOM), comma", simplified, { 1, 2, 3, 4, 5 } },
        FixtureCase { "utf16be-bom.csv", "UTF-16BE (BOM), comma", simplified, { 1, 2, 3, 4, 5 } },
        FixtureCase { "utf16le.tsv", "UTF-16LE, tab", simplified, { 1, 2, 3, 4, 5 } },
        FixtureCase { "utf16be.csv", "UTF-16BE, comma", simplified, { 1, 2, 3, 4, 5 } },
        FixtureCase { "gbk.csv", "GB18030, comma", simplified, { 1, 2, 3, 4, 5 } },
        FixtureCase { "gbk-header-only.csv", "GB18030, comma", { simplified[0] }, { 1 } },
        FixtureCase { "gb18030.csv", "GB18030, comma", gb18030Only, { 1, 2, 3 } },
        FixtureCase { "big5.csv", "Big5, comma", traditional, { 1, 2, 3, 4 } },
        FixtureCase { "big5-header-only.csv", "Big5, comma", { traditional[0] }, { 1 } },
        FixtureCase { "semicolon-lf.csv", "UTF-8, semicolon", simplified, { 1, 2, 3, 4, 5 } }));

TEST(CsvReaderTest, mixedEncodingsNameTheRow)
{
    auto reader = CsvReader::open(QStringLiteral(CLIENTELE_TEST_DATA "/csv/mixed-utf8-gbk.csv"));
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    const ReadBack read = readAll(*reader.value());
    EXPECT_EQ(read.rows, simplified.first(3));
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->message,
        QStringLiteral("The cell has bytes that are not UTF-8 text (or a NUL character); perhaps the file mixes "
                       "encodings or is damaged. Save it in one encoding, or choose the encoding by hand."));
    EXPECT_EQ(read.error->row, 4);
    EXPECT_EQ(read.error->column, 1);
    EXPECT_TRUE(read.error->file.endsWith(QStringLiteral("mixed-utf8-gbk.csv")));
}

// A list exported with a title above its header ("客户名单", then the export date) is read from its header: the
// title is not taken for the header (nor imported as a customer), and rows keep their numbers. A list of one
// column is read as it is.
TEST_F(CsvFileTest, titleRowsAboveTheHeaderArePassedOver)
{
    auto titled = openTable(write(QStringLiteral("titled.csv"),
        "客户名单\n导出日期：2025-03-01\n\n客户名称,手机,城市\n海珠布料批发,13800138000,广州\n"));
    ASSERT_TRUE(titled.ok()) << titled.error().toString();
    QVariantList row;
    ASSERT_TRUE(titled.value()->readRow(row));
    EXPECT_EQ(row.value(0).toString(), QStringLiteral("客户名称"));
    EXPECT_EQ(titled.value()->rowNumber(), 4);
    ASSERT_TRUE(titled.value()->readRow(row));
    EXPECT_EQ(row.value(0).toString(), QStringLiteral("海珠布料批发"));
    EXPECT_EQ(titled.value()->rowNumber(), 5);
    EXPECT_FALSE(titled.value()->readRow(row));
    ASSERT_TRUE(titled.value()->selectSheet({}).ok()); // read again from the start: the same
    ASSERT_TRUE(titled.value()->readRow(row));
    EXPECT_EQ(titled.value()->rowNumber(), 4);

    // A title line of labelled values in two cells ("制表：张", "日期：…") is no header either (found by a review).
    auto labelled = openTable(write(QStringLiteral("labelled.csv"),
        "客户名单\n制表：张,日期：2025-03-01\n客户名称,手机,城市\n海珠布料批发,13800138000,广州\n"));
    ASSERT_TRUE(labelled.ok()) << labelled.error().toString();
    ASSERT_TRUE(labelled.value()->readRow(row));
    EXPECT_EQ(row.value(0).toString(), QStringLiteral("客户名称"));
    EXPECT_EQ(labelled.value()->rowNumber(), 3);

    auto single = openTable(write(QStringLiteral("names.csv"), "Name\nAlpha\nBeta\nGamma\nDelta\nEpsilon\n"));
    ASSERT_TRUE(single.ok()) << single.error().toString();
    QStringList names;
    while (single.value()->readRow(row))
        names << row.value(0).toString();
    EXPECT_EQ(names,
        (QStringList { QStringLiteral("Name"), QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
            QStringLiteral("Delta"), QStringLiteral("Epsilon") }));
}

TEST(CsvReaderTest, chosenEncodingAndDelimiterWin)
{
    const QString gbk = QStringLiteral(CLIENTELE_TEST_DATA "/csv/gbk.csv");
    auto asUtf8 = CsvReader::open(gbk, {}, csvOptions("UTF-8"));
    ASSERT_TRUE(asUtf8.ok());
    const ReadBack wrong = readAll(*asUtf8.value());
    EXPECT_TRUE(wrong.rows.isEmpty());
    ASSERT_TRUE(wrong.error);
    EXPECT_EQ(wrong.error->row, 1);
    EXPECT_EQ(wrong.error->column, 1);

    auto bySemicolon = CsvReader::open(gbk, {}, csvOptions("GBK", QLatin1Char(';')));
    ASSERT_TRUE(bySemicolon.ok());
    EXPECT_EQ(bySemicolon.value()->formatDescription(), QStringLiteral("GBK, semicolon"));
    const ReadBack read = readAll(*bySemicolon.value());
    ASSERT_FALSE(read.error);
    EXPECT_EQ(read.rows.value(0), QStringList { QStringLiteral("客户名称,联系人,手机,地址,备注") });

    auto unknown = CsvReader::open(gbk, {}, csvOptions("no-such-encoding"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, QStringLiteral("Unknown text encoding “no-such-encoding”."));
}

// ---- Bad input: a clear message with the row and column, never a crash ----

TEST_F(CsvFileTest, unbalancedQuoteNamesWhereTheFieldStarted)
{
    auto reader = open(write(QStringLiteral("quote.csv"), "a,b\r\nc,\"d\r\ne,f\r\ng,h\r\n"));
    ASSERT_TRUE(reader);
    const ReadBack read = readAll(*reader);
    EXPECT_EQ(read.rows, Rows({ { "a", "b" } }));
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->message, QStringLiteral("A quoted cell is not closed: its closing quote is missing."));
    EXPECT_EQ(read.error->row, 2);
    EXPECT_EQ(read.error->column, 2);
}

// The open quote swallows megabytes of rows: the cell limit stops it before the end of the file.
TEST_F(CsvFileTest, unbalancedQuoteInALargeFileStopsAtTheCellLimit)
{
    QByteArray bytes("name,note\r\n");
    for (int i = 0; i < 9; ++i)
        bytes += "Acme " + QByteArray::number(i) + ",fine\r\n";
    bytes += "Broken,\"quote never closed\r\n";
    while (bytes.size() < 3 * CsvOptions().chunkBytes)
        bytes += "Customer,some text that is not a note\r\n";
    auto reader = open(write(QStringLiteral("quote.csv"), bytes));
    ASSERT_TRUE(reader);
    const ReadBack read = readAll(*reader);
    EXPECT_EQ(read.rows.size(), 10);
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->message,
        QStringLiteral("The quoted cell is longer than 1048576 characters; perhaps its "
                       "closing quote is missing."));
    EXPECT_EQ(read.error->row, 11);
    EXPECT_EQ(read.error->column, 2);
}

TEST_F(CsvFileTest, megabyteCellIsReadAndALongerOneRefused)
{
    const QByteArray megabyte(1000 * 1000, 'x');
    auto reader = open(write(QStringLiteral("big.csv"), "a,b\r\n1,\"" + megabyte + "\"\r\n2," + megabyte + "\r\n"));
    ASSERT_TRUE(reader);
    ReadBack read = readAll(*reader);
    ASSERT_FALSE(read.error) << read.error->toString();
    ASSERT_EQ(read.rows.size(), 3);
    EXPECT_EQ(read.rows[1][1], QString::fromLatin1(megabyte));
    EXPECT_EQ(read.rows[2][1], QString::fromLatin1(megabyte));

    const QByteArray tooLong(TableLimits().maxCellChars + 1, 'y');
    for (const QByteArray &cell : { tooLong, "\"" + tooLong + "\"" }) {
        reader = open(write(QStringLiteral("big.csv"), "a,b\r\n1,2\r\n3," + cell + "\r\n"));
        ASSERT_TRUE(reader);
        read = readAll(*reader);
        EXPECT_EQ(read.rows.size(), 2);
        ASSERT_TRUE(read.error);
        EXPECT_EQ(read.error->message, QStringLiteral("The cell is longer than 1048576 characters."));
        EXPECT_EQ(read.error->row, 3);
        EXPECT_EQ(read.error->column, 2);
    }
}

TEST_F(CsvFileTest, sixteenThousandColumns)
{
    QByteArrayList cells;
    for (int i = 1; i <= 16384; ++i)
        cells << "c" + QByteArray::number(i);
    const QString path = write(QStringLiteral("wide.csv"), cells.join(',') + "\r\n" + cells.join(',') + "\r\n");

    auto reader = open(path);
    ASSERT_TRUE(reader);
    ReadBack read = readAll(*reader);
    EXPECT_TRUE(read.rows.isEmpty());
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->message, QStringLiteral("The row has more than 4096 columns."));
    EXPECT_EQ(read.error->row, 1);
    EXPECT_EQ(read.error->column, 4097);

    TableLimits wide;
    wide.maxColumns = 16384;
    reader = open(path, wide);
    ASSERT_TRUE(reader);
    read = readAll(*reader);
    ASSERT_FALSE(read.error) << read.error->toString();
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[1].size(), 16384);
    EXPECT_EQ(read.rows[1].last(), QStringLiteral("c16384"));
}

TEST_F(CsvFileTest, fileOverTwoGigabytesIsRefusedBeforeReading)
{
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64(2) * 1024 * 1024 * 1024 + 1024 * 1024)) << "cannot make a sparse file here";
    file.close();
    const auto reader = CsvReader::open(path);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().message,
        QStringLiteral("The file is too large: 2049 MB, more than the 2048 MB that can be imported."));
    EXPECT_EQ(reader.error().file, QDir::toNativeSeparators(path));
}

TEST_F(CsvFileTest, emptyFileHasNoRows)
{
    auto reader = open(write(QStringLiteral("empty.csv"), {}));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->sheetNames(), QStringList { QStringLiteral("empty") });
    EXPECT_EQ(reader->formatDescription(), QStringLiteral("UTF-8, comma"));
    const ReadBack read = readAll(*reader);
    EXPECT_TRUE(read.rows.isEmpty());
    EXPECT_FALSE(read.error);
    EXPECT_EQ(reader->progress(), 1.0);
}

TEST_F(CsvFileTest, binaryFileIsRefused)
{
    QByteArray bytes("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 16);
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 131 + 7) % 256));
    const QString path = write(QStringLiteral("photo.csv"), bytes);
    const auto reader = CsvReader::open(path);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().message, QStringLiteral("This is not a text file: it contains binary data."));
    EXPECT_EQ(reader.error().file, QDir::toNativeSeparators(path));
}

TEST_F(CsvFileTest, missingFileIsNamed)
{
    const QString path = m_dir.filePath(QStringLiteral("missing.csv"));
    const auto reader = CsvReader::open(path);
    ASSERT_FALSE(reader.ok());
    EXPECT_TRUE(reader.error().message.startsWith(QStringLiteral("Cannot open the file: ")));
    EXPECT_EQ(reader.error().file, QDir::toNativeSeparators(path));
}

TEST_F(CsvFileTest, fileCutInACharacter)
{
    auto reader = open(write(QStringLiteral("cut.csv"), "name,city\r\nAcme,\xE5\x8C\x97\xE4"));
    ASSERT_TRUE(reader);
    const ReadBack read = readAll(*reader);
    EXPECT_EQ(read.rows, Rows({ { "name", "city" } }));
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->message,
        QStringLiteral("The file ends in the middle of a character; it may have been cut "
                       "off."));
    EXPECT_EQ(read.error->row, 2);
    EXPECT_EQ(read.error->column, 2);
}

TEST_F(CsvFileTest, nulCharacterNamesTheCell)
{
    QByteArray bytes("name,phone,city\r\n");
    for (int i = 0; i < 10; ++i)
        bytes += "Acme " + QByteArray::number(i) + ",555-0100,Springfield\r\n";
    bytes += QByteArray("Broken,555\0", 11) + "0100,Shelbyville\r\n";
    auto reader = open(write(QStringLiteral("nul.csv"), bytes));
    ASSERT_TRUE(reader);
    const ReadBack read = readAll(*reader);
    EXPECT_EQ(read.rows.size(), 11);
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->message,
        QStringLiteral("The cell has bytes that are not UTF-8 text (or a NUL character); perhaps the file mixes "
                       "encodings or is damaged. Save it in one encoding, or choose the encoding by hand."));
    EXPECT_EQ(read.error->row, 12);
    EXPECT_EQ(read.error->column, 2);
}

// ---- Streaming ----

// Fields written the RFC 4180 way, with the odd characters where chunk edges will cut through them.
QByteArray csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

TEST_F(CsvFileTest, recordsAcrossChunkEdgesReadTheSame)
{
    const QStringList samples { QStringLiteral("北京华信科技有限公司"), QStringLiteral("say \"hi\""),
        QStringLiteral("line\r\nbreak"), QStringLiteral("a,b"), QStringLiteral("x"), QString(),
        QStringLiteral("𠮷野家"), QStringLiteral("lf\nonly") };
    Rows expected;
    QList<qint64> expectedLines;
    QByteArray bytes;
    qint64 line = 1;
    for (int i = 0; bytes.size() < 3 * CsvOptions().chunkBytes + 1000; ++i) {
        QStringList row { QString::number(i) };
        for (int k = 0; k < 4; ++k)
            row << samples[(i * 3 + k * 5) % samples.size()];
        QByteArrayList fields;
        for (const QString &value : row)
            fields << csvField(value);
        expected << row;
        expectedLines << line;
        line += 1; // a cell's line breaks keep its record on one row
        bytes += fields.join(',') + (i % 3 == 0 ? "\n" : "\r\n");
    }
    auto reader = open(write(QStringLiteral("long.csv"), bytes));
    ASSERT_TRUE(reader);
    QVariantList row;
    double lastProgress = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        ASSERT_TRUE(reader->readRow(row)) << "row " << i << ": " << reader->error()->toString();
        QStringList values;
        for (const QVariant &value : row)
            values << value.toString();
        ASSERT_EQ(values, expected[i]) << "record " << i;
        ASSERT_EQ(reader->rowNumber(), expectedLines[i]) << "record " << i;
        EXPECT_GE(reader->progress(), lastProgress);
        lastProgress = reader->progress();
        if (i == expected.size() / 2) {
            EXPECT_GT(lastProgress, 0.45);
            EXPECT_LT(lastProgress, 0.55);
        }
    }
    EXPECT_GT(lastProgress, 0.99);
    EXPECT_FALSE(reader->readRow(row));
    EXPECT_FALSE(reader->error());
    EXPECT_EQ(reader->progress(), 1.0);
}

struct EdgeCase
{
    const char *name;
    int offset; // where the interesting bytes start, from the end of the first chunk
    QByteArray atEdge; // what the first chunk's edge cuts through
    QString firstLast; // the first record's last value
    qint64 secondLine; // the line the second record starts on
};

void PrintTo(const EdgeCase &c, std::ostream *os)
{
    *os << c.name;
}

class CsvChunkEdgeTest : public CsvFileTest, public ::testing::WithParamInterface<EdgeCase>
{
};

TEST_P(CsvChunkEdgeTest, cutsNothing)
{
    const EdgeCase &c = GetParam();
    QByteArray bytes(CsvOptions().chunkBytes + c.offset - 2, 'x');
    bytes += ",";
    bytes += c.atEdge;
    bytes += "next,row\r\n";
    auto reader = open(write(QStringLiteral("edge.csv"), bytes));
    ASSERT_TRUE(reader);
    const ReadBack read = readAll(*reader);
    ASSERT_FALSE(read.error) << read.error->toString();
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[0].size(), 2);
    EXPECT_EQ(read.rows[0].value(1), c.firstLast);
    EXPECT_EQ(read.rows[1], QStringList({ "next", "row" }));
    EXPECT_EQ(read.rowNumbers, QList<qint64>({ 1, c.secondLine }));
}

INSTANTIATE_TEST_SUITE_P(Edges, CsvChunkEdgeTest,
    ::testing::Values(EdgeCase { "crlfSplit", 0, "a\r\n", "a", 2 }, EdgeCase { "crlfAfterEdge", 1, "a\r\n", "a", 2 },
        EdgeCase { "crBeforeEdge", -1, "ab\r\n", "ab", 2 }, EdgeCase { "lonelyCrAtEdge", 0, "a\r", "a", 2 },
        EdgeCase { "doubledQuoteSplit", -1, "\"\"\"\"\r\n", "\"", 2 },
        EdgeCase { "closingQuoteAtEdge", -2, "\"q\"\r\n", "q", 2 },
        EdgeCase { "quotedCrlfSplit", -1, "\"a\r\nb\"\r\n", "a\r\nb", 2 },
        EdgeCase { "chineseSplit", -1, "北京\r\n", "北京", 2 },
        EdgeCase { "blankLinesAtEdge", 0, "a\r\n\r\n\r\n", "a", 4 }));

TEST_F(CsvFileTest, selectSheetStartsAgain)
{
    auto reader = open(write(QStringLiteral("客户 2024.csv"), "a,b\r\n1,2\r\n3,4\r\n"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->sheetNames(), QStringList { QStringLiteral("客户 2024") });
    QVariantList row;
    ASSERT_TRUE(reader->readRow(row));
    ASSERT_TRUE(reader->readRow(row));
    EXPECT_EQ(reader->rowNumber(), 2);

    const Status wrong = reader->selectSheet(QStringLiteral("Sheet1"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().message, QStringLiteral("The file has no sheet named “Sheet1”."));

    ASSERT_TRUE(reader->selectSheet(QStringLiteral("客户 2024")).ok());
    EXPECT_EQ(readAll(*reader).rows, Rows({ { "a", "b" }, { "1", "2" }, { "3", "4" } }));
    ASSERT_TRUE(reader->selectSheet({}).ok());
    EXPECT_EQ(readAll(*reader).rowNumbers, QList<qint64>({ 1, 2, 3 }));
}

TEST(CsvReaderTest, readsFromADevice)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData("\xEF\xBB\xBF"
                    "a;b\n1;2\n");
    ASSERT_TRUE(buffer->open(QIODevice::ReadOnly));
    auto reader = CsvReader::open(std::move(buffer), QStringLiteral("pasted.csv"));
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    EXPECT_EQ(reader.value()->formatDescription(), QStringLiteral("UTF-8 (BOM), semicolon"));
    EXPECT_EQ(reader.value()->sheetNames(), QStringList { QStringLiteral("pasted") });
    EXPECT_EQ(readAll(*reader.value()).rows, Rows({ { "a", "b" }, { "1", "2" } }));
}

// ---- A file LibreOffice wrote ----

TEST_F(CsvFileTest, readsWhatLibreOfficeWrites)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    // LibreOffice reads the UTF-8 fixture (comma, quote, UTF-8) and writes it again with semicolons.
    QFile::copy(QStringLiteral(CLIENTELE_TEST_DATA "/csv/utf8.csv"), m_dir.filePath(QStringLiteral("in.csv")));
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(soffice,
        { QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo")),
            QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
            QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76"), QStringLiteral("--outdir"), out,
            m_dir.filePath(QStringLiteral("in.csv")) });
    ASSERT_TRUE(process.waitForFinished(120000)) << "soffice did not finish";
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString written = out + QStringLiteral("/in.csv");
    ASSERT_TRUE(QFile::exists(written)) << process.readAllStandardOutput().toStdString();

    auto reader = open(written);
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->formatDescription(), QStringLiteral("UTF-8, semicolon"));
    const ReadBack read = readAll(*reader);
    ASSERT_FALSE(read.error) << read.error->toString();
    EXPECT_EQ(read.rows, simplified);
    EXPECT_EQ(read.rowNumbers, QList<qint64>({ 1, 2, 3, 4, 5 })); // as Excel numbers the rows
}

} // namespace

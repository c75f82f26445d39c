#include "WriterTestSupport.h"

#include "io/CsvTableWriter.h"
#include "io/CsvWriter.h"
#include "io/XlsxTableWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {

using Type = TableColumn::Type;

// Writes the rows with a fresh writer and returns the status of the first step that failed, or of finish().
Status writeTable(const QString &path, CsvEncoding encoding, const QList<TableColumn> &columns,
    const QList<QVariantList> &rows, TableWriteStats *stats = nullptr)
{
    CsvTableWriter writer(path, encoding);
    Status status = writer.begin(QStringLiteral("Customers"), columns);
    for (qsizetype i = 0; status && i < rows.size(); ++i)
        status = writer.writeRow(rows[i]);
    if (status)
        status = writer.finish();
    if (stats)
        *stats = writer.stats();
    return status;
}

class CsvTableWriterTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(CsvTableWriterTest, WritesTypedCellsAsTextWithBomAndCrlf)
{
    const QString file = path(QStringLiteral("typed.csv"));
    const QList<QVariantList> rows = {
        { QStringLiteral("张三"), 42, 12.5, qint64(123450), QDate(2024, 3, 5),
            QDateTime(QDate(2024, 3, 5), QTime(14, 30, 59)), true },
        { QStringLiteral("Li, \"Ltd\""), qint64(-7), 0.1, qint64(-5), QDateTime(QDate(1999, 12, 31), QTime(23, 0)),
            QDate(2000, 1, 1), false },
        { QVariant(), QStringLiteral("n/a"), 1e6, qint64(0), QStringLiteral("2024-02-29"), QVariant(), 1 },
        { QStringLiteral("short"), QStringLiteral("0012"), QStringLiteral("-3"), QStringLiteral("12.5"),
            QStringLiteral("May"), QDateTime(), QStringLiteral("yes") },
    };
    TableWriteStats stats;
    ASSERT_TRUE(writeTable(file, CsvEncoding::Utf8WithBom, WriterTest::kTypedColumns, rows, &stats));

    const QByteArray expected = "\xEF\xBB\xBF"
                                "Name,Count,Score,Amount,Since,Seen,Active\r\n"
                                "\xE5\xBC\xA0\xE4\xB8\x89,42,12.5,1234.50,2024-03-05,2024-03-05 14:30,TRUE\r\n"
                                "\"Li, \"\"Ltd\"\"\",-7,0.1,-0.05,1999-12-31,2000-01-01 00:00,FALSE\r\n"
                                ",n/a,1000000,0.00,2024-02-29,,TRUE\r\n"
                                "short,0012,-3,12.5,May,,yes\r\n";
    EXPECT_EQ(WriterTest::readAll(file), expected);
    EXPECT_EQ(stats.rows, 4);
    EXPECT_EQ(stats.unrepresentableCharacters, 0);
}

// Percentages are written as Excel and our importer read them back: 13% is the fraction 0.13.
TEST_F(CsvTableWriterTest, PercentagesAreWrittenWithAPercentSign)
{
    const QString file = path(QStringLiteral("percent.csv"));
    const QList<QVariantList> rows { { 0.13 }, { 0.125 }, { qint64(1) }, { QStringLiteral("0.05") }, { QVariant() },
        { QStringLiteral("n/a") } };
    ASSERT_TRUE(writeTable(file, CsvEncoding::Utf8, { { QStringLiteral("Tax"), Type::Percent, 1 } }, rows));
    EXPECT_EQ(WriterTest::readAll(file), QByteArray("Tax\r\n13%\r\n12.5%\r\n100%\r\n5%\r\n\r\nn/a\r\n"));
}

TEST_F(CsvTableWriterTest, Utf8WithoutBomStartsWithTheHeader)
{
    const QString file = path(QStringLiteral("plain.csv"));
    ASSERT_TRUE(writeTable(file, CsvEncoding::Utf8, { { QStringLiteral("名称") } }, { { QStringLiteral("北京") } }));
    EXPECT_EQ(WriterTest::readAll(file), QByteArray("\xE5\x90\x8D\xE7\xA7\xB0\r\n\xE5\x8C\x97\xE4\xBA\xAC\r\n"));
}

TEST_F(CsvTableWriterTest, GbkWritesChineseAsGbkBytes)
{
    const QString file = path(QStringLiteral("gbk.csv"));
    TableWriteStats stats;
    ASSERT_TRUE(writeTable(file, CsvEncoding::Gbk, { { QStringLiteral("客户名称") }, { QStringLiteral("手机") } },
        { { QStringLiteral("张三"), QStringLiteral("13800138000") } }, &stats));
    // 客户名称 = BF CD BB A7 C3 FB B3 C6, 手机 = CA D6 BB FA, 张三 = D5 C5 C8 FD; no BOM in GBK.
    EXPECT_EQ(WriterTest::readAll(file),
        QByteArray("\xBF\xCD\xBB\xA7\xC3\xFB\xB3\xC6,\xCA\xD6\xBB\xFA\r\n\xD5\xC5\xC8\xFD,13800138000\r\n"));
    EXPECT_EQ(stats.unrepresentableCharacters, 0);
}

// For Excel on Traditional Chinese Windows, which reads a CSV without a BOM as Big5 (GBK bytes came out as
// mojibake there). Simplified text is written in Traditional characters, which Big5 holds.
TEST_F(CsvTableWriterTest, Big5WritesTraditionalChineseAsBig5Bytes)
{
    const QString file = path(QStringLiteral("big5.csv"));
    TableWriteStats stats;
    ASSERT_TRUE(writeTable(file, CsvEncoding::Big5, { { QStringLiteral("客戶名稱") }, { QStringLiteral("電話") } },
        { { QStringLiteral("張三"), QStringLiteral("0912345678") }, { QStringLiteral("张"), QString() } }, &stats));
    // 客戶名稱 = AB C8 A4 E1 A6 57 BA D9, 電話 = B9 71 B8 DC, 張三 = B1 69 A4 54; 张 (Simplified) became 張.
    EXPECT_EQ(WriterTest::readAll(file),
        QByteArray(
            "\xAB\xC8\xA4\xE1\xA6\x57\xBA\xD9,\xB9\x71\xB8\xDC\r\n\xB1\x69\xA4\x54,0912345678\r\n\xB1\x69,\r\n"));
    EXPECT_EQ(stats.unrepresentableCharacters, 0);
    EXPECT_EQ(stats.traditionalCells, 1);
}

// A mainland customer in a Taiwanese office's Big5 export: read back, the characters Big5 lacks are in their
// Traditional forms and those it holds are as written, which keeps names right (于 stays the surname 于, 杰 stays
// 杰; found by a review); Traditional text is left exactly as it was (里 is not made 裡), and what Big5 cannot
// hold even so is counted.
TEST_F(CsvTableWriterTest, Big5WritesSimplifiedTextInTraditionalCharacters)
{
    const QString file = path(QStringLiteral("mainland.csv"));
    CsvTableWriter writer(file, CsvEncoding::Big5);
    ASSERT_TRUE(writer.begin(QString(), { { QStringLiteral("名稱") }, { QStringLiteral("備註") } }));
    ASSERT_TRUE(
        writer.writeRow({ QStringLiteral("上海明达贸易有限公司"), QStringLiteral("于丽、周杰伦 发展成皇后镇的分店") }));
    ASSERT_TRUE(writer.writeRow({ QStringLiteral("里長辦公處"), QStringLiteral("王先生 😀") }));
    ASSERT_TRUE(writer.finish());

    const QString text = QStringDecoder("Big5").decode(WriterTest::readAll(file));
    EXPECT_EQ(text,
        QStringLiteral("名稱,備註\r\n上海明達貿易有限公司,于麗、周杰倫 發展成皇后鎮的分店\r\n里長辦公處,王先生 ?\r\n"));
    EXPECT_EQ(writer.stats().traditionalCells, 2); // the two Simplified cells; the emoji has no other form
    EXPECT_EQ(writer.stats().unrepresentableCharacters, 1);
    ASSERT_EQ(writer.warnings().size(), 2);
    EXPECT_TRUE(writer.warnings().first().contains(QLatin1String("written in Traditional characters")));
}

TEST_F(CsvTableWriterTest, GbkCountsCharactersItCannotHold)
{
    const QString file = path(QStringLiteral("gbk-lossy.csv"));
    CsvTableWriter writer(file, CsvEncoding::Gbk);
    ASSERT_TRUE(writer.begin(QString(), { { QStringLiteral("Name") } }));
    // Hangul, an emoji (one character, two UTF-16 units) and a Thai letter are not in GBK; é is.
    ASSERT_TRUE(writer.writeRow({ QStringLiteral("김 café 😀 ก 王") }));
    ASSERT_TRUE(writer.writeRow({ QStringLiteral("한국") }));
    ASSERT_TRUE(writer.finish());

    EXPECT_EQ(WriterTest::readAll(file), QByteArray("Name\r\n? caf\xA8\xA6 ? ? \xCD\xF5\r\n??\r\n"));
    EXPECT_EQ(writer.stats().unrepresentableCharacters, 5);
    ASSERT_EQ(writer.warnings().size(), 1);
    EXPECT_EQ(writer.warnings().first(),
        QStringLiteral("5 character(s) could not be written in the chosen encoding and appear as \"?\" in %1.")
            .arg(file));
}

TEST_F(CsvTableWriterTest, PythonCsvReadsBackQuotesCommasAndLineBreaks)
{
    if (!WriterTest::pythonHas(QStringLiteral("csv")))
        GTEST_SKIP() << "/usr/bin/python3 is not installed";
    const QString file = path(QStringLiteral("quoted.csv"));
    const QStringList values = {
        QStringLiteral("a,b"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("line1\nline2"),
        QStringLiteral("line1\r\nline2"),
        QStringLiteral("上海市浦东新区"),
        QStringLiteral(" padded "),
        QStringLiteral("\"\""),
        QStringLiteral("x;y\tz"),
    };
    QList<QVariantList> rows;
    for (const QString &value : values)
        rows.append({ value, rows.size() });
    ASSERT_TRUE(writeTable(file, CsvEncoding::Utf8WithBom,
        { { QStringLiteral("Text") }, { QStringLiteral("N"), TableColumn::Type::Integer } }, rows));

    const QJsonArray read = WriterTest::runPythonJson(QStringLiteral(R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f))))
)"),
        { file })
                                .array();
    ASSERT_EQ(read.size(), values.size() + 1);
    EXPECT_EQ(read[0].toArray().toVariantList(), QVariantList({ QStringLiteral("Text"), QStringLiteral("N") }));
    for (qsizetype i = 0; i < values.size(); ++i)
        EXPECT_EQ(read[i + 1].toArray().toVariantList(), QVariantList({ values[i], QString::number(i) }))
            << "row " << i;
}

TEST_F(CsvTableWriterTest, MissingFolderNamesTheFile)
{
    const QString file = path(QStringLiteral("no/such/folder/out.csv"));
    CsvTableWriter writer(file);
    const Status status = writer.begin(QString(), { { QStringLiteral("Name") } });
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().file, file);
    EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("Cannot create the file: ")))
        << status.error().message;
    EXPECT_FALSE(QFile::exists(file));
}

#ifdef Q_OS_UNIX
TEST_F(CsvTableWriterTest, FullDiskFailsAndLeavesTheOldFile)
{
    const QString file = path(QStringLiteral("full.csv"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old\r\n");
    }
    Status status;
    {
        WriterTest::FileSizeLimit limit(64 * 1024);
        CsvTableWriter writer(file);
        status = writer.begin(QString(), { { QStringLiteral("Name") } });
        for (int row = 0; status && row < 20000; ++row)
            status = writer.writeRow({ QStringLiteral("a name long enough to fill the disk quickly %1").arg(row) });
        if (status)
            status = writer.finish();
    }
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().file, file);
    EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("Cannot write the file: "))) << status.error().message;
    EXPECT_EQ(WriterTest::readAll(file), QByteArray("old\r\n"));
    EXPECT_EQ(WriterTest::filesIn(m_dir.path()), QStringList { QStringLiteral("full.csv") });
}
#endif

#ifdef Q_OS_UNIX
TEST_F(CsvTableWriterTest, ARealFullDiskIsNamedInTheMessage)
{
    WriterTest::SmallDisk disk(256 * 1024);
    if (!disk.mounted())
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    const QString file = disk.filePath(QStringLiteral("full.csv"));
    QList<QVariantList> rows;
    for (int row = 0; row < 20000; ++row)
        rows << QVariantList { QStringLiteral("a name long enough to fill the disk quickly %1").arg(row) };
    const Status status = writeTable(file, CsvEncoding::Utf8WithBom, { { QStringLiteral("Name") } }, rows);
    ASSERT_FALSE(status);
    // Qt reports a short write on a full disk as "Unknown error"; the message says what happened instead.
    EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("Cannot write the file: the disk is full (")))
        << status.error().message;
    EXPECT_FALSE(QFile::exists(file));
}
#endif

TEST_F(CsvTableWriterTest, CancelledExportLeavesTheOldFile)
{
    const QString file = path(QStringLiteral("cancel.csv"));
    ASSERT_TRUE(writeTable(file, CsvEncoding::Utf8, { { QStringLiteral("Old") } }, {}));
    {
        CsvTableWriter writer(file);
        ASSERT_TRUE(writer.begin(QString(), { { QStringLiteral("New") } }));
        ASSERT_TRUE(writer.writeRow({ QStringLiteral("row") }));
    } // destroyed without finish(): the user pressed Cancel
    EXPECT_EQ(WriterTest::readAll(file), QByteArray("Old\r\n"));
    EXPECT_EQ(WriterTest::filesIn(m_dir.path()), QStringList { QStringLiteral("cancel.csv") });
}

TEST(CsvLineTest, CliHelpersQuoteButDoNotNeutralise)
{
    EXPECT_EQ(Csv::line({ QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e"), QStringLiteral("=x") }),
        QStringLiteral("a,\"b,c\",\"d\"\"e\",=x\r\n"));
    EXPECT_EQ(Csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(Csv::field(QString()), QString());
}

TEST(TableWriterFactoryTest, ChoosesByExtensionOrOption)
{
    auto xlsx = createTableWriter(QStringLiteral("/tmp/out.XLSX"));
    ASSERT_TRUE(xlsx);
    EXPECT_NE(dynamic_cast<XlsxTableWriter *>(xlsx.value().get()), nullptr);
    auto csv = createTableWriter(QStringLiteral("/tmp/out.csv"));
    ASSERT_TRUE(csv);
    EXPECT_NE(dynamic_cast<CsvTableWriter *>(csv.value().get()), nullptr);
    TableWriterOptions options;
    options.format = TableFormat::Csv;
    auto forced = createTableWriter(QStringLiteral("/tmp/out.dat"), options);
    ASSERT_TRUE(forced);
    EXPECT_NE(dynamic_cast<CsvTableWriter *>(forced.value().get()), nullptr);

    auto unknown = createTableWriter(QStringLiteral("/tmp/out.doc"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().file, QStringLiteral("/tmp/out.doc"));
    EXPECT_EQ(unknown.error().message,
        QStringLiteral("Cannot tell which format to write: the file name should end in .xlsx or .csv"));
}

// Formula neutralisation, one case per row: what a text cell holds, and the CSV field written for it.
struct NeutralisationCase
{
    const char *name;
    QString text;
    QString field;
};

class CsvNeutralisationTest : public ::testing::TestWithParam<NeutralisationCase>
{
};

TEST_P(CsvNeutralisationTest, WritesTheExpectedField)
{
    const NeutralisationCase &c = GetParam();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("n.csv"));
    ASSERT_TRUE(writeTable(file, CsvEncoding::Utf8, { { QStringLiteral("T") } }, { { c.text } }));
    EXPECT_EQ(QString::fromUtf8(WriterTest::readAll(file)), QStringLiteral("T\r\n") + c.field + QStringLiteral("\r\n"));
}

INSTANTIATE_TEST_SUITE_P(Rules, CsvNeutralisationTest,
    ::testing::Values(NeutralisationCase { "formula", QStringLiteral("=1+2"), QStringLiteral("'=1+2") },
        NeutralisationCase { "dde", QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("'=cmd|' /C calc'!A0") },
        NeutralisationCase { "hyperlinkQuoted", QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
            QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"") },
        NeutralisationCase { "plus", QStringLiteral("+1+cmd"), QStringLiteral("'+1+cmd") },
        NeutralisationCase { "minus", QStringLiteral("-2+3"), QStringLiteral("'-2+3") },
        NeutralisationCase { "at", QStringLiteral("@SUM(A1:A2)"), QStringLiteral("'@SUM(A1:A2)") },
        NeutralisationCase { "tab", QStringLiteral("\t=1"), QStringLiteral("'\t=1") },
        NeutralisationCase { "carriageReturn", QStringLiteral("\r=1"), QStringLiteral("\"'\r=1\"") },
        NeutralisationCase {
            "phoneWithSpaces", QStringLiteral("+86 138 0013 8000"), QStringLiteral("'+86 138 0013 8000") },
        NeutralisationCase { "loneMinus", QStringLiteral("-"), QStringLiteral("'-") },
        NeutralisationCase { "doubleMinus", QStringLiteral("--1"), QStringLiteral("'--1") },
        NeutralisationCase { "negativeNumber", QStringLiteral("-12.5"), QStringLiteral("-12.5") },
        NeutralisationCase { "positiveNumber", QStringLiteral("+3"), QStringLiteral("+3") },
        NeutralisationCase { "phoneE164", QStringLiteral("+8613800138000"), QStringLiteral("+8613800138000") },
        NeutralisationCase { "exponent", QStringLiteral("-1e5"), QStringLiteral("-1e5") },
        NeutralisationCase { "leadingPoint", QStringLiteral("+.5"), QStringLiteral("+.5") },
        NeutralisationCase { "exponentWithoutDigits", QStringLiteral("-1e"), QStringLiteral("'-1e") },
        NeutralisationCase { "equalsInside", QStringLiteral("a=b"), QStringLiteral("a=b") },
        NeutralisationCase { "plainText", QStringLiteral("王伟"), QStringLiteral("王伟") },
        NeutralisationCase { "leadingSpace", QStringLiteral(" =1"), QStringLiteral(" =1") }),
    [](const ::testing::TestParamInfo<NeutralisationCase> &info) { return std::string(info.param.name); });

} // namespace

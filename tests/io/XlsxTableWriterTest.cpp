#include "WriterTestSupport.h"
#include "io/XlsxReader.h"

#include "io/XlsxTableWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using Type = TableColumn::Type;

// Everything openpyxl sees in the first sheet: values with their python types, formats, bold, quote prefix,
// frozen panes, the autofilter range and the column widths.
const QString kDumpScript = QStringLiteral(R"(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
def typed(v):
    if v is None: return ['none', None]
    if isinstance(v, bool): return ['bool', v]
    if isinstance(v, int): return ['int', v]
    if isinstance(v, float): return ['float', v]
    if isinstance(v, datetime.datetime): return ['datetime', v.isoformat()]
    if isinstance(v, str): return ['str', v]
    return [type(v).__name__, str(v)]
print(json.dumps({
    'sheets': wb.sheetnames,
    'freeze': ws.freeze_panes,
    'filter': ws.auto_filter.ref,
    'widths': {k: d.width for k, d in ws.column_dimensions.items()},
    'rows': [[{'type': typed(c.value)[0], 'value': typed(c.value)[1], 'format': c.number_format,
               'bold': bool(c.font.b), 'quotePrefix': bool(c.quotePrefix)} for c in row] for row in ws.iter_rows()],
}, ensure_ascii=False))
)");

struct Sheet
{
    QJsonObject dump;
    QJsonObject cell(int row, int column) const
    {
        return dump[QStringLiteral("rows")].toArray()[row].toArray()[column].toObject();
    }
    QString type(int row, int column) const { return cell(row, column)[QStringLiteral("type")].toString(); }
    QVariant value(int row, int column) const { return cell(row, column)[QStringLiteral("value")].toVariant(); }
    QString format(int row, int column) const { return cell(row, column)[QStringLiteral("format")].toString(); }
    double width(const char *column) const
    {
        return dump[QStringLiteral("widths")].toObject()[QLatin1String(column)].toDouble();
    }
    qsizetype rowCount() const { return dump[QStringLiteral("rows")].toArray().size(); }
};

class XlsxTableWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!WriterTest::pythonHas(QStringLiteral("openpyxl")))
            GTEST_SKIP() << "python3-openpyxl is not installed for /usr/bin/python3";
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Sheet read(const QString &file) const
    {
        return Sheet { WriterTest::runPythonJson(kDumpScript, { file }).object() };
    }

    QTemporaryDir m_dir;
};

Status writeTable(XlsxTableWriter &writer, const QString &sheetName, const QList<TableColumn> &columns,
    const QList<QVariantList> &rows)
{
    Status status = writer.begin(sheetName, columns);
    for (qsizetype i = 0; status && i < rows.size(); ++i)
        status = writer.writeRow(rows[i]);
    return status ? writer.finish() : status;
}

const QList<QVariantList> kTypedRows = {
    { QStringLiteral("张三有限公司"), 42, 12.5, qint64(123450), QDate(2024, 3, 5),
        QDateTime(QDate(2024, 3, 5), QTime(14, 30)), true },
    { QStringLiteral("=cmd|' /C calc'!A0"), qint64(-7), 0.1, qint64(5), QDate(1900, 3, 1),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59)), false },
    { QStringLiteral("+86 138"), qint64(1234567890123456), QStringLiteral("n/a"), QVariant(), QDate(1900, 2, 28),
        QVariant(), 1 },
    { QStringLiteral("@SUM(A1)"), QVariant(), QVariant(), qint64(-100), QDate(1899, 12, 31), QVariant(), QVariant() },
};

TEST_F(XlsxTableWriterTest, OpenpyxlReadsTypedValues)
{
    const QString file = path(QStringLiteral("typed.xlsx"));
    XlsxTableWriter writer(file);
    ASSERT_TRUE(writeTable(writer, QStringLiteral("客户/2024"), WriterTest::kTypedColumns, kTypedRows));
    EXPECT_EQ(writer.stats().rows, 4);
    EXPECT_EQ(writer.stats().truncatedCells, 0);

    const Sheet sheet = read(file);
    ASSERT_EQ(sheet.rowCount(), 5);
    EXPECT_EQ(
        sheet.dump[QStringLiteral("sheets")].toArray().toVariantList(), QVariantList { QStringLiteral("客户_2024") });

    const QStringList header = { QStringLiteral("Name"), QStringLiteral("Count"), QStringLiteral("Score"),
        QStringLiteral("Amount"), QStringLiteral("Since"), QStringLiteral("Seen"), QStringLiteral("Active") };
    for (int column = 0; column < header.size(); ++column) {
        EXPECT_EQ(sheet.value(0, column).toString(), header[column]);
        EXPECT_TRUE(sheet.cell(0, column)[QStringLiteral("bold")].toBool()) << "header column " << column;
        EXPECT_FALSE(sheet.cell(1, column)[QStringLiteral("bold")].toBool()) << "data column " << column;
    }

    // Row 2: text, int, float, money, date, date-time, bool.
    EXPECT_EQ(sheet.type(1, 0), QStringLiteral("str"));
    EXPECT_EQ(sheet.value(1, 0).toString(), QStringLiteral("张三有限公司"));
    EXPECT_EQ(sheet.format(1, 0), QStringLiteral("General"));
    EXPECT_EQ(sheet.type(1, 1), QStringLiteral("int"));
    EXPECT_EQ(sheet.value(1, 1).toLongLong(), 42);
    EXPECT_EQ(sheet.type(1, 2), QStringLiteral("float"));
    EXPECT_EQ(sheet.value(1, 2).toDouble(), 12.5);
    EXPECT_EQ(sheet.type(1, 3), QStringLiteral("float"));
    EXPECT_EQ(sheet.value(1, 3).toDouble(), 1234.5);
    EXPECT_EQ(sheet.format(1, 3), QStringLiteral("#,##0.00"));
    EXPECT_EQ(sheet.type(1, 4), QStringLiteral("datetime"));
    EXPECT_EQ(sheet.value(1, 4).toString(), QStringLiteral("2024-03-05T00:00:00"));
    EXPECT_EQ(sheet.format(1, 4), QStringLiteral("yyyy-mm-dd"));
    EXPECT_EQ(sheet.type(1, 5), QStringLiteral("datetime"));
    EXPECT_EQ(sheet.value(1, 5).toString(), QStringLiteral("2024-03-05T14:30:00"));
    EXPECT_EQ(sheet.format(1, 5), QStringLiteral("yyyy-mm-dd hh:mm"));
    EXPECT_EQ(sheet.type(1, 6), QStringLiteral("bool"));
    EXPECT_EQ(sheet.value(1, 6).toBool(), true);

    // Row 3: a formula-like text stays the same string, with the Text format; the first day after Excel's
    // phantom 29 February 1900 is a date.
    EXPECT_EQ(sheet.type(2, 0), QStringLiteral("str"));
    EXPECT_EQ(sheet.value(2, 0).toString(), QStringLiteral("=cmd|' /C calc'!A0"));
    EXPECT_EQ(sheet.format(2, 0), QStringLiteral("@"));
    EXPECT_EQ(sheet.cell(2, 0)[QStringLiteral("quotePrefix")].toBool(), XlsxTableWriter::usesQuotePrefix());
    EXPECT_FALSE(sheet.cell(1, 0)[QStringLiteral("quotePrefix")].toBool());
    EXPECT_EQ(sheet.value(2, 1).toLongLong(), -7);
    EXPECT_EQ(sheet.value(2, 2).toDouble(), 0.1);
    EXPECT_EQ(sheet.value(2, 3).toDouble(), 0.05);
    EXPECT_EQ(sheet.value(2, 4).toString(), QStringLiteral("1900-03-01T00:00:00"));
    EXPECT_EQ(sheet.value(2, 5).toString(), QStringLiteral("1999-12-31T23:59:00"));
    EXPECT_EQ(sheet.type(2, 6), QStringLiteral("bool"));
    EXPECT_EQ(sheet.value(2, 6).toBool(), false);

    // Row 4: values Excel cannot hold as numbers stay text, exactly; empty cells are empty.
    EXPECT_EQ(sheet.format(3, 0), QStringLiteral("@"));
    EXPECT_EQ(sheet.type(3, 1), QStringLiteral("str"));
    EXPECT_EQ(sheet.value(3, 1).toString(), QStringLiteral("1234567890123456"));
    EXPECT_EQ(sheet.type(3, 2), QStringLiteral("str"));
    EXPECT_EQ(sheet.value(3, 2).toString(), QStringLiteral("n/a"));
    EXPECT_EQ(sheet.type(3, 3), QStringLiteral("none"));
    EXPECT_EQ(sheet.type(3, 4), QStringLiteral("str")); // Excel and LibreOffice disagree about early 1900
    EXPECT_EQ(sheet.value(3, 4).toString(), QStringLiteral("1900-02-28"));
    EXPECT_EQ(sheet.type(3, 5), QStringLiteral("none"));
    EXPECT_EQ(sheet.type(3, 6), QStringLiteral("bool"));
    EXPECT_EQ(sheet.value(3, 6).toBool(), true);

    // Row 5: a date before Excel's first day is text.
    EXPECT_EQ(sheet.format(4, 0), QStringLiteral("@"));
    EXPECT_EQ(sheet.value(4, 3).toDouble(), -1.0);
    EXPECT_EQ(sheet.type(4, 4), QStringLiteral("str"));
    EXPECT_EQ(sheet.value(4, 4).toString(), QStringLiteral("1899-12-31"));

    EXPECT_EQ(sheet.dump[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
    EXPECT_EQ(sheet.dump[QStringLiteral("filter")].toString(), QStringLiteral("A1:G5"));
}

// A percentage is the fraction with a percent format, as Excel stores one typed as "13%".
TEST_F(XlsxTableWriterTest, PercentagesAreFractionsWithAPercentFormat)
{
    const QString file = path(QStringLiteral("percent.xlsx"));
    XlsxTableWriter writer(file);
    const QList<TableColumn> columns { { QStringLiteral("Tax"), Type::Percent, 0 },
        { QStringLiteral("Share"), Type::Percent, 1 } };
    ASSERT_TRUE(writeTable(writer, QStringLiteral("Rates"), columns, { { 0.13, 0.1667 }, { QVariant(), 1 } }));
    const Sheet sheet = read(file);
    EXPECT_EQ(sheet.type(1, 0), QStringLiteral("float"));
    EXPECT_DOUBLE_EQ(sheet.value(1, 0).toDouble(), 0.13);
    EXPECT_EQ(sheet.format(1, 0), QStringLiteral("0%"));
    EXPECT_DOUBLE_EQ(sheet.value(1, 1).toDouble(), 0.1667);
    EXPECT_EQ(sheet.format(1, 1), QStringLiteral("0.0%"));
    EXPECT_EQ(sheet.type(2, 0), QStringLiteral("none"));
    EXPECT_EQ(sheet.value(2, 1).toDouble(), 1.0);
}

// Text that looks like Excel's own escape of a character ("_x0041_" for "A") stays as written.
TEST_F(XlsxTableWriterTest, TextLikeAnEscapedCharacterStaysAsWritten)
{
    const QString file = path(QStringLiteral("escapes.xlsx"));
    XlsxTableWriter writer(file);
    const QList<QVariantList> rows { { QStringLiteral("Code_x0041_Z literal") },
        { QStringLiteral("_x005F_ and _x_") } };
    ASSERT_TRUE(writeTable(writer, QStringLiteral("Codes"), { { QStringLiteral("Name"), Type::Text } }, rows));
    // Excel and LibreOffice read "_x005F_" as "_"; openpyxl shows the cell as stored, with Excel's escape.
    const Sheet sheet = read(file);
    EXPECT_EQ(sheet.value(1, 0).toString(), QStringLiteral("Code_x005F_x0041_Z literal"));
    EXPECT_EQ(sheet.value(2, 0).toString(), QStringLiteral("_x005F_x005F_ and _x_"));
    // Our own reader reads the text as written, as Excel shows it.
    auto reader = XlsxReader::open(file);
    ASSERT_TRUE(reader.ok());
    ASSERT_TRUE(reader.value()->selectSheet(QString()).ok());
    QStringList read;
    QVariantList row;
    while (reader.value()->readRow(row))
        read << row.value(0).toString();
    EXPECT_EQ(read,
        (QStringList {
            QStringLiteral("Name"), QStringLiteral("Code_x0041_Z literal"), QStringLiteral("_x005F_ and _x_") }));
}

TEST_F(XlsxTableWriterTest, HeaderOnlyTableHasFilterOnTheHeader)
{
    const QString file = path(QStringLiteral("empty.xlsx"));
    XlsxTableWriter writer(file);
    ASSERT_TRUE(writeTable(writer, QStringLiteral("Empty"), WriterTest::kTypedColumns, {}));
    const Sheet sheet = read(file);
    EXPECT_EQ(sheet.rowCount(), 1);
    EXPECT_EQ(sheet.dump[QStringLiteral("filter")].toString(), QStringLiteral("A1:G1"));
    EXPECT_EQ(sheet.dump[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
}

TEST_F(XlsxTableWriterTest, ColumnWidthsFollowTheHeaderAndTheFirstRows)
{
    const QString file = path(QStringLiteral("widths.xlsx"));
    const QList<TableColumn> columns
        = { { QStringLiteral("Id") }, { QStringLiteral("Name") }, { QStringLiteral("Ascii") },
              { QStringLiteral("Chinese") }, { QStringLiteral("Notes") }, { QStringLiteral("Late") } };
    QList<QVariantList> rows;
    for (quint32 i = 0; i < XlsxTableWriter::kWidthSampleRows; ++i)
        rows.append({ i, QStringLiteral("Company %1").arg(i), QStringLiteral("abcdefghij"),
            QStringLiteral("北京有限公司客户名称"), QString(300, QLatin1Char('x')), QStringLiteral("ab") });
    // Past the sample: not measured, so one long value does not widen the column.
    rows.append({ 1, QString(), QString(), QString(), QString(), QString(50, QLatin1Char('y')) });
    XlsxTableWriter writer(file);
    ASSERT_TRUE(writeTable(writer, QStringLiteral("Widths"), columns, rows));

    const Sheet sheet = read(file);
    // libxlsxwriter stores a width w as whole 1/256ths of (7w + 5) / 7 character widths (Excel's padding).
    const auto stored = [](int width) { return int((width * 7 + 5) / 7.0 * 256) / 256.0; };
    EXPECT_EQ(sheet.width("A"), stored(8)); // "Id" and short numbers: the minimum
    EXPECT_EQ(sheet.width("B"), stored(11 + 2)); // "Company 199"
    EXPECT_EQ(sheet.width("C"), stored(10 + 2)); // ten ASCII letters
    EXPECT_EQ(sheet.width("D"), stored(20 + 2)); // ten Chinese characters count double
    EXPECT_EQ(sheet.width("E"), stored(XlsxTableWriter::kMaxColumnWidth)); // capped
    EXPECT_EQ(sheet.width("F"), stored(8));
}

TEST_F(XlsxTableWriterTest, LongTextIsCutToExcelsLimitAndCounted)
{
    const QString file = path(QStringLiteral("long.xlsx"));
    QString emojiAtTheLimit = QString(XlsxTableWriter::kMaxCellChars - 1, QLatin1Char('b')) + QStringLiteral("😀");
    XlsxTableWriter writer(file);
    ASSERT_TRUE(writeTable(writer, QStringLiteral("Long"), { { QStringLiteral("Text") } },
        { { QString(40000, QLatin1Char('a')) }, { emojiAtTheLimit }, { QStringLiteral("short") } }));
    EXPECT_EQ(writer.stats().truncatedCells, 2);
    ASSERT_EQ(writer.warnings().size(), 1);
    EXPECT_EQ(writer.warnings().first(),
        QStringLiteral("2 cell(s) in %1 held more than the 32,767 characters Excel allows and were cut short.")
            .arg(file));

    const Sheet sheet = read(file);
    EXPECT_EQ(sheet.value(1, 0).toString(), QString(XlsxTableWriter::kMaxCellChars, QLatin1Char('a')));
    // The emoji's two halves are not split: the cell ends before it.
    EXPECT_EQ(sheet.value(2, 0).toString(), QString(XlsxTableWriter::kMaxCellChars - 1, QLatin1Char('b')));
    EXPECT_EQ(sheet.value(3, 0).toString(), QStringLiteral("short"));
}

TEST_F(XlsxTableWriterTest, LibreOfficeShowsTheSameText)
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    const QString file = path(QStringLiteral("typed.xlsx"));
    XlsxTableWriter writer(file);
    ASSERT_TRUE(writeTable(writer, QStringLiteral("Typed"), WriterTest::kTypedColumns, kTypedRows));

    QProcess soffice;
    soffice.start(QStringLiteral("soffice"),
        { QStringLiteral("--headless"),
            QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo-profile")),
            QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,,true"),
            QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("lo")), file });
    ASSERT_TRUE(soffice.waitForFinished(180000));
    ASSERT_EQ(soffice.exitCode(), 0) << soffice.readAllStandardError().toStdString();

    // LibreOffice quotes the cells it holds as text, so the quotes show the types too: numbers, dates and
    // booleans bare, the formula-like texts quoted (they did not run), the 16-digit integer kept as text.
    const QString csv = QString::fromUtf8(WriterTest::readAll(m_dir.filePath(QStringLiteral("lo/typed.csv"))));
    EXPECT_EQ(csv,
        QStringLiteral("\"Name\",\"Count\",\"Score\",\"Amount\",\"Since\",\"Seen\",\"Active\"\n"
                       "\"张三有限公司\",42,12.5,\"1,234.50\",2024-03-05,2024-03-05 14:30,TRUE\n"
                       "\"=cmd|' /C calc'!A0\",-7,0.1,0.05,1900-03-01,1999-12-31 23:59,FALSE\n"
                       "\"+86 138\",\"1234567890123456\",\"n/a\",,\"1900-02-28\",,TRUE\n"
                       "\"@SUM(A1)\",,,-1.00,\"1899-12-31\",,\n"));
}

TEST_F(XlsxTableWriterTest, MissingFolderNamesTheFile)
{
    const QString file = path(QStringLiteral("no/such/folder/out.xlsx"));
    XlsxTableWriter writer(file);
    const Status status = writer.begin(QStringLiteral("Sheet"), { { QStringLiteral("Name") } });
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().file, file);
    EXPECT_TRUE(status.error().message.startsWith(
        QStringLiteral("Cannot create a file in the folder %1: ").arg(path(QStringLiteral("no/such/folder")))))
        << status.error().message;
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(XlsxTableWriterTest, ReplacesAnExistingFileOnlyWhenFinished)
{
    const QString file = path(QStringLiteral("replace.xlsx"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    {
        XlsxTableWriter cancelled(file);
        ASSERT_TRUE(cancelled.begin(QStringLiteral("Sheet"), { { QStringLiteral("Name") } }));
        ASSERT_TRUE(cancelled.writeRow({ QStringLiteral("row") }));
    } // destroyed without finish(): the user pressed Cancel
    EXPECT_EQ(WriterTest::readAll(file), QByteArray("old"));
    EXPECT_EQ(WriterTest::filesIn(m_dir.path()), QStringList { QStringLiteral("replace.xlsx") });

    XlsxTableWriter writer(file);
    ASSERT_TRUE(
        writeTable(writer, QStringLiteral("Sheet"), { { QStringLiteral("Name") } }, { { QStringLiteral("new") } }));
    EXPECT_EQ(read(file).value(1, 0).toString(), QStringLiteral("new"));
    EXPECT_EQ(WriterTest::filesIn(m_dir.path()), QStringList { QStringLiteral("replace.xlsx") });
    EXPECT_TRUE(QFile::permissions(file).testFlag(QFileDevice::ReadOther));
}

#ifdef Q_OS_UNIX
TEST_F(XlsxTableWriterTest, FullDiskFailsWithAStatusAndLeavesNoFile)
{
    const QString file = path(QStringLiteral("full.xlsx"));
    Status status;
    {
        WriterTest::FileSizeLimit limit(256 * 1024);
        XlsxTableWriter writer(file);
        status = writer.begin(
            QStringLiteral("Sheet"), { { QStringLiteral("Name") }, { QStringLiteral("N"), Type::Integer } });
        for (int row = 0; status && row < 20000; ++row)
            status = writer.writeRow({ QStringLiteral("a name long enough to fill the disk %1").arg(row), row });
        if (status)
            status = writer.finish();
    }
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().file, file);
    EXPECT_EQ(status.error().message,
        QStringLiteral("Cannot write the temporary data to %1; the disk may be full")
            .arg(QDir::toNativeSeparators(QDir::tempPath())));
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(WriterTest::filesIn(m_dir.path()).isEmpty());
}
#endif

} // namespace

#include "io/XlsxReader.h"
#include "io/TableReader.h"

#include "../core/TestSupport.h"
#include "XlsxTestFiles.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTime>
#include <QtEndian>

#include <functional>

#include <gtest/gtest.h>

using namespace XlsxTestFiles;

namespace {

struct ReadRow
{
    qint64 number;
    QVariantList cells;
};

// Every row of the selected sheet, failing the test on a reader error.
QList<ReadRow> readAll(XlsxReader &reader)
{
    QList<ReadRow> rows;
    QVariantList row;
    while (reader.readRow(row))
        rows.append({ reader.rowNumber(), row });
    EXPECT_FALSE(reader.error().has_value()) << reader.error()->toString();
    return rows;
}

// The value and its exact type: QVariant's == would let 1 == true or "1" == 1.
::testing::AssertionResult sameValue(const QVariant &actual, const QVariant &expected)
{
    if (actual.metaType() == expected.metaType() && actual == expected)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "got " << actual.metaType().name() << " " << actual.toString()
                                         << ", expected " << expected.metaType().name() << " " << expected.toString();
}

void expectRow(const ReadRow &actual, qint64 number, const QVariantList &expected)
{
    EXPECT_EQ(actual.number, number);
    ASSERT_EQ(actual.cells.size(), expected.size()) << "row " << number;
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(sameValue(actual.cells.at(i), expected.at(i))) << "row " << number << ", column " << i + 1;
}

class XlsxReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (!hasPythonModule(QStringLiteral("openpyxl")))
            GTEST_SKIP() << "/usr/bin/python3 with openpyxl (python3-openpyxl) is needed to make test workbooks";
    }

public:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes a workbook with openpyxl; the script gets the output path as sys.argv[1] and ends with wb.save().
    QString openpyxlWorkbook(const QString &name, const QString &script)
    {
        QString problem;
        const QString file = path(name);
        EXPECT_TRUE(runPython(QStringLiteral("import sys, datetime, openpyxl\n") + script, { file }, &problem))
            << problem;
        return file;
    }

    QString handMade(const QString &name, const Parts &parts, const QStringList &stored = {})
    {
        QString problem;
        const QString file = path(name);
        EXPECT_TRUE(writeZip(file, parts, &problem, stored)) << problem;
        return file;
    }

    std::unique_ptr<XlsxReader> open(const QString &file, const TableLimits &limits = {})
    {
        auto reader = XlsxReader::open(file, limits);
        EXPECT_TRUE(reader.ok()) << reader.error().toString();
        return reader.ok() ? std::move(reader).value() : nullptr;
    }

protected:
    QTemporaryDir m_dir;
};

TEST_F(XlsxReaderTest, ReadsAnOpenpyxlWorkbookWithExactValuesAndTypes)
{
    const QString file = openpyxlWorkbook(QStringLiteral("customers.xlsx"), QStringLiteral(R"(
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "客户"
ws.append(["Company", "城市", "Employees", "Balance", "Active", "Since", "Last call"])
ws.append(["北京星辰科技有限公司", "北京", 250, -1234.75, True, datetime.date(2023, 5, 4), datetime.datetime(2024, 2, 29, 13, 45, 30)])
ws.append([])
ws.append(["Acme Ltd", None, 9007199254740993 // 2 * 2, 0.1, False, datetime.date(1999, 12, 31), datetime.datetime(2000, 1, 1, 0, 0, 1)])
ws["B6"] = "gap before and after"
ws["E6"] = 12345678901234
ws.row_dimensions[8].height = 30   # an empty row that exists in the file
ws["A9"] = "last"
second = wb.create_sheet("Orders")
second.append(["Order", "Total"])
second.append(["SO-1", 99.5])
wb.save(sys.argv[1])
)"));
    auto reader = open(file);
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->sheetNames(), (QStringList { QStringLiteral("客户"), QStringLiteral("Orders") }));
    EXPECT_FALSE(reader->uses1904Dates());
    EXPECT_EQ(reader->formatDescription(), QStringLiteral("xlsx"));

    const QList<ReadRow> rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 5);
    expectRow(rows[0], 1,
        { QStringLiteral("Company"), QStringLiteral("城市"), QStringLiteral("Employees"), QStringLiteral("Balance"),
            QStringLiteral("Active"), QStringLiteral("Since"), QStringLiteral("Last call") });
    expectRow(rows[1], 2,
        { QStringLiteral("北京星辰科技有限公司"), QStringLiteral("北京"), 250.0, -1234.75, true, QDate(2023, 5, 4),
            QDateTime(QDate(2024, 2, 29), QTime(13, 45, 30)) });
    expectRow(rows[2], 4,
        { QStringLiteral("Acme Ltd"), QVariant(), 9007199254740992.0, 0.1, false, QDate(1999, 12, 31),
            QDateTime(QDate(2000, 1, 1), QTime(0, 0, 1)) });
    expectRow(
        rows[3], 6, { QVariant(), QStringLiteral("gap before and after"), QVariant(), QVariant(), 12345678901234.0 });
    expectRow(rows[4], 9, { QStringLiteral("last") });
    EXPECT_EQ(reader->progress(), 1.0);

    ASSERT_TRUE(reader->selectSheet(QStringLiteral("Orders")).ok());
    const QList<ReadRow> orders = readAll(*reader);
    ASSERT_EQ(orders.size(), 2);
    expectRow(orders[1], 2, { QStringLiteral("SO-1"), 99.5 });

    // the empty name starts the current sheet again
    ASSERT_TRUE(reader->selectSheet(QString()).ok());
    EXPECT_EQ(readAll(*reader).size(), 2);
    const Status missing = reader->selectSheet(QStringLiteral("Nope"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, QStringLiteral("The workbook has no sheet named Nope."));
    EXPECT_EQ(missing.error().file, QStringLiteral("customers.xlsx"));
}

// The numbers of the rows a table gives, and their first cells.
std::pair<QList<qint64>, QStringList> rowNumbersAndFirstCells(TableReader &table)
{
    std::pair<QList<qint64>, QStringList> read;
    QVariantList row;
    while (table.readRow(row)) {
        read.first << table.rowNumber();
        read.second << row.value(0).toString();
    }
    return read;
}

// Group headings and totals merged across a sheet's columns, as people lay out lists in Excel.
const QString kMergedList = QStringLiteral(R"(wb = openpyxl.Workbook()
ws = wb.active
ws.append(["2024年客户名单"]); ws.merge_cells("A1:E1")
ws.append(["客户名称", "城市", "手机", "邮箱", "金额"])
ws.append(["华北区客户"]); ws.merge_cells("A3:E3")
ws.append(["北京星光科技有限公司", "北京", "13800001001", "a@x.cn", 100])
ws.append(["华南区客户"]); ws.merge_cells("A5:E5")
ws.append(["广州白云电器", "广州", "13800001003", None, 300])
ws.append(["合计：2 家", None, None, None, 400]); ws.merge_cells("A7:D7")
ws.append(["备注"]); ws.merge_cells("A8:A9")
ws.merge_cells("B10:B12")
wb.save(sys.argv[1])
)");

TEST_F(XlsxReaderTest, KnowsTheMergedRunsOfColumnsOfEachRowFromTheFirstRowOn)
{
    auto reader = open(openpyxlWorkbook(QStringLiteral("merged.xlsx"), kMergedList));
    ASSERT_TRUE(reader);
    QList<std::pair<qint64, QList<int>>> seen;
    QVariantList row;
    while (reader->readRow(row)) {
        QList<int> columns;
        for (const MergedSpan &span : reader->mergedSpans())
            columns << span.first << span.last;
        seen.append({ reader->rowNumber(), columns });
    }
    ASSERT_FALSE(reader->error().has_value()) << reader->error()->toString();
    const QList<std::pair<qint64, QList<int>>> expected { { 1, { 0, 4 } }, { 2, {} }, { 3, { 0, 4 } }, { 4, {} },
        { 5, { 0, 4 } }, { 6, {} }, { 7, { 0, 3 } }, { 8, {} } };
    EXPECT_EQ(seen, expected);
}

TEST_F(XlsxReaderTest, ATableLeavesOutHeadingsAndTotalsMergedAcrossItsColumns)
{
    auto table = openTable(openpyxlWorkbook(QStringLiteral("merged.xlsx"), kMergedList));
    ASSERT_TRUE(table.ok()) << table.error().toString();
    const auto [rows, names] = rowNumbersAndFirstCells(*table.value());
    ASSERT_FALSE(table.value()->error().has_value());
    // The title above the header is passed over as before; the merge down A8:A9 is one column: a record.
    EXPECT_EQ(rows, (QList<qint64> { 2, 4, 6, 8 }));
    EXPECT_EQ(names.value(1), QStringLiteral("北京星光科技有限公司"));
    const QList<LeftOutRow> leftOut = table.value()->leftOutRows();
    ASSERT_EQ(leftOut.size(), 3);
    EXPECT_EQ(leftOut[0].row, 3);
    EXPECT_EQ(leftOut[0].range, QStringLiteral("A3:E3"));
    EXPECT_EQ(leftOut[0].text, QStringLiteral("华北区客户"));
    EXPECT_EQ(leftOut[1].range, QStringLiteral("A5:E5"));
    EXPECT_EQ(leftOut[2].range, QStringLiteral("A7:D7"));
    EXPECT_EQ(leftOut[2].text, QStringLiteral("合计：2 家  400"));

    // Read again from the start, nothing is listed twice.
    ASSERT_TRUE(table.value()->selectSheet(QString()).ok());
    EXPECT_EQ(rowNumbersAndFirstCells(*table.value()).first, rows);
    EXPECT_EQ(table.value()->leftOutRows().size(), 3);
}

TEST_F(XlsxReaderTest, CellsMergedUnderOneHeadingAreRecords)
{
    // Names merged across A:B under a heading merged the same way: each row is a customer.
    auto table = openTable(openpyxlWorkbook(QStringLiteral("wide.xlsx"), QStringLiteral(R"(wb = openpyxl.Workbook()
ws = wb.active
ws.append(["客户名称", None, "城市"]); ws.merge_cells("A1:B1")
for r, (name, city) in enumerate([("甲公司", "上海"), ("乙公司", "杭州"), ("丙公司", "南京")], start=2):
    ws.append([name, None, city]); ws.merge_cells(f"A{r}:B{r}")
wb.save(sys.argv[1])
)")));
    ASSERT_TRUE(table.ok()) << table.error().toString();
    int records = 0;
    QVariantList row;
    while (table.value()->readRow(row))
        ++records;
    EXPECT_EQ(records, 4); // the header and three customers
    EXPECT_TRUE(table.value()->leftOutRows().isEmpty());
}

TEST_F(XlsxReaderTest, ACellMergedDownRowsGivesItsValueToEachRow)
{
    // A company's name merged down beside its two contacts, as Excel shows it: on both rows.
    auto reader = open(openpyxlWorkbook(QStringLiteral("down.xlsx"), QStringLiteral(R"(wb = openpyxl.Workbook()
ws = wb.active
ws.append(["客户名称", "城市", "联系人"])
ws.append(["甲公司", "上海", "张三"])
ws.append([None, None, "李四"])
ws.append(["乙公司", "杭州", "王五"])
ws.append([None, None, None])
ws.append([None, "南京", "赵六"])
ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3")
ws.merge_cells("A4:A6")
wb.save(sys.argv[1])
)")));
    ASSERT_TRUE(reader);
    const QList<ReadRow> rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 5); // row 5 is empty beside the merge: still passed over
    expectRow(rows[1], 2, { QStringLiteral("甲公司"), QStringLiteral("上海"), QStringLiteral("张三") });
    expectRow(rows[2], 3, { QStringLiteral("甲公司"), QStringLiteral("上海"), QStringLiteral("李四") });
    expectRow(rows[4], 6, { QStringLiteral("乙公司"), QStringLiteral("南京"), QStringLiteral("赵六") });
    // From the start again, the same.
    ASSERT_TRUE(reader->selectSheet(QString()).ok());
    const QList<ReadRow> again = readAll(*reader);
    ASSERT_EQ(again.size(), 5);
    expectRow(again[2], 3, { QStringLiteral("甲公司"), QStringLiteral("上海"), QStringLiteral("李四") });
}

TEST_F(XlsxReaderTest, AHeaderOfTwoRowsNamesTheColumnsUnderAGroup)
{
    // "联系方式" across 电话 and 邮箱, the other names merged down over both rows: one header, as people read it.
    auto table = openTable(openpyxlWorkbook(QStringLiteral("two-rows.xlsx"), QStringLiteral(R"(wb = openpyxl.Workbook()
ws = wb.active
ws.append(["客户名称", "城市", "联系方式", None, "备注"])
ws.append([None, None, "电话", "邮箱", None])
ws.merge_cells("C1:D1"); ws.merge_cells("A1:A2"); ws.merge_cells("B1:B2"); ws.merge_cells("E1:E2")
ws.append(["甲公司", "上海", "13800000001", "a@jia.cn", "老客户"])
ws.append(["乙公司", "杭州", "13800000002", "b@yi.cn", None])
wb.save(sys.argv[1])
)")));
    ASSERT_TRUE(table.ok()) << table.error().toString();
    QVariantList row;
    ASSERT_TRUE(table.value()->readRow(row));
    EXPECT_EQ(row,
        (QVariantList { QStringLiteral("客户名称"), QStringLiteral("城市"), QStringLiteral("电话"),
            QStringLiteral("邮箱"), QStringLiteral("备注") }));
    ASSERT_TRUE(table.value()->readRow(row));
    EXPECT_EQ(table.value()->rowNumber(), 3);
    EXPECT_EQ(row.value(0).toString(), QStringLiteral("甲公司"));
    ASSERT_TRUE(table.value()->readRow(row));
    EXPECT_EQ(table.value()->rowNumber(), 4);
    EXPECT_FALSE(table.value()->readRow(row));
    EXPECT_TRUE(table.value()->leftOutRows().isEmpty());
}

TEST_F(XlsxReaderTest, HeadingsWithTextAfterThemAndBoxesAreNoRecords)
{
    // Found by a review: a heading with a note beside it and a total with its sum as text are still headings when
    // they span half the header or more; a heading merged as a box (A6:B7) fills no row below; the header's
    // names merged down over two rows make no record.
    auto table = openTable(openpyxlWorkbook(QStringLiteral("boxes.xlsx"), QStringLiteral(R"(wb = openpyxl.Workbook()
ws = wb.active
ws.append(["公司名称", "联系人", "电话", "城市", "金额"])
ws.append([None, None, None, None, None])
ws.merge_cells("A1:A2"); ws.merge_cells("D1:D2")
ws.append(["华南区客户", None, None, "负责人：张三"]); ws.merge_cells("A3:C3")
ws.append(["甲公司", "张三", "13800000001", "广州", 100])
ws.append(["合计：1 家", None, None, None, "¥100"]); ws.merge_cells("A5:D5")
ws.append(["华东区"]); ws.merge_cells("A6:B7")
ws.append([None, None, "13800000002", "上海"])
wb.save(sys.argv[1])
)")));
    ASSERT_TRUE(table.ok()) << table.error().toString();
    const auto [rows, names] = rowNumbersAndFirstCells(*table.value());
    EXPECT_EQ(rows, (QList<qint64> { 1, 4, 7 }));
    EXPECT_EQ(names.value(2), QString()); // not "华东区"
    ASSERT_EQ(table.value()->leftOutRows().size(), 3);
    EXPECT_EQ(table.value()->leftOutRows().at(2).range, QStringLiteral("A6:B6"));
}

TEST_F(XlsxReaderTest, RecordsWithCellsMergedAfterTheirFirstAreKept)
{
    // Found by a review: "北京市" across 省份 and 城市, an address across two columns, a name across 名称 and 简称
    // followed by text: each is a customer, not a heading.
    auto table = openTable(openpyxlWorkbook(QStringLiteral("records.xlsx"), QStringLiteral(R"(wb = openpyxl.Workbook()
ws = wb.active
ws.append(["客户名称", "简称", "省份", "城市", "地址", "备注", "电话"])
ws.append(["北京丙公司", "丙", "北京市", None, "朝阳路1号", None, "13800000003"]); ws.merge_cells("C2:D2")
ws.append(["上海丁公司", "丁", "上海", "上海", "浦东大道2号", None, "13800000004"]); ws.merge_cells("E3:F3")
ws.append(["广州戊贸易有限公司", None, "广东", "广州", None, None, "13800000005"]); ws.merge_cells("A4:B4")
ws.append(["合计：3 家", None, None, None, None, None, 3]); ws.merge_cells("A5:F5")
wb.save(sys.argv[1])
)")));
    ASSERT_TRUE(table.ok()) << table.error().toString();
    QList<qint64> rows;
    QVariantList row;
    while (table.value()->readRow(row))
        rows << table.value()->rowNumber();
    EXPECT_EQ(rows, (QList<qint64> { 1, 2, 3, 4 }));
    ASSERT_EQ(table.value()->leftOutRows().size(), 1);
    EXPECT_EQ(table.value()->leftOutRows().first().range, QStringLiteral("A5:F5"));
}

TEST_F(XlsxReaderTest, ASheetReadTwiceCountsOnceAgainstTheUnpackingLimit)
{
    // The merged cells are found in a first pass over the sheet: a workbook just within the limit still opens.
    QByteArray rows;
    for (int r = 1; r <= 2000; ++r)
        rows += QStringLiteral(R"(<row r="%1"><c r="A%1"><v>%1</v></c><c r="B%1"><v>7</v></c></row>)").arg(r).toUtf8();
    const Parts parts = workbookParts({ sheet(rows) });
    qint64 total = 0;
    for (const auto &part : parts)
        total += part.second.size();
    TableLimits limits;
    limits.maxUncompressedBytes = total + 16;
    auto reader = open(handMade(QStringLiteral("just-within.xlsx"), parts), limits);
    ASSERT_TRUE(reader);
    EXPECT_EQ(readAll(*reader).size(), 2000);
    // Reading the sheet again from the start counts nothing more.
    ASSERT_TRUE(reader->selectSheet(QString()).ok());
    EXPECT_EQ(readAll(*reader).size(), 2000);
}

TEST_F(XlsxReaderTest, ProgressGrowsWithTheBytesOfTheSheetRead)
{
    const QString file = openpyxlWorkbook(QStringLiteral("long.xlsx"), QStringLiteral(R"(
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Long")
for i in range(40000):
    ws.append(["customer %d" % i, i * 7 % 1000, i / 3])
wb.save(sys.argv[1])
)"));
    auto reader = open(file);
    ASSERT_TRUE(reader);
    const double atStart = reader->progress();
    EXPECT_GT(atStart, 0.0);
    EXPECT_LT(atStart, 0.1);
    QVariantList row;
    double last = atStart;
    qint64 rows = 0;
    while (reader->readRow(row)) {
        ASSERT_GE(reader->progress(), last);
        last = reader->progress();
        if (++rows == 20000) {
            EXPECT_GT(last, 0.4);
            EXPECT_LT(last, 0.6);
        }
    }
    EXPECT_FALSE(reader->error().has_value());
    EXPECT_EQ(rows, 40000);
    EXPECT_EQ(reader->rowNumber(), 40000);
    EXPECT_EQ(reader->progress(), 1.0);
}

TEST_F(XlsxReaderTest, ReadsDatesInThe1904System)
{
    const QString file = openpyxlWorkbook(QStringLiteral("mac.xlsx"), QStringLiteral(R"(
from openpyxl.utils.datetime import CALENDAR_MAC_1904
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.append([datetime.date(2023, 5, 4), datetime.datetime(1904, 1, 1, 6, 0), datetime.date(1904, 1, 1), 7])
wb.save(sys.argv[1])
)"));
    auto reader = open(file);
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->uses1904Dates());
    const QList<ReadRow> rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 1);
    expectRow(rows[0], 1, { QDate(2023, 5, 4), QDateTime(QDate(1904, 1, 1), QTime(6, 0)), QDate(1904, 1, 1), 7.0 });
}

TEST_F(XlsxReaderTest, HeaderOnlyAndEmptySheets)
{
    const QString file = handMade(QStringLiteral("shapes.xlsx"),
        workbookParts({ sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>)"), sheet(""),
            sheet(R"(<row r="1"/><row r="2"><c r="A2" s="1"/></row>)"),
            R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>)" }));
    auto reader = open(file);
    ASSERT_TRUE(reader);
    const QList<ReadRow> header = readAll(*reader);
    ASSERT_EQ(header.size(), 1);
    expectRow(header[0], 1, { QStringLiteral("Name") });
    for (const QString &empty : { QStringLiteral("Sheet2"), QStringLiteral("Sheet3"), QStringLiteral("Sheet4") }) {
        ASSERT_TRUE(reader->selectSheet(empty).ok()) << empty;
        EXPECT_EQ(readAll(*reader).size(), 0) << empty;
        EXPECT_EQ(reader->progress(), 1.0);
    }
}

TEST_F(XlsxReaderTest, ResolvesAbsoluteAndRelativeSheetTargetsAndCellsWithoutReferences)
{
    Parts parts = workbookParts(
        { sheet(R"(<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>)"),
            sheet(R"(<row r="5"><c r="B5" t="str"><v>second</v></c></row>)") });
    parts[3].first = QStringLiteral("xl/sheets/other name.xml"); // the second sheet, somewhere else
    for (auto &[name, content] : parts) {
        if (name == QStringLiteral("xl/_rels/workbook.xml.rels"))
            content.replace("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml")
                .replace("worksheets/sheet2.xml", "../xl/sheets/other name.xml");
    }
    auto reader = open(handMade(QStringLiteral("targets.xlsx"), parts));
    ASSERT_TRUE(reader);
    QList<ReadRow> rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2);
    expectRow(rows[0], 1, { 1.0, 2.0 });
    expectRow(rows[1], 2, { QVariant(), QVariant(), 3.0, 4.0 });
    ASSERT_TRUE(reader->selectSheet(QStringLiteral("Sheet2")).ok());
    rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 1);
    expectRow(rows[0], 5, { QVariant(), QStringLiteral("second") });
}

TEST_F(XlsxReaderTest, ReadsAWorkbookThatLibreOfficeWroteFromACsvFixture)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice, package libreoffice-calc-nogui) is needed for this cross-check";
    const QString csv = path(QStringLiteral("customers.csv"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CLIENTELE_TEST_DATA "/xlsx/customers.csv"), csv));
    QProcess office;
    office.start(soffice,
        { QStringLiteral("--headless"),
            QStringLiteral("-env:UserInstallation=file://") + path(QStringLiteral("lo-profile")),
            QStringLiteral("--infilter=Text - txt - csv (StarCalc):44,34,76,1"), QStringLiteral("--convert-to"),
            QStringLiteral("xlsx"), QStringLiteral("--outdir"), m_dir.path(), csv });
    ASSERT_TRUE(office.waitForFinished(180000)) << office.errorString();
    auto reader = open(path(QStringLiteral("customers.xlsx")));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->sheetNames(), QStringList { QStringLiteral("customers") });
    const QList<ReadRow> rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 4);
    expectRow(rows[0], 1,
        { QStringLiteral("Company"), QStringLiteral("城市"), QStringLiteral("Mobile"), QStringLiteral("Annual sales"),
            QStringLiteral("Since"), QStringLiteral("Active") });
    expectRow(rows[1], 2,
        { QStringLiteral("北京星辰科技有限公司"), QStringLiteral("北京"), 13800138000.0, 1250000.5, QDate(2023, 5, 4),
            true });
    expectRow(rows[2], 3,
        { QStringLiteral("Acme Trading Ltd"), QStringLiteral("Shanghai"), 13912345678.0, -3200.0, QDate(2019, 11, 30),
            false });
    expectRow(rows[3], 4,
        { QStringLiteral("上海 \"海鸥\" 贸易"), QStringLiteral("上海"), QVariant(), 42.0, QDate(2024, 2, 29), true });
}

// One cell of a hand-made workbook and the value it must read as.
struct CellCase
{
    const char *name;
    QByteArray cellXml; // the <c> element at A1
    QVariant expected;
    bool date1904 = false;
};

class XlsxCellTest : public XlsxReaderTest, public ::testing::WithParamInterface<CellCase>
{
};

const QByteArray sharedStringItems = R"(<si><t>plain</t></si>
<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and </t></r><r><rPr><i/></rPr><t>italic</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>
<si><t>&lt;a &amp; b&gt;</t></si>)";

TEST_P(XlsxCellTest, ReadsTheValue)
{
    const CellCase &cell = GetParam();
    const QByteArray rows = R"(<row r="1">)" + cell.cellXml + "</row>";
    auto reader
        = open(handMade(QStringLiteral("cell.xlsx"), workbookParts({ sheet(rows) }, sharedStringItems, cell.date1904)));
    ASSERT_TRUE(reader);
    const QList<ReadRow> read = readAll(*reader);
    ASSERT_EQ(read.size(), 1);
    ASSERT_EQ(read[0].cells.size(), 1);
    EXPECT_TRUE(sameValue(read[0].cells[0], cell.expected));
}

INSTANTIATE_TEST_SUITE_P(Cells, XlsxCellTest,
    ::testing::Values(CellCase { "SharedString", R"(<c r="A1" t="s"><v>0</v></c>)", QStringLiteral("plain") },
        CellCase { "RichTextSharedString", R"(<c r="A1" t="s"><v>1</v></c>)", QStringLiteral("Bold and italic") },
        CellCase { "PhoneticGuideLeftOut", R"(<c r="A1" t="s"><v>2</v></c>)", QStringLiteral("東京") },
        CellCase { "EscapedSharedString", R"(<c r="A1" t="s"><v>3</v></c>)", QStringLiteral("<a & b>") },
        CellCase { "InlineString", R"(<c r="A1" t="inlineStr"><is><t> 客户 </t></is></c>)", QStringLiteral(" 客户 ") },
        CellCase { "RichInlineString", R"(<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>)",
            QStringLiteral("ab") },
        CellCase { "CachedFormulaString", R"(<c r="A1" t="str"><f>B1&amp;"x"</f><v>cached</v></c>)",
            QStringLiteral("cached") },
        CellCase { "CachedFormulaNumber", R"(<c r="A1"><f>SUM(1,2)</f><v>3</v></c>)", 3.0 },
        CellCase { "True", R"(<c r="A1" t="b"><v>1</v></c>)", true },
        CellCase { "False", R"(<c r="A1" t="b"><v>0</v></c>)", false },
        CellCase { "ErrorValue", R"(<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>)", QStringLiteral("#DIV/0!") },
        CellCase { "LargeInteger", R"(<c r="A1" t="n"><v>1234567890123456</v></c>)", 1234567890123456.0 },
        CellCase { "Negative", R"(<c r="A1"><v>-42.5</v></c>)", -42.5 },
        CellCase { "Scientific", R"(<c r="A1"><v>1.5E-7</v></c>)", 1.5e-7 },
        CellCase { "BuiltInDate", R"(<c r="A1" s="1"><v>45000</v></c>)", QDate(2023, 3, 15) },
        CellCase {
            "CustomDateTime", R"(<c r="A1" s="2"><v>45000.5</v></c>)", QDateTime(QDate(2023, 3, 15), QTime(12, 0)) },
        CellCase {
            "BuiltInDateTime", R"(<c r="A1" s="6"><v>45000.75</v></c>)", QDateTime(QDate(2023, 3, 15), QTime(18, 0)) },
        CellCase { "TimeOfDay", R"(<c r="A1" s="3"><v>0.75</v></c>)", QTime(18, 0) },
        CellCase { "ChineseBuiltInDate", R"(<c r="A1" s="7"><v>45000</v></c>)", QDate(2023, 3, 15) },
        CellCase { "DateLettersInQuotesAreNotADate", R"(<c r="A1" s="4"><v>45000</v></c>)", 45000.0 },
        CellCase { "ColourBracketIsNotADate", R"(<c r="A1" s="5"><v>45000</v></c>)", 45000.0 },
        CellCase { "FirstDayOf1900", R"(<c r="A1" s="1"><v>1</v></c>)", QDate(1900, 1, 1) },
        CellCase { "DayBeforeFictitiousLeapDay", R"(<c r="A1" s="1"><v>59</v></c>)", QDate(1900, 2, 28) },
        CellCase { "FictitiousLeapDay", R"(<c r="A1" s="1"><v>60</v></c>)", QDate(1900, 2, 28) },
        CellCase { "DayAfterFictitiousLeapDay", R"(<c r="A1" s="1"><v>61</v></c>)", QDate(1900, 3, 1) },
        CellCase { "Date1904", R"(<c r="A1" s="1"><v>45000</v></c>)", QDate(2027, 3, 16), true },
        CellCase {
            "DateTime1904", R"(<c r="A1" s="2"><v>0.25</v></c>)", QDateTime(QDate(1904, 1, 1), QTime(6, 0)), true },
        CellCase { "MillisecondsRoundedUpToNextDay", R"(<c r="A1" s="2"><v>45000.9999999999</v></c>)",
            QDateTime(QDate(2023, 3, 16), QTime(0, 0)) },
        CellCase { "NegativeSerialStaysANumber", R"(<c r="A1" s="1"><v>-1</v></c>)", -1.0 },
        CellCase { "IsoDateType", R"(<c r="A1" t="d"><v>2024-02-29</v></c>)", QDate(2024, 2, 29) },
        CellCase { "UnknownStyleIsANumber", R"(<c r="A1" s="99"><v>45000</v></c>)", 45000.0 }),
    [](const ::testing::TestParamInfo<CellCase> &info) { return std::string(info.param.name); });

TEST_F(XlsxReaderTest, ReadsSheetMarkupOfOtherWritersInAnyChunking)
{
    // prefixed names, attributes in any order and quote style, comments, processing instructions, CDATA,
    // entities and character references, formulas, phonetic guides, and a <c> in an extension after the data
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment before the root -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:relationships">
<x:cols><x:col min="1" max="3" width="12" customWidth="1"/></x:cols>
<x:sheetData>
  <x:row r='1' spans="1:4">
    <x:c t='s' r='A1'><x:v>0</x:v></x:c>
    <x:c s = "1"   r = "B1"><x:v>45000</x:v></x:c>
    <x:c t="inlineStr" r="C1"><x:is><x:t>Tom &amp; Jerry &#x4E2D;&#25991; &lt;&quot;&apos;&gt;</x:t></x:is></x:c>
    <x:c r="D1"><x:v>&#49;&#x32;.5</x:v></x:c>
  </x:row>
  <x:row r="3"><!-- between cells --><x:c r="B3" t="str"><x:f>A1&amp;"&lt;b&gt;"</x:f><x:v><![CDATA[a<b>]]></x:v></x:c><?pi ignored?><x:c r="C3"/><x:c r="D3" t="b"><x:v> 1 </x:v></x:c></x:row>
  <x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">one </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>two</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:is></x:c></x:row>
</x:sheetData>
<x:extLst><x:ext uri="{x}"><x:c r="Z9"><x:v>99</x:v></x:c></x:ext></x:extLst>
</x:worksheet>
)";
    auto reader = open(handMade(QStringLiteral("markup.xlsx"), workbookParts({ xml }, sharedStringItems)));
    ASSERT_TRUE(reader);
    for (const qsizetype chunk : { 0, 1, 2, 3, 7, 64 }) {
        reader->setSheetChunkBytes(chunk);
        ASSERT_TRUE(reader->selectSheet(QString()).ok());
        const QList<ReadRow> rows = readAll(*reader);
        ASSERT_EQ(rows.size(), 3) << "chunk " << chunk;
        expectRow(rows[0], 1,
            { QStringLiteral("plain"), QDate(2023, 3, 15), QStringLiteral("Tom & Jerry 中文 <\"'>"), 12.5 });
        expectRow(rows[1], 3, { QVariant(), QStringLiteral("a<b>"), QVariant(), true });
        expectRow(rows[2], 4, { QStringLiteral("one two") });
    }
}

// A bad or hostile file and what the reader must say about it.
struct BadCase
{
    const char *name;
    std::function<QString(XlsxReaderTest &, const QString &)> make; // writes the file, returns its path
    QString message; // the start of error().message
    int row = -1;
    int column = -1;
    TableLimits limits = {};
    bool anyPlace = false; // where the damage shows depends on how much of the part was read first
};

class XlsxBadFileTest : public XlsxReaderTest, public ::testing::WithParamInterface<BadCase>
{
};

// The error of opening the file or, when it opens, of reading all of its sheets.
std::optional<Error> firstError(const QString &file, const TableLimits &limits)
{
    auto reader = XlsxReader::open(file, limits);
    if (!reader)
        return reader.error();
    for (const QString &name : reader.value()->sheetNames()) {
        if (Status selected = reader.value()->selectSheet(name); !selected)
            return selected.error();
        QVariantList row;
        while (reader.value()->readRow(row)) { }
        if (reader.value()->error())
            return reader.value()->error();
    }
    return std::nullopt;
}

TEST_P(XlsxBadFileTest, IsRefusedWithAClearMessage)
{
    const BadCase &bad = GetParam();
    const QString file = bad.make(*this, QStringLiteral("bad.xlsx"));
    ASSERT_FALSE(HasFailure());
    const std::optional<Error> error = firstError(file, bad.limits);
    ASSERT_TRUE(error.has_value()) << "no error";
    EXPECT_TRUE(error->message.startsWith(bad.message)) << error->message;
    EXPECT_EQ(error->file, QFileInfo(file).fileName());
    if (!bad.anyPlace) {
        EXPECT_EQ(error->row, bad.row) << error->message;
        EXPECT_EQ(error->column, bad.column) << error->message;
    }
}

QString writeBytes(XlsxReaderTest &test, const QString &name, const QByteArray &bytes)
{
    QFile file(test.path(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A minimal OLE compound file (as Excel's .xls and password-protected .xlsx are) with the named streams.
QString oleFile(XlsxReaderTest &test, const QString &name, const QStringList &streams)
{
    const QString script = QStringLiteral(R"(
import struct, sys
names = ["Root Entry"] + sys.argv[2:]
header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
header += bytes(6) + struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE) + struct.pack("<I", 0)
header += struct.pack("<I", 0) + b"\xFF" * (4 * 108)
fat = struct.pack("<II", 0xFFFFFFFD, 0xFFFFFFFE) + b"\xFF" * (512 - 8)
directory = b""
for i, n in enumerate(names):
    encoded = n.encode("utf-16-le") + b"\0\0"
    entry = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), 5 if i == 0 else 2, 1)
    entry += struct.pack("<III", 0xFFFFFFFF, i + 1 if i + 1 < len(names) else 0xFFFFFFFF, 1 if i == 0 else 0xFFFFFFFF)
    entry = entry.ljust(116, b"\0") + struct.pack("<IQ", 0xFFFFFFFE, 0)
    directory += entry
open(sys.argv[1], "wb").write(header + fat + directory.ljust(512, b"\0"))
)");
    QString problem;
    const QString file = test.path(name);
    EXPECT_TRUE(runPython(script, QStringList { file } + streams, &problem)) << problem;
    return file;
}

QString validWorkbook(
    XlsxReaderTest &test, const QString &name, const QByteArray &rows = {}, const QStringList &stored = {})
{
    QByteArray data = rows;
    if (data.isEmpty()) {
        for (int i = 1; i <= 200; ++i)
            data += QStringLiteral(
                R"(<row r="%1"><c r="A%1" t="inlineStr"><is><t>Customer number %1</t></is></c><c r="B%1"><v>%2</v></c></row>)")
                        .arg(i)
                        .arg(i * 37 % 1000)
                        .toUtf8();
    }
    return test.handMade(name, workbookParts({ sheet(data) }), stored);
}

// Overwrites the 32-bit field at offset `at` of the central directory record of `entry`.
QString patchCentralDirectory(XlsxReaderTest &test, const QString &name, const QByteArray &entry, int at, quint32 value)
{
    QByteArray bytes = readBytes(validWorkbook(test, name));
    qsizetype found = bytes.indexOf("PK\x01\x02");
    while (found >= 0 && bytes.mid(found + 46, entry.size()) != entry)
        found = bytes.indexOf("PK\x01\x02", found + 4);
    EXPECT_GE(found, 0);
    qToLittleEndian<quint32>(value, bytes.data() + found + at);
    return writeBytes(test, name, bytes);
}

// Text that deflate cannot squeeze much (so that a large cell is not refused as a zip bomb first).
QByteArray noise(int size)
{
    QByteArray text(size, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &c : text) {
        state = state * 1103515245u + 12345u;
        c = char('a' + (state >> 16) % 26);
    }
    return text;
}

QString columns(int count)
{
    QString cells;
    for (int i = 0; i < count; ++i)
        cells += QStringLiteral(R"(<c t="b"><v>1</v></c>)");
    return cells;
}

TableLimits smallBudget()
{
    TableLimits limits;
    limits.maxUncompressedBytes = 200 * 1024;
    return limits;
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, XlsxBadFileTest,
    ::testing::Values(
        BadCase { "NotAZip",
                  [](XlsxReaderTest &t, const QString &n) { return writeBytes(t, n, "Name,Phone\nAcme,123\n"); },
                  QStringLiteral("The file is not an Excel workbook") },
        BadCase { "EmptyFile", [](XlsxReaderTest &t, const QString &n) { return writeBytes(t, n, {}); },
                  QStringLiteral("The file is not an Excel workbook") },
        BadCase { "TruncatedZip",
                  [](XlsxReaderTest &t, const QString &n) {
                      const QByteArray bytes = readBytes(validWorkbook(t, QStringLiteral("whole.xlsx")));
                      return writeBytes(t, n, bytes.left(bytes.size() / 2));
                  },
                  QStringLiteral("The file cannot be read as a zip archive") },
        BadCase { "CorruptDeflateData",
                  [](XlsxReaderTest &t, const QString &n) {
                      QByteArray bytes = readBytes(validWorkbook(t, QStringLiteral("whole.xlsx")));
                      const qsizetype sheet = bytes.indexOf("xl/worksheets/sheet1.xml");
                      for (qsizetype i = sheet + 100; i < sheet + 400; i += 7)
                          bytes[i] = char(bytes[i] ^ 0x5A);
                      return writeBytes(t, n, bytes);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml is damaged") },
        BadCase { "ChecksumMismatchInStoredPart",
                  [](XlsxReaderTest &t, const QString &n) {
                      QByteArray bytes = readBytes(validWorkbook(t, QStringLiteral("whole.xlsx"), {},
                                                                 { QStringLiteral("xl/worksheets/sheet1.xml") }));
                      const qsizetype at = bytes.indexOf("Customer number 150");
                      bytes[at] = 'K'; // still well-formed XML: only the CRC can tell
                      return writeBytes(t, n, bytes);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml is damaged: its checksum") },
        BadCase { "ZipWithoutWorkbook",
                  [](XlsxReaderTest &t, const QString &n) {
                      return t.handMade(n, { { QStringLiteral("word/document.xml"), "<w/>" } });
                  },
                  QStringLiteral("The file is a zip archive but not an Excel workbook: it has no xl/workbook.xml") },
        BadCase { "PasswordProtected",
                  [](XlsxReaderTest &t, const QString &n) {
                      return oleFile(t, n, { QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage") });
                  },
                  QStringLiteral("The workbook is protected with a password") },
        BadCase { "LegacyXls",
                  [](XlsxReaderTest &t, const QString &n) { return oleFile(t, n, { QStringLiteral("Workbook") }); },
                  QStringLiteral("The workbook is in the old .xls format") },
        BadCase { "OtherOleFile",
                  [](XlsxReaderTest &t, const QString &n) {
                      return oleFile(t, n, { QStringLiteral("WordDocument") });
                  },
                  QStringLiteral("The file is not an Excel workbook.") },
        BadCase { "ZipBombByRatio",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n, QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")
                                                     + QByteArray(8 * 1024 * 1024, ' '));
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml is compressed more than 200 times") },
        BadCase { "ZipBombBySize",
                  [](XlsxReaderTest &t, const QString &n) {
                      QByteArray rows;
                      for (int i = 1; i <= 6000; ++i)
                          rows += QStringLiteral(R"(<row r="%1"><c r="A%1"><v>%2</v></c></row>)")
                                      .arg(i)
                                      .arg(i * 7919 % 104729)
                                      .toUtf8();
                      return validWorkbook(t, n, rows);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml would unpack to"), -1, -1, smallBudget() },
        BadCase { "CentralDirectoryUnderstatesSize",
                  [](XlsxReaderTest &t, const QString &n) {
                      return patchCentralDirectory(t, n, "xl/worksheets/sheet1.xml", 24, 1000);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml cannot be unpacked") },
        BadCase { "BothHeadersUnderstateSize",
                  [](XlsxReaderTest &t, const QString &n) {
                      const QString file = patchCentralDirectory(t, n, "xl/worksheets/sheet1.xml", 24, 1000);
                      QByteArray bytes = readBytes(file);
                      qsizetype found = bytes.indexOf("PK\x03\x04");
                      while (found >= 0 && bytes.mid(found + 30, 24) != "xl/worksheets/sheet1.xml")
                          found = bytes.indexOf("PK\x03\x04", found + 4);
                      EXPECT_GE(found, 0);
                      qToLittleEndian<quint32>(1000, bytes.data() + found + 22);
                      return writeBytes(t, n, bytes);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml is damaged: its checksum"), -1, -1, {}, true },
        BadCase { "HeaderOverstatesSize",
                  [](XlsxReaderTest &t, const QString &n) {
                      return patchCentralDirectory(t, n, "xl/worksheets/sheet1.xml", 24, 0x7FFFFFFF);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml is compressed more than 200 times") },
        BadCase { "HeaderOverstatesCompressedSize",
                  [](XlsxReaderTest &t, const QString &n) {
                      return patchCentralDirectory(t, n, "xl/worksheets/sheet1.xml", 20, 0x7FFFFFFF);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml cannot be unpacked") },
        BadCase { "BillionLaughs",
                  [](XlsxReaderTest &t, const QString &n) {
                      QByteArray xml = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)";
                      xml += R"(<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)";
                      for (int i = 2; i <= 9; ++i)
                          xml += QStringLiteral(R"(<!ENTITY lol%1 "&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;&lol%2;">)")
                                     .arg(i)
                                     .arg(i - 1)
                                     .toUtf8();
                      xml += R"(]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>)";
                      return t.handMade(n, workbookParts({ xml }));
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml contains a document type declaration") },
        BadCase { "ExternalEntityInSharedStrings",
                  [](XlsxReaderTest &t, const QString &n) {
                      Parts parts = workbookParts({ sheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)") });
                      for (auto &[name, content] : parts) {
                          if (name == QStringLiteral("xl/sharedStrings.xml"))
                              content = R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>)";
                      }
                      return t.handMade(n, parts);
                  },
                  QStringLiteral("The part xl/sharedStrings.xml contains a document type declaration") },
        BadCase { "DtdInWorkbook",
                  [](XlsxReaderTest &t, const QString &n) {
                      Parts parts = workbookParts({ sheet({}) });
                      for (auto &[name, content] : parts) {
                          if (name == QStringLiteral("xl/workbook.xml"))
                              content.replace("<workbook ", "<!DOCTYPE workbook [<!ENTITY a \"b\">]><workbook ");
                      }
                      return t.handMade(n, parts);
                  },
                  QStringLiteral("The part xl/workbook.xml contains a document type declaration") },
        BadCase { "TwoGigabyteFile",
                  [](XlsxReaderTest &t, const QString &n) {
                      const QString file = validWorkbook(t, n);
                      QFile sparse(file);
                      EXPECT_TRUE(sparse.resize(qint64(2) * 1024 * 1024 * 1024)); // a hole, not 2 GB on disk
                      return file;
                  },
                  QStringLiteral("The file is 2147483648 bytes, larger than the limit of 2147483647 bytes") },
        BadCase { "SixteenThousandColumns",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n,
                                           QStringLiteral(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2">%1</row>)")
                                               .arg(columns(16384))
                                               .toUtf8());
                  },
                  QStringLiteral("Row 2 has more than 4096 columns"), 2, 4097 },
        BadCase { "OneMegabyteCell",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n,
                                           R"(<row r="7"><c r="C7" t="inlineStr"><is><t>)"
                                               + noise(1024 * 1024 + 1) + "</t></is></c></row>");
                  },
                  QStringLiteral("Cell C7 has more than 1048576 characters"), 7, 3 },
        BadCase { "OneMegabyteSharedString",
                  [](XlsxReaderTest &t, const QString &n) {
                      return t.handMade(n, workbookParts({ sheet({}) }, "<si><t>" + noise(1024 * 1024 + 1)
                                                                            + "</t></si>"));
                  },
                  QStringLiteral("Shared string 1 has more than 1048576 characters") },
        BadCase { "SharedStringOutOfRange",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n, R"(<row r="3"><c r="B3" t="s"><v>7</v></c></row>)");
                  },
                  QStringLiteral("Cell B3 refers to shared string 7, which the workbook does not have."), 3, 2 },
        BadCase { "NotANumber",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n, R"(<row r="4"><c r="D4"><v>12abc</v></c></row>)");
                  },
                  QStringLiteral("Cell D4 holds 12abc where a number belongs."), 4, 4 },
        BadCase { "BadCellReference",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n, R"(<row r="2"><c r="7"><v>1</v></c></row>)");
                  },
                  QStringLiteral("The cell reference 7 in row 2 is not valid."), 2, 1 },
        BadCase { "MalformedSheetXml",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n, R"(<row r="5"><c r="A5"><v>1</c></row>)");
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml is not well-formed XML"), 5, 1 },
        BadCase { "SheetXmlEndsEarly",
                  [](XlsxReaderTest &t, const QString &n) {
                      Parts parts = workbookParts({ "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\">" });
                      return t.handMade(n, parts);
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml ends too early"), 2 },
        BadCase { "SheetEndsInsideATag",
                  [](XlsxReaderTest &t, const QString &n) {
                      return t.handMade(n, workbookParts({ "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"" }));
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml ends too early"), 2 },
        BadCase { "SheetEndsInsideAnAttribute",
                  [](XlsxReaderTest &t, const QString &n) {
                      return t.handMade(n, workbookParts({ "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"inl" }));
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml ends too early"), 2 },
        BadCase { "SheetEndsInsideText",
                  [](XlsxReaderTest &t, const QString &n) {
                      return t.handMade(n, workbookParts({ "<worksheet><sheetData><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>Acme Tra" }));
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml ends too early"), 3, 2 },
        BadCase { "UndefinedEntityInSheet",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n, R"(<row r="2"><c r="C2" t="inlineStr"><is><t>&nbsp;</t></is></c></row>)");
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml is not well-formed XML (line 2): the entity &nbsp; is "
                                 "not defined"),
                  2, 3 },
        BadCase { "EntityDeclarationInSheetData",
                  [](XlsxReaderTest &t, const QString &n) {
                      return validWorkbook(t, n, R"(<row r="1"><c r="A1"><v>1</v></c></row><!ENTITY a "b">)");
                  },
                  QStringLiteral("The part xl/worksheets/sheet1.xml contains a document type declaration"), 1 },
        BadCase { "MissingSheetPart",
                  [](XlsxReaderTest &t, const QString &n) {
                      Parts parts = workbookParts({ sheet({}) });
                      parts.removeIf([](const auto &part) { return part.first.startsWith(QStringLiteral("xl/worksheets")); });
                      return t.handMade(n, parts);
                  },
                  QStringLiteral("The sheet Sheet1 has no data in the file") }),
    [](const ::testing::TestParamInfo<BadCase> &info) { return std::string(info.param.name); });

TEST_F(XlsxReaderTest, ExplainsALegacyXlsFileThatLibreOfficeWrote)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice, package libreoffice-calc-nogui) is needed for this cross-check";
    const QString csv = path(QStringLiteral("customers.csv"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CLIENTELE_TEST_DATA "/xlsx/customers.csv"), csv));
    QProcess office;
    office.start(soffice,
        { QStringLiteral("--headless"),
            QStringLiteral("-env:UserInstallation=file://") + path(QStringLiteral("lo-profile")),
            QStringLiteral("--convert-to"), QStringLiteral("xls"), QStringLiteral("--outdir"), m_dir.path(), csv });
    ASSERT_TRUE(office.waitForFinished(180000)) << office.errorString();
    auto reader = XlsxReader::open(path(QStringLiteral("customers.xls")));
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().message,
        QStringLiteral("The workbook is in the old .xls format. Save it as .xlsx or CSV in Excel or "
                       "LibreOffice, then import it."));
    EXPECT_EQ(reader.error().file, QStringLiteral("customers.xls"));
}

TEST(XlsxReaderSignature, RecognisesZipAndOleFiles)
{
    EXPECT_TRUE(XlsxReader::recognises(QByteArray("PK\x03\x04\x14\x00", 6)));
    EXPECT_TRUE(XlsxReader::recognises(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
    EXPECT_FALSE(XlsxReader::recognises("Name,Phone"));
    EXPECT_FALSE(XlsxReader::recognises(QByteArray()));
}

} // namespace

// openpyxl writes formulas without their result (it does not calculate): such a cell reads as empty, and the rest
// of the row and the file as usual. It stopped the whole import ("Cell E2 holds  where a number belongs").
TEST_F(XlsxReaderTest, AFormulaWithoutASavedResultIsAnEmptyCell)
{
    const QString file = openpyxlWorkbook(QStringLiteral("formulas.xlsx"), QStringLiteral(R"(
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["Name", "Total"])
ws.append(["Acme", "=1+1"])
ws.append(["Beta", 3])
wb.save(sys.argv[1])
)"));
    auto reader = open(file);
    ASSERT_TRUE(reader);
    ASSERT_TRUE(reader->selectSheet(QString()).ok());
    QVariantList row;
    QList<QVariantList> rows;
    while (reader->readRow(row))
        rows << row;
    EXPECT_FALSE(reader->error().has_value()) << reader->error()->toString().toStdString();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1].value(0).toString(), QStringLiteral("Acme"));
    EXPECT_FALSE(rows[1].value(1).isValid());
    EXPECT_EQ(rows[2].value(1).toInt(), 3);
}

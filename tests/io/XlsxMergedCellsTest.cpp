#include "io/XlsxMergedCells.h"
#include "../core/TestSupport.h"

#include <QByteArray>
#include <QList>

#include <gtest/gtest.h>

namespace {

// Gives `xml` to scan() `chunk` bytes at a time.
XlsxMergedCells scanInChunks(const QByteArray &xml, qsizetype chunk)
{
    qsizetype at = 0;
    auto merged = XlsxMergedCells::scan([&]() -> Result<QByteArray> {
        const QByteArray next = xml.mid(at, chunk);
        at += next.size();
        return next;
    });
    EXPECT_TRUE(merged.ok());
    return merged.ok() ? std::move(merged).value() : XlsxMergedCells();
}

::testing::AssertionResult spansAre(const QList<MergedSpan> &spans, const QList<std::pair<int, int>> &expected)
{
    QList<std::pair<int, int>> actual;
    for (const MergedSpan &span : spans)
        actual.append({ span.first, span.last });
    if (actual == expected)
        return ::testing::AssertionSuccess();
    auto text = [](const QList<std::pair<int, int>> &list) {
        QString out;
        for (const auto &[first, last] : list)
            out += QStringLiteral("[%1,%2]").arg(first).arg(last);
        return out.toStdString();
    };
    return ::testing::AssertionFailure() << "got " << text(actual) << ", expected " << text(expected);
}

const QByteArray kSheet = R"(<?xml version="1.0"?><worksheet><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Say &lt;mergeCell ref="A1:C1"/&gt; here</t></is></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>mergeCell ref="A5:Z5"</t></is></c></row>
</sheetData><mergeCells count="5"><mergeCell ref="A5:E5"/><mergeCell ref="B9:C9"/>
<mergeCell ref='G9:H9' /><mergeCell ref="A12:A14"/><mergeCell ref="D20"/></mergeCells></worksheet>)";

TEST(XlsxMergedCellsTest, FindsRunsOfColumnsByTheirTopRow)
{
    const XlsxMergedCells merged = scanInChunks(kSheet, 64 * 1024);
    EXPECT_TRUE(spansAre(merged.spansAt(5), { { 0, 4 } }));
    EXPECT_TRUE(spansAre(merged.spansAt(9), { { 1, 2 }, { 6, 7 } }));
    // A merge down one column (A12:A14) is no run of columns but a merge down rows; a single cell is neither;
    // text that only says "mergeCell" is no element.
    EXPECT_TRUE(merged.spansAt(12).isEmpty());
    ASSERT_EQ(merged.downFrom(12).size(), 1);
    EXPECT_EQ(merged.downFrom(12).first().column, 0);
    EXPECT_EQ(merged.downFrom(12).first().lastRow, 14);
    EXPECT_TRUE(merged.downFrom(5).isEmpty());
    EXPECT_TRUE(merged.spansAt(20).isEmpty());
    EXPECT_TRUE(merged.downFrom(20).isEmpty());
    EXPECT_TRUE(merged.spansAt(1).isEmpty());
    EXPECT_EQ(merged.size(), 4);
}

TEST(XlsxMergedCellsTest, AnElementSplitBetweenChunksIsFoundAtEverySplit)
{
    for (qsizetype chunk = 1; chunk <= 40; ++chunk) {
        const XlsxMergedCells merged = scanInChunks(kSheet, chunk);
        EXPECT_TRUE(spansAre(merged.spansAt(5), { { 0, 4 } })) << "chunks of " << chunk;
        EXPECT_TRUE(spansAre(merged.spansAt(9), { { 1, 2 }, { 6, 7 } })) << "chunks of " << chunk;
        EXPECT_EQ(merged.size(), 4) << "chunks of " << chunk;
    }
}

TEST(XlsxMergedCellsTest, PrefixedElementsAndAnyOrderOfCorners)
{
    const XlsxMergedCells merged
        = scanInChunks(R"(<x:worksheet><x:mergeCells><x:mergeCell ref="AB3:AA3"/><x:mergeCell  id="1"  ref="C7:D8"/>)"
                       R"(</x:mergeCells></x:worksheet>)",
            7);
    EXPECT_TRUE(spansAre(merged.spansAt(3), { { 26, 27 } })); // corners in any order
    EXPECT_TRUE(spansAre(merged.spansAt(7), { { 2, 3 } }));
}

TEST(XlsxMergedCellsTest, SpacesAroundTheEqualsSignAsXmlAllows)
{
    const XlsxMergedCells merged = scanInChunks(R"(<mergeCells><mergeCell ref = "A2:F2"/><mergeCell
ref
=
'B4:C4'/><mergeCell xref="A6:C6"/></mergeCells>)",
        5);
    EXPECT_TRUE(spansAre(merged.spansAt(2), { { 0, 5 } }));
    EXPECT_TRUE(spansAre(merged.spansAt(4), { { 1, 2 } }));
    EXPECT_TRUE(merged.spansAt(6).isEmpty()); // another attribute that ends in "ref"
}

TEST(XlsxMergedCellsTest, BrokenReferencesArePassedOver)
{
    XlsxMergedCells merged;
    for (const char *reference : { "", ":", "A:B", "A1:", "1:3", "a1:c1", "A0:C0", "A1:XFE1", "A1048577:C1048577",
             "A1:C1x", "AAAAAAAAAAAAAAAAAAAAAAAA1:B1" })
        merged.add(reference);
    EXPECT_EQ(merged.size(), 0);
    merged.add("A1048576:XFD1048576");
    EXPECT_TRUE(spansAre(merged.spansAt(1048576), { { 0, 16383 } }));
}

TEST(XlsxMergedCellsTest, KeepsAtMostTheLimit)
{
    XlsxMergedCells merged;
    for (int row = 1; row <= XlsxMergedCells::kMaxSpans + 10; ++row)
        merged.add(QStringLiteral("A%1:B%1").arg(row).toStdString());
    EXPECT_EQ(merged.size(), XlsxMergedCells::kMaxSpans);
    EXPECT_TRUE(merged.spansAt(XlsxMergedCells::kMaxSpans + 1).isEmpty());
}

TEST(XlsxMergedCellsTest, AReadErrorIsReturned)
{
    auto merged = XlsxMergedCells::scan([]() -> Result<QByteArray> { return Error(QStringLiteral("damaged")); });
    ASSERT_FALSE(merged.ok());
    EXPECT_EQ(merged.error().message, QStringLiteral("damaged"));
}

} // namespace

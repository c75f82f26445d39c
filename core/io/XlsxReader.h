#pragma once

#include "io/TableReader.h"
#include "io/XlsxMergedCells.h"
#include "io/XlsxNumberFormat.h"
#include "io/XlsxSheetScanner.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <string>

class ZipArchive;
class ZipXmlStream;

// An Excel .xlsx workbook, read sheet by sheet and row by row while the sheet's XML is inflated (memory does
// not grow with the sheet; the shared-string table is the one part held in memory, as Excel's format requires).
//
// Cells: shared and inline strings (rich text runs joined) as QString, numbers as double, booleans as bool,
// error values as their text ("#DIV/0!"), formula cells as their cached value, and numbers in a date or time
// format as QDate, QTime (a time of day alone) or QDateTime, in the workbook's 1900 or 1904 date system.
// Cells missing between others (r="C7" after "A7") are invalid QVariants; trailing empty cells are left off.
// Merged cells are known from the first row on: the sheet is inflated twice, once to find them (XlsxMergedCells).
// A cell merged down rows gives its value to each of them, as Excel shows it.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // Opens the workbook and selects its first sheet. Refuses, with a message naming the file: files over
    // limits.maxFileBytes, anything that is not a zip (legacy .xls and password-protected workbooks, both OLE
    // files, are named as such), archives without a workbook, zip bombs, XML with a DTD, damaged data.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const TableLimits &limits = {});
    // True when the first bytes of a file are a zip or OLE signature, i.e. open() should be the one to
    // read it (or to explain why it cannot).
    static bool recognises(const QByteArray &head);
    ~XlsxReader() override;

    QStringList sheetNames() const override { return m_sheetNames; }
    Status selectSheet(const QString &name) override;
    bool readRow(QVariantList &row) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    const std::optional<Error> &error() const override { return m_error; }
    double progress() const override;
    QString formatDescription() const override { return QStringLiteral("xlsx"); }
    QList<MergedSpan> mergedSpans() const override { return m_merged.spansAt(m_rowNumber); }

    // Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900.
    bool uses1904Dates() const { return m_date1904; }
    // For tests: the sheet's XML is scanned at most this many bytes at a time from the next selectSheet() on, so
    // that tokens are split between chunks (0, the default: as the zip inflates them).
    void setSheetChunkBytes(qsizetype bytes) { m_sheetChunkBytes = bytes; }

private:
    XlsxReader(const QString &path, const TableLimits &limits);
    Status load(const QString &path);
    Status readPackageRels(QString &workbookPart);
    Status readWorkbook(const QString &workbookPart);
    Status readWorkbookRels(
        const QString &workbookPart, QStringList &sheetIds, QString &sharedStringsPart, QString &stylesPart);
    Status readSharedStrings(const QString &part);
    Status readStyles(const QString &part);
    Status openSheet(int index);

    enum class TextStatus
    {
        Ok,
        TooLong,
        Failed,
    };
    // Appends the text of the current element (and of its children) to text, within limits.maxCellChars.
    TextStatus readText(QString &text);
    // Appends the text runs of a shared string item (<si>), leaving out phonetic guides (<rPh>).
    TextStatus readStringItem(QString &text);
    // The same for the sheet's XML, as UTF-8: the text of the current element, and the runs of an <is>.
    TextStatus readSheetText(std::string &text);
    TextStatus readInlineString(std::string &text);

    enum class CellType
    {
        Number,
        SharedString,
        InlineString,
        FormulaString,
        Boolean,
        ErrorValue,
        IsoDate,
    };
    bool readCells(QVariantList &row);
    bool readCell(QVariantList &row, int &nextColumn);
    bool cellValue(CellType type, int style, QVariant &value);
    // Sets error() to the message at the current row and column; returns false for the caller to return.
    bool failAt(const QString &message);
    bool failFromStream();
    // The reference of the cell being read, for messages.
    QString cellReference() const;

    QString m_displayName;
    TableLimits m_limits;
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipXmlStream> m_xml; // the workbook's small parts
    XlsxSheetScanner m_sheetXml; // the sheet's data, by far the largest part
    XlsxMergedCells m_merged; // the selected sheet's, found before its rows are read
    struct FillDown
    {
        qint64 lastRow = 0;
        QVariant value;
    };
    QHash<int, FillDown> m_fillDown; // by column: the value of a merge down rows, for the rows below its top
    void fillMergedDown(QVariantList &row);
    qsizetype m_sheetChunkBytes = 0;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QList<QString> m_sharedStrings;
    QList<XlsxNumberFormat::Kind> m_styleKinds;
    bool m_date1904 = false;
    int m_sheet = -1;
    qint64 m_rowNumber = 0;
    int m_column = -1; // the 0-based column of the cell being read, for messages
    std::string m_cellRef; // and its reference as written, like "C7" (empty when it has none)
    bool m_sheetDone = false;
    std::optional<Error> m_error;
    std::string m_value; // the cell's value as written (UTF-8), reused from cell to cell
};

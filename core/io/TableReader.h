#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <memory>

// Limits that keep a hostile or broken file from exhausting memory or time. Every reader enforces them and
// reports the row and column where one was exceeded.
struct TableLimits
{
    qint64 maxFileBytes = qint64(2) * 1024 * 1024 * 1024 - 1; // larger files are refused before reading
    qint64 maxCellChars = 1024 * 1024;                         // one cell (1 Mi characters)
    int maxColumns = 4096;                                     // per row
    qint64 maxUncompressedBytes = qint64(4) * 1024 * 1024 * 1024; // .xlsx: all parts read, after inflating
    int maxCompressionRatio = 200;                              // .xlsx: a zip bomb has ratios in the thousands
};

// A run of columns merged into one cell on a row (0-based, first < last): a spreadsheet's heading or total.
struct MergedSpan
{
    int first = 0;
    int last = 0;
};

// A row the reader passed over: a heading or total merged across two or more of the table's columns
// ("华南区客户" across A5:E5), which is no record of the table.
struct LeftOutRow
{
    qint64 row = 0; // as Excel shows it
    QString range; // the merged cells, like "A5:E5"
    QString text; // what the row says
};

// The letters Excel names a 0-based column with: A, B, … Z, AA, …
QString tableColumnName(int column);

// One spreadsheet or CSV file, read row by row (streaming: memory does not grow with the file).
//
// Cells are QVariant: QString for text (CSV cells are always text), double for numbers, bool, QDate for
// date cells and QDateTime for date-times (xlsx, with the workbook's 1900 or 1904 date system applied).
// Empty cells are an invalid QVariant or an empty QString.
class TableReader
{
public:
    virtual ~TableReader() = default;

    // Sheets in workbook order (a CSV file has one sheet, named after the file).
    virtual QStringList sheetNames() const = 0;
    // Starts reading the named sheet from its first row (the current one when the name is empty).
    virtual Status selectSheet(const QString &name) = 0;

    // The next row, or false at the end of the sheet or on an error (see error()). Rows that are entirely
    // empty are skipped, but rowNumber() still counts them, so messages name the row a user sees in Excel.
    virtual bool readRow(QVariantList &row) = 0;
    // The 1-based row number of the row readRow() returned last, as Excel shows it: the sheet's row number for
    // xlsx, the record's (a cell's line breaks not counted) for CSV.
    virtual qint64 rowNumber() const = 0;
    // Set when readRow() returned false because of a problem rather than the end of the data.
    virtual const std::optional<Error> &error() const = 0;
    // How far through the file reading has got, 0..1 (for progress bars).
    virtual double progress() const = 0;

    // The merged runs of columns on the row readRow() returned last (xlsx; none for CSV).
    virtual QList<MergedSpan> mergedSpans() const { return {}; }
    // The rows passed over as headings or totals so far (see openTable()).
    virtual QList<LeftOutRow> leftOutRows() const { return {}; }
    // A short description of what was detected, e.g. "UTF-8, comma" or "GB18030, tab" (CSV), "xlsx" (xlsx).
    virtual QString formatDescription() const = 0;
};

// Opens a CSV/TSV/TXT or .xlsx file, by its content (a zip signature is xlsx) rather than its extension.
// Fails with a message naming the file when it cannot be read or is not a table this app understands.
// Title lines above the header are passed over: when the sheet starts with up to three rows of one cell each
// ("客户名单", "导出日期：2025-03-01") followed by a row of several, that row is the first one read (the header).
// Below the header, a row with cells merged across two or more of the header's columns (a group heading such as
// "华南区客户", or a total "合计" beside its sums) is passed over and listed in leftOutRows().
Result<std::unique_ptr<TableReader>> openTable(const QString &path, const TableLimits &limits = {});

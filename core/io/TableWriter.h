#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

// One column of an exported table: its header and the type its cells are written as.
//
// What a cell's QVariant may hold, per type (anything else, or a value that does not convert, is written as
// text, its QVariant::toString(), so nothing the caller passed is lost; an invalid QVariant or an empty string
// is an empty cell in every type):
//   Text      anything; written as text.
//   Integer   an integral number (int, qint64, ...; a double is written as it is) or a string spelling one
//             exactly ("0012" stays text).
//             Values of 16 digits or more are written as text in .xlsx: Excel keeps 15 significant digits.
//   Number    double (or an integral number), or a string of one ("12.50" is written 12.5).
//   Money     integral minor units (qint64 fen/cents); shown with `decimals` decimals: 123450 with decimals 2
//             is 1234.50 (.xlsx: the number 1234.5 formatted "#,##0.00"; CSV: 1234.50). Money stays an
//             integer until it is written, so no rounding happens on the way.
//   Date      QDate (a QDateTime gives its date, an ISO string is parsed); .xlsx: a real Excel date formatted
//             yyyy-mm-dd; CSV: yyyy-mm-dd. .xlsx: dates before 1900-03-01 are written as text (yyyy-mm-dd):
//             Excel has no dates before 1900, and Excel and LibreOffice disagree about January and February 1900.
//   DateTime  QDateTime (or QDate: midnight), written as the date and time it holds, with no time-zone
//             conversion: to show a UTC timestamp in local time, pass dateTime.toLocalTime(). .xlsx: a real
//             Excel date-time formatted yyyy-mm-dd hh:mm (the value keeps its seconds); CSV: yyyy-mm-dd hh:mm.
//   Bool      bool (or an integral 0/1); .xlsx: a boolean cell; CSV: TRUE/FALSE (what Excel reads as booleans).
//   Percent   a fraction as a number (0.13 is 13%, or a string of one); .xlsx: the number 0.13 formatted "0%" with
//             `decimals` digits after the point ("0.0%" for 1); CSV: "13%", "12.5%" (what Excel reads as 0.13).
struct TableColumn
{
    enum class Type
    {
        Text,
        Integer,
        Number,
        Money,
        Date,
        DateTime,
        Bool,
        Percent
    };

    QString title;
    Type type = Type::Text;
    // Money: digits after the decimal point, minor units per major unit = 10^decimals. Percent: digits shown after
    // the point of the percentage in .xlsx.
    int decimals = 2;
};

enum class TableFormat
{
    Xlsx,
    Csv
};

// Excel opens UTF-8 CSV right only with a byte-order mark; Excel on Simplified Chinese Windows saves GBK, on
// Traditional Chinese Windows (Taiwan, Hong Kong) Big5.
enum class CsvEncoding
{
    Utf8WithBom,
    Utf8,
    Gbk,
    Big5
};

struct TableWriterOptions
{
    std::optional<TableFormat> format; // empty: chosen by the file name's extension
    CsvEncoding csvEncoding = CsvEncoding::Utf8WithBom;
};

// What a finished (or failed) export did beside writing the rows; none of it is an error.
struct TableWriteStats
{
    qint64 rows = 0; // data rows written, header not counted
    qint64 truncatedCells = 0; // .xlsx: text longer than Excel's 32,767 characters, cut to fit
    qint64 unrepresentableCharacters = 0; // CSV: characters the encoding cannot hold, written as '?'
    qint64 traditionalCells = 0; // Big5 CSV: cells of Simplified Chinese written in Traditional characters
};

// Writes one table (a header row and data rows) to a file, streaming: memory does not grow with the rows.
//
// Call begin() once, writeRow() per row, then finish(). Nothing appears at path() until finish() succeeds:
// the table is written to a temporary file beside it that replaces path() at the end, so a failed or
// cancelled export (the writer destroyed without finish()) leaves an existing file as it was.
//
// Cells of Text type (and the header) that start with = + - @, a tab or a carriage return are kept from
// running as formulas in a spreadsheet; see XlsxTableWriter and Csv::neutralised() for how.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    explicit TableWriter(QString path)
        : m_path(std::move(path))
    {
    }
    virtual ~TableWriter() = default;
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    const QString &path() const { return m_path; }

    // Opens the file and writes the header row. The sheet name is used where the format has sheets (.xlsx).
    virtual Status begin(const QString &sheetName, const QList<TableColumn> &columns) = 0;
    // One cell per column, in column order; missing trailing cells are empty.
    virtual Status writeRow(const QVariantList &cells) = 0;
    // Completes the file and puts it in place.
    virtual Status finish() = 0;

    const TableWriteStats &stats() const { return m_stats; }
    // The stats worth telling the user about, as translated sentences naming the file.
    QStringList warnings() const;

protected:
    QString m_path;
    TableWriteStats m_stats;
};

// A writer for path: .xlsx, or CSV for .csv/.txt, unless options.format says which. Fails with a message
// naming the file when the extension is neither and no format is given.
Result<std::unique_ptr<TableWriter>> createTableWriter(const QString &path, const TableWriterOptions &options = {});

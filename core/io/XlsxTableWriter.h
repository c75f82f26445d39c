#pragma once

#include "io/TableWriter.h"

#include <QByteArray>
#include <QHash>
#include <QStringEncoder>
#include <QTemporaryFile>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
struct TableCell;

// Streams a table to an .xlsx workbook of one sheet with libxlsxwriter in constant-memory mode (each row goes
// to a temporary file as soon as the next one starts, so memory stays flat for a million rows; the temporary
// data lives in QDir::tempPath()).
//
// Cells are typed (see TableColumn): numbers are numbers, dates and date-times real Excel dates formatted
// yyyy-mm-dd and yyyy-mm-dd hh:mm, booleans booleans, Money a number formatted #,##0.00. The header row is
// bold and frozen, an autofilter spans the header and the data, and each column is as wide as its header and
// its first kWidthSampleRows rows need (wide CJK characters count double), capped at kMaxColumnWidth.
//
// Text is always a string cell, so nothing in it runs as a formula when the file opens. Text that starts with
// = + - @, a tab or a carriage return also gets the Text number format "@" (and the quote prefix where
// libxlsxwriter is 1.1.6 or newer: see usesQuotePrefix()), so Excel keeps it text even when a user edits the
// cell and presses Enter. The value itself is never changed. Text longer than Excel's 32,767 characters is cut
// to fit and counted in stats().truncatedCells.
class XlsxTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    static constexpr quint32 kMaxRows = 1048576; // Excel's limit, the header row included
    static constexpr int kMaxColumns = 16384;
    static constexpr qsizetype kMaxCellChars = 32767;
    static constexpr quint32 kWidthSampleRows = 200;
    static constexpr int kMaxColumnWidth = 60;

    explicit XlsxTableWriter(const QString &path);
    ~XlsxTableWriter() override;

    Status begin(const QString &sheetName, const QList<TableColumn> &columns) override;
    Status writeRow(const QVariantList &cells) override;
    Status finish() override;

    // Whether text cells that look like formulas also get the quote prefix (libxlsxwriter 1.1.6 and newer).
    static bool usesQuotePrefix();

private:
    Status createFormats();
    Status writeHeader();
    static const QString *stringOf(const QVariant &value, const TableColumn &column);
    Status writePlainText(quint32 row, int column, const QString &text, bool sampling);
    Status writeCell(quint32 row, int column, const TableCell &cell);
    Status writeText(quint32 row, int column, QStringView text, lxw_format *format);
    void measure(int column, const TableCell &cell);
    Status placeFile();
    void discardWorkbook();
    Status libraryError(int error) const;

    std::unique_ptr<QTemporaryFile> m_partFile; // the workbook is written here, then renamed to m_path
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_headerTextFormat = nullptr;
    lxw_format *m_textFormat = nullptr; // the Text number format "@": Excel keeps an edited cell text
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    QHash<int, lxw_format *> m_moneyFormats; // by number of decimals
    QHash<int, lxw_format *> m_percentFormats; // by number of decimals
    QList<TableColumn> m_columns;
    QList<lxw_format *> m_columnFormats; // per column: the Money format, else null
    QList<int> m_widths; // per column: the widest text seen, in character widths
    QStringEncoder m_toUtf8;
    QByteArray m_utf8; // one cell's text, reused
    QString m_scratch; // one number's text, reused while measuring
    quint32 m_nextRow = 0;
    bool m_begun = false;
};

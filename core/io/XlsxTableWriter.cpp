#include "XlsxTableWriter.h"

#include "io/TableCell.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace {

// Excel counts days from 1899-12-30 in the 1900 date system. Before 1 March 1900 it also counts a 29 February
// 1900 that never was (kept from Lotus 1-2-3) and LibreOffice does not, so the two would show such a date a
// day apart: those dates are written as text.
const qint64 kExcelEpochJulianDay = QDate(1899, 12, 30).toJulianDay();
const QDate kFirstExcelDate(1900, 3, 1);

double excelSerial(QDate date)
{
    return double(date.toJulianDay() - kExcelEpochJulianDay);
}

// Excel stores 15 significant digits; longer integers (ids, card numbers) would lose their last digits.
constexpr qint64 kMaxExactInteger = 999'999'999'999'999;

// Excel refuses sheet names with []:*?/\, longer than 31 characters, empty, or with apostrophes at the ends.
QString validSheetName(const QString &name)
{
    QString valid = name;
    for (QChar &c : valid) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    while (valid.startsWith(QLatin1Char('\'')))
        valid.remove(0, 1);
    while (valid.endsWith(QLatin1Char('\'')))
        valid.chop(1);
    if (valid.size() > 31)
        valid.truncate(valid.at(30).isHighSurrogate() ? 30 : 31);
    return valid.isEmpty() ? QStringLiteral("Sheet1") : valid;
}

// libxlsxwriter takes UTF-8 file names on Windows (it converts them for _wfopen) and native ones elsewhere.
QByteArray libraryFileName(const QString &fileName)
{
#ifdef Q_OS_WIN
    return fileName.toUtf8();
#else
    return QFile::encodeName(fileName);
#endif
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &path)
    : TableWriter(path)
    , m_toUtf8(QStringConverter::Utf8)
{
}

XlsxTableWriter::~XlsxTableWriter()
{
    discardWorkbook();
}

bool XlsxTableWriter::usesQuotePrefix()
{
#if LXW_VERSION_ID >= 116
    return true;
#else
    return false;
#endif
}

Status XlsxTableWriter::begin(const QString &sheetName, const QList<TableColumn> &columns)
{
    Q_ASSERT(!m_begun && !columns.isEmpty());
    m_begun = true;
    if (columns.size() > kMaxColumns)
        return Status(
            Error(tr("An Excel sheet holds at most %1 columns; the table has %2").arg(kMaxColumns).arg(columns.size()),
                m_path));
    m_columns = columns;
    m_widths.fill(0, columns.size());
    m_columnFormats.fill(nullptr, columns.size());

    // Writing beside the target finds a missing folder or a read-only one now, not after a million rows.
    const QFileInfo target(m_path);
    m_partFile = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!m_partFile->open())
        return Status(Error(tr("Cannot create a file in the folder %1: %2")
                                .arg(QDir::toNativeSeparators(target.absolutePath()), m_partFile->errorString()),
            m_path));
    m_partFile->close();

    QByteArray tempDir = libraryFileName(QDir::tempPath()); // libxlsxwriter keeps a copy
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tempDir.data();
    m_workbook = workbook_new_opt(libraryFileName(m_partFile->fileName()).constData(), &options);
    if (!m_workbook)
        return Status(Error(tr("Cannot start the workbook (out of memory?)"), m_path));
    m_sheet = workbook_add_worksheet(m_workbook, validSheetName(sheetName).toUtf8().constData());
    if (!m_sheet)
        return Status(
            Error(tr("Cannot create a temporary file in %1").arg(QDir::toNativeSeparators(QDir::tempPath())), m_path));
    if (Status formats = createFormats(); !formats)
        return formats;
    return writeHeader();
}

Status XlsxTableWriter::createFormats()
{
    m_headerFormat = workbook_add_format(m_workbook);
    m_headerTextFormat = workbook_add_format(m_workbook);
    m_textFormat = workbook_add_format(m_workbook);
    m_dateFormat = workbook_add_format(m_workbook);
    m_dateTimeFormat = workbook_add_format(m_workbook);
    if (!m_headerFormat || !m_headerTextFormat || !m_textFormat || !m_dateFormat || !m_dateTimeFormat)
        return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED);
    format_set_bold(m_headerFormat);
    format_set_bold(m_headerTextFormat);
    for (lxw_format *textFormat : { m_headerTextFormat, m_textFormat }) {
        format_set_num_format(textFormat, "@");
#if LXW_VERSION_ID >= 116
        format_set_quote_prefix(textFormat);
#endif
    }
    format_set_num_format(m_dateFormat, "yyyy-mm-dd");
    format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm");

    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const bool percent = m_columns[i].type == TableColumn::Type::Percent;
        if (m_columns[i].type != TableColumn::Type::Money && !percent)
            continue;
        const int decimals = m_columns[i].decimals;
        Q_ASSERT(decimals >= 0 && decimals <= 9);
        lxw_format *&format = (percent ? m_percentFormats : m_moneyFormats)[decimals];
        if (!format) {
            format = workbook_add_format(m_workbook);
            if (!format)
                return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED);
            const QByteArray fraction = decimals == 0 ? QByteArray() : "." + QByteArray(decimals, '0');
            const QByteArray pattern = percent ? "0" + fraction + "%" : "#,##0" + fraction;
            format_set_num_format(format, pattern.constData());
        }
        m_columnFormats[i] = format;
    }
    return {};
}

Status XlsxTableWriter::writeHeader()
{
    for (int column = 0; column < m_columns.size(); ++column) {
        const QString &title = m_columns[column].title;
        const bool formulaLike = TableCell::startsLikeFormula(title);
        if (Status written = writeText(0, column, title, formulaLike ? m_headerTextFormat : m_headerFormat); !written)
            return written;
        m_widths[column] = TableCell::displayWidth(title) + 2; // room for the autofilter's drop-down button
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_nextRow = 1;
    return {};
}

Status XlsxTableWriter::writeRow(const QVariantList &cells)
{
    Q_ASSERT(m_begun && m_sheet);
    Q_ASSERT(cells.size() <= m_columns.size());
    if (m_nextRow >= kMaxRows)
        return Status(Error(
            tr("An Excel sheet holds at most %1 rows; the table has more").arg(kMaxRows), m_path, int(m_nextRow + 1)));
    const bool sampling = m_nextRow <= kWidthSampleRows;
    const int count = int(qMin(cells.size(), m_columns.size()));
    for (int column = 0; column < count; ++column) {
        // A Text column's string is written where it lies: a copy would count a reference to it, which the
        // reading thread counts too when strings are shared (an export's repeated cities), and that costs
        // more than writing the cell.
        if (const QString *text = stringOf(cells[column], m_columns[column])) {
            if (Status written = writePlainText(m_nextRow, column, *text, sampling); !written)
                return written;
            continue;
        }
        const TableCell cell = TableCell::from(cells[column], m_columns[column]);
        if (Status written = writeCell(m_nextRow, column, cell); !written)
            return written;
        if (sampling)
            measure(column, cell);
    }
    ++m_nextRow;
    ++m_stats.rows;
    return {};
}

Status XlsxTableWriter::writeCell(quint32 row, int column, const TableCell &cell)
{
    lxw_error error = LXW_NO_ERROR;
    switch (cell.kind) {
    case TableCell::Kind::Empty:
        break;
    case TableCell::Kind::Text:
        return writeText(row, column, cell.text, TableCell::startsLikeFormula(cell.text) ? m_textFormat : nullptr);
    case TableCell::Kind::Integer:
        // Text format too, so that editing the cell does not turn it into a number that loses digits.
        if (cell.integer > kMaxExactInteger || cell.integer < -kMaxExactInteger)
            return writeText(row, column, QString::number(cell.integer), m_textFormat);
        error = worksheet_write_number(m_sheet, row, lxw_col_t(column), double(cell.integer), nullptr);
        break;
    case TableCell::Kind::Number:
        error = worksheet_write_number(m_sheet, row, lxw_col_t(column), cell.number, nullptr);
        break;
    case TableCell::Kind::Money:
        error = worksheet_write_number(m_sheet, row, lxw_col_t(column),
            double(cell.integer) / std::pow(10.0, m_columns[column].decimals), m_columnFormats[column]);
        break;
    case TableCell::Kind::Date:
        if (cell.date < kFirstExcelDate)
            return writeText(row, column, cell.date.toString(Qt::ISODate), nullptr);
        error = worksheet_write_number(m_sheet, row, lxw_col_t(column), excelSerial(cell.date), m_dateFormat);
        break;
    case TableCell::Kind::DateTime:
        if (cell.date < kFirstExcelDate) {
            m_scratch.resize(0);
            TableCell::appendDateTime(m_scratch, cell.date, cell.time);
            return writeText(row, column, m_scratch, nullptr);
        }
        error = worksheet_write_number(m_sheet, row, lxw_col_t(column),
            excelSerial(cell.date) + cell.time.msecsSinceStartOfDay() / 86'400'000.0, m_dateTimeFormat);
        break;
    case TableCell::Kind::Bool:
        error = worksheet_write_boolean(m_sheet, row, lxw_col_t(column), int(cell.integer), nullptr);
        break;
    case TableCell::Kind::Percent:
        error = worksheet_write_number(m_sheet, row, lxw_col_t(column), cell.number, m_columnFormats[column]);
        break;
    }
    return error == LXW_NO_ERROR ? Status() : libraryError(error);
}

const QString *XlsxTableWriter::stringOf(const QVariant &value, const TableColumn &column)
{
    if (column.type != TableColumn::Type::Text || value.typeId() != QMetaType::QString)
        return nullptr;
    return static_cast<const QString *>(value.constData());
}

// What writeCell and measure do for a Text cell, from the string itself.
Status XlsxTableWriter::writePlainText(quint32 row, int column, const QString &text, bool sampling)
{
    if (text.isEmpty())
        return {};
    if (sampling)
        m_widths[column] = qMax(m_widths[column], TableCell::displayWidth(text));
    return writeText(row, column, text, TableCell::startsLikeFormula(text) ? m_textFormat : nullptr);
}

Status XlsxTableWriter::writeText(quint32 row, int column, QStringView text, lxw_format *format)
{
    if (text.size() > kMaxCellChars) {
        text.truncate(text.at(kMaxCellChars - 1).isHighSurrogate() ? kMaxCellChars - 1 : kMaxCellChars);
        ++m_stats.truncatedCells;
    }
    // Excel reads "_xHHHH_" in a cell as one escaped character, so "Code_x0041_Z" showed as "CodeAZ"; its own
    // escape of the underscore (_x005F_) keeps such text as written.
    QString escaped;
    if (text.contains(u"_x")) {
        static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
        escaped = text.toString().replace(escape, QStringLiteral("_x005F_\\1"));
        text = escaped;
    }
    m_utf8.resize(m_toUtf8.requiredSpace(text.size()) + 1);
    char *end = m_toUtf8.appendToBuffer(m_utf8.data(), text);
    *end = '\0';
    const lxw_error error = worksheet_write_string(m_sheet, row, lxw_col_t(column), m_utf8.constData(), format);
    return error == LXW_NO_ERROR ? Status() : libraryError(error);
}

void XlsxTableWriter::measure(int column, const TableCell &cell)
{
    int width = 0;
    switch (cell.kind) {
    case TableCell::Kind::Empty:
        return;
    case TableCell::Kind::Text:
        width = TableCell::displayWidth(cell.text);
        break;
    case TableCell::Kind::Integer:
    case TableCell::Kind::Number:
        m_scratch.resize(0);
        if (cell.kind == TableCell::Kind::Integer)
            TableCell::appendInteger(m_scratch, cell.integer);
        else
            TableCell::appendNumber(m_scratch, cell.number);
        width = int(m_scratch.size());
        break;
    case TableCell::Kind::Money: {
        m_scratch.resize(0);
        TableCell::appendMoney(m_scratch, cell.integer, m_columns[column].decimals);
        const int decimals = m_columns[column].decimals;
        const int integerDigits = int(m_scratch.size()) - (decimals > 0 ? decimals + 1 : 0) - (cell.integer < 0);
        width = int(m_scratch.size()) + (integerDigits - 1) / 3; // the thousands separators of #,##0
        break;
    }
    case TableCell::Kind::Date:
        width = 10;
        break;
    case TableCell::Kind::DateTime:
        width = 16;
        break;
    case TableCell::Kind::Bool:
        width = 5;
        break;
    case TableCell::Kind::Percent:
        width = 5 + m_columns[column].decimals; // "12.5%"
        break;
    }
    m_widths[column] = qMax(m_widths[column], width);
}

Status XlsxTableWriter::finish()
{
    Q_ASSERT(m_begun && m_sheet);
    const lxw_col_t lastColumn = lxw_col_t(m_columns.size() - 1);
    lxw_error error = worksheet_autofilter(m_sheet, 0, 0, m_nextRow - 1, lastColumn);
    for (lxw_col_t column = 0; error == LXW_NO_ERROR && column <= lastColumn; ++column)
        error
            = worksheet_set_column(m_sheet, column, column, qBound(8, m_widths[column] + 2, kMaxColumnWidth), nullptr);
    if (error != LXW_NO_ERROR) {
        const Status status = libraryError(error);
        discardWorkbook();
        return status;
    }
    // libxlsxwriter does not check its writes of the rows to the temporary file (a full disk would silently
    // drop rows), so check that stream before the library copies it into the workbook.
    if (std::fflush(m_sheet->optimize_tmpfile) != 0 || std::ferror(m_sheet->optimize_tmpfile)) {
        discardWorkbook();
        return Status(Error(tr("Cannot write the temporary data to %1; the disk may be full")
                                .arg(QDir::toNativeSeparators(QDir::tempPath())),
            m_path));
    }
    error = workbook_close(m_workbook); // frees the workbook whether or not it succeeds
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (error != LXW_NO_ERROR)
        return libraryError(error);
    return placeFile();
}

Status XlsxTableWriter::placeFile()
{
    // QTemporaryFile creates the file readable by its owner only; give the export the permissions of the file
    // it replaces, or the usual ones for a new document.
    const QFileDevice::Permissions permissions = QFileInfo::exists(m_path)
        ? QFile::permissions(m_path)
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    m_partFile->setPermissions(permissions);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(m_partFile->fileName().toStdU16String()),
        std::filesystem::path(m_path.toStdU16String()), error);
    if (error)
        return Status(Error(
            tr("Cannot put the finished file in place: %1").arg(QString::fromStdString(error.message())), m_path));
    m_partFile->setAutoRemove(false);
    return {};
}

void XlsxTableWriter::discardWorkbook()
{
    if (!m_workbook)
        return;
    // lxw_workbook_free() does not close the worksheet's row stream.
    if (m_sheet && m_sheet->optimize_tmpfile)
        std::fclose(m_sheet->optimize_tmpfile);
    lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
}

Status XlsxTableWriter::libraryError(int error) const
{
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
        return Status(Error(tr("Cannot create the file"), m_path));
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return Status(
            Error(tr("Cannot use a temporary file in %1").arg(QDir::toNativeSeparators(QDir::tempPath())), m_path));
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
        return Status(Error(tr("Cannot write the file; the disk may be full"), m_path));
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return Status(Error(tr("Out of memory while writing the file"), m_path));
    default:
        return Status(Error(tr("Cannot write the file: %1 (libxlsxwriter error %2)")
                                .arg(QString::fromUtf8(lxw_strerror(lxw_error(error))))
                                .arg(error),
            m_path, int(m_nextRow + 1)));
    }
}

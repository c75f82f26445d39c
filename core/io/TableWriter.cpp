#include "TableWriter.h"

#include "io/CsvTableWriter.h"
#include "io/XlsxTableWriter.h"

#include <QFileInfo>

#include <climits>

QStringList TableWriter::warnings() const
{
    QStringList warnings;
    if (m_stats.truncatedCells > 0)
        warnings << tr("%n cell(s) in %1 held more than the 32,767 characters Excel allows and were cut short.",
            nullptr, int(qMin<qint64>(m_stats.truncatedCells, INT_MAX)))
                        .arg(m_path);
    if (m_stats.traditionalCells > 0)
        warnings << tr("%n cell(s) in Simplified Chinese were written in Traditional characters in %1, as Big5 holds "
                       "no others: imported back, their names will not match. UTF-8 keeps them as they are.",
            nullptr, int(qMin<qint64>(m_stats.traditionalCells, INT_MAX)))
                        .arg(m_path);
    if (m_stats.unrepresentableCharacters > 0)
        warnings << tr("%n character(s) could not be written in the chosen encoding and appear as \"?\" in %1.",
            nullptr, int(qMin<qint64>(m_stats.unrepresentableCharacters, INT_MAX)))
                        .arg(m_path);
    return warnings;
}

Result<std::unique_ptr<TableWriter>> createTableWriter(const QString &path, const TableWriterOptions &options)
{
    std::optional<TableFormat> format = options.format;
    if (!format) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("xlsx"))
            format = TableFormat::Xlsx;
        else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
            format = TableFormat::Csv;
        else
            return Error(TableWriter::tr("Cannot tell which format to write: the file name should end in .xlsx "
                                         "or .csv"),
                path);
    }
    if (*format == TableFormat::Xlsx)
        return std::unique_ptr<TableWriter>(std::make_unique<XlsxTableWriter>(path));
    return std::unique_ptr<TableWriter>(std::make_unique<CsvTableWriter>(path, options.csvEncoding));
}

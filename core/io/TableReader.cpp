#include "TableReader.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>

Result<std::unique_ptr<TableReader>> openTable(const QString &path, const TableLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("TableReader", "Cannot open \"%1\": %2").arg(path, file.errorString()),
                     path);
    }
    const QByteArray head = file.read(8);
    file.close();
    if (XlsxReader::recognises(head)) {
        auto reader = XlsxReader::open(path, limits);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TableReader>(std::move(reader).value());
    }
    auto reader = CsvReader::open(path, limits);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableReader>(std::move(reader).value());
}

// libFuzzer entry for XlsxReader: every input is written to a file, opened as a workbook and every sheet read
// to its end. Any crash, hang, leak or sanitizer report is a bug; refusing the input with an error is fine.
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path
        = QDir::temp().filePath(QStringLiteral("xlsx_fuzzer_%1.xlsx").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    // small limits keep each run fast; the checks are the same as with the defaults
    TableLimits limits;
    limits.maxUncompressedBytes = 64 * 1024 * 1024;
    limits.maxCellChars = 64 * 1024;
    limits.maxColumns = 1024;
    auto reader = XlsxReader::open(path, limits);
    if (!reader)
        return 0;
    for (const QString &sheet : reader.value()->sheetNames()) {
        if (!reader.value()->selectSheet(sheet))
            continue;
        QVariantList row;
        while (reader.value()->readRow(row)) { }
    }
    return 0;
}

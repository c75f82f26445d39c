// libFuzzer entry point for CsvReader. Every input is read twice, in one chunk and in chunks of a few bytes,
// and read again after selectSheet(): all three must give the same rows, row numbers and error, whatever the
// bytes. Small limits let the fuzzer reach them.
#include "io/CsvReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "csv_fuzzer: %s\n", what);
        std::abort();
    }
}

struct Outcome
{
    QString openError;
    QList<QVariantList> rows;
    QList<qint64> rowNumbers;
    QString error;

    bool operator==(const Outcome &) const = default;
};

void readRows(CsvReader &reader, const TableLimits &limits, Outcome &outcome)
{
    QVariantList row;
    double progress = 0;
    while (reader.readRow(row)) {
        check(!row.isEmpty(), "an empty row was returned");
        check(row.size() <= limits.maxColumns, "a row has more columns than the limit");
        bool anyText = false;
        for (const QVariant &cell : row) {
            check(cell.typeId() == QMetaType::QString, "a cell is not a string");
            check(cell.toString().size() <= limits.maxCellChars, "a cell is longer than the limit");
            anyText = anyText || !cell.toString().isEmpty();
        }
        check(anyText, "a row of empty cells was returned");
        check(outcome.rowNumbers.isEmpty() || reader.rowNumber() > outcome.rowNumbers.last(),
            "row numbers do not increase");
        check(reader.progress() >= progress && reader.progress() <= 1.0, "progress goes back or beyond 1");
        progress = reader.progress();
        outcome.rows << row;
        outcome.rowNumbers << reader.rowNumber();
    }
    check(row.isEmpty(), "a row was left behind after the end");
    if (reader.error()) {
        check(reader.error()->row >= 1, "an error names no row");
        outcome.error = reader.error()->toString();
    }
}

Outcome read(const QByteArray &bytes, qint64 chunkBytes, bool again)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    TableLimits limits;
    limits.maxCellChars = 2000;
    limits.maxColumns = 64;
    CsvOptions options;
    options.chunkBytes = chunkBytes;
    Outcome outcome;
    auto reader = CsvReader::open(std::move(buffer), QStringLiteral("fuzz.csv"), limits, options);
    if (!reader.ok()) {
        outcome.openError = reader.error().toString();
        return outcome;
    }
    check(!reader.value()->formatDescription().isEmpty(), "no format description");
    readRows(*reader.value(), limits, outcome);
    if (again) {
        check(reader.value()->selectSheet(QStringLiteral("fuzz")).ok(), "selectSheet failed");
        Outcome second;
        readRows(*reader.value(), limits, second);
        check(second == outcome, "reading again after selectSheet() differs");
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = read(bytes, CsvOptions().chunkBytes, false);
    const Outcome chunked = read(bytes, qint64(1 + size % 7), true);
    check(whole == chunked, "reading in small chunks differs from reading in one");
    return 0;
}

#pragma once

#include "Result.h"
#include "io/TableReader.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <functional>
#include <string>
#include <string_view>

// The merged cells of a worksheet. Excel writes them (<mergeCells>) after the rows, where a reader that streams
// the rows comes too late, so they are found first by a quick pass over the inflated sheet: the bytes are
// searched for <mergeCell ref="A5:E5"/> without parsing the XML around them. Only what a reader of rows needs is
// kept, by the row of their top-left cell: the runs of two or more columns merged into one cell, and the merges
// down two or more rows (whose value Excel shows beside each of them).
class XlsxMergedCells
{
public:
    // At most this many runs are kept (a sheet merging more is no list of customers; the rest are passed over).
    static constexpr int kMaxSpans = 100000;

    using Read = std::function<Result<QByteArray>()>; // the next chunk of the sheet, empty at its end

    // Reads the sheet to its end; fails only when reading does.
    static Result<XlsxMergedCells> scan(const Read &read);
    // Parses one reference like "A5:E5" (a single cell "A5" is no merge); for tests and scan().
    void add(std::string_view reference);

    QList<MergedSpan> spansAt(qint64 row) const { return m_byRow.value(row); }
    // A merge down rows: its first column, and the last row it covers.
    struct Down
    {
        int column = 0;
        qint64 lastRow = 0;
    };
    // The merges down rows whose top-left cell is on `row` (a company's name beside its two contacts' rows).
    QList<Down> downFrom(qint64 row) const { return m_downFrom.value(row); }
    qsizetype size() const { return m_count; }

private:
    // Finds the <mergeCell> elements complete in `buffer`; returns where an unfinished one starts (or the tail
    // a name split between chunks may start in), for the next chunk to continue from.
    size_t takeElements(std::string_view buffer);

    QHash<qint64, QList<MergedSpan>> m_byRow;
    QHash<qint64, QList<Down>> m_downFrom;
    qsizetype m_count = 0;
};

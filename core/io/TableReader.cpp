#include "TableReader.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <tuple>

namespace {

bool isFilled(const QVariant &cell)
{
    return cell.isValid() && !cell.toString().trimmed().isEmpty();
}

int filledCells(const QVariantList &cells)
{
    return int(std::count_if(cells.cbegin(), cells.cend(), isFilled));
}

QString rowText(const QVariantList &cells)
{
    QStringList texts;
    for (const QVariant &cell : cells) {
        if (isFilled(cell))
            texts << cell.toString().simplified();
    }
    return texts.join(QStringLiteral("  "));
}

// Passes over title rows above the header and merged headings and totals below it (see openTable()); everything
// else is the inner reader's.
class LayoutRowSkipper : public TableReader
{
public:
    explicit LayoutRowSkipper(std::unique_ptr<TableReader> inner)
        : m_inner(std::move(inner))
    {
    }

    QStringList sheetNames() const override { return m_inner->sheetNames(); }
    Status selectSheet(const QString &name) override
    {
        m_started = false;
        m_pending.clear();
        m_headerColumns.clear();
        m_header.clear();
        m_leftOut.clear();
        return m_inner->selectSheet(name);
    }
    bool readRow(QVariantList &row) override
    {
        if (!m_started) {
            m_started = true;
            readStart();
        }
        while (nextRow(row)) {
            if (m_headerColumns.isEmpty()) {
                takeSubHeader(row);
                m_header = row;
                for (int column = 0; column < row.size(); ++column) {
                    if (isFilled(row.at(column)))
                        m_headerColumns << column;
                }
                return true;
            }
            if (repeatsHeader(row))
                continue; // the header again, or its cells merged down into the row below it
            const std::optional<MergedSpan> heading = headingSpan(row, m_spans);
            if (!heading)
                return true;
            const QString row1 = QString::number(m_rowNumber);
            m_leftOut.append({ m_rowNumber,
                tableColumnName(heading->first) + row1 + u':' + tableColumnName(heading->last) + row1, rowText(row) });
        }
        return false;
    }
    qint64 rowNumber() const override { return m_rowNumber; }
    const std::optional<Error> &error() const override { return m_inner->error(); }
    double progress() const override { return m_inner->progress(); }
    QString formatDescription() const override { return m_inner->formatDescription(); }
    QList<MergedSpan> mergedSpans() const override { return m_spans; }
    QList<LeftOutRow> leftOutRows() const override { return m_leftOut; }

private:
    static constexpr int kMaxTitleRows = 3;

    struct Pending
    {
        qint64 number = 0;
        QVariantList cells;
        QList<MergedSpan> spans;
    };

    // Whether the row can be the header: several cells, not all of them "label: value" as a title's lines are
    // ("制表：张", "日期：2025-03-01"); a column's name has no colon before more text.
    static bool canBeHeader(const QVariantList &cells)
    {
        static const QRegularExpression labelled(QStringLiteral("[:：]\\s*\\S"));
        return filledCells(cells) >= 2 && std::any_of(cells.cbegin(), cells.cend(), [](const QVariant &cell) {
            return isFilled(cell) && !cell.toString().contains(labelled);
        });
    }

    // Reads up to the first row that can be the header; the rows of one cell or of labelled values before it are
    // titles.
    void readStart()
    {
        QVariantList cells;
        while (m_pending.size() <= kMaxTitleRows && m_inner->readRow(cells)) {
            m_pending.append({ m_inner->rowNumber(), cells, m_inner->mergedSpans() });
            if (canBeHeader(cells))
                break;
        }
        if (m_pending.size() > 1 && canBeHeader(m_pending.last().cells))
            m_pending.erase(m_pending.begin(), m_pending.end() - 1);
    }

    bool nextRow(QVariantList &row)
    {
        if (!m_pending.isEmpty()) {
            Pending next = m_pending.takeFirst();
            m_rowNumber = next.number;
            row = std::move(next.cells);
            m_spans = std::move(next.spans);
            return true;
        }
        if (!m_inner->readRow(row))
            return false;
        m_rowNumber = m_inner->rowNumber();
        m_spans = m_inner->mergedSpans();
        return true;
    }

    // Whether every filled cell of the row is the header's own in its column.
    bool repeatsHeader(const QVariantList &row) const
    {
        bool any = false;
        for (int column = 0; column < row.size(); ++column) {
            if (!isFilled(row.at(column)))
                continue;
            if (column >= m_header.size() || row.at(column) != m_header.at(column))
                return false;
            any = true;
        }
        return any;
    }

    // A header of two rows: a group name merged across columns ("联系方式" across 电话 and 邮箱) over the names of
    // those columns in the row below. The columns under the group take the names below; that row is no record.
    void takeSubHeader(QVariantList &header)
    {
        const QList<MergedSpan> groups = m_spans;
        if (groups.isEmpty())
            return;
        const qint64 headerRow = m_rowNumber;
        QVariantList below;
        if (!nextRow(below))
            return;
        auto inGroup = [&groups](int column) {
            return std::any_of(groups.cbegin(), groups.cend(),
                [column](const MergedSpan &span) { return column >= span.first && column <= span.last; });
        };
        // Beside the group, the header's own cells merged down over both rows read the same in the row below.
        auto repeated
            = [&header, &below](int column) { return column < header.size() && below.at(column) == header.at(column); };
        bool names = false;
        bool onlyNames = true;
        for (int column = 0; column < below.size() && onlyNames; ++column) {
            if (!isFilled(below.at(column)) || repeated(column))
                continue;
            names = true;
            onlyNames = inGroup(column) && below.at(column).typeId() == QMetaType::QString;
        }
        names = names && onlyNames;
        if (!names) { // a record: read next, as it was
            m_pending.prepend({ m_rowNumber, below, m_spans });
            m_rowNumber = headerRow;
            m_spans = groups;
            return;
        }
        if (header.size() < below.size())
            header.resize(below.size());
        for (int column = 0; column < below.size(); ++column) {
            if (isFilled(below.at(column)) && inGroup(column))
                header[column] = below.at(column);
        }
        m_rowNumber = headerRow;
        m_spans = groups;
    }

    // The merged run that makes the row a heading or a total: it starts at the row's first filled cell, covers two
    // or more of the header's columns, and either half the header or more, or only numbers follow (a total's sums). A
    // record with cells merged in it ("北京市" across 省份 and 城市, after its name) is none.
    std::optional<MergedSpan> headingSpan(const QVariantList &row, const QList<MergedSpan> &spans) const
    {
        if (spans.isEmpty())
            return std::nullopt; // most rows, and every CSV row
        const auto first = std::find_if(row.cbegin(), row.cend(), isFilled);
        if (first == row.cend())
            return std::nullopt;
        const int start = int(first - row.cbegin());
        for (const MergedSpan &span : spans) {
            if (span.first != start)
                continue;
            const auto covered = std::count_if(m_headerColumns.cbegin(), m_headerColumns.cend(),
                [&span](int column) { return column >= span.first && column <= span.last; });
            bool onlySums = true;
            for (int column = span.last + 1; column < row.size() && onlySums; ++column)
                onlySums = !isFilled(row.at(column)) || row.at(column).typeId() == QMetaType::Double;
            // Across half the header or more it is a heading whatever follows ("负责人：张三", "¥100").
            if (covered >= 2 && (onlySums || covered * 2 >= m_headerColumns.size()))
                return span;
        }
        return std::nullopt;
    }

    std::unique_ptr<TableReader> m_inner;
    QList<Pending> m_pending;
    QList<int> m_headerColumns;
    QVariantList m_header;
    QList<MergedSpan> m_spans;
    QList<LeftOutRow> m_leftOut;
    qint64 m_rowNumber = 0;
    bool m_started = false;
};

Result<std::unique_ptr<TableReader>> openReader(const QString &path, const TableLimits &limits)
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

} // namespace

QString tableColumnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Result<std::unique_ptr<TableReader>> openTable(const QString &path, const TableLimits &limits)
{
    auto reader = openReader(path, limits);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableReader>(std::make_unique<LayoutRowSkipper>(std::move(reader).value()));
}

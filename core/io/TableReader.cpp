#include "TableReader.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <tuple>

namespace {

int filledCells(const QVariantList &cells)
{
    return int(std::count_if(cells.cbegin(), cells.cend(),
        [](const QVariant &cell) { return cell.isValid() && !cell.toString().trimmed().isEmpty(); }));
}

// Passes over title rows above the header (see openTable()); everything else is the inner reader's.
class TitleRowSkipper : public TableReader
{
public:
    explicit TitleRowSkipper(std::unique_ptr<TableReader> inner)
        : m_inner(std::move(inner))
    {
    }

    QStringList sheetNames() const override { return m_inner->sheetNames(); }
    Status selectSheet(const QString &name) override
    {
        m_started = false;
        m_pending.clear();
        return m_inner->selectSheet(name);
    }
    bool readRow(QVariantList &row) override
    {
        if (!m_started) {
            m_started = true;
            readStart();
        }
        if (!m_pending.isEmpty()) {
            std::tie(m_rowNumber, row) = m_pending.takeFirst();
            return true;
        }
        if (!m_inner->readRow(row))
            return false;
        m_rowNumber = m_inner->rowNumber();
        return true;
    }
    qint64 rowNumber() const override { return m_rowNumber; }
    const std::optional<Error> &error() const override { return m_inner->error(); }
    double progress() const override { return m_inner->progress(); }
    QString formatDescription() const override { return m_inner->formatDescription(); }

private:
    static constexpr int kMaxTitleRows = 3;

    // Reads up to the first row of several cells; the rows of one cell before it are titles.
    void readStart()
    {
        QVariantList cells;
        while (m_pending.size() <= kMaxTitleRows && m_inner->readRow(cells)) {
            m_pending.append({ m_inner->rowNumber(), cells });
            if (filledCells(cells) >= 2)
                break;
        }
        if (m_pending.size() > 1 && filledCells(m_pending.last().second) >= 2)
            m_pending.erase(m_pending.begin(), m_pending.end() - 1);
    }

    std::unique_ptr<TableReader> m_inner;
    QList<std::pair<qint64, QVariantList>> m_pending;
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

Result<std::unique_ptr<TableReader>> openTable(const QString &path, const TableLimits &limits)
{
    auto reader = openReader(path, limits);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableReader>(std::make_unique<TitleRowSkipper>(std::move(reader).value()));
}

#include "CsvTableWriter.h"
#include "Big5Text.h"
#include "io/SavedFile.h"

#include "io/CsvWriter.h"
#include "io/TableCell.h"

#include <QStringEncoder>

// Tells whether the encoding failed on some characters since the last look: QStringEncoder::hasError() only
// says whether it ever did.
class CsvEncoder : public QStringEncoder
{
public:
    using QStringEncoder::QStringEncoder;
    qsizetype invalidUnits() const { return state.invalidChars; }
};

namespace {

constexpr qsizetype kBlockChars = 64 * 1024;

// The encoder writes each character GBK (Big5) lacks as one '?' (and counts UTF-16 units, two for an emoji), so
// the characters lost are the '?' written beyond those in the text. No GBK or Big5 byte sequence contains 0x3F
// otherwise (their second bytes start at 0x40).
qsizetype substitutedCharacters(QStringView text, QByteArrayView encoded)
{
    return encoded.count('?') - text.count(QLatin1Char('?'));
}

} // namespace

CsvTableWriter::CsvTableWriter(const QString &path, CsvEncoding encoding)
    : TableWriter(path)
    , m_encoding(encoding)
    , m_file(path)
{
}

CsvTableWriter::~CsvTableWriter() = default;

Status CsvTableWriter::begin(const QString &sheetName, const QList<TableColumn> &columns)
{
    Q_UNUSED(sheetName); // a CSV file has no sheets
    Q_ASSERT(!m_begun);
    m_begun = true;
    m_columns = columns;
    if (m_encoding == CsvEncoding::Gbk || m_encoding == CsvEncoding::Big5)
        m_encoder = std::make_unique<CsvEncoder>(m_encoding == CsvEncoding::Gbk ? "GBK" : "Big5");
    else
        m_encoder = std::make_unique<CsvEncoder>(QStringConverter::Utf8);
    if (m_encoding == CsvEncoding::Big5)
        m_big5 = std::make_unique<Big5Text>();
    if (!m_encoder->isValid())
        return Status(Error(tr("Cannot write %1 text on this system (Qt was built without ICU)")
                                .arg(m_encoding == CsvEncoding::Big5 ? QStringLiteral("Big5") : QStringLiteral("GBK")),
            m_path));
    if (!m_file.open(QIODevice::WriteOnly))
        return fileError(tr("Cannot create the file: %1").arg(m_file.errorString()));
    if (m_encoding == CsvEncoding::Utf8WithBom && m_file.write("\xEF\xBB\xBF", 3) != 3)
        return fileError(tr("Cannot write the file: %1").arg(SavedFile::failure(m_file)));

    m_block.reserve(kBlockChars + 4096);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_block.append(QLatin1Char(','));
        appendText(m_columns[i].title);
    }
    m_block.append(QLatin1String("\r\n"));
    return flushBlock();
}

Status CsvTableWriter::writeRow(const QVariantList &cells)
{
    Q_ASSERT(m_begun && !m_finished);
    Q_ASSERT(cells.size() <= m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_block.append(QLatin1Char(','));
        if (i < cells.size())
            appendCell(TableCell::from(cells[i], m_columns[i]), m_columns[i]);
    }
    m_block.append(QLatin1String("\r\n"));
    ++m_stats.rows;
    return m_block.size() >= kBlockChars ? flushBlock() : Status();
}

Status CsvTableWriter::finish()
{
    Q_ASSERT(m_begun && !m_finished);
    m_finished = true;
    if (Status flushed = flushBlock(); !flushed)
        return flushed;
    if (!SavedFile::commit(m_file))
        return fileError(tr("Cannot save the file: %1").arg(SavedFile::failure(m_file)));
    return {};
}

void CsvTableWriter::appendCell(const TableCell &cell, const TableColumn &column)
{
    switch (cell.kind) {
    case TableCell::Kind::Empty:
        break;
    case TableCell::Kind::Text:
        appendText(cell.text);
        break;
    case TableCell::Kind::Integer:
        TableCell::appendInteger(m_block, cell.integer);
        break;
    case TableCell::Kind::Number:
        TableCell::appendNumber(m_block, cell.number);
        break;
    case TableCell::Kind::Money:
        TableCell::appendMoney(m_block, cell.integer, column.decimals);
        break;
    case TableCell::Kind::Date:
        TableCell::appendDate(m_block, cell.date);
        break;
    case TableCell::Kind::DateTime:
        TableCell::appendDateTime(m_block, cell.date, cell.time);
        break;
    case TableCell::Kind::Bool:
        m_block.append(cell.integer ? QLatin1String("TRUE") : QLatin1String("FALSE"));
        break;
    case TableCell::Kind::Percent:
        TableCell::appendPercent(m_block, cell.number);
        break;
    }
}

void CsvTableWriter::appendText(const QString &text)
{
    if (!m_big5) {
        Csv::appendField(m_block, Csv::neutralised(text));
        return;
    }
    bool converted = false;
    Csv::appendField(m_block, Csv::neutralised(m_big5->fit(text, &converted)));
    m_stats.traditionalCells += converted ? 1 : 0;
}

Status CsvTableWriter::flushBlock()
{
    m_bytes.resize(m_encoder->requiredSpace(m_block.size()));
    const qsizetype invalidBefore = m_encoder->invalidUnits();
    const char *end = m_encoder->appendToBuffer(m_bytes.data(), m_block);
    const qint64 size = end - m_bytes.constData();
    if (const qsizetype invalid = m_encoder->invalidUnits() - invalidBefore; invalid > 0)
        m_stats.unrepresentableCharacters += m_encoding == CsvEncoding::Gbk || m_encoding == CsvEncoding::Big5
            ? substitutedCharacters(m_block, QByteArrayView(m_bytes.constData(), size))
            : invalid; // UTF-8 fails only on a lone surrogate, one unit each
    m_block.resize(0);
    if (m_file.write(m_bytes.constData(), size) != size)
        return fileError(tr("Cannot write the file: %1").arg(SavedFile::failure(m_file)));
    return {};
}

Status CsvTableWriter::fileError(const QString &message) const
{
    return Status(Error(message, m_path));
}

#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

constexpr int DelimiterSampleRecords = 50;
constexpr qint64 MiB = 1024 * 1024;

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(
    const QString &path, const TableLimits &limits, const CsvOptions &options)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error(tr("This is a folder, not a file."), name);
    if (info.size() > limits.maxFileBytes)
        return tooLarge(info.size(), limits, name);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error(tr("Cannot open the file: %1").arg(file->errorString()), name);
    return open(std::move(file), name, limits, options);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(
    std::unique_ptr<QIODevice> device, const QString &name, const TableLimits &limits, const CsvOptions &options)
{
    Q_ASSERT(device && device->isReadable());
    if (device->size() > limits.maxFileBytes)
        return tooLarge(device->size(), limits, name);
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device), name, limits, options.chunkBytes));
    if (Status started = reader->start(options); !started)
        return started.error();
    return reader;
}

Error CsvReader::tooLarge(qint64 size, const TableLimits &limits, const QString &name)
{
    const auto megabytes = [](qint64 bytes) { return (bytes + MiB - 1) / MiB; };
    return Error(tr("The file is too large: %1 MB, more than the %2 MB that can be imported.")
                     .arg(megabytes(size))
                     .arg(megabytes(limits.maxFileBytes)),
        name);
}

CsvReader::CsvReader(
    std::unique_ptr<QIODevice> device, const QString &name, const TableLimits &limits, qint64 chunkBytes)
    : m_device(std::move(device))
    , m_name(name)
    , m_sheetName(QFileInfo(name).completeBaseName())
    , m_limits(limits)
    , m_chunkBytes(std::max<qint64>(1, chunkBytes))
    , m_size(m_device->size())
{
}

// Reads the first bytes: at least the detection sample, so that what is detected never depends on the chunk
// size. They are decoded chunk by chunk as rows are read.
Status CsvReader::readFirst()
{
    const qint64 wanted = std::max(m_chunkBytes, qint64(TextDecoder::SampleSize));
    m_bytes.resize(wanted);
    const qint64 read = m_device->read(m_bytes.data(), wanted);
    if (read < 0)
        return Error(tr("Cannot read the file: %1").arg(m_device->errorString()), m_name);
    m_bytes.truncate(read);
    m_deviceDone = read < wanted || m_device->atEnd();
    return {};
}

Status CsvReader::start(const CsvOptions &options)
{
    if (Status read = readFirst(); !read)
        return read;
    const QByteArrayView sample = QByteArrayView(m_bytes).first(std::min(m_bytes.size(), TextDecoder::SampleSize));
    const bool wholeFile = m_deviceDone && sample.size() == m_bytes.size();
    if (options.encoding.isEmpty()) {
        Result<TextEncoding> detected = TextDecoder::detect(sample, wholeFile);
        if (!detected)
            return Error(detected.error().message, m_name);
        m_encoding = detected.value().name;
        m_bomLength = detected.value().bomLength;
    } else {
        m_encoding = options.encoding;
        m_bomLength = TextDecoder::bomLength(sample, options.encoding);
    }
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    if (!m_decoder->isValid())
        return Error(tr("Unknown text encoding “%1”.").arg(QString::fromLatin1(m_encoding)), m_name);
    m_encoding = m_decoder->name();
    m_bytesUsed = m_bomLength;

    if (options.delimiter.isNull()) {
        TextDecoder sampleDecoder(m_encoding);
        QString text;
        sampleDecoder.decode(sample.sliced(m_bomLength), text);
        m_delimiter = detectDelimiter(text, wholeFile);
    } else {
        m_delimiter = options.delimiter;
    }
    if (m_delimiter == QLatin1Char('"') || m_delimiter == QLatin1Char('\n') || m_delimiter == QLatin1Char('\r'))
        return Error(tr("“%1” cannot separate the fields of a CSV file.").arg(m_delimiter), m_name);
    return {};
}

Status CsvReader::rewind()
{
    if (!m_device->seek(0))
        return Error(tr("Cannot read the file: %1").arg(m_device->errorString()), m_name);
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    m_text.clear();
    m_pos = 0;
    m_invalidAt = -1;
    m_bytesDecoded = 0;
    m_charsDecoded = 0;
    m_atEnd = false;
    m_cutAtEnd = false;
    m_line = 1;
    m_rowNumber = 0;
    m_records = 0;
    m_progress = 0;
    m_error.reset();
    m_finished = false;
    if (Status read = readFirst(); !read)
        return read;
    m_bytesUsed = std::min<qsizetype>(m_bomLength, m_bytes.size());
    return {};
}

// Decodes up to `wanted` more bytes behind the text not yet parsed, reading the file when the bytes read so
// far are used up. A record longer than a chunk is parsed again from its start, so the caller asks for more
// each time: the work stays proportional to the record's length.
bool CsvReader::fill(qint64 wanted)
{
    if (m_bytesUsed == m_bytes.size() && !m_deviceDone) {
        m_bytes.resize(wanted);
        const qint64 read = m_device->read(m_bytes.data(), wanted);
        if (read < 0)
            return fail(tr("Cannot read the file: %1").arg(m_device->errorString()), m_line, -1);
        m_bytes.truncate(read);
        m_bytesUsed = 0;
        m_deviceDone = read < wanted || m_device->atEnd();
    }
    const qsizetype count = std::min<qsizetype>(wanted, m_bytes.size() - m_bytesUsed);
    const QByteArrayView bytes = QByteArrayView(m_bytes).sliced(m_bytesUsed, count);
    m_bytesUsed += count;
    m_bytesDecoded += count;
    append(bytes, m_deviceDone && m_bytesUsed == m_bytes.size());
    return true;
}

void CsvReader::append(QByteArrayView bytes, bool end)
{
    if (m_pos > 0) {
        const qsizetype rest = m_text.size() - m_pos;
        std::memmove(m_text.data(), m_text.constData() + m_pos, size_t(rest) * sizeof(QChar));
        m_text.truncate(rest);
        if (m_invalidAt >= 0)
            m_invalidAt -= m_pos;
        m_pos = 0;
    }
    const qsizetype before = m_text.size();
    const qsizetype invalid = m_decoder->decode(bytes, m_text);
    if (invalid >= 0) {
        // Its record is an error, and nothing after it can be trusted (a decoder may even drop the byte that
        // follows an invalid sequence): the text ends there, wherever the chunks end.
        m_text.truncate(invalid + 1);
        m_invalidAt = invalid;
        m_atEnd = true;
    } else if (end) {
        m_atEnd = true;
        if (!m_decoder->finish()) {
            // A NUL marks the cut character, so the record it ends is reported like any invalid text.
            m_cutAtEnd = true;
            m_invalidAt = m_text.size();
            m_text.append(QChar(0));
        }
    }
    m_charsDecoded += m_text.size() - before;
}

QStringList CsvReader::sheetNames() const
{
    return { m_sheetName };
}

Status CsvReader::selectSheet(const QString &name)
{
    if (!name.isEmpty() && name != m_sheetName)
        return Error(tr("The file has no sheet named “%1”.").arg(name), m_name);
    return rewind();
}

bool CsvReader::readRow(QVariantList &row)
{
    row.clear();
    if (m_error || m_finished)
        return false;
    for (;;) {
        switch (parseRecord(row)) {
        case Parse::Record:
            updateProgress();
            return true;
        case Parse::End:
            m_finished = true;
            return false;
        case Parse::Failed:
            row.clear();
            return false;
        case Parse::NeedMore:
            row.clear();
            if (!fill(std::max(m_chunkBytes, qint64(m_text.size() - m_pos) * 2)))
                return false;
            break;
        }
    }
}

// One record from m_pos on. Blank lines and records of empty fields are passed over. Returns NeedMore when the
// record might continue beyond the decoded text; nothing is committed then, and the record is parsed again
// once more text is there.
CsvReader::Parse CsvReader::parseRecord(QVariantList &row)
{
    const auto *data = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype size = m_text.size();
    Cursor at { m_pos, m_line };

    for (;;) {
        // Blank lines: committed as they are passed, they need not be scanned again. Each is a row in Excel.
        while (at.pos < size && (data[at.pos] == u'\n' || data[at.pos] == u'\r')) {
            if (data[at.pos] == u'\r' && at.pos + 1 == size && !m_atEnd)
                break; // a CR whose LF may be in the next chunk
            at.pos += data[at.pos] == u'\r' && at.pos + 1 < size && data[at.pos + 1] == u'\n' ? 2 : 1;
            ++at.line;
            ++m_records;
        }
        m_pos = at.pos;
        m_line = at.line;
        if (at.pos == size)
            return m_atEnd ? Parse::End : Parse::NeedMore;
        if (data[at.pos] == u'\r')
            return Parse::NeedMore;

        bool anyText = false;
        for (;;) {
            QString value;
            if (const Parse field = readField(at, row, value); field != Parse::Record)
                return field;
            anyText = anyText || !value.isEmpty();
            if (at.pos < size && data[at.pos] == m_delimiter.unicode()) {
                ++at.pos;
                continue;
            }
            if (at.pos < size) { // a line end
                if (data[at.pos] == u'\r' && at.pos + 1 == size && !m_atEnd)
                    return Parse::NeedMore;
                at.pos += data[at.pos] == u'\r' && at.pos + 1 < size && data[at.pos + 1] == u'\n' ? 2 : 1;
                ++at.line;
            }
            break;
        }
        m_pos = at.pos;
        m_line = at.line;
        ++m_records; // a cell with line breaks keeps its record on one row, as Excel shows it
        if (anyText) {
            m_rowNumber = m_records;
            return Parse::Record;
        }
        row.clear();
    }
}

// One field from `at`, appended to `row` (Record) unless it may go on beyond the decoded text (NeedMore) or
// breaks a rule (Failed). `at` is left on the delimiter or line end after the field.
CsvReader::Parse CsvReader::readField(Cursor &at, QVariantList &row, QString &value)
{
    const auto *data = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype size = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    const qint64 line = at.line;
    const int column = int(row.size()) + 1;
    qsizetype &pos = at.pos;
    qsizetype rawStart = pos;

    if (pos < size && data[pos] == u'"') {
        // Quoted: up to the closing quote, with "" for one quote and line ends kept.
        rawStart = ++pos;
        qsizetype segment = pos;
        for (;;) {
            while (pos < size && data[pos] != u'"') {
                if (data[pos] == u'\n' || (data[pos] == u'\r' && (pos + 1 == size || data[pos + 1] != u'\n')))
                    ++at.line;
                ++pos;
            }
            if (!withinLimits(column, pos - rawStart, line, true))
                return Parse::Failed;
            if (pos + 1 >= size && !m_atEnd)
                return Parse::NeedMore; // the end of the field, or of the text, or a "" cut in two
            if (pos == size) {
                if (m_invalidAt >= rawStart) // the quote may be closed after the invalid bytes
                    failInvalid(line, column);
                else
                    fail(tr("A quoted cell is not closed: its closing quote is missing."), line, column);
                return Parse::Failed;
            }
            if (pos + 1 < size && data[pos + 1] == u'"') {
                value.append(QStringView(data + segment, pos + 1 - segment));
                pos += 2;
                segment = pos;
                continue;
            }
            value.append(QStringView(data + segment, pos - segment));
            ++pos;
            break;
        }
    }
    // Unquoted text, or text between a closing quote and the delimiter, which spreadsheets keep too.
    const qsizetype text = pos;
    while (pos < size && data[pos] != delimiter && data[pos] != u'\n' && data[pos] != u'\r')
        ++pos;
    if (pos == size && !m_atEnd)
        return withinLimits(column, value.size() + pos - text, line, false) ? Parse::NeedMore : Parse::Failed;
    if (pos > text) {
        if (value.isEmpty())
            value = QStringView(data + text, pos - text).toString();
        else
            value.append(QStringView(data + text, pos - text));
    }
    return addField(row, value, rawStart, pos, line) ? Parse::Record : Parse::Failed;
}

// Checked in the same order whether a field is complete or still growing, so that where the chunks end never
// changes which error is reported. A quoted field's raw length may be up to twice its value's ("" is one ").
bool CsvReader::withinLimits(int column, qsizetype chars, qint64 line, bool quotedRaw)
{
    if (column > m_limits.maxColumns)
        return fail(tr("The row has more than %1 columns.").arg(m_limits.maxColumns), line, column);
    if (quotedRaw && chars > 2 * m_limits.maxCellChars)
        return fail(tr("The quoted cell is longer than %1 characters; perhaps its closing quote is missing.")
                        .arg(m_limits.maxCellChars),
            line, column);
    if (!quotedRaw && chars > m_limits.maxCellChars)
        return fail(tr("The cell is longer than %1 characters.").arg(m_limits.maxCellChars), line, column);
    return true;
}

bool CsvReader::addField(QVariantList &row, QString &value, qsizetype rawStart, qsizetype rawEnd, qint64 line)
{
    const int column = int(row.size()) + 1;
    if (!withinLimits(column, value.size(), line, false))
        return false;
    if (m_invalidAt >= rawStart && m_invalidAt < rawEnd)
        return failInvalid(line, column);
    row.emplaceBack(std::move(value));
    return true;
}

bool CsvReader::failInvalid(qint64 line, int column)
{
    if (m_cutAtEnd)
        return fail(tr("The file ends in the middle of a character; it may have been cut off."), line, column);
    // Invalid bytes and NUL characters share a message: the decoder turns both into NUL.
    return fail(tr("The cell has bytes that are not %1 text (or a NUL character); perhaps the file mixes "
                   "encodings or is damaged. Save it in one encoding, or choose the encoding by hand.")
                    .arg(QString::fromLatin1(m_encoding)),
        line, column);
}

bool CsvReader::fail(const QString &message, qint64 row, int column)
{
    m_error = Error(message, m_name, int(row), column);
    return false;
}

// The candidate that splits the first records into the same number of fields most often, counting only
// delimiters outside quotes; ties go to the usual delimiter for the file's extension.
QChar CsvReader::detectDelimiter(QStringView text, bool wholeFile) const
{
    const QString suffix = QFileInfo(m_name).suffix().toLower();
    const bool tabFirst = suffix == u"tsv" || suffix == u"tab";
    const std::array<char16_t, 3> candidates
        = tabFirst ? std::array<char16_t, 3> { u'\t', u',', u';' } : std::array<char16_t, 3> { u',', u';', u'\t' };
    std::array<int, 3> first {};
    std::array<int, 3> counts {};
    std::array<int, 3> scores {};
    int records = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    const auto tally = [&] {
        if (records++ == 0)
            first = counts;
        for (size_t k = 0; k < candidates.size(); ++k) {
            if (first[k] > 0 && counts[k] == first[k])
                ++scores[k];
        }
        counts = {};
        lineHasText = false;
    };

    qsizetype i = 0;
    for (; i < text.size() && records < DelimiterSampleRecords; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"')
            inQuotes = !inQuotes;
        if (inQuotes || c == u'"') {
            lineHasText = true;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (lineHasText)
                tally();
            continue;
        }
        lineHasText = true;
        for (size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    if (lineHasText && i == text.size() && wholeFile)
        tally(); // the last line of a small file, without a line end

    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k) {
        if (scores[k] > scores[best])
            best = k;
    }
    return QChar(candidates[best]);
}

double CsvReader::progress() const
{
    return m_finished ? 1.0 : m_progress;
}

// Bytes read, less those of the text decoded but not parsed yet (at the average bytes per character so far);
// never going back, as that average moves a little with each chunk.
void CsvReader::updateProgress()
{
    if (m_size <= 0)
        return;
    const double bytesPerChar = m_charsDecoded > 0 ? double(m_bytesDecoded) / double(m_charsDecoded) : 1.0;
    const double consumed = double(m_bomLength + m_bytesDecoded) - double(m_text.size() - m_pos) * bytesPerChar;
    m_progress = std::max(m_progress, std::clamp(consumed / double(m_size), 0.0, 1.0));
}

QString CsvReader::formatDescription() const
{
    const QString encoding = QString::fromLatin1(m_encoding);
    const QString encodingLabel = hasByteOrderMark() ? tr("%1 (BOM)").arg(encoding) : encoding;
    QString delimiterLabel;
    switch (m_delimiter.unicode()) {
    case u',':
        delimiterLabel = tr("comma");
        break;
    case u';':
        delimiterLabel = tr("semicolon");
        break;
    case u'\t':
        delimiterLabel = tr("tab");
        break;
    case u' ':
        delimiterLabel = tr("space");
        break;
    default:
        delimiterLabel = tr("“%1”").arg(m_delimiter);
    }
    return tr("%1, %2").arg(encodingLabel, delimiterLabel);
}

#include "XlsxMergedCells.h"

#include <algorithm>

namespace {

constexpr std::string_view kName = "mergeCell";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A reference's column (0-based) and row (1-based), like "AB12"; false when it is not one.
bool parseCell(std::string_view text, int &column, qint64 &row)
{
    size_t i = 0;
    column = 0;
    for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z' && column <= 16384; ++i)
        column = column * 26 + (text[i] - 'A' + 1);
    row = 0;
    const size_t digits = i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && row <= 1048576; ++i)
        row = row * 10 + (text[i] - '0');
    if (digits == 0 || i == digits || i != text.size() || column > 16384 || row < 1 || row > 1048576)
        return false;
    --column;
    return true;
}

// The value of attribute `ref` in an element's text, or empty. XML allows spaces around the "=".
std::string_view refOf(std::string_view element)
{
    for (size_t at = element.find("ref"); at != std::string_view::npos; at = element.find("ref", at + 3)) {
        if (at == 0 || !isSpace(element[at - 1]))
            continue;
        size_t i = at + 3;
        while (i < element.size() && isSpace(element[i]))
            ++i;
        if (i >= element.size() || element[i] != '=')
            continue;
        ++i;
        while (i < element.size() && isSpace(element[i]))
            ++i;
        if (i >= element.size() || (element[i] != '"' && element[i] != '\''))
            continue;
        const size_t end = element.find(element[i], i + 1);
        return end == std::string_view::npos ? std::string_view() : element.substr(i + 1, end - i - 1);
    }
    return {};
}

} // namespace

void XlsxMergedCells::add(std::string_view reference)
{
    const size_t colon = reference.find(':');
    if (colon == std::string_view::npos || m_count >= kMaxSpans)
        return;
    int firstColumn = 0, lastColumn = 0;
    qint64 firstRow = 0, lastRow = 0;
    if (!parseCell(reference.substr(0, colon), firstColumn, firstRow)
        || !parseCell(reference.substr(colon + 1), lastColumn, lastRow))
        return;
    // Corners in any order ("F2:A2" is A2:F2).
    const qint64 top = std::min(firstRow, lastRow);
    const int left = std::min(firstColumn, lastColumn);
    if (firstColumn != lastColumn) {
        m_byRow[top].append({ left, std::max(firstColumn, lastColumn) });
        ++m_count;
    }
    if (firstRow != lastRow && firstColumn == lastColumn) { // a box across columns too is a heading's: not filled
        m_downFrom[top].append({ left, std::max(firstRow, lastRow) });
        ++m_count;
    }
}

size_t XlsxMergedCells::takeElements(std::string_view buffer)
{
    size_t from = 0;
    for (size_t at = buffer.find(kName); at != std::string_view::npos; at = buffer.find(kName, from)) {
        from = at + kName.size();
        // <mergeCell or <x:mergeCell, followed by its attributes (not <mergeCells, nor text that says mergeCell)
        if (at == 0 || (buffer[at - 1] != '<' && buffer[at - 1] != ':'))
            continue;
        if (from >= buffer.size())
            return at - 1; // the name's end is in the next chunk
        if (!isSpace(buffer[from]))
            continue;
        const size_t end = buffer.find('>', from);
        if (end == std::string_view::npos)
            return at - 1;
        add(refOf(buffer.substr(from, end - from)));
        from = end + 1;
    }
    // A name split between this chunk and the next starts in the last few bytes.
    return std::max(from, buffer.size() > kName.size() + 2 ? buffer.size() - kName.size() - 2 : size_t(0));
}

Result<XlsxMergedCells> XlsxMergedCells::scan(const Read &read)
{
    XlsxMergedCells merged;
    std::string buffer;
    for (;;) {
        Result<QByteArray> chunk = read();
        if (!chunk)
            return chunk.error();
        if (chunk.value().isEmpty())
            break;
        buffer.append(chunk.value().constData(), size_t(chunk.value().size()));
        const size_t kept = merged.takeElements(buffer);
        // An element without its end for a whole chunk is no <mergeCell/> (they are short): drop it.
        buffer.erase(0, buffer.size() - kept > 4096 ? buffer.size() : kept);
    }
    return merged;
}

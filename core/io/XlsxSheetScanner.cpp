#include "XlsxSheetScanner.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace {

// Sheet data nests about seven deep (worksheet, sheetData, row, c, is, r, t); extensions a few more. Deeper
// nesting is an attack on the memory of the stack of open elements.
constexpr size_t maxDepth = 256;
// Tokens longer than this are read on in ever larger steps (see refill()).
constexpr size_t longTokenBytes = 64 * 1024;
// Names and values quoted in messages are cut to this many bytes.
constexpr size_t quotedBytes = 64;

enum CharClass : unsigned char
{
    NameStart = 1,
    NameChar = 2,
    Space = 4,
};

constexpr std::array<unsigned char, 256> charClasses()
{
    std::array<unsigned char, 256> classes {};
    for (int c = 0; c < 256; ++c) {
        // any non-ASCII byte may be part of a name: the few code points XML leaves out do no harm here
        const bool start = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
        const bool inside = start || (c >= '0' && c <= '9') || c == '-' || c == '.';
        classes[c] = (start ? NameStart : 0) | (inside ? NameChar : 0);
    }
    for (const char c : { ' ', '\t', '\n', '\r' })
        classes[static_cast<unsigned char>(c)] = Space;
    return classes;
}

constexpr std::array<unsigned char, 256> classes = charClasses();

bool is(char c, CharClass charClass)
{
    return classes[static_cast<unsigned char>(c)] & charClass;
}

std::string_view localName(std::string_view qualified)
{
    const size_t colon = qualified.rfind(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

QString quoted(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), quotedBytes)));
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The code point of a character reference's digits ("#38" or "#x26" without the '#'), or 0 when not valid.
char32_t characterReference(std::string_view digits)
{
    const bool hex = !digits.empty() && digits.front() == 'x';
    if (hex)
        digits.remove_prefix(1);
    if (digits.empty())
        return 0;
    char32_t c = 0;
    for (const char digit : digits) {
        int value = -1;
        if (digit >= '0' && digit <= '9')
            value = digit - '0';
        else if (hex && digit >= 'a' && digit <= 'f')
            value = digit - 'a' + 10;
        else if (hex && digit >= 'A' && digit <= 'F')
            value = digit - 'A' + 10;
        if (value < 0)
            return 0;
        c = c * (hex ? 16 : 10) + char32_t(value);
        if (c > 0x10FFFF) // before it can overflow
            return 0;
    }
    return isXmlChar(c) ? c : 0;
}

} // namespace

XlsxSheetScanner::XlsxSheetScanner(QString displayName, qint64 maxTokenBytes)
    : m_displayName(std::move(displayName))
    , m_maxTokenBytes(maxTokenBytes)
{
}

void XlsxSheetScanner::start(const QString &part, Source source, qsizetype chunkBytes)
{
    m_part = part;
    m_source = std::move(source);
    m_chunkBytes = chunkBytes;
    m_pending.clear();
    m_pendingUsed = 0;
    m_buffer.clear();
    m_pos = 0;
    m_linesDropped = 0;
    m_sourceDone = false;
    m_ended = false;
    m_atStart = true;
    m_rootSeen = false;
    m_emptyElement = false;
    m_openNames.clear();
    m_openStarts.clear();
    m_token = Token::Text;
    m_name = {};
    m_attributes.clear();
    m_text = {};
    m_error.reset();
}

bool XlsxSheetScanner::next()
{
    if (m_ended)
        return false;
    if (m_emptyElement) {
        m_emptyElement = false;
        m_token = Token::EndElement;
        popElement();
        return true;
    }
    for (;;) {
        switch (scan()) {
        case Step::Token:
            return true;
        case Step::Skipped:
            break;
        case Step::Failed:
            return false;
        case Step::NeedMore:
            if (!refill())
                return m_error ? false : endOfPart();
            break;
        }
    }
}

bool XlsxSheetScanner::skipElement()
{
    const int startDepth = depth();
    while (next()) {
        if (depth() < startDepth)
            return true;
    }
    return false;
}

Status XlsxSheetScanner::finish()
{
    while (next()) { }
    return m_error ? Status(*m_error) : Status();
}

XlsxSheetScanner::Step XlsxSheetScanner::scan()
{
    const size_t end = m_buffer.size();
    if (m_atStart) {
        static constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";
        const std::string_view head(m_buffer.data() + m_pos, std::min(end - m_pos, byteOrderMark.size()));
        if (head.size() < byteOrderMark.size() && byteOrderMark.starts_with(head))
            return Step::NeedMore;
        if (head == byteOrderMark)
            m_pos += byteOrderMark.size();
        m_atStart = false;
    }
    const size_t at = m_pos;
    if (at == end)
        return Step::NeedMore;
    if (m_buffer[at] != '<')
        return scanText(at);
    if (end - at < 2)
        return Step::NeedMore;
    switch (m_buffer[at + 1]) {
    case '/':
        return scanEndTag(at);
    case '?':
        return skipPast(at + 2, "?>");
    case '!':
        return scanMarkupDeclaration(at);
    default:
        return scanStartTag(at);
    }
}

XlsxSheetScanner::Step XlsxSheetScanner::scanText(size_t at)
{
    const char *data = m_buffer.data();
    const size_t end = m_buffer.size();
    if (m_openStarts.empty()) {
        size_t p = at;
        while (p < end && is(data[p], Space))
            ++p;
        m_pos = p;
        if (p < end && data[p] != '<')
            return malformed(p, tr("there is text outside the root element"));
        return Step::Skipped;
    }
    const void *lessThan = std::memchr(data + at, '<', end - at);
    if (!lessThan)
        return Step::NeedMore;
    const size_t textEnd = size_t(static_cast<const char *>(lessThan) - data);
    const std::string_view raw(data + at, textEnd - at);
    if (raw.find('&') == std::string_view::npos) {
        m_text = raw;
    } else {
        m_resolvedText.clear();
        if (!resolveReferences(raw, m_resolvedText, at))
            return Step::Failed;
        m_text = m_resolvedText;
    }
    m_token = Token::Text;
    m_pos = textEnd;
    return Step::Token;
}

size_t XlsxSheetScanner::nameEnd(size_t at) const
{
    const size_t end = m_buffer.size();
    if (at >= end)
        return 0;
    if (!is(m_buffer[at], NameStart))
        return std::string_view::npos;
    size_t p = at + 1;
    while (p < end && is(m_buffer[p], NameChar))
        ++p;
    return p == end ? 0 : p;
}

XlsxSheetScanner::Step XlsxSheetScanner::scanStartTag(size_t at)
{
    if (m_rootSeen && m_openStarts.empty())
        return malformed(at, tr("there is a second root element"));
    const char *data = m_buffer.data();
    const size_t end = m_buffer.size();
    const size_t nameStart = at + 1;
    const size_t nameStop = nameEnd(nameStart);
    if (nameStop == 0)
        return Step::NeedMore;
    if (nameStop == std::string_view::npos)
        return malformed(nameStart, tr("a < does not start a tag (write &lt;)"));
    const std::string_view qualifiedName(data + nameStart, nameStop - nameStart);
    const auto skipSpace = [&](size_t p) {
        while (p < end && is(data[p], Space))
            ++p;
        return p;
    };

    m_attributes.clear();
    bool resolving = false;
    bool empty = false;
    size_t p = nameStop;
    for (;;) {
        const size_t spaceStart = p;
        p = skipSpace(p);
        if (p == end)
            return Step::NeedMore;
        if (data[p] == '>') {
            ++p;
            break;
        }
        if (data[p] == '/') {
            if (p + 1 == end)
                return Step::NeedMore;
            if (data[p + 1] != '>')
                return malformed(p, tr("the tag <%1> has a / that does not end it").arg(quoted(qualifiedName)));
            p += 2;
            empty = true;
            break;
        }
        const size_t attributeStop = nameEnd(p);
        if (attributeStop == 0)
            return Step::NeedMore;
        if (p == spaceStart || attributeStop == std::string_view::npos)
            return malformed(
                p, tr("the tag <%1> has a character that is not part of an attribute").arg(quoted(qualifiedName)));
        const std::string_view attributeName(data + p, attributeStop - p);
        p = skipSpace(attributeStop);
        if (p == end)
            return Step::NeedMore;
        if (data[p] != '=')
            return malformed(p, tr("the attribute %1 has no value").arg(quoted(attributeName)));
        p = skipSpace(p + 1);
        if (p == end)
            return Step::NeedMore;
        const char quote = data[p];
        if (quote != '"' && quote != '\'')
            return malformed(p, tr("the value of the attribute %1 is not in quotes").arg(quoted(attributeName)));
        const void *closing = std::memchr(data + p + 1, quote, end - p - 1);
        if (!closing)
            return Step::NeedMore;
        const size_t valueStart = p + 1;
        const size_t valueStop = size_t(static_cast<const char *>(closing) - data);
        std::string_view value(data + valueStart, valueStop - valueStart);
        if (const size_t lessThan = value.find('<'); lessThan != std::string_view::npos)
            return malformed(valueStart + lessThan,
                tr("the value of the attribute %1 contains a < (write &lt;)").arg(quoted(attributeName)));
        if (value.find('&') != std::string_view::npos) {
            if (!resolving) {
                // resolved values are never longer than written: with this room the views below stay valid
                m_attributeValues.clear();
                m_attributeValues.reserve(end - at);
                resolving = true;
            }
            const size_t from = m_attributeValues.size();
            if (!resolveReferences(value, m_attributeValues, valueStart))
                return Step::Failed;
            value = std::string_view(m_attributeValues).substr(from);
        }
        m_attributes.push_back({ attributeName, value });
        p = valueStop + 1;
    }

    if (m_openStarts.size() >= maxDepth) {
        fail(tr("The part %1 nests elements more than %2 deep: refused.").arg(m_part).arg(maxDepth));
        return Step::Failed;
    }
    m_openStarts.push_back(m_openNames.size());
    m_openNames.append(qualifiedName);
    m_rootSeen = true;
    m_name = localName(qualifiedName);
    m_token = Token::StartElement;
    m_emptyElement = empty;
    m_pos = p;
    return Step::Token;
}

XlsxSheetScanner::Step XlsxSheetScanner::scanEndTag(size_t at)
{
    const char *data = m_buffer.data();
    const size_t end = m_buffer.size();
    const size_t nameStart = at + 2;
    const size_t nameStop = nameEnd(nameStart);
    if (nameStop == 0)
        return Step::NeedMore;
    if (nameStop == std::string_view::npos)
        return malformed(nameStart, tr("an end tag has no name"));
    const std::string_view qualifiedName(data + nameStart, nameStop - nameStart);
    size_t p = nameStop;
    while (p < end && is(data[p], Space))
        ++p;
    if (p == end)
        return Step::NeedMore;
    if (data[p] != '>')
        return malformed(p, tr("the end tag </%1> does not end with >").arg(quoted(qualifiedName)));
    if (m_openStarts.empty())
        return malformed(at, tr("the end tag </%1> has no start tag").arg(quoted(qualifiedName)));
    const std::string_view open = std::string_view(m_openNames).substr(m_openStarts.back());
    if (qualifiedName != open)
        return malformed(
            at, tr("the end tag </%1> does not match the start tag <%2>").arg(quoted(qualifiedName), quoted(open)));
    popElement();
    m_name = localName(qualifiedName);
    m_token = Token::EndElement;
    m_pos = p + 1;
    return Step::Token;
}

XlsxSheetScanner::Step XlsxSheetScanner::scanMarkupDeclaration(size_t at)
{
    static constexpr std::string_view comment = "<!--";
    static constexpr std::string_view cdata = "<![CDATA[";
    const std::string_view rest = std::string_view(m_buffer).substr(at);
    if (rest.starts_with(comment))
        return skipPast(at + comment.size(), "-->");
    if (rest.starts_with(cdata)) {
        if (m_openStarts.empty())
            return malformed(at, tr("there is a CDATA section outside the root element"));
        const size_t closing = rest.find("]]>", cdata.size());
        if (closing == std::string_view::npos)
            return Step::NeedMore;
        m_text = rest.substr(cdata.size(), closing - cdata.size());
        m_token = Token::Text;
        m_pos = at + closing + 3;
        return Step::Token;
    }
    if (comment.starts_with(rest) || cdata.starts_with(rest))
        return Step::NeedMore;
    if (rest.size() > 2 && is(rest[2], NameStart)) {
        // <!DOCTYPE, <!ENTITY, ...: entities are how "billion laughs" and external-entity attacks work
        fail(tr("The part %1 contains a document type declaration (DTD), which workbooks never have: refused.")
                 .arg(m_part));
        return Step::Failed;
    }
    return malformed(at, tr("a <! starts neither a comment nor a CDATA section"));
}

XlsxSheetScanner::Step XlsxSheetScanner::skipPast(size_t from, std::string_view terminator)
{
    const size_t found = std::string_view(m_buffer).find(terminator, from);
    if (found == std::string_view::npos)
        return Step::NeedMore;
    m_pos = found + terminator.size();
    return Step::Skipped;
}

bool XlsxSheetScanner::resolveReferences(std::string_view raw, std::string &out, size_t at)
{
    size_t p = 0;
    while (p < raw.size()) {
        const size_t ampersand = raw.find('&', p);
        if (ampersand == std::string_view::npos) {
            out.append(raw.substr(p));
            break;
        }
        out.append(raw.substr(p, ampersand - p));
        const size_t semicolon = raw.find(';', ampersand + 1);
        if (semicolon == std::string_view::npos) {
            malformed(at + ampersand, tr("an & does not start a reference (write &amp;)"));
            return false;
        }
        const std::string_view reference = raw.substr(ampersand + 1, semicolon - ampersand - 1);
        if (reference == "lt") {
            out += '<';
        } else if (reference == "gt") {
            out += '>';
        } else if (reference == "amp") {
            out += '&';
        } else if (reference == "quot") {
            out += '"';
        } else if (reference == "apos") {
            out += '\'';
        } else if (reference.starts_with('#')) {
            const char32_t c = characterReference(reference.substr(1));
            if (c == 0) {
                malformed(at + ampersand, tr("&%1; is not a valid character reference").arg(quoted(reference)));
                return false;
            }
            appendUtf8(out, c);
        } else {
            malformed(at + ampersand, tr("the entity &%1; is not defined").arg(quoted(reference)));
            return false;
        }
        p = semicolon + 1;
    }
    return true;
}

bool XlsxSheetScanner::refill()
{
    if (m_sourceDone)
        return false;
    if (m_pos > 0) {
        m_linesDropped += std::count(m_buffer.data(), m_buffer.data() + m_pos, '\n');
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    if (qint64(m_buffer.size()) > m_maxTokenBytes)
        return fail(tr("The part %1 has a single piece of XML larger than %2 bytes: refused.")
                        .arg(m_part)
                        .arg(m_maxTokenBytes));
    // A token is scanned again from its start after each refill: past a chunk, take as much again as is held
    // already, so that a long token (up to maxTokenBytes) costs a few scans rather than one per chunk.
    const size_t wanted = m_buffer.size() >= longTokenBytes ? m_buffer.size() : 1;
    size_t appended = 0;
    while (appended < wanted) {
        if (m_pendingUsed == m_pending.size()) {
            Result<QByteArray> piece = m_source();
            if (!piece) {
                m_error = piece.error();
                m_ended = true;
                return false;
            }
            m_pending = std::move(piece).value();
            m_pendingUsed = 0;
            if (m_pending.isEmpty()) {
                m_sourceDone = true;
                return appended > 0;
            }
        }
        qsizetype take = m_pending.size() - m_pendingUsed;
        if (m_chunkBytes > 0)
            take = std::min(take, m_chunkBytes);
        m_buffer.append(m_pending.constData() + m_pendingUsed, size_t(take));
        m_pendingUsed += take;
        appended += size_t(take);
    }
    return true;
}

bool XlsxSheetScanner::endOfPart()
{
    if (m_rootSeen && m_openStarts.empty() && m_pos == m_buffer.size()) {
        m_ended = true;
        return false;
    }
    return fail(tr("The part %1 ends too early: the file is incomplete.").arg(m_part));
}

void XlsxSheetScanner::popElement()
{
    m_openNames.resize(m_openStarts.back());
    m_openStarts.pop_back();
}

bool XlsxSheetScanner::fail(const QString &message)
{
    m_error = Error(message, m_displayName);
    m_ended = true;
    return false;
}

XlsxSheetScanner::Step XlsxSheetScanner::malformed(size_t at, const QString &reason)
{
    const qint64 line
        = m_linesDropped + 1 + std::count(m_buffer.data(), m_buffer.data() + std::min(at, m_buffer.size()), '\n');
    fail(tr("The part %1 is not well-formed XML (line %2): %3").arg(m_part).arg(line).arg(reason));
    return Step::Failed;
}

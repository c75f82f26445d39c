#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The XML of a worksheet part, tokenized by hand over its UTF-8 bytes while they are inflated. A sheet of a
// million rows is tens of millions of tokens, and a general XML parser spends most of an import on what sheet
// data never uses. This one knows start, end and empty-element tags (element names compared without their
// namespace prefix, so <x:c> is <c>), attributes in either quote style, text with the predefined entities and
// character references, CDATA sections, comments and processing instructions. It refuses any DTD, checks that
// tags nest and match, and holds at most one token plus one chunk in memory.
class XlsxSheetScanner
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetScanner)

public:
    // The next piece of the part, an empty array at its end, or why it cannot be read.
    using Source = std::function<Result<QByteArray>()>;

    enum class Token
    {
        StartElement,
        EndElement, // also right after the StartElement of an empty-element tag (<c r="A1"/>)
        Text,
    };

    struct Attribute
    {
        std::string_view name; // as written: the attributes of sheet data have no prefix
        std::string_view value; // references resolved
    };

    XlsxSheetScanner(QString displayName, qint64 maxTokenBytes);

    // Starts reading a part. chunkBytes > 0 takes the source's pieces at most that many bytes at a time (tests use
    // tiny chunks so that every token is split somewhere).
    void start(const QString &part, Source source, qsizetype chunkBytes = 0);
    // Advances to the next token; false at the end of the part or on an error (then error() is set). The views
    // below stay valid until the next call.
    bool next();
    // Skips the rest of the current start element, up to and including its end element.
    bool skipElement();
    // Reads to the end of the part, so that the source has checked all of it.
    Status finish();

    Token token() const { return m_token; }
    // The local name (no prefix) of a StartElement or EndElement.
    std::string_view name() const { return m_name; }
    std::span<const Attribute> attributes() const { return m_attributes; }
    // The UTF-8 text of a Text token (a text run or a CDATA section; adjacent ones come as separate tokens).
    std::string_view text() const { return m_text; }
    // Elements open, counting a StartElement just returned.
    int depth() const { return int(m_openStarts.size()); }
    const std::optional<Error> &error() const { return m_error; }

private:
    enum class Step
    {
        Token, // a token was read
        Skipped, // a comment, a processing instruction or whitespace outside the root
        NeedMore, // the buffer ends inside the token
        Failed,
    };
    Step scan();
    Step scanText(size_t at);
    Step scanStartTag(size_t at);
    Step scanEndTag(size_t at);
    Step scanMarkupDeclaration(size_t at);
    Step skipPast(size_t from, std::string_view terminator);
    // The end of the name starting at `at`, 0 when the buffer ends inside it, or npos when there is none.
    size_t nameEnd(size_t at) const;
    // Appends raw (text or an attribute value) to out with references resolved; false on a bad reference.
    bool resolveReferences(std::string_view raw, std::string &out, size_t at);
    bool refill();
    bool endOfPart();
    void popElement();
    bool fail(const QString &message);
    Step malformed(size_t at, const QString &reason);

    QString m_displayName;
    qint64 m_maxTokenBytes;
    QString m_part;
    Source m_source;
    qsizetype m_chunkBytes = 0;
    QByteArray m_pending; // the source's last piece, not yet all in m_buffer
    qsizetype m_pendingUsed = 0;
    std::string m_buffer; // bytes from the start of the current token on
    size_t m_pos = 0;
    qint64 m_linesDropped = 0; // newlines in the bytes already dropped from m_buffer, for messages
    bool m_sourceDone = false;
    bool m_ended = false;
    bool m_atStart = true; // where a byte order mark may be
    bool m_rootSeen = false;
    bool m_emptyElement = false; // the last StartElement was <.../>: its EndElement comes next
    std::string m_openNames; // qualified names of the open elements, end to end
    std::vector<size_t> m_openStarts;
    Token m_token = Token::Text;
    std::string_view m_name;
    std::vector<Attribute> m_attributes;
    std::string m_attributeValues; // values with references resolved
    std::string_view m_text;
    std::string m_resolvedText;
    std::optional<Error> m_error;
};

#include "io/XlsxSheetScanner.h"

#include "../core/TestSupport.h"

#include <gtest/gtest.h>

namespace {

const QString part = QStringLiteral("xl/worksheets/sheet1.xml");

// A source that hands out the bytes in pieces of the given size (0: all at once), then an empty array.
XlsxSheetScanner::Source sourceOf(const QByteArray &bytes, qsizetype pieceBytes)
{
    return [bytes, pieceBytes, at = qsizetype(0)]() mutable -> Result<QByteArray> {
        const qsizetype size = pieceBytes > 0 ? qMin(pieceBytes, bytes.size() - at) : bytes.size() - at;
        const QByteArray piece = bytes.mid(at, size);
        at += size;
        return piece;
    };
}

struct Scan
{
    QStringList tokens; // "<name a=v ...>", "</name>", "'text'"
    std::optional<Error> error;
};

// Every token of the document, from a source of 512-byte pieces read in chunks of chunkBytes (0: whole pieces).
Scan scan(const QByteArray &xml, qsizetype chunkBytes, qint64 maxTokenBytes = 1024 * 1024)
{
    XlsxSheetScanner scanner(QStringLiteral("book.xlsx"), maxTokenBytes);
    scanner.start(part, sourceOf(xml, 512), chunkBytes);
    Scan result;
    const auto string = [](std::string_view bytes) { return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())); };
    while (scanner.next()) {
        switch (scanner.token()) {
        case XlsxSheetScanner::Token::StartElement: {
            QString tag = u'<' + string(scanner.name());
            for (const XlsxSheetScanner::Attribute &attribute : scanner.attributes())
                tag += u' ' + string(attribute.name) + u'=' + string(attribute.value);
            result.tokens << tag + u'>';
            break;
        }
        case XlsxSheetScanner::Token::EndElement:
            result.tokens << QStringLiteral("</%1>").arg(string(scanner.name()));
            break;
        case XlsxSheetScanner::Token::Text:
            result.tokens << u'\'' + string(scanner.text()) + u'\'';
            break;
        }
        EXPECT_LT(result.tokens.size(), 100000) << "no end";
        if (result.tokens.size() >= 100000)
            break;
    }
    result.error = scanner.error();
    return result;
}

// Chunk sizes that split every token somewhere, and the whole document at once.
const QList<qsizetype> chunkSizes { 1, 2, 3, 5, 64, 0 };

TEST(XlsxSheetScannerTest, ReadsTheMarkupSheetDataUsesInAnyChunking)
{
    const QByteArray xml
        = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!-- written by hand -->\n"
          "<x:worksheet xmlns:x=\"urn:main\"><x:cols><x:col min='1' max=\"2\"/></x:cols>"
          "<x:sheetData><x:row r=\"1\">"
          "<x:c t = 's'\n r=\"A1\"><x:v>7</x:v></x:c>"
          "<x:c s='2' t=\"inlineStr\" r='B1'><x:is><x:t>a&lt;b&amp;c&#20013;&#x1F600;&quot;&apos;&gt;</x:t>"
          "</x:is></x:c>"
          "<c r=\"C1\" v=\"&#x41;&amp;'\"><v><![CDATA[<1>&amp;]]></v></c><?pi data?><!-- a <c> -->"
          "</x:row></x:sheetData></x:worksheet>\n<!-- after -->\n";
    const QStringList expected { QStringLiteral("<worksheet xmlns:x=urn:main>"), QStringLiteral("<cols>"),
        QStringLiteral("<col min=1 max=2>"), QStringLiteral("</col>"), QStringLiteral("</cols>"),
        QStringLiteral("<sheetData>"), QStringLiteral("<row r=1>"), QStringLiteral("<c t=s r=A1>"),
        QStringLiteral("<v>"), QStringLiteral("'7'"), QStringLiteral("</v>"), QStringLiteral("</c>"),
        QStringLiteral("<c s=2 t=inlineStr r=B1>"), QStringLiteral("<is>"), QStringLiteral("<t>"),
        QStringLiteral("'a<b&c中😀\"'>'"), QStringLiteral("</t>"), QStringLiteral("</is>"), QStringLiteral("</c>"),
        QStringLiteral("<c r=C1 v=A&'>"), QStringLiteral("<v>"), QStringLiteral("'<1>&amp;'"), QStringLiteral("</v>"),
        QStringLiteral("</c>"), QStringLiteral("</row>"), QStringLiteral("</sheetData>"),
        QStringLiteral("</worksheet>") };
    for (const qsizetype chunk : chunkSizes) {
        const Scan result = scan(xml, chunk);
        EXPECT_FALSE(result.error.has_value()) << "chunk " << chunk << ": " << result.error->message;
        EXPECT_EQ(result.tokens, expected) << "chunk " << chunk; // a text run is one token, however it was split
    }
}

TEST(XlsxSheetScannerTest, ReadsTokensLongerThanManyChunksWhole)
{
    const QByteArray value(300 * 1024, 'v');
    const QByteArray text = QByteArray("t&amp;").repeated(50 * 1024);
    const QByteArray xml = "<a><c r=\"" + value + "\"><t>" + text + "</t><!--" + value + "--></c></a>";
    const Scan result = scan(xml, 100, 1024 * 1024);
    EXPECT_FALSE(result.error.has_value());
    EXPECT_EQ(result.tokens,
        (QStringList { QStringLiteral("<a>"), QStringLiteral("<c r=%1>").arg(QString::fromLatin1(value)),
            QStringLiteral("<t>"), u'\'' + QStringLiteral("t&").repeated(50 * 1024) + u'\'', QStringLiteral("</t>"),
            QStringLiteral("</c>"), QStringLiteral("</a>") }));
}

TEST(XlsxSheetScannerTest, SkipsElementsAndFinishesTheDocument)
{
    XlsxSheetScanner scanner(QStringLiteral("book.xlsx"), 1024);
    scanner.start(part, sourceOf("<a><skip><b/><b>x</b></skip><c/></a>  ", 0), 2);
    ASSERT_TRUE(scanner.next()); // <a>
    ASSERT_TRUE(scanner.next()); // <skip>
    EXPECT_EQ(scanner.depth(), 2);
    ASSERT_TRUE(scanner.skipElement());
    EXPECT_EQ(scanner.depth(), 1);
    ASSERT_TRUE(scanner.next());
    EXPECT_EQ(scanner.token(), XlsxSheetScanner::Token::StartElement);
    EXPECT_EQ(scanner.name(), "c");
    ASSERT_TRUE(scanner.next());
    EXPECT_EQ(scanner.token(), XlsxSheetScanner::Token::EndElement);
    EXPECT_EQ(scanner.name(), "c");
    EXPECT_TRUE(scanner.finish().ok());
    EXPECT_FALSE(scanner.next());
}

TEST(XlsxSheetScannerTest, PassesOnTheSourcesError)
{
    XlsxSheetScanner scanner(QStringLiteral("book.xlsx"), 1024);
    int calls = 0;
    scanner.start(part, [&calls]() -> Result<QByteArray> {
        if (calls++ == 0)
            return QByteArray("<a><b>");
        return Error(QStringLiteral("The part is damaged."), QStringLiteral("book.xlsx"));
    });
    ASSERT_TRUE(scanner.next());
    ASSERT_TRUE(scanner.next());
    EXPECT_FALSE(scanner.next());
    ASSERT_TRUE(scanner.error().has_value());
    EXPECT_EQ(scanner.error()->message, QStringLiteral("The part is damaged."));
    EXPECT_FALSE(scanner.next());
}

struct BadXml
{
    const char *name;
    QByteArray xml;
    QString message; // the whole message
    qint64 maxTokenBytes = 1024;
};

class XlsxSheetScannerBadTest : public ::testing::TestWithParam<BadXml>
{
};

TEST_P(XlsxSheetScannerBadTest, IsRefusedTheSameWayInAnyChunking)
{
    const BadXml &bad = GetParam();
    for (const qsizetype chunk : chunkSizes) {
        const Scan result = scan(bad.xml, chunk, bad.maxTokenBytes);
        ASSERT_TRUE(result.error.has_value()) << "chunk " << chunk;
        EXPECT_EQ(result.error->message, bad.message) << "chunk " << chunk;
        EXPECT_EQ(result.error->file, QStringLiteral("book.xlsx"));
    }
}

QString notWellFormed(int line, const QString &reason)
{
    return QStringLiteral("The part xl/worksheets/sheet1.xml is not well-formed XML (line %1): %2")
        .arg(line)
        .arg(reason);
}

const QString endsEarly = QStringLiteral("The part xl/worksheets/sheet1.xml ends too early: the file is incomplete.");
const QString dtd = QStringLiteral("The part xl/worksheets/sheet1.xml contains a document type declaration (DTD), "
                                   "which workbooks never have: refused.");

QByteArray deeplyNested(int depth)
{
    return QByteArray("<a>").repeated(depth) + QByteArray("</a>").repeated(depth);
}

INSTANTIATE_TEST_SUITE_P(Documents, XlsxSheetScannerBadTest,
    ::testing::Values(BadXml { "Empty", "", endsEarly }, BadXml { "OnlyWhitespace", " \n ", endsEarly },
        BadXml { "EndsInsideAStartTagName", "<a><bc", endsEarly }, BadXml { "EndsAfterALessThan", "<a><", endsEarly },
        BadXml { "EndsInsideAnAttributeValue", "<a><c r=\"A1", endsEarly },
        BadXml { "EndsBeforeAnAttributeValue", "<a><c r=", endsEarly },
        BadXml { "EndsInsideAnEndTag", "<a><c></c", endsEarly },
        BadXml { "EndsInsideText", "<a><t>some text", endsEarly },
        BadXml { "EndsInsideAComment", "<a><!-- note", endsEarly },
        BadXml { "EndsInsideCdata", "<a><![CDATA[abc]]", endsEarly },
        BadXml { "EndsInsideAnEmptyElementTag", "<a><c/", endsEarly },
        BadXml { "EndsWithElementsOpen", "<a><b></b>", endsEarly },
        BadXml { "EndsInsideAByteOrderMark", "\xEF\xBB", endsEarly },
        BadXml { "MismatchedEndTag", "<a>\n<b>\n\n<c></b></c></a>",
            notWellFormed(4, QStringLiteral("the end tag </b> does not match the start tag <c>")) },
        BadXml { "PrefixMustMatchToo", "<x:a></a>",
            notWellFormed(1, QStringLiteral("the end tag </a> does not match the start tag <x:a>")) },
        BadXml {
            "EndTagWithoutStartTag", "</a>", notWellFormed(1, QStringLiteral("the end tag </a> has no start tag")) },
        BadXml {
            "UndefinedEntity", "<a>&nbsp;</a>", notWellFormed(1, QStringLiteral("the entity &nbsp; is not defined")) },
        BadXml { "AmpersandWithoutReference", "<a>fish & chips</a>",
            notWellFormed(1, QStringLiteral("an & does not start a reference (write &amp;)")) },
        BadXml { "NullCharacterReference", "<a>&#0;</a>",
            notWellFormed(1, QStringLiteral("&#0; is not a valid character reference")) },
        BadXml { "SurrogateCharacterReference", "<a>&#xD800;</a>",
            notWellFormed(1, QStringLiteral("&#xD800; is not a valid character reference")) },
        BadXml { "CharacterReferenceBeyondUnicode", "<a>&#x110000;</a>",
            notWellFormed(1, QStringLiteral("&#x110000; is not a valid character reference")) },
        BadXml { "HugeCharacterReference", "<a>&#99999999999999999999;</a>",
            notWellFormed(1, QStringLiteral("&#99999999999999999999; is not a valid character reference")) },
        BadXml { "EntityInAnAttribute", "<a b=\"&x;\"/>",
            notWellFormed(1, QStringLiteral("the entity &x; is not defined")) },
        BadXml { "LessThanInAnAttribute", "<a b=\"<\"/>",
            notWellFormed(1, QStringLiteral("the value of the attribute b contains a < (write &lt;)")) },
        BadXml { "UnquotedAttribute", "<a b=1/>",
            notWellFormed(1, QStringLiteral("the value of the attribute b is not in quotes")) },
        BadXml { "AttributeWithoutValue", "<a b/>", notWellFormed(1, QStringLiteral("the attribute b has no value")) },
        BadXml { "AttributesWithoutSpaceBetween", "<a b='1'c='2'/>",
            notWellFormed(1, QStringLiteral("the tag <a> has a character that is not part of an attribute")) },
        BadXml {
            "SlashInsideATag", "<a / >", notWellFormed(1, QStringLiteral("the tag <a> has a / that does not end it")) },
        BadXml { "LessThanInText", "<a>1 < 2</a>",
            notWellFormed(1, QStringLiteral("a < does not start a tag (write &lt;)")) },
        BadXml { "TextOutsideTheRoot", "<a/>tail",
            notWellFormed(1, QStringLiteral("there is text outside the root element")) },
        BadXml { "SecondRoot", "<a/>\n<b/>", notWellFormed(2, QStringLiteral("there is a second root element")) },
        BadXml { "CdataOutsideTheRoot", "<![CDATA[x]]><a/>",
            notWellFormed(1, QStringLiteral("there is a CDATA section outside the root element")) },
        BadXml { "UnknownDeclaration", "<a><!-x></a>",
            notWellFormed(1, QStringLiteral("a <! starts neither a comment nor a CDATA section")) },
        BadXml { "Utf16", QByteArray("\xFF\xFE<\0a\0/\0>\0", 10),
            notWellFormed(1, QStringLiteral("there is text outside the root element")) },
        BadXml { "Doctype", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>", dtd },
        BadXml { "EntityDeclarationInsideTheRoot", "<a><!ENTITY b \"c\"></a>", dtd },
        BadXml { "TooDeep", deeplyNested(300),
            QStringLiteral("The part xl/worksheets/sheet1.xml nests elements more than 256 deep: refused."), 4096 },
        BadXml { "TokenTooLarge", "<a><t>" + QByteArray(2000, 'x') + "</t></a>",
            QStringLiteral("The part xl/worksheets/sheet1.xml has a single piece of XML larger than 1000 bytes: "
                           "refused."),
            1000 }),
    [](const ::testing::TestParamInfo<BadXml> &info) { return std::string(info.param.name); });

// Every byte of a document replaced in turn by markup characters: whatever comes of it, the scanner must end,
// with a document or an error, after no more tokens than the document has bytes.
TEST(XlsxSheetScannerTest, EndsOnEveryDamagedVersionOfADocument)
{
    const QByteArray xml = "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t='s'><v>1</v>"
                           "</c><c><is><t>a&amp;&#x4E2D;</t></is></c><!-- x --><c><v><![CDATA[2]]></v></c></row>"
                           "</sheetData></worksheet>";
    int errors = 0;
    for (qsizetype at = 0; at < xml.size(); ++at) {
        for (const char replacement : { '<', '>', '&', '"', '\'', '/', '!', '?', ']', ' ', ';', '\0' }) {
            QByteArray damaged = xml;
            damaged[at] = replacement;
            for (const qsizetype chunk : { 3, 0 }) {
                const Scan result = scan(damaged, chunk);
                EXPECT_LE(result.tokens.size(), xml.size()) << damaged.constData();
                errors += result.error.has_value();
            }
        }
    }
    EXPECT_GT(errors, 0);
}

} // namespace

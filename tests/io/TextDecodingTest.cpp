#include "io/TextDecoding.h"

#include "../core/TestSupport.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

namespace {

QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    EXPECT_TRUE(encoder.isValid()) << encoding;
    return encoder.encode(text);
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CLIENTELE_TEST_DATA "/csv/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

const QString header = QStringLiteral("客户名称,手机,地址\r\n");
const QString rows = header
    + QStringLiteral("北京华信科技有限公司,13800138000,北京市海淀区中关村大街1号\r\n"
                     "上海明远贸易有限公司,13912345678,上海市浦东新区世纪大道100号\r\n");
const QString traditionalHeader = QStringLiteral("客戶名稱,聯絡人,手機,地址\r\n");
const QString traditionalRows
    = traditionalHeader + QStringLiteral("台北宏達科技股份有限公司,陳志明,0912345678,台北市信義區松仁路100號\r\n");

struct DetectCase
{
    const char *name;
    QByteArray sample;
    bool complete;
    QByteArray encoding;
    int bomLength;
};

void PrintTo(const DetectCase &c, std::ostream *os)
{
    *os << c.name;
}

class DetectTest : public ::testing::TestWithParam<DetectCase>
{
};

TEST_P(DetectTest, findsTheEncoding)
{
    const DetectCase &c = GetParam();
    const Result<TextEncoding> detected = TextDecoder::detect(c.sample, c.complete);
    ASSERT_TRUE(detected.ok()) << detected.error().toString();
    EXPECT_EQ(detected.value().name, c.encoding);
    EXPECT_EQ(detected.value().bomLength, c.bomLength);
}

INSTANTIATE_TEST_SUITE_P(Samples, DetectTest,
    ::testing::Values(DetectCase { "empty", {}, true, "UTF-8", 0 },
        DetectCase { "ascii", "name,phone\r\nAcme,555\r\n", true, "UTF-8", 0 },
        DetectCase { "utf8", rows.toUtf8(), true, "UTF-8", 0 },
        DetectCase { "utf8Bom", "\xEF\xBB\xBF" + rows.toUtf8(), true, "UTF-8", 3 },
        DetectCase { "utf8CutBySampleEnd", rows.toUtf8().chopped(2), false, "UTF-8", 0 },
        DetectCase { "utf16leBom", "\xFF\xFE" + encode("UTF-16LE", rows), true, "UTF-16LE", 2 },
        DetectCase { "utf16beBom", "\xFE\xFF" + encode("UTF-16BE", rows), true, "UTF-16BE", 2 },
        DetectCase { "utf32leBom", QByteArray("\xFF\xFE\0\0", 4) + encode("UTF-32LE", rows), true, "UTF-32LE", 4 },
        DetectCase { "utf32beBom", QByteArray("\0\0\xFE\xFF", 4) + encode("UTF-32BE", rows), true, "UTF-32BE", 4 },
        DetectCase { "gb18030Bom", "\x84\x31\x95\x33" + encode("GB18030", rows), true, "GB18030", 4 },
        DetectCase { "utf16le", encode("UTF-16LE", rows), true, "UTF-16LE", 0 },
        DetectCase { "utf16be", encode("UTF-16BE", rows), true, "UTF-16BE", 0 },
        DetectCase { "utf16leChineseOnly",
            encode("UTF-16LE",
                QStringLiteral("北京华信科技有限公司一\n上海明远贸易有限公司\n"
                               "广州恒达电子有限公司\n深圳鹏程物流有限公司\n")),
            true, "UTF-16LE", 0 },
        DetectCase { "gbk", encode("GBK", rows), true, "GB18030", 0 },
        DetectCase { "gbkHeaderOnly", encode("GBK", header), true, "GB18030", 0 },
        DetectCase { "gbkOneName", encode("GBK", QStringLiteral("张三\n")), true, "GB18030", 0 },
        DetectCase { "gbkFixture", fixture("gbk.csv"), true, "GB18030", 0 },
        DetectCase { "big5", encode("Big5", traditionalRows), true, "Big5", 0 },
        DetectCase { "big5HeaderOnly", encode("Big5", traditionalHeader), true, "Big5", 0 },
        DetectCase { "big5Fixture", fixture("big5.csv"), true, "Big5", 0 },
        DetectCase { "mostlyUtf8WithAGbkLine", fixture("mixed-utf8-gbk.csv"), true, "UTF-8", 0 },
        DetectCase { "westernEurope",
            encode("windows-1252",
                QStringLiteral("Name;Straße;Ort\r\nMüller;Hauptstraße 5;"
                               "Köln\r\nDupré;Rue de l'Église;Besançon\r\n")),
            true, "windows-1252", 0 }));

TEST(TextDecoderTest, refusesBinaryData)
{
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5C\x72\xA8\x66", 33);
    for (int i = 0; i < 2000; ++i)
        png.append(char((i * 7919) % 256));
    const Result<TextEncoding> detected = TextDecoder::detect(png, true);
    ASSERT_FALSE(detected.ok());
    EXPECT_EQ(detected.error().message, QStringLiteral("This is not a text file: it contains binary data."));
}

struct ChunkCase
{
    const char *name;
    QByteArray encoding;
    QString text;
};

void PrintTo(const ChunkCase &c, std::ostream *os)
{
    *os << c.name;
}

class ChunkTest : public ::testing::TestWithParam<ChunkCase>
{
};

// Characters split between chunks at every possible place are put together again.
TEST_P(ChunkTest, decodesAcrossChunks)
{
    const ChunkCase &c = GetParam();
    const QByteArray bytes = encode(c.encoding.constData(), c.text);
    for (qsizetype chunk = 1; chunk <= 7; ++chunk) {
        TextDecoder decoder(c.encoding);
        ASSERT_TRUE(decoder.isValid());
        QString text;
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            EXPECT_EQ(decoder.decode(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i)), text), -1);
        EXPECT_TRUE(decoder.finish());
        EXPECT_EQ(text, c.text) << "chunks of " << chunk;
    }
}

INSTANTIATE_TEST_SUITE_P(Encodings, ChunkTest,
    ::testing::Values(ChunkCase { "utf8", "UTF-8", rows + QStringLiteral("𠮷野家") },
        ChunkCase { "utf16le", "UTF-16LE", rows + QStringLiteral("𠮷野家") }, ChunkCase { "utf16be", "UTF-16BE", rows },
        ChunkCase { "gb18030", "GB18030", rows + QStringLiteral("𠮷野家") },
        ChunkCase { "big5", "Big5", traditionalRows }));

TEST(TextDecoderTest, pointsAtTheFirstInvalidSequence)
{
    TextDecoder decoder("UTF-8");
    QString text;
    EXPECT_EQ(decoder.decode(QStringLiteral("北京,1\r\n").toUtf8(), text), -1);
    // "上海" in GBK inside UTF-8 text.
    EXPECT_EQ(decoder.decode(QByteArray("ab,\xC9\xCF\xBA\xA3\r\n"), text), 9);
    EXPECT_EQ(text.left(9), QStringLiteral("北京,1\r\nab,"));
}

TEST(TextDecoderTest, pointsAtANulCharacter)
{
    TextDecoder decoder("GB18030");
    QString text;
    EXPECT_EQ(decoder.decode(QByteArray("a,b\r\nc,\0d", 9), text), 7);
}

TEST(TextDecoderTest, pointsAtInvalidGb18030)
{
    TextDecoder decoder("GB18030");
    QString text;
    EXPECT_EQ(decoder.decode(QByteArray("\xC4\xE3,\x80x"), text), 2);
}

struct CutCase
{
    const char *name;
    QByteArray encoding;
    QByteArray bytes;
};

void PrintTo(const CutCase &c, std::ostream *os)
{
    *os << c.name;
}

class CutTest : public ::testing::TestWithParam<CutCase>
{
};

TEST_P(CutTest, noticesAStreamCutInACharacter)
{
    const CutCase &c = GetParam();
    TextDecoder decoder(c.encoding);
    QString text;
    EXPECT_EQ(decoder.decode(c.bytes, text), -1);
    EXPECT_FALSE(decoder.finish());
}

INSTANTIATE_TEST_SUITE_P(Encodings, CutTest,
    ::testing::Values(CutCase { "utf8", "UTF-8", "a,\xE5\x8C" },
        CutCase { "utf16le", "UTF-16LE", QByteArray("a\0,", 3) },
        CutCase { "utf32be", "UTF-32BE", QByteArray("\0\0\0a\0\0", 6) }, CutCase { "gb18030", "GB18030", "a,\xC4" },
        CutCase { "big5", "Big5", "a,\xA7" }));

TEST(TextDecoderTest, keepsASecondByteOrderMark)
{
    EXPECT_EQ(TextDecoder::bomLength("\xEF\xBB\xBF"
                                     "a",
                  "UTF-8"),
        3);
    EXPECT_EQ(TextDecoder::bomLength("\xEF\xBB\xBF"
                                     "a",
                  "GB18030"),
        0);
    TextDecoder decoder("utf-8");
    EXPECT_EQ(decoder.name(), QByteArray("UTF-8"));
    QString text;
    decoder.decode("\xEF\xBB\xBF"
                   "a",
        text);
    EXPECT_EQ(text, QString(QChar(0xFEFF)) + QLatin1Char('a'));
}

} // namespace

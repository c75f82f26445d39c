#include "TextDecoding.h"

#include <uchardet/uchardet.h>

#include <array>
#include <memory>

namespace {

struct ByteOrderMark
{
    std::string_view bytes;
    const char *encoding;
};

using namespace std::string_view_literals;

// UTF-32LE before UTF-16LE: its mark starts with UTF-16LE's.
constexpr std::array<ByteOrderMark, 6> byteOrderMarks { {
    { "\xEF\xBB\xBF"sv, "UTF-8" },
    { "\xFF\xFE\x00\x00"sv, "UTF-32LE" },
    { "\x00\x00\xFE\xFF"sv, "UTF-32BE" },
    { "\xFF\xFE"sv, "UTF-16LE" },
    { "\xFE\xFF"sv, "UTF-16BE" },
    { "\x84\x31\x95\x33"sv, "GB18030" },
} };

const ByteOrderMark *findByteOrderMark(QByteArrayView bytes)
{
    const std::string_view start(bytes.data(), size_t(bytes.size()));
    for (const ByteOrderMark &mark : byteOrderMarks) {
        if (start.starts_with(mark.bytes))
            return &mark;
    }
    return nullptr;
}

const uchar *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const uchar *>(view.data());
}

// NUL bytes in a UTF-16 text sit on one side of each two-byte unit (the high byte of ASCII characters).
struct NulCount
{
    qsizetype even = 0;
    qsizetype odd = 0;
    qsizetype controls = 0; // other bytes no text file has
};

NulCount countNuls(QByteArrayView sample)
{
    NulCount count;
    const uchar *bytes = bytesOf(sample);
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const uchar b = bytes[i];
        if (b == 0)
            ++(i % 2 ? count.odd : count.even);
        else if (b < 0x09 || (b >= 0x0E && b < 0x1A) || (b >= 0x1C && b < 0x20))
            ++count.controls; // tab, line ends, form feed, DOS end of file (1A) and ESC (ISO-2022) are text
    }
    return count;
}

struct Utf8Count
{
    qsizetype multiByte = 0; // valid sequences of two to four bytes
    qsizetype invalid = 0; // bytes that start no valid sequence
};

// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
Utf8Count countUtf8(QByteArrayView sample, bool complete)
{
    Utf8Count count;
    const uchar *bytes = bytesOf(sample);
    const qsizetype size = sample.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80; // the allowed range of the second byte
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        int valid = length > 0 ? 1 : 0;
        while (valid > 0 && valid < length && i + valid < size) {
            const uchar b = bytes[i + valid];
            const bool ok = valid == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
            if (!ok)
                break;
            ++valid;
        }
        if (length > 0 && valid == length) {
            ++count.multiByte;
            i += length;
        } else if (valid > 0 && i + valid == size && !complete) {
            break; // a character cut by the end of the sample, not of the file
        } else {
            ++count.invalid;
            ++i;
        }
    }
    return count;
}

// How the bytes of 80-FF pair up: Chinese double-byte encodings (GBK, GB18030, Big5) have a lead byte 81-FE
// followed by a trail byte; Western single-byte text has lone accented letters between ASCII ones.
struct PairCount
{
    qsizetype highPairs = 0; // lead and trail both 80-FE
    qsizetype asciiPairs = 0; // trail 40-7E (an ASCII letter): common in Big5, rare in GBK
    qsizetype gbkLeads = 0; // lead 81-A0: GBK or GB18030, never Big5
    qsizetype single = 0; // high bytes that pair with nothing
};

PairCount countPairs(QByteArrayView sample)
{
    PairCount count;
    const uchar *bytes = bytesOf(sample);
    const qsizetype size = sample.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const uchar trail = i + 1 < size ? bytes[i + 1] : 0;
        const bool highTrail = trail >= 0x80 && trail <= 0xFE;
        const bool asciiTrail = trail >= 0x40 && trail <= 0x7E;
        if (lead >= 0x81 && lead <= 0xFE && (highTrail || asciiTrail)) {
            ++(highTrail ? count.highPairs : count.asciiPairs);
            if (lead <= 0xA0)
                ++count.gbkLeads;
            i += 2;
        } else {
            ++count.single;
            ++i;
        }
    }
    return count;
}

QByteArray askUchardet(QByteArrayView sample)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get())).toUpper();
}

bool isMultiByte(const QByteArray &charset)
{
    static const QList<QByteArray> names { "UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "GB18030", "GB2312",
        "GBK", "HZ-GB-2312", "ISO-2022-CN", "BIG5", "EUC-TW", "SHIFT_JIS", "EUC-JP", "ISO-2022-JP", "EUC-KR",
        "ISO-2022-KR", "UHC", "JOHAB" };
    return names.contains(charset);
}

QByteArray chineseDoubleByte(const PairCount &pairs)
{
    if (pairs.gbkLeads == 0 && pairs.asciiPairs * 4 > pairs.highPairs)
        return "Big5";
    return "GB18030";
}

bool canDecode(const QByteArray &name)
{
    return !name.isEmpty() && QStringDecoder(name.constData()).isValid();
}

} // namespace

Result<TextEncoding> TextDecoder::detect(QByteArrayView sample, bool complete)
{
    if (const ByteOrderMark *mark = findByteOrderMark(sample))
        return TextEncoding { mark->encoding, int(mark->bytes.size()) };

    const NulCount nuls = countNuls(sample);
    const qsizetype units = sample.size() / 2;
    // Every line of a UTF-16 CSV file has ASCII (line ends, delimiters), so a steady share of its units has a
    // NUL on one side; CJK characters U+xx00 put a few on the other.
    const auto utf16 = [units](qsizetype nulSide, qsizetype otherSide) {
        return nulSide >= 2 && nulSide * 20 >= units && otherSide * 4 <= nulSide;
    };
    if (utf16(nuls.odd, nuls.even))
        return TextEncoding { "UTF-16LE", 0 };
    if (utf16(nuls.even, nuls.odd))
        return TextEncoding { "UTF-16BE", 0 };
    if ((nuls.even + nuls.odd + nuls.controls) * 100 > sample.size())
        return Error(tr("This is not a text file: it contains binary data."));

    const Utf8Count utf8 = countUtf8(sample, complete);
    if (utf8.invalid == 0 || utf8.multiByte >= 4 * utf8.invalid)
        return TextEncoding { "UTF-8", 0 };

    const QByteArray guess = askUchardet(sample);
    if (guess == "GB18030" || guess == "GB2312" || guess == "GBK")
        return TextEncoding { "GB18030", 0 };
    if (guess == "BIG5")
        return TextEncoding { "Big5", 0 };
    if (isMultiByte(guess) && canDecode(guess))
        return TextEncoding { guess, 0 };

    const PairCount pairs = countPairs(sample);
    if (pairs.highPairs > 0 && pairs.highPairs * 4 >= pairs.asciiPairs + pairs.single)
        return TextEncoding { chineseDoubleByte(pairs), 0 };
    if (guess == "ISO-8859-1")
        return TextEncoding { "windows-1252", 0 }; // its superset, with € and curly quotes at 80-9F
    if (canDecode(guess))
        return TextEncoding { guess, 0 };
    return TextEncoding { "windows-1252", 0 };
}

int TextDecoder::bomLength(QByteArrayView bytes, const QByteArray &encoding)
{
    const ByteOrderMark *mark = findByteOrderMark(bytes);
    return mark && encoding.compare(mark->encoding, Qt::CaseInsensitive) == 0 ? int(mark->bytes.size()) : 0;
}

// ConvertInvalidToNull turns invalid input into NUL, which no text contains, so one search finds both;
// ConvertInitialBom keeps the decoder from swallowing a second byte-order mark after the one we skipped.
TextDecoder::TextDecoder(const QByteArray &encoding)
    : m_decoder(
        encoding.constData(), QStringConverter::Flag::ConvertInvalidToNull | QStringConverter::Flag::ConvertInitialBom)
{
    const char *name = m_decoder.isValid() ? m_decoder.name() : nullptr;
    m_name = name && *name ? QByteArray(name) : encoding;
    const QByteArray upper = m_name.toUpper();
    if (upper.startsWith("UTF-16"))
        m_unitBytes = 2;
    else if (upper.startsWith("UTF-32"))
        m_unitBytes = 4;
}

qsizetype TextDecoder::decode(QByteArrayView bytes, QString &text)
{
    m_bytes += bytes.size();
    const qsizetype start = text.size();
    text.resize(start + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(text.data() + start, bytes);
    text.truncate(end - text.constData());
    return text.indexOf(QChar(0), start);
}

bool TextDecoder::finish()
{
    if (m_unitBytes > 1)
        return m_bytes % m_unitBytes == 0;
    // A lead byte still waiting for its trail bytes makes the decoder fail on a line feed, which is the same
    // byte in every encoding that is not UTF-16 or UTF-32.
    const bool hadError = m_decoder.hasError();
    QString probe;
    decode("\n", probe);
    return hadError || !m_decoder.hasError();
}

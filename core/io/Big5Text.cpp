#include "Big5Text.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utrans.h>

#include <algorithm>
#include <vector>

Big5Text::Big5Text()
{
    UErrorCode status = U_ZERO_ERROR;
    m_big5 = ucnv_open("Big5", &status);
    if (U_FAILURE(status))
        m_big5 = nullptr;
    else
        ucnv_setFromUCallBack(m_big5, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    status = U_ZERO_ERROR;
    static const UChar kId[] = u"Hans-Hant";
    m_toTraditional = utrans_openU(kId, -1, UTRANS_FORWARD, nullptr, 0, nullptr, &status);
    if (U_FAILURE(status))
        m_toTraditional = nullptr;
}

Big5Text::~Big5Text()
{
    if (m_big5)
        ucnv_close(m_big5);
    if (m_toTraditional)
        utrans_close(static_cast<UTransliterator *>(m_toTraditional));
}

bool Big5Text::holds(const QString &text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return true;
    if (!m_big5)
        return true; // nothing to tell with: the encoder reports what it cannot write
    std::vector<char> bytes(size_t(text.size()) * 2 + 8);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(m_big5);
    ucnv_fromUChars(m_big5, bytes.data(), int32_t(bytes.size()), reinterpret_cast<const UChar *>(text.utf16()),
        int32_t(text.size()), &status);
    return U_SUCCESS(status);
}

QString Big5Text::fit(const QString &text, bool *converted)
{
    *converted = false;
    if (!m_toTraditional || holds(text))
        return text;
    // Character by character, and only those Big5 lacks: a name keeps every character it can (于丽 becomes 于麗,
    // not 於麗; 周杰伦 becomes 周杰倫, not 周傑倫), at the cost of words the transform would have written
    // otherwise as a whole (后来 becomes 后來).
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        i += length - 1;
        if (character.at(0).unicode() < 0x80 || holds(character)) {
            result += character;
            continue;
        }
        const QString traditional = transform(character);
        result += holds(traditional) ? traditional : character;
    }
    *converted = result != text;
    return result;
}

QString Big5Text::transform(const QString &text)
{
    std::vector<UChar> buffer(size_t(text.size()) * 2 + 16);
    std::copy(text.utf16(), text.utf16() + text.size(), buffer.begin());
    int32_t length = int32_t(text.size());
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(static_cast<UTransliterator *>(m_toTraditional), buffer.data(), &length, int32_t(buffer.size()),
        0, &limit, &status);
    if (U_FAILURE(status))
        return text;
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.data()), length);
}

#pragma once

#include <QString>

struct UConverter;

// Text for a Big5 file. Big5 holds Traditional Chinese only: a text with a character Big5 lacks (most Simplified
// text) is written in Traditional characters with ICU's Hans-Hant transform (张伟 → 張偉, 后来 → 後來, 皇后 stays),
// as a reader in Taiwan expects, instead of a "?" for each character. Text Big5 holds is left as it is: the
// transform would also change Traditional characters that have a variant (里 → 裡).
class Big5Text
{
public:
    Big5Text();
    ~Big5Text();
    Big5Text(const Big5Text &) = delete;
    Big5Text &operator=(const Big5Text &) = delete;

    // `text` as Big5 can hold it; *converted says whether it was put into Traditional characters. What Big5 lacks
    // even then (an emoji, a rare character) stays, for the encoder to write as "?".
    QString fit(const QString &text, bool *converted);

private:
    bool holds(const QString &text);

    UConverter *m_big5 = nullptr;
    void *m_toTraditional = nullptr; // ICU's UTransliterator (a void * in ICU's C API)
};

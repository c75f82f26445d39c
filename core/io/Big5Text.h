#pragma once

#include <QString>

struct UConverter;

// Text for a Big5 file. Big5 holds Traditional Chinese only: each character Big5 lacks (most Simplified ones) is
// written in its Traditional form with ICU's Hans-Hant transform (张伟 → 張偉), as a reader in Taiwan expects,
// instead of a "?". Characters Big5 holds are left as written, as in names: 于丽 → 于麗 (the surname 于 stays),
// 周杰伦 → 周杰倫. A Big5 file therefore does not import back as the same names; UTF-8 moves data between books.
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
    QString transform(const QString &text);

    UConverter *m_big5 = nullptr;
    void *m_toTraditional = nullptr; // ICU's UTransliterator (a void * in ICU's C API)
};

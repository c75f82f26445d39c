#pragma once

#include <QString>
#include <QStringList>

// How text is folded for search, on both sides (the indexed text and the query), so "ＡＢＣ", "abc" and "ABC" meet.
namespace SearchText {

// NFKC (full-width to half-width), case folded, white space simplified.
QString fold(const QString &text);

// The digits of a phone-like text ("+86 138-0013 8000" -> "8613800138000"); empty if it has letters.
QString phoneDigits(const QString &text);

// What a phone contributes to the search text: its digits as typed and, when not already inside them, the
// digits of its E.164 form, so "138 0013", "+86 138" and "8613800138000" all find it.
QString phoneSearchText(const QString &raw, const QString &e164);

// True when the query looks like a phone number fragment (digits, spaces, + - ( ) only).
bool looksLikePhone(const QString &text);

// Character pairs of each run of letters and digits, as space-separated tokens ("王伟芳" -> "王伟 伟芳").
QStringList bigrams(const QString &folded);

// What the short-query index holds for a text, as space-separated tokens: its character pairs, and each Han,
// kana or Hangul character on its own too, so that a single Chinese character (王, 龘) is looked up, not
// scanned for. Built in one pass (bulk loads call this for every customer).
QString shortGramText(const QString &folded);

// True for the characters that shortGramText() also indexes alone.
bool isIdeographic(char32_t c);

// Character triples, as the trigram tokenizer sees them (every character counts, punctuation included).
QStringList trigrams(const QString &folded);

// Length in characters (code points), not UTF-16 units.
qsizetype characterCount(const QString &text);

} // namespace SearchText

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

// What the start of a byte stream says about its encoding.
struct TextEncoding
{
    QByteArray name; // a name QStringDecoder knows: "UTF-8", "UTF-16LE", "GB18030", "Big5", "windows-1252", ...
    int bomLength = 0; // bytes of byte-order mark at the start, to skip before decoding
};

// Guesses the encoding of a text file and decodes it chunk by chunk, reporting where the bytes stop being
// valid text instead of quietly replacing them with U+FFFD (a UTF-8 file with one line saved as GBK must be
// reported, not imported as garbage).
//
// Detection, in this order:
//  1. a byte-order mark: UTF-8, UTF-32 LE/BE, UTF-16 LE/BE, GB18030;
//  2. NUL bytes: in at least 5% of the two-byte units and nearly all at odd offsets, UTF-16LE; at even ones,
//     UTF-16BE; otherwise, together with other control bytes, more than 1% of the sample means a binary file,
//     which is refused (a rare NUL in a text file is reported by the reader, with its row);
//  3. valid UTF-8 (plain ASCII included). A sample that is mostly valid UTF-8 with a few bad sequences is also
//     UTF-8: a file with mixed encodings, whose bad rows the decoder then names;
//  4. uchardet, when it names a multi-byte encoding: GB2312/GBK/GB18030 become GB18030 (their superset),
//     BIG5 becomes Big5, others (Shift_JIS, EUC-KR, ...) are used as named;
//  5. high bytes that come in pairs are Chinese double-byte text (uchardet often misses short samples of it,
//     such as a header line): Big5 when many second bytes are ASCII letters, as only Big5 has them in its
//     common characters, else GB18030, what Excel on Chinese Windows writes;
//  6. uchardet's single-byte answer (KOI8-R, ISO-8859-2, ...; ISO-8859-1 becomes its superset windows-1252),
//     else windows-1252.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // Enough for every rule above; more only makes uchardet slower.
    static constexpr qsizetype SampleSize = 64 * 1024;

    // `sample` is the start of the stream; `complete` says it is the whole stream (a character cut off at its
    // end is then not just the edge of the sample). Fails when the bytes are not text.
    static Result<TextEncoding> detect(QByteArrayView sample, bool complete);
    // The length of the byte-order mark `bytes` starts with when it belongs to `encoding`, else 0.
    static int bomLength(QByteArrayView bytes, const QByteArray &encoding);

    explicit TextDecoder(const QByteArray &encoding);

    bool isValid() const { return m_decoder.isValid(); }
    // The encoding's usual name ("windows-1252" for "WINDOWS-1252"), or the given one when there is none.
    QByteArray name() const { return m_name; }

    // Decodes the next bytes of the stream and appends the text to `text`. A character split between two
    // calls is completed by the next one. Returns the index in `text` of the first character appended now that
    // does not stand for valid input (an invalid byte sequence or a NUL, which no text contains), or -1.
    qsizetype decode(QByteArrayView bytes, QString &text);
    // Call after the last bytes: false when the stream ends in the middle of a character.
    bool finish();

private:
    QStringDecoder m_decoder;
    QByteArray m_name;
    int m_unitBytes = 1; // 2 for UTF-16, 4 for UTF-32: the stream's length must be a multiple
    qint64 m_bytes = 0;
};

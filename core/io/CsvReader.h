#pragma once

#include "TableReader.h"
#include "TextDecoding.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

// Choices the import wizard can make instead of the detected ones.
struct CsvOptions
{
    QByteArray encoding; // empty: detected (see TextDecoder::detect)
    QChar delimiter; // null: detected from the first records (comma, semicolon or tab; tab first for .tsv)
    // The file is decoded in chunks of this many bytes (more for a record longer than one chunk). Tests and the
    // fuzzer make it small to put chunk edges everywhere.
    qint64 chunkBytes = 1024 * 1024;
};

// A CSV or TSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or CR line
// ends), read in chunks of about 1 MiB so that memory does not grow with the file.
//
// Lenient where spreadsheets are: a quote inside an unquoted field is an ordinary character, and text after a
// closing quote is appended to the field. Cells are returned as they are in the file: no trimming, and a
// leading apostrophe (which our export puts before = + - @) is kept for the importer to judge. Records whose
// fields are all empty (blank lines, ",,,") are skipped but counted in rowNumber(). rowNumber() is the row Excel
// shows the record on: a quoted cell with line breaks does not push the rows after it down (a parse error names
// the line instead, for a text editor).
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<std::unique_ptr<CsvReader>> open(
        const QString &path, const TableLimits &limits = {}, const CsvOptions &options = {});
    // Reads from a device (a QBuffer in the fuzzer); `name` stands for the file in messages and as the sheet.
    static Result<std::unique_ptr<CsvReader>> open(std::unique_ptr<QIODevice> device, const QString &name,
        const TableLimits &limits = {}, const CsvOptions &options = {});

    // What is being used, detected or chosen: for the wizard's encoding and delimiter choices.
    QByteArray encoding() const { return m_encoding; }
    bool hasByteOrderMark() const { return m_bomLength > 0; }
    QChar delimiter() const { return m_delimiter; }

    QStringList sheetNames() const override;
    Status selectSheet(const QString &name) override;
    bool readRow(QVariantList &row) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    const std::optional<Error> &error() const override { return m_error; }
    double progress() const override;
    QString formatDescription() const override;

private:
    enum class Parse
    {
        Record,
        NeedMore,
        End,
        Failed
    };
    struct Cursor
    {
        qsizetype pos;
        qint64 line;
    };

    CsvReader(std::unique_ptr<QIODevice> device, const QString &name, const TableLimits &limits, qint64 chunkBytes);
    static Error tooLarge(qint64 size, const TableLimits &limits, const QString &name);
    Status start(const CsvOptions &options);
    Status readFirst();
    Status rewind();
    bool fill(qint64 wanted);
    void append(QByteArrayView bytes, bool end);
    Parse parseRecord(QVariantList &row);
    Parse readField(Cursor &at, QVariantList &row, QString &value);
    bool withinLimits(int column, qsizetype chars, qint64 line, bool quotedRaw);
    bool addField(QVariantList &row, QString &value, qsizetype rawStart, qsizetype rawEnd, qint64 line);
    QChar detectDelimiter(QStringView text, bool wholeFile) const;
    bool failInvalid(qint64 line, int column);
    bool fail(const QString &message, qint64 row, int column);
    void updateProgress();

    std::unique_ptr<QIODevice> m_device;
    QString m_name; // the file as messages name it
    QString m_sheetName; // the file's base name
    TableLimits m_limits;
    qint64 m_chunkBytes;
    qint64 m_size = 0;

    QByteArray m_encoding;
    int m_bomLength = 0;
    QChar m_delimiter;
    std::unique_ptr<TextDecoder> m_decoder;

    QByteArray m_bytes; // bytes read from the device, decoded up to m_bytesUsed
    qsizetype m_bytesUsed = 0;
    bool m_deviceDone = false; // every byte has been read from the device
    QString m_text; // decoded text not yet returned as rows, from m_pos on
    qsizetype m_pos = 0;
    qsizetype m_invalidAt = -1; // index in m_text of the invalid character (invalid input or NUL) it ends with
    qint64 m_bytesDecoded = 0;
    qint64 m_charsDecoded = 0;
    bool m_atEnd = false; // no more text comes: every byte is decoded, or the text ends at an invalid one
    bool m_cutAtEnd = false; // the file ends in the middle of a character

    qint64 m_line = 1; // the line m_pos is on
    qint64 m_rowNumber = 0;
    qint64 m_records = 0; // rows as Excel shows the file: records (blank lines included), not lines
    double m_progress = 0;
    std::optional<Error> m_error;
    bool m_finished = false;
};

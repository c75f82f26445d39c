#pragma once

#include "io/TableWriter.h"

#include <QByteArray>
#include <QSaveFile>

#include <memory>

class CsvEncoder;
struct TableCell;

// Streams a table as RFC 4180 CSV: comma-separated, fields with a comma, quote or line break quoted with
// quotes doubled, every line (the header too) ending in CRLF.
//
// Encodings: UTF-8 with a byte-order mark (the default: Excel opens it right), UTF-8 without one, or GBK
// (what Excel on Chinese Windows reads; needs Qt with ICU, as on Linux). Characters GBK cannot hold are
// written as '?' and counted in stats().unrepresentableCharacters.
//
// Cells: Text through Csv::neutralised() (formula neutralisation, see CsvWriter.h); numbers with '.' and no
// thousands separators; Money with its decimals ("1234.50"); dates yyyy-mm-dd; date-times yyyy-mm-dd hh:mm;
// booleans TRUE/FALSE. The header titles are text too.
class Big5Text;

class CsvTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    explicit CsvTableWriter(const QString &path, CsvEncoding encoding = CsvEncoding::Utf8WithBom);
    ~CsvTableWriter() override;

    Status begin(const QString &sheetName, const QList<TableColumn> &columns) override;
    Status writeRow(const QVariantList &cells) override;
    Status finish() override;

private:
    void appendCell(const TableCell &cell, const TableColumn &column);
    void appendText(const QString &text);
    Status flushBlock();
    Status fileError(const QString &message) const;

    CsvEncoding m_encoding;
    QSaveFile m_file;
    std::unique_ptr<CsvEncoder> m_encoder;
    std::unique_ptr<Big5Text> m_big5; // Big5 files only: Simplified text in Traditional characters
    QList<TableColumn> m_columns;
    QString m_block; // lines waiting to be encoded and written, in blocks for speed
    QByteArray m_bytes; // the encoded block, reused
    bool m_begun = false;
    bool m_finished = false;
};

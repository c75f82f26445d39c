#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

// One prepared SELECT read row by row in a bulk read (the analyses read a million orders). Like BulkStatement it
// uses the Qt driver's sqlite3 handle where that is the library this program links, which skips a QVariant per
// value and runs several times faster; anywhere else it reads through QSqlQuery. Columns are 0-based.
class RowReader
{
public:
    virtual ~RowReader() = default;

    // Prepares and starts the statement with its positional values (integers, text, or null).
    static std::unique_ptr<RowReader> open(
        const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Error *error);

    // Steps to the next row: false at the end, or on an error (then errorText() is not empty).
    virtual bool next() = 0;
    virtual qint64 integer(int column) const = 0;
    // The column as UTF-8, valid until the next call of next().
    virtual QByteArrayView utf8(int column) = 0;
    virtual bool isNull(int column) const = 0;
    virtual QString errorText() const = 0;

    // The column as text, for columns with few distinct values (industries, cities, tiers): equal values share
    // one QString, so reading a million rows does not allocate a million copies of the same few words. After
    // kMaxSharedTexts distinct values, further ones are returned unshared.
    QString sharedText(int column);
    static constexpr size_t kMaxSharedTexts = 4096;

private:
    struct TextHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };
    std::unordered_map<std::string, QString, TextHash, std::equal_to<>> m_sharedTexts;
};

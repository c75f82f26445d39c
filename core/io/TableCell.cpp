#include "TableCell.h"

#include <QDateTime>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace {

std::optional<qint64> exactInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return value.toLongLong();
    case QMetaType::ULongLong:
    case QMetaType::ULong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue > qulonglong(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(unsignedValue);
    }
    case QMetaType::QString: {
        // Only the number's own spelling: "0012" or "+5" would not come back the same, so they stay text.
        const QString text = value.toString();
        bool ok = false;
        const qint64 parsed = text.toLongLong(&ok);
        return ok && QString::number(parsed) == text ? std::optional<qint64>(parsed) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> finiteNumber(const QVariant &value, bool parseText)
{
    bool ok = false;
    double number = 0;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
        number = value.toDouble(&ok);
    else if (parseText && value.typeId() == QMetaType::QString)
        number = value.toString().toDouble(&ok); // QString::toDouble() is locale-independent ('.')
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

TableCell textCell(const QVariant &value)
{
    TableCell cell;
    cell.text = value.toString();
    cell.kind = cell.text.isEmpty() ? TableCell::Kind::Empty : TableCell::Kind::Text;
    return cell;
}

void appendChars(QString &out, const char *begin, const char *end)
{
    out.append(QLatin1StringView(begin, end - begin));
}

void appendDigits(QString &out, int value, int width)
{
    char digits[16];
    auto result = std::to_chars(digits, digits + sizeof digits, value);
    for (qsizetype pad = width - (result.ptr - digits); pad > 0; --pad)
        out.append(QLatin1Char('0'));
    appendChars(out, digits, result.ptr);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

TableCell TableCell::from(const QVariant &value, const TableColumn &column)
{
    TableCell cell;
    if (!value.isValid() || value.isNull())
        return cell;
    switch (column.type) {
    case TableColumn::Type::Text:
        return textCell(value);
    case TableColumn::Type::Integer:
    case TableColumn::Type::Number:
        if (const auto integer = exactInteger(value)) {
            cell.kind = Kind::Integer;
            cell.integer = *integer;
            return cell;
        }
        // An Integer column's text must spell an integer exactly (above); a Number column's may be any number.
        if (const auto number = finiteNumber(value, column.type == TableColumn::Type::Number)) {
            cell.kind = Kind::Number;
            cell.number = *number;
            return cell;
        }
        return textCell(value);
    case TableColumn::Type::Money:
        if (const auto minorUnits = exactInteger(value)) {
            cell.kind = Kind::Money;
            cell.integer = *minorUnits;
            return cell;
        }
        return textCell(value);
    case TableColumn::Type::Date:
        cell.date = value.typeId() == QMetaType::QDateTime ? value.toDateTime().date() : value.toDate();
        if (!cell.date.isValid())
            return textCell(value);
        cell.kind = Kind::Date;
        return cell;
    case TableColumn::Type::DateTime: {
        const QDateTime dateTime = value.toDateTime();
        if (!dateTime.isValid())
            return textCell(value);
        cell.kind = Kind::DateTime;
        cell.date = dateTime.date();
        cell.time = dateTime.time();
        return cell;
    }
    case TableColumn::Type::Bool:
        if (value.typeId() == QMetaType::Bool) {
            cell.kind = Kind::Bool;
            cell.integer = value.toBool() ? 1 : 0;
            return cell;
        }
        if (const auto integer = exactInteger(value); integer && (*integer == 0 || *integer == 1)) {
            cell.kind = Kind::Bool;
            cell.integer = *integer;
            return cell;
        }
        return textCell(value);
    case TableColumn::Type::Percent:
        if (const auto integer = exactInteger(value)) {
            cell.kind = Kind::Percent;
            cell.number = double(*integer);
            return cell;
        }
        if (const auto number = finiteNumber(value, true)) {
            cell.kind = Kind::Percent;
            cell.number = *number;
            return cell;
        }
        return textCell(value);
    }
    return textCell(value);
}

void TableCell::appendPercent(QString &out, double fraction)
{
    appendNumber(out, std::round(fraction * 1e8) / 1e6);
    out.append(QLatin1Char('%'));
}

void TableCell::appendNumber(QString &out, double value)
{
    if (value == 0) { // also -0, which would print as "-0"
        out.append(QLatin1Char('0'));
        return;
    }
    // Fixed notation reads best and is what a user types; very large or tiny magnitudes would need hundreds
    // of digits, so they keep the shortest form, exponent included.
    char buffer[400];
    const double magnitude = std::fabs(value);
    const bool fixed = magnitude < 1e16 && magnitude >= 1e-6;
    const auto result = fixed ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                              : std::to_chars(buffer, buffer + sizeof buffer, value);
    appendChars(out, buffer, result.ptr);
}

void TableCell::appendInteger(QString &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    appendChars(out, buffer, result.ptr);
}

void TableCell::appendMoney(QString &out, qint64 minorUnits, int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= 9);
    const quint64 magnitude = minorUnits < 0 ? 0 - quint64(minorUnits) : quint64(minorUnits);
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, magnitude);
    const qsizetype count = result.ptr - digits;
    if (minorUnits < 0)
        out.append(QLatin1Char('-'));
    if (decimals == 0) {
        appendChars(out, digits, result.ptr);
        return;
    }
    if (count <= decimals) { // 5 fen is 0.05
        out.append(QLatin1Char('0')).append(QLatin1Char('.'));
        for (qsizetype pad = decimals - count; pad > 0; --pad)
            out.append(QLatin1Char('0'));
        appendChars(out, digits, result.ptr);
        return;
    }
    appendChars(out, digits, result.ptr - decimals);
    out.append(QLatin1Char('.'));
    appendChars(out, result.ptr - decimals, result.ptr);
}

void TableCell::appendDate(QString &out, QDate date)
{
    if (date.year() < 0 || date.year() > 9999) {
        out.append(date.toString(Qt::ISODate));
        return;
    }
    appendDigits(out, date.year(), 4);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.month(), 2);
    out.append(QLatin1Char('-'));
    appendDigits(out, date.day(), 2);
}

void TableCell::appendDateTime(QString &out, QDate date, QTime time)
{
    appendDate(out, date);
    out.append(QLatin1Char(' '));
    appendDigits(out, time.hour(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, time.minute(), 2);
}

bool TableCell::startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool TableCell::isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    const qsizetype size = text.size();
    if (i < size && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')))
        ++i;
    qsizetype digits = 0;
    for (; i < size && isDigit(text[i]); ++i)
        ++digits;
    if (i < size && text[i] == QLatin1Char('.')) {
        for (++i; i < size && isDigit(text[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return false;
    if (i < size && (text[i] == QLatin1Char('e') || text[i] == QLatin1Char('E'))) {
        ++i;
        if (i < size && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')))
            ++i;
        qsizetype exponentDigits = 0;
        for (; i < size && isDigit(text[i]); ++i)
            ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return i == size;
}

int TableCell::displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

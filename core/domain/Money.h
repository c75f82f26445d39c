#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <QStringList>
#include <optional>

// Money is an integer count of a currency's minor units (fen, cents; yen have none) plus the ISO 4217 code.
// Amounts are limited to kMaxMinorUnits so that every sum of a quote stays exact in 64 bits and in a JSON
// number (a double is exact up to 2^53, about 9.007e15).
namespace Money {

// Products of amounts, quantities and rates are taken in 128 bits (GCC and Clang, MinGW on Windows; __extension__ keeps
// -Wpedantic quiet), so that no intermediate value can overflow before the result is checked against kMaxMinorUnits.
#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 Wide;
#else
#error "Clientele's money arithmetic needs a 128-bit integer type: build with GCC or Clang (MinGW on Windows)"
#endif

constexpr qint64 kMaxMinorUnits = 999'999'999'999'999LL;

// Digits after the decimal point for a currency: 2 for CNY, USD, EUR, HKD, GBP; 0 for JPY, KRW and TWD
// (New Taiwan dollars are priced in whole dollars). -1 for a code this build does not know.
int decimals(const QString &currency);
QStringList currencies();
// The usual sign in front of an amount ("¥", "$", "€"), or the code and a space; US$ for dollars in Chinese.
// `chinese`: whether the text is in Chinese (a printed document's language); by default the user's.
QString symbol(const QString &currency, std::optional<bool> chinese = std::nullopt);

// 1234567 with 2 decimals -> "12,345.67" (grouped = true) or "12345.67".
QString format(qint64 minorUnits, int decimals, bool grouped = true);
// "¥12,345.67".
QString formatWithSymbol(qint64 minorUnits, const QString &currency, std::optional<bool> chinese = std::nullopt);
// Reads "12,345.6", "12345.67", "-3" into minor units. More decimals than the currency has, a letter, or an
// amount beyond kMaxMinorUnits is an Error naming the text.
Result<qint64> parse(const QString &text, int decimals);

// Half-up (away from zero) division of a 128-bit product by a positive divisor.
Wide divideRounded(Wide numerator, Wide divisor);
qint64 pow10(int exponent);

} // namespace Money

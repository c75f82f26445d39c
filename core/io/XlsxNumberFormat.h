#pragma once

#include <QStringView>
#include <QVariant>

// What an .xlsx number format says about the numbers it shows: Excel keeps dates and times as day numbers
// ("serials") and only the cell's format tells them apart from plain numbers.
namespace XlsxNumberFormat {

enum class Kind
{
    Number,
    Date,
    Time,
    DateTime,
};

// The kind of a built-in format (numFmtId without a numFmt element of its own), including the East Asian
// date and time formats 27-36 and 50-58 that Chinese, Japanese and Korean Excel use.
Kind builtInKind(int id);

// The kind of a format code such as "yyyy-mm-dd hh:mm" or "#,##0.00": date and time tokens count only outside
// quoted text, backslash escapes and [colour]/[$-locale] brackets; [h], [mm] and [ss] (elapsed time) count.
Kind codeKind(QStringView code);

// The value of a serial in a cell of the given kind: QDate, QTime (a time of day without a date) or QDateTime
// (local wall time, as Excel has no time zones). date1904 selects the Mac 1904 date system; in the 1900 system
// Excel's fictitious 1900-02-29 (serial 60) reads as 1900-02-28, as openpyxl does. Serials outside Excel's
// range (before its epoch, after 9999-12-31) and Kind::Number stay doubles.
QVariant value(double serial, Kind kind, bool date1904);

} // namespace XlsxNumberFormat

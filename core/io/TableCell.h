#pragma once

#include "io/TableWriter.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QVariant>

// One value of a typed column, converted to what a writer puts in the file (the rules are in TableWriter.h),
// plus the text forms both writers share. The append functions add to a caller's buffer so that writing a
// million rows does not allocate a string per cell.
struct TableCell
{
    enum class Kind
    {
        Empty,
        Text,
        Integer,
        Number,
        Money,
        Date,
        DateTime,
        Bool,
        Percent
    };

    Kind kind = Kind::Empty;
    QString text; // Text
    qint64 integer = 0; // Integer; Money: minor units; Bool: 0 or 1
    double number = 0; // Number; Percent: the fraction
    QDate date; // Date, DateTime
    QTime time; // DateTime

    static TableCell from(const QVariant &value, const TableColumn &column);

    // The shortest text that reads back as the same double, with '.' and without an exponent for everyday
    // magnitudes ("0.1", "1000000", "-12.5").
    static void appendNumber(QString &out, double value);
    static void appendInteger(QString &out, qint64 value);
    // 123450 with 2 decimals: "1234.50" (no thousands separators: this is for files, not for reading).
    static void appendMoney(QString &out, qint64 minorUnits, int decimals);
    static void appendDate(QString &out, QDate date); // yyyy-mm-dd
    static void appendDateTime(QString &out, QDate date, QTime time); // yyyy-mm-dd hh:mm
    // 0.125: "12.5%" (the percentage to six decimals at most, so 0.13 is "13%", not "13.000000000000002%").
    static void appendPercent(QString &out, double fraction);

    // True when a spreadsheet would take the text as the start of a formula: = + - @, tab, carriage return.
    static bool startsLikeFormula(QStringView text);
    // True for a plain decimal number, optionally signed, with an optional exponent ("-12.5", "+3", "1e5").
    static bool isPlainNumber(QStringView text);
    // Columns a text needs on screen: East Asian wide characters (Chinese, Japanese, Korean, full-width
    // forms) count two, others one.
    static int displayWidth(QStringView text);
};

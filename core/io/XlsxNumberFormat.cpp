#include "XlsxNumberFormat.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

namespace XlsxNumberFormat {

namespace {

    constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
    constexpr double lastSerial = 2958466; // 10000-01-01 in the 1900 system, past Excel's last date

    Kind combine(bool hasDate, bool hasTime)
    {
        if (hasDate && hasTime)
            return Kind::DateTime;
        if (hasDate)
            return Kind::Date;
        return hasTime ? Kind::Time : Kind::Number;
    }

    bool startsWithNoCase(QStringView text, qsizetype at, QLatin1String prefix)
    {
        return text.mid(at).startsWith(prefix, Qt::CaseInsensitive);
    }

    // The date and time letters of the format's first section, lower case, with quoted text, escapes, fill and
    // padding characters and non-time brackets left out; 'a' stands for AM/PM.
    QString timeLetters(QStringView code)
    {
        QString letters;
        for (qsizetype i = 0; i < code.size(); ++i) {
            const QChar c = code[i];
            if (c == u';')
                break;
            if (c == u'"') {
                const qsizetype close = code.indexOf(u'"', i + 1);
                if (close < 0)
                    break;
                i = close;
            } else if (c == u'\\' || c == u'_' || c == u'*') {
                ++i;
            } else if (c == u'[') {
                const qsizetype close = code.indexOf(u']', i + 1);
                if (close < 0)
                    break;
                const QString inside = code.mid(i + 1, close - i - 1).toString().toLower();
                // [h], [mm], [ss]: elapsed time; anything else ([Red], [$-804], [>=100]) is not a token
                if (!inside.isEmpty()
                    && (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size()
                        || inside.count(u's') == inside.size()))
                    letters += inside.at(0) == u'm' ? u'n' : inside.at(0);
                i = close;
            } else if (startsWithNoCase(code, i, QLatin1String("am/pm"))) {
                letters += u'a';
                i += 4;
            } else if (startsWithNoCase(code, i, QLatin1String("a/p"))) {
                letters += u'a';
                i += 2;
            } else {
                const QChar lower = c.toLower();
                if (lower == u'y' || lower == u'd' || lower == u'h' || lower == u'm' || lower == u's')
                    letters += lower;
            }
        }
        return letters;
    }

} // namespace

Kind builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 || id == 58)
        return Kind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56)
        return Kind::Time;
    if (id == 22)
        return Kind::DateTime;
    return Kind::Number;
}

Kind codeKind(QStringView code)
{
    const QString letters = timeLetters(code);
    bool hasDate = false;
    bool hasTime = false;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QChar c = letters[i];
        if (c == u'y' || c == u'd') {
            hasDate = true;
        } else if (c == u'h' || c == u's' || c == u'a' || c == u'n') {
            hasTime = true;
        } else if (c == u'm') {
            // m is minutes right after hours or right before seconds, a month everywhere else
            const qsizetype start = i;
            while (i + 1 < letters.size() && letters[i + 1] == u'm')
                ++i;
            const bool afterHours = start > 0 && letters[start - 1] == u'h';
            const bool beforeSeconds = i + 1 < letters.size() && letters[i + 1] == u's';
            (afterHours || beforeSeconds ? hasTime : hasDate) = true;
        }
    }
    return combine(hasDate, hasTime);
}

QVariant value(double serial, Kind kind, bool date1904)
{
    if (kind == Kind::Number || !std::isfinite(serial) || serial < 0 || serial >= lastSerial)
        return serial;
    const double wholeDays = std::floor(serial);
    qint64 day = qint64(wholeDays);
    qint64 ms = std::llround((serial - wholeDays) * double(msPerDay));
    if (ms >= msPerDay) {
        ++day;
        ms -= msPerDay;
    }
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms));
    if (kind == Kind::Time && day == 0)
        return time;
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(day);
    else // serials 1..59 count from 1899-12-31 because Excel believes 1900 was a leap year
        date = QDate(1899, 12, 30).addDays(serial > 0 && serial < 60 ? day + 1 : day);
    if (kind == Kind::Date)
        return date;
    return QDateTime(date, time);
}

} // namespace XlsxNumberFormat

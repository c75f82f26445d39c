#include "CsvWriter.h"

#include "io/TableCell.h"

namespace Csv {

namespace {

    bool needsQuotes(QStringView value)
    {
        for (const QChar c : value) {
            if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                return true;
        }
        return false;
    }

} // namespace

void appendField(QString &out, QStringView value)
{
    if (!needsQuotes(value)) {
        out.append(value);
        return;
    }
    out.append(QLatin1Char('"'));
    qsizetype start = 0;
    for (qsizetype quote = value.indexOf(QLatin1Char('"')); quote >= 0;
         quote = value.indexOf(QLatin1Char('"'), quote + 1)) {
        out.append(value.mid(start, quote + 1 - start)).append(QLatin1Char('"'));
        start = quote + 1;
    }
    out.append(value.mid(start)).append(QLatin1Char('"'));
}

QString field(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString quoted;
    quoted.reserve(value.size() + 2);
    appendField(quoted, value);
    return quoted;
}

QString line(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(QLatin1Char(','));
        appendField(out, fields[i]);
    }
    return out.append(QStringLiteral("\r\n"));
}

QString neutralised(const QString &text)
{
    if (!TableCell::startsLikeFormula(text) || TableCell::isPlainNumber(text))
        return text;
    return QLatin1Char('\'') + text;
}

} // namespace Csv

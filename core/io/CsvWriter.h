#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF.
namespace Csv {
QString field(const QString &value);
QString line(const QStringList &fields);
// Appends value to out as one field (quoted where needed), without allocating a string of its own.
void appendField(QString &out, QStringView value);

// Formula neutralisation for text that a spreadsheet will open: text starting with = + - @, a tab or a carriage
// return gets a leading apostrophe ("=1+2" becomes "'=1+2", which Excel and LibreOffice show as text), except a
// plain number such as "-12.5", "+3" or "-1e5", which stays as it is: a spreadsheet reads it as that number and
// runs nothing. Everything else is returned unchanged.
QString neutralised(const QString &text);
} // namespace Csv

#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF.
namespace Csv {
QString field(const QString &value);
QString line(const QStringList &fields);
} // namespace Csv

#include "Formatting.h"

#include <QLocale>

namespace Formatting {

QString localDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), dateTimeFormat());
}

QString dateTimeFormat()
{
    return QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm");
}

} // namespace Formatting

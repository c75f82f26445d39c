#include "Formatting.h"

#include <QLocale>

namespace Formatting {

QString localDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    return locale.toString(utc.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
}

} // namespace Formatting

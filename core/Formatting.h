#pragma once

#include <QDateTime>
#include <QString>

// How stored values are shown to people (the GUI, messages).
namespace Formatting {
// A UTC timestamp in local time: the locale's short date and a 24-hour time. (Qt 6.4's short date-time formats
// for some locales, zh_TW among them, contain the CLDR pattern "B", which Qt prints as a literal letter.)
QString localDateTime(const QDateTime &utc);
// The same format, for date-and-time boxes (QDateTimeEdit::setDisplayFormat).
QString dateTimeFormat();
} // namespace Formatting

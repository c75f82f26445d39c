#pragma once

#include <QLocale>
#include <QString>

// The language of clientele-cli's messages. Like other command-line tools it follows the user's locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Simplified or Traditional Chinese when that asks for Chinese, English
// otherwise. Data written to files or stdout (CSV, JSON, iCalendar) is the same in every language.
namespace CliLanguage {

// "zh_CN", "zh_TW" or "en" for a locale's first user-interface language.
QString forLocale(const QLocale &locale);

// Installs the translation of the messages for the system locale (nothing for English).
void useSystemLanguage();

// From now on messages and the printed document are in `language` ("en", "zh_CN" or "zh_TW"), whatever the
// system locale: the printed report commands choose the document's language.
void switchTo(const QString &language);

} // namespace CliLanguage

#pragma once

#include <QString>
#include <QStringList>

// User preferences kept in QSettings (per user, not per book).
namespace Preferences {

// "system", "en", "zh_CN" or "zh_TW".
QString language();
void setLanguage(const QString &language);
// The language to show: the setting, or for "system" the system locale's (Chinese in Taiwan, Hong Kong and
// Macau is Traditional; other Chinese is Simplified; anything else is English).
QString effectiveLanguage();

// "system", "light" or "dark" (Appearance::Mode).
QString appearance();
void setAppearance(const QString &appearance);

// ISO country code assumed for phone numbers typed without a country code: the setting, or the region
// suggested for the chosen language.
QString phoneRegion();
// The region a user of `language` ("system", "en", "zh_CN", "zh_TW") most likely dials in: the system's when
// the language is spoken there (Traditional Chinese in Hong Kong), else TW for Traditional and CN for
// Simplified Chinese; for English the system's, or CN without one.
QString suggestedPhoneRegion(const QString &language);
void setPhoneRegion(const QString &region);

QString lastBook();
// Also puts the book first in the recent books.
void setLastBook(const QString &path);
// The books opened last, newest first, at most eight (File ▸ Open recent).
QStringList recentBooks();
void clearRecentBooks();

} // namespace Preferences

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Whether a contact agreed to receive marketing (privacy: PIPL, GDPR). Unknown until someone asks; Refused also
// covers consent that was given and later withdrawn (the date then says when it was withdrawn).
// Stored in contacts.marketing_consent as 1 (given), 0 (unknown, the default of older rows) and -1 (refused).
enum class MarketingConsent
{
    Unknown,
    Given,
    Refused
};

QString toString(MarketingConsent consent); // "unknown", "given", "refused"
std::optional<MarketingConsent> marketingConsentFromString(const QString &text);
QString displayName(MarketingConsent consent);
QList<MarketingConsent> allMarketingConsents();
int toStoredValue(MarketingConsent consent);
MarketingConsent marketingConsentFromStored(int value);
// Where consent usually comes from, translated, offered as suggestions next to the sources already in the book.
QStringList suggestedConsentSources();

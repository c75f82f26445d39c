#include "MarketingConsent.h"

#include <QCoreApplication>

namespace {
struct ConsentName
{
    MarketingConsent consent;
    const char *text;
    const char *display;
    int stored;
};

const ConsentName kConsents[] = {
    { MarketingConsent::Unknown, "unknown", QT_TRANSLATE_NOOP("MarketingConsent", "Not asked"), 0 },
    { MarketingConsent::Given, "given", QT_TRANSLATE_NOOP("MarketingConsent", "Agreed"), 1 },
    { MarketingConsent::Refused, "refused", QT_TRANSLATE_NOOP("MarketingConsent", "Refused or withdrawn"), -1 },
};
} // namespace

QString toString(MarketingConsent consent)
{
    for (const ConsentName &name : kConsents) {
        if (name.consent == consent)
            return QString::fromLatin1(name.text);
    }
    return {};
}

std::optional<MarketingConsent> marketingConsentFromString(const QString &text)
{
    for (const ConsentName &name : kConsents) {
        if (text == QLatin1String(name.text))
            return name.consent;
    }
    return std::nullopt;
}

QString displayName(MarketingConsent consent)
{
    for (const ConsentName &name : kConsents) {
        if (name.consent == consent)
            return QCoreApplication::translate("MarketingConsent", name.display);
    }
    return {};
}

QList<MarketingConsent> allMarketingConsents()
{
    QList<MarketingConsent> consents;
    for (const ConsentName &name : kConsents)
        consents << name.consent;
    return consents;
}

int toStoredValue(MarketingConsent consent)
{
    for (const ConsentName &name : kConsents) {
        if (name.consent == consent)
            return name.stored;
    }
    return 0;
}

MarketingConsent marketingConsentFromStored(int value)
{
    for (const ConsentName &name : kConsents) {
        if (name.stored == value)
            return name.consent;
    }
    return MarketingConsent::Unknown;
}

QStringList suggestedConsentSources()
{
    return { QCoreApplication::translate("MarketingConsent", "Web form"),
        QCoreApplication::translate("MarketingConsent", "Trade fair"),
        QCoreApplication::translate("MarketingConsent", "Phone call"),
        QCoreApplication::translate("MarketingConsent", "Email"),
        QCoreApplication::translate("MarketingConsent", "Signed form"),
        QCoreApplication::translate("MarketingConsent", "In person") };
}

#include "Quote.h"

#include <QCoreApplication>

QString toString(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Draft:
        return QStringLiteral("draft");
    case QuoteStatus::Sent:
        return QStringLiteral("sent");
    case QuoteStatus::Accepted:
        return QStringLiteral("accepted");
    case QuoteStatus::Rejected:
        return QStringLiteral("rejected");
    case QuoteStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<QuoteStatus> quoteStatusFromString(const QString &text)
{
    for (QuoteStatus status : allQuoteStatuses()) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

QString displayName(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Draft:
        return QCoreApplication::translate("Quote", "Draft");
    case QuoteStatus::Sent:
        return QCoreApplication::translate("Quote", "Sent");
    case QuoteStatus::Accepted:
        return QCoreApplication::translate("Quote", "Accepted");
    case QuoteStatus::Rejected:
        return QCoreApplication::translate("Quote", "Rejected");
    case QuoteStatus::Expired:
        return QCoreApplication::translate("Quote", "Expired");
    }
    return {};
}

QList<QuoteStatus> allQuoteStatuses()
{
    return { QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Accepted, QuoteStatus::Rejected,
        QuoteStatus::Expired };
}

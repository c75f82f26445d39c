#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Quantities are thousandths of a unit (1.5 kg = 1500); percentages (discounts, tax rates) are hundredths of a
// percent, basis points (13% = 1300); money is integer minor units of the quote's currency (see Money.h).
constexpr qint64 kQuantityScale = 1000;
constexpr qint64 kPercentScale = 10000;

enum class QuoteStatus
{
    Draft,
    Sent,
    Accepted,
    Rejected,
    Expired
};

QString toString(QuoteStatus status);
std::optional<QuoteStatus> quoteStatusFromString(const QString &text);
QString displayName(QuoteStatus status);
QList<QuoteStatus> allQuoteStatuses();

struct QuoteLine
{
    qint64 id = 0;
    qint64 productId = 0; // 0: free text
    QString code;
    QString description;
    QString unit;
    qint64 quantity = kQuantityScale; // thousandths
    qint64 unitPrice = 0; // minor units
    qint64 discount = 0; // basis points
    qint64 taxRate = 0; // basis points
    qint64 unitCost = 0; // minor units, for the margin; never printed
};

struct Quote
{
    qint64 id = 0;
    QString uuid;
    QString number;
    int revision = 1;
    bool superseded = false; // a later revision replaced this one
    qint64 customerId = 0;
    QString customerName; // read-only, filled by the repository
    qint64 contactId = 0;
    QString contactName; // read-only
    qint64 ownerId = 0;
    QString ownerName; // read-only
    QDate date;
    QDate validUntil;
    QString currency = QStringLiteral("CNY");
    QuoteStatus status = QuoteStatus::Draft;
    qint64 discount = 0; // quote discount, basis points of the subtotal
    qint64 charges = 0; // shipping and other charges, minor units
    qint64 chargesTaxRate = 0;
    QString terms;
    QString notes;
    QList<QuoteLine> lines;
    // Stored totals (what the last save computed), for lists and reports.
    qint64 subtotal = 0;
    qint64 total = 0;
    QDateTime sentAt;
    QDateTime decidedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A row of the quotes list.
struct QuoteRow
{
    qint64 id = 0;
    QString number;
    int revision = 1;
    qint64 customerId = 0;
    QString customerName;
    QString ownerName;
    QDate date;
    QDate validUntil;
    QString currency;
    QuoteStatus status = QuoteStatus::Draft;
    qint64 total = 0;
    qint64 margin = 0;
};

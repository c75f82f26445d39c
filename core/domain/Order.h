#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The channels a sale can come through: stored as "direct", "online", "distributor", "phone".
namespace OrderChannel {
// As the user reads it, translated; a value this build does not know is shown as stored.
QString displayName(const QString &channel);
} // namespace OrderChannel

// A sale: what the customer bought, when, through which channel, for how much and at what cost. Orders are the
// sales history the analysis reports read. Units as in Quote.h.
struct OrderLine
{
    qint64 productId = 0; // 0: free text
    QString description;
    qint64 quantity = 0; // thousandths
    qint64 unitPrice = 0; // minor units
    qint64 discount = 0; // basis points
    qint64 taxRate = 0; // basis points
    qint64 unitCost = 0;
    qint64 amount = 0; // net of the line discount, before tax
    qint64 cost = 0;
};

struct Order
{
    qint64 id = 0;
    QString uuid;
    QString number;
    qint64 customerId = 0;
    QString customerName; // read-only
    qint64 quoteId = 0; // 0: not from a quote
    QString quoteNumber; // read-only
    qint64 ownerId = 0;
    QString ownerName; // read-only
    QDate date;
    QString currency;
    QString channel; // direct, online, distributor, phone
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 charges = 0;
    // The rates the discount and the charges' tax were worked out with (basis points), as on the quote.
    qint64 discountRate = 0;
    qint64 chargesTaxRate = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 cost = 0;
    QList<OrderLine> lines;
};

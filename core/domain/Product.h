#pragma once

#include <QDateTime>
#include <QString>

// An item of the catalogue: goods or a service. Prices are minor units of the currency, the tax rate is in
// basis points (13% = 1300); see Quote.h.
struct Product
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString description;
    QString unit;
    QString currency = QStringLiteral("CNY");
    qint64 unitPrice = 0;
    qint64 costPrice = 0;
    qint64 taxRate = 0;
    QString category;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

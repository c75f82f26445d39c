#pragma once

#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// The company's letterhead on printed quotations, kept in the book's settings so that it travels with the book:
// name, address, phone, email, tax id, bank details and a logo (PNG bytes), and the paper size.
struct Letterhead
{
    QString companyName;
    QString address;
    QString phone;
    QString email;
    QString taxId;
    QString bank;
    QByteArray logoPng;
    QString paper = QStringLiteral("A4"); // A4 or Letter
    QString terms; // default terms for new quotes

    static Result<Letterhead> load(const QSqlDatabase &db);
    Status save(const QSqlDatabase &db) const;
};

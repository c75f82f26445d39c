#pragma once

#include "Result.h"
#include "domain/Product.h"
#include "io/ImportMapping.h"
#include "io/ImportRowParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

#include <optional>

// A row of a product list: the product, the fields the row gives (an update changes only those), and the prices
// as typed (their decimals depend on the currency, which may be the book's product's).
struct ParsedProductRow
{
    Product product;
    QString unitPriceText;
    QString costPriceText;
    QList<ImportField> given;
    QList<ImportProblem> problems;

    bool isValid() const { return problems.isEmpty(); }
};

// A row of a sales history: one line of an order. What only the book can tell (the customer, the product, the
// currency and so the price's decimals) is resolved by the importer.
struct ParsedOrderLine
{
    QString orderNumber; // empty: the row is an order of its own, numbered by the book's pattern
    QDate date;
    QString customerName;
    QString city;
    QString productCode;
    QString productName;
    qint64 quantity = 0; // thousandths
    QString unitPriceText; // empty: the catalogue's price
    QString unitCostText; // empty: the catalogue's cost (when the order is in its currency)
    qint64 discount = 0; // basis points
    std::optional<qint64> taxRate; // basis points; none: the catalogue's rate
    QString currency; // empty: the product's or the book's
    QString channel = QStringLiteral("direct");
    QString ownerName; // empty: the customer's owner
    // The order's terms, if this line gives them: a discount of the whole order, and charges with their tax rate.
    std::optional<qint64> orderDiscount; // basis points
    QString chargesText; // in the order's currency, parsed when it is known
    std::optional<qint64> chargesTaxRate; // basis points
    QList<ImportProblem> problems;

    bool isValid() const { return problems.isEmpty(); }
};

// Turns rows of cells into products or order lines as the mapping says, validating what needs no book. Pure.
class SalesRowParser
{
    Q_DECLARE_TR_FUNCTIONS(SalesRowParser)

public:
    SalesRowParser(ImportMapping mapping, QStringList headers);

    ParsedProductRow parseProduct(const QVariantList &cells, qint64 rowNumber) const;
    ParsedOrderLine parseOrderLine(const QVariantList &cells, qint64 rowNumber) const;

    // A problem with the row's value in the column mapped to `field` (the row as a whole when it is not mapped).
    ImportProblem problem(qint64 rowNumber, ImportField field, const QString &value, const QString &message) const;

    // "¥1,280.50", "1280.5元", "NT$ 3,000" -> minor units of a currency with `decimals` digits.
    static Result<qint64> parseMoney(const QString &text, int decimals);
    // "13%", "13", "0.13" (a fraction below 1), "9折" (10% off) -> basis points, 0 to 100%.
    static std::optional<qint64> parsePercent(const QString &text, bool discount);
    // "direct", "直销", "online", "网店", "經銷商", ... (empty: direct).
    static std::optional<QString> parseChannel(const QString &text);

private:
    QString text(const QVariantList &cells, ImportField field) const;
    void addProblem(QList<ImportProblem> &problems, qint64 rowNumber, ImportField field, const QVariantList &cells,
        const QString &message) const;
    std::optional<qint64> percent(const QVariantList &cells, qint64 rowNumber, ImportField field, bool discount,
        QList<ImportProblem> &problems) const;
    QString currency(const QVariantList &cells, qint64 rowNumber, QList<ImportProblem> &problems) const;

    ImportMapping m_mapping;
    QStringList m_headers;
};

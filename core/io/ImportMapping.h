#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What a column of an imported file becomes.
enum class ImportField
{
    Ignore,
    // The customer
    Name,
    Kind,
    Industry,
    Province,
    City,
    Address,
    Phone,
    Email,
    Website,
    Source,
    Owner,
    Tier,
    Stage,
    Tags,
    Notes,
    CreatedAt,
    // One contact person per row
    ContactName,
    ContactTitle,
    ContactPhone,
    ContactEmail,
    // A product of the catalogue
    ProductCode,
    ProductName,
    ProductDescription,
    ProductUnit,
    ProductCategory,
    UnitPrice,
    CostPrice,
    TaxRate,
    Currency,
    // One line of an order (the order's customer is Name, with City where names repeat)
    OrderNumber,
    OrderDate,
    Quantity,
    Discount,
    Channel,
    // More of a contact person (contacts imports)
    ContactBirthday,
    ContactNotes,
    MarketingConsent, // agreed, refused or withdrawn, not asked
    ConsentDate,
    ConsentSource,
    ProductActive, // offered in new quotes or not (TRUE/FALSE, yes/no, 是/否)
    ContactPrimary, // the customer's primary contact or not (contacts imports)
    // An order's terms, given on any of its lines (an export writes them on the first)
    OrderDiscount, // a discount of the whole order, as a quote's
    Charges, // shipping and other charges
    ChargesTaxRate,
};

// What an import creates: customers (with one contact per row when mapped), contacts of customers already in
// the book (found by name), products of the catalogue, or orders (sales history: one row per order line, lines of
// one order number make one order, its customer found by name).
enum class ImportTarget
{
    Customers,
    Contacts,
    Products,
    Orders
};

QString toString(ImportField field);
std::optional<ImportField> importFieldFromString(const QString &text);
QString displayName(ImportField field);
QList<ImportField> importFields(ImportTarget target); // the choices offered for a target, Ignore first

QString toString(ImportTarget target);
std::optional<ImportTarget> importTargetFromString(const QString &text);

// Which field each column of a file maps to. Saved as presets by header name, so a preset still fits when the
// columns of next month's file come in another order.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    ImportMapping() = default;
    explicit ImportMapping(QList<ImportField> columns)
        : m_columns(std::move(columns))
    {
    }

    // A guess from the header row: English and Chinese (Simplified and Traditional) names such as
    // "Company", "客户名称", "公司名稱", "Mobile", "手机". Each field is used for one column at most.
    static ImportMapping guess(const QStringList &headers, ImportTarget target = ImportTarget::Customers);

    int columnCount() const { return int(m_columns.size()); }
    ImportField field(int column) const;
    void setField(int column, ImportField field);
    const QList<ImportField> &columns() const { return m_columns; }
    int columnOf(ImportField field) const; // the first column mapped to it, -1 when none
    QList<int> columnsOf(ImportField field) const;
    // Phones, emails and tags may come from several columns ("手机" and "电话"): their values are joined. Every
    // other field maps from one column, and choosing it for another column moves it there.
    static bool holdsSeveral(ImportField field);
    static const QList<ImportField> &fieldsOfSeveralColumns();

    // Problems that make the mapping unusable for the target (e.g. no column is the customer's name).
    QList<Error> check(ImportTarget target) const;

    // {"header": "field", ...} as JSON text; fromJson() applies it to a file's headers (unknown headers: Ignore).
    QString toJson(const QStringList &headers) const;
    static Result<ImportMapping> fromJson(const QString &json, const QStringList &headers);

    bool operator==(const ImportMapping &other) const = default;

private:
    QList<ImportField> m_columns;
};

#include "BookTableExporter.h"
#include "audit/AuditTrail.h"
#include "db/RowReader.h"
#include "domain/MarketingConsent.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "io/AuditedExport.h"
#include "io/PipedTableRows.h"
#include "repo/CustomerRepository.h"
#include "repo/SqlHelpers.h"

#include <QSqlQuery>

#include <algorithm>

using Type = TableColumn::Type;

namespace {

// Every amount is written with two decimals, whatever its currency's minor unit: one format per column, and
// "3000.00" New Taiwan dollars read back as 3000.
constexpr int kMoneyDecimals = 2;

QVariant money(qint64 minorUnits, const QString &currency)
{
    int decimals = Money::decimals(currency);
    if (decimals < 0)
        decimals = kMoneyDecimals; // a code this build does not know: as stored
    if (decimals > kMoneyDecimals)
        return Money::format(minorUnits, decimals, false); // written as text, exactly
    return QVariant(minorUnits * Money::pow10(kMoneyDecimals - decimals));
}

QString text(RowReader &reader, int column)
{
    return QString::fromUtf8(reader.utf8(column));
}

QVariant date(RowReader &reader, int column)
{
    const QDate date = QDate::fromString(text(reader, column), Qt::ISODate);
    return date.isValid() ? QVariant(date) : QVariant();
}

QVariant basisPoints(RowReader &reader, int column)
{
    return double(reader.integer(column)) / 10'000.0;
}

QVariantList contactCells(RowReader &reader)
{
    // Consent as its name, "Agreed" or "Refused or withdrawn" (not asked: empty), with when and how it was given.
    const MarketingConsent consent = marketingConsentFromStored(int(reader.integer(8)));
    return { reader.sharedText(0), reader.sharedText(1), text(reader, 2), reader.sharedText(3),
        SqlHelpers::internationalPhones(text(reader, 4)), text(reader, 5), date(reader, 6), reader.integer(7) != 0,
        consent == MarketingConsent::Unknown ? QString() : displayName(consent), date(reader, 10),
        reader.sharedText(11), text(reader, 9) };
}

QVariantList productCells(RowReader &reader)
{
    const QString currency = reader.sharedText(5);
    return { text(reader, 0), text(reader, 1), text(reader, 2), reader.sharedText(3), reader.sharedText(4), currency,
        money(reader.integer(6), currency), money(reader.integer(7), currency), basisPoints(reader, 8),
        reader.integer(9) != 0 };
}

// The order's discount and charges, with the rates they were worked out with, are cells of its first line only
// (a column summed in a spreadsheet counts them once); empty where the order has none.
QVariantList orderLineCells(RowReader &reader)
{
    const QString currency = reader.sharedText(6);
    const auto optional
        = [&reader](int column, const QVariant &value) { return reader.isNull(column) ? QVariant() : value; };
    return { text(reader, 0), date(reader, 1), text(reader, 2), reader.sharedText(3), reader.sharedText(4),
        OrderChannel::displayName(reader.sharedText(5)), currency, text(reader, 7), text(reader, 8),
        double(reader.integer(9)) / 1000.0, money(reader.integer(10), currency), basisPoints(reader, 11),
        basisPoints(reader, 12), money(reader.integer(13), currency), money(reader.integer(14), currency),
        optional(15, basisPoints(reader, 15)), optional(16, money(reader.integer(16), currency)),
        optional(17, basisPoints(reader, 17)) };
}

} // namespace

QList<TableColumn> BookTableExporter::columns(Table table)
{
    switch (table) {
    case Table::Contacts:
        return { { tr("Customer") }, { tr("City") }, { tr("Contact name") }, { tr("Title") }, { tr("Phone") },
            { tr("Email") }, { tr("Birthday"), Type::Date }, { tr("Primary contact"), Type::Bool },
            { tr("Marketing consent") }, { tr("Consent date"), Type::Date }, { tr("Consent source") },
            { tr("Contact notes") } };
    case Table::Products:
        return { { tr("Code") }, { tr("Name") }, { tr("Description") }, { tr("Unit") }, { tr("Category") },
            { tr("Currency") }, { tr("Unit price"), Type::Money, kMoneyDecimals },
            { tr("Cost price"), Type::Money, kMoneyDecimals }, { tr("Tax rate"), Type::Percent, 1 },
            { tr("Active"), Type::Bool } };
    case Table::OrderLines:
        return { { tr("Order number") }, { tr("Order date"), Type::Date }, { tr("Customer") }, { tr("City") },
            { tr("Sales rep") }, { tr("Channel") }, { tr("Currency") }, { tr("Product code") }, { tr("Product") },
            { tr("Quantity"), Type::Number }, { tr("Unit price"), Type::Money, kMoneyDecimals },
            { tr("Discount"), Type::Percent, 1 }, { tr("Tax rate"), Type::Percent, 1 },
            { tr("Unit cost"), Type::Money, kMoneyDecimals }, { tr("Amount"), Type::Money, kMoneyDecimals },
            { tr("Order discount"), Type::Percent, 1 }, { tr("Charges"), Type::Money, kMoneyDecimals },
            { tr("Charges tax rate"), Type::Percent, 1 } };
    }
    return {};
}

QString BookTableExporter::sheetName(Table table)
{
    switch (table) {
    case Table::Contacts:
        return tr("Contacts");
    case Table::Products:
        return tr("Products");
    case Table::OrderLines:
        return tr("Sales history");
    }
    return {};
}

QString BookTableExporter::entity(Table table)
{
    switch (table) {
    case Table::Contacts:
        return QStringLiteral("contact");
    case Table::Products:
        return QStringLiteral("product");
    case Table::OrderLines:
        return QStringLiteral("order");
    }
    return {};
}

Result<BookTableExporter::Query> BookTableExporter::query(Table table, const Filter &filter) const
{
    if (table == Table::Products) {
        const QString from = QStringLiteral("FROM products WHERE deleted_at IS NULL");
        return Query { QStringLiteral("SELECT code, name, description, unit, category, currency, unit_price, "
                                      "cost_price, tax_rate, active %1 ORDER BY name, id")
                           .arg(from),
            {}, QStringLiteral("SELECT count(*) ") + from };
    }
    QStringList where;
    QVariantList binds;
    CustomerQuery customers = filter.customers;
    customers.withMarketingConsent = false; // contacts: the persons who agreed, below
    if (Status status = CustomerRepository(m_db).filterClause(customers, where, binds); !status)
        return status.error();
    if (table == Table::Contacts) {
        if (filter.customers.withMarketingConsent)
            where << QStringLiteral("k.marketing_consent = 1");
        const auto points = [this](const char *kind) {
            return SqlHelpers::orderedTextAggregate(m_db,
                QLatin1String(kind) == QLatin1String("phone") ? SqlHelpers::phonePair(QStringLiteral("p"))
                                                              : QStringLiteral("p.value"),
                QStringLiteral("FROM contact_points p WHERE p.customer_id = k.customer_id AND p.contact_id = k.id "
                               "AND p.kind = '%1'")
                    .arg(QLatin1String(kind)),
                QStringLiteral("p.position"), QStringLiteral("; "));
        };
        where.prepend(QStringLiteral("k.deleted_at IS NULL"));
        const QString from = QStringLiteral("FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE ")
            + where.join(QStringLiteral(" AND "));
        return Query { QStringLiteral("SELECT c.name, c.city, k.name, k.title, %1, %2, k.birthday, k.is_primary, "
                                      "k.marketing_consent, k.notes, k.consent_at, k.consent_source %3 "
                                      "ORDER BY c.sort_key, c.id, k.is_primary DESC, k.id")
                           .arg(points("phone"), points("email"), from),
            binds, QStringLiteral("SELECT count(*) ") + from };
    }
    where.prepend(QStringLiteral("o.deleted_at IS NULL"));
    if (filter.from.isValid()) {
        where << QStringLiteral("o.order_date >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("o.order_date <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    const QString from = QStringLiteral("FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                        "JOIN customers c ON c.id = o.customer_id "
                                        "LEFT JOIN owners w ON w.id = o.owner_id "
                                        "LEFT JOIN products p ON p.id = l.product_id WHERE ")
        + where.join(QStringLiteral(" AND "));
    return Query { QStringLiteral("SELECT o.number, o.order_date, c.name, c.city, w.name, o.channel, o.currency, "
                                  "CASE WHEN p.deleted_at IS NULL THEN p.code END, "
                                  "CASE WHEN l.description <> '' THEN l.description ELSE p.name END, "
                                  "l.quantity, l.unit_price, l.discount_rate, l.tax_rate, l.unit_cost, l.amount, "
                                  // An order's lines are written whole, numbered from 1 (OrderRepository).
                                  "CASE WHEN l.position = 1 AND o.discount_rate > 0 THEN o.discount_rate END, "
                                  "CASE WHEN l.position = 1 AND o.charges > 0 THEN o.charges END, "
                                  "CASE WHEN l.position = 1 AND o.charges > 0 THEN o.charges_tax_rate END %1 "
                                  "ORDER BY o.order_date, o.number, l.position")
                       .arg(from),
        binds, QStringLiteral("SELECT count(*) ") + from };
}

Result<BookTableExporter::Summary> BookTableExporter::exportTo(
    const QString &path, Table table, const Filter &filter, const TableWriterOptions &options)
{
    auto sql = query(table, filter);
    if (!sql)
        return sql.error();
    QSqlQuery counting(m_db);
    counting.prepare(sql.value().countSql);
    for (const QVariant &value : std::as_const(sql.value().binds))
        counting.addBindValue(value);
    if (!counting.exec() || !counting.next())
        return Error(QCoreApplication::translate("SqlError", "%1 failed: %2")
                         .arg(tr("Counting the rows to export"), counting.lastError().text()));
    const qint64 total = counting.value(0).toLongLong();
    counting.finish();

    auto writer = createTableWriter(path, options);
    if (!writer)
        return writer.error();
    if (Status status = writer.value()->begin(sheetName(table), columns(table)); !status)
        return status.error();
    Error error;
    std::unique_ptr<RowReader> reader = RowReader::open(m_db, sql.value().sql, sql.value().binds, &error);
    if (!reader)
        return Error(QCoreApplication::translate("SqlError", "%1 failed: %2")
                         .arg(tr("Reading the rows to export"), error.message));
    const auto cells = table == Table::Contacts ? contactCells
        : table == Table::Products              ? productCells
                                                : orderLineCells;
    PipedTableRows rows(*writer.value());
    Summary summary;
    const qint64 progressEvery = std::max<qint64>(1, total / 1000);
    bool writing = true;
    while (writing && reader->next()) {
        if (summary.rows % progressEvery == 0) {
            if (m_cancel && m_cancel->load()) {
                summary.cancelled = true;
                break;
            }
            if (m_progress && total > 0)
                m_progress(double(summary.rows) / double(total));
        }
        writing = rows.add(cells(*reader));
        ++summary.rows;
    }
    const QString failure = reader->errorText();
    reader.reset();
    const Status written = rows.close(failure.isEmpty() && !summary.cancelled);
    if (!failure.isEmpty())
        return Error(
            QCoreApplication::translate("SqlError", "%1 failed: %2").arg(tr("Reading the rows to export"), failure));
    if (!written)
        return written.error();
    if (summary.cancelled)
        return summary; // the writer is dropped without finish(): no file is left

    AuditTrail::ExportRecord record;
    record.entity = entity(table);
    record.file = path;
    record.rows = summary.rows;
    if (filter.from.isValid())
        record.details.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        record.details.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.customers.search.isEmpty())
        record.details.insert(QStringLiteral("search"), filter.customers.search);
    if (Status status = finishAuditedExport(m_db, *writer.value(), record); !status)
        return status.error();
    summary.warnings = writer.value()->warnings();
    return summary;
}

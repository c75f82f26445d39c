#pragma once

#include "Result.h"
#include "domain/CustomerQuery.h"
#include "io/TableWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// The book's tables beside the customer list, written to .xlsx or CSV for Excel or another system:
//   Contacts    one row per contact person, after the customer's name and city;
//   Products    the catalogue;
//   OrderLines  the sales history, one row per order line, its order's number, date, customer and channel
//               repeated on each line. A product since moved to the trash is written without its code (the
//               products export leaves it out): the line comes back as free text with its price.
// Their headers are the ones the import recognises for the same target (ImportMapping::guess), in English and
// Chinese, so an export can be imported into another book as it is. Amounts are typed cells (money with two
// decimals, next to a Currency column), rates are percentages, dates are dates. Streaming, like CustomerExporter;
// each export is recorded in the audit trail, in one transaction with putting the file in place.
class BookTableExporter
{
    Q_DECLARE_TR_FUNCTIONS(BookTableExporter)

public:
    enum class Table
    {
        Contacts,
        Products,
        OrderLines
    };

    struct Filter
    {
        // Contacts and orders: of the customers this selects (the sort is not used). Contacts: with marketing
        // consent selects the persons who gave it.
        CustomerQuery customers;
        QDate from; // orders: dated from, to (inclusive); invalid: open
        QDate to;
    };

    struct Summary
    {
        qint64 rows = 0;
        bool cancelled = false;
        QStringList warnings;
    };

    explicit BookTableExporter(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    void setProgressHandler(std::function<void(double)> handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result<Summary> exportTo(
        const QString &path, Table table, const Filter &filter = {}, const TableWriterOptions &options = {});

    static QList<TableColumn> columns(Table table);
    static QString sheetName(Table table);
    static QString entity(Table table); // the audit trail's name for the rows: "contact", "product", "order"

private:
    struct Query
    {
        QString sql;
        QVariantList binds;
        QString countSql;
    };
    Result<Query> query(Table table, const Filter &filter) const;

    QSqlDatabase m_db;
    std::function<void(double)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

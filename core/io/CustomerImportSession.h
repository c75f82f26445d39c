#pragma once

// The state of one import of customers or contacts, shared by CustomerImporter's source files (not a public API).

#include "db/Transaction.h"
#include "io/CustomerImporter.h"
#include "io/ImportJoin.h"
#include "repo/BulkCustomerWriter.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <memory>
#include <optional>

// In-file duplicates are remembered by a 64-bit hash of the normalised value rather than the value itself, so a
// million rows cost megabytes, not hundreds of them. A false match needs a 64-bit collision among the file's
// keys (about one in 10^7 for a million rows).
inline quint64 fileKey(DuplicateRule rule, const QString &value)
{
    return quint64(qHash(value, size_t(0x9e3779b97f4a7c15ULL) * (int(rule) + 1)));
}

inline QString nameCityKey(const QString &name, const QString &city)
{
    return name.toCaseFolded() + QChar(0x1f) + city.trimmed().toCaseFolded();
}

inline QString nameCityKey(const Customer &customer)
{
    return nameCityKey(customer.name, customer.city);
}

// A contact of a customer the file makes, by the customer's name and city and the contact's name, hashed as
// fileKey() hashes (with a seed of its own).
inline quint64 contactKey(const Customer &customer, const QString &contactName)
{
    return quint64(qHash(
        nameCityKey(customer) + QChar(0x1f) + contactName.trimmed().toCaseFolded(), size_t(0x2545f4914f6cdd1dULL)));
}

// The earlier row of the file a key was seen on, and the customer that row made (0 when checking).
struct CustomerImporter::FileRow
{
    qint64 row = 0;
    qint64 customerId = 0;
};

struct CustomerImporter::Session
{
    Session(const ImportMapping &mapping, const QStringList &headers, const ImportOptions &options)
        : options(options)
        , parser(mapping, headers)
    {
    }

    ImportOptions options;
    ImportRowParser parser;
    ImportSummary summary;
    bool write = false;
    bool bookHasCustomers = false;
    std::unique_ptr<BulkCustomerWriter> writer;
    std::unique_ptr<Transaction> transaction; // contacts imports
    // Prepared once, run per row. Values are set with bindValue(index): addBindValue() would pile up values
    // on a query that is skipped (an empty book), costing memory and time per row.
    std::unique_ptr<QSqlQuery> byPoint, byNameCity, byName;
    QHash<quint64, FileRow> fileKeys; // fileKey() and contactKey() -> where the file had it first
    std::unique_ptr<ImportOwners> owners;
    QHash<QString, QString> phoneKeys; // formatted -> E.164, for the customer being written
    std::optional<PendingCustomer> pending; // when writing: the customer of the last new row, not yet written
    QString matchedCity; // the city of the book's customer findDuplicate() found last
    // Rows whose company is a customer of the book (they updated it, or were skipped as its duplicates): no row
    // joins them, and the rows repeating their company match that customer too.
    QSet<qint64> bookRows;
    QSet<qint64> personRows; // rows that made an individual: no row joins a person
};

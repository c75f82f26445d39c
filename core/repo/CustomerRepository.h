#pragma once

#include "Result.h"
#include "audit/AuditEntry.h"
#include "domain/Customer.h"
#include "domain/CustomerQuery.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

#include <functional>

#include <memory>
#include <unordered_map>
#include <optional>

class NameOrder;
class SearchIndex;

// Customers and their phones, emails and tags; the list (paged by keyset), search, and the trash.
// Every write is one transaction; a failed write leaves the book as it was.
class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(QSqlDatabase db);
    ~CustomerRepository();

    Result<qint64> create(const Customer &customer);
    Status update(const Customer &customer);
    Result<Customer> find(qint64 id) const;

    // Up to `limit` rows after `after` (the last row of the previous page) in the query's order.
    Result<QList<CustomerRow>> page(const CustomerQuery &query, const std::optional<CustomerRow> &after,
                                    int limit) const;
    // Every row the filter selects, in its sort order, read in one forward pass (exports): `visit` is called per
    // row and stops the pass by returning false. Phone, email and tags are filled as in page(); the created,
    // updated and deleted times too unless `timestamps` is Skip (they are a fifth of what a million rows sort).
    enum class Timestamps
    {
        Read,
        Skip
    };
    // Phones as the list shows them (a number of another region than the user's in E.164), or each with its country
    // code (PhoneNumbers::international), for a file read in another region.
    enum class PhoneForm
    {
        AsListed,
        International
    };
    Status forEachRow(const CustomerQuery &query, const std::function<bool(const CustomerRow &)> &visit,
        Timestamps timestamps = Timestamps::Read, PhoneForm phones = PhoneForm::AsListed) const;
    // The same pass with the rest of each customer's file (address, website, notes, every phone and email).
    Status forEachRowWithDetails(const CustomerQuery &query,
        const std::function<bool(const CustomerRow &, const CustomerRowDetails &)> &visit,
        Timestamps timestamps = Timestamps::Read, PhoneForm phones = PhoneForm::AsListed) const;
    // The query's conditions on the customers table, aliased c, with their values: for listing what belongs to
    // the customers a list shows (their contacts, their orders).
    Status filterClause(const CustomerQuery &filter, QStringList &where, QVariantList &binds) const;
    // How many customers the filter selects (the sort is ignored).
    Result<qint64> count(const CustomerQuery &query) const;
    Result<CustomerRow> row(qint64 id) const;
    // The rows of these customers in the order given (ids that no longer exist are left out).
    Result<QList<CustomerRow>> rows(const QList<qint64> &ids) const;

    // Soft delete and its undo; purge removes rows from the trash for good. Restoring a customer that a merge put
    // in the trash undoes that merge (CustomerMerger::unmerge).
    // `why` goes into the audit entry (an undone import: {"undoes_import": "clients.csv"}).
    Status moveToTrash(const QList<qint64> &ids, const QJsonObject &why = {});
    // Of these, the ones in the book and not in the trash, in the order given.
    Result<QList<qint64>> inList(const QList<qint64> &ids) const;
    Status restore(const QList<qint64> &ids);
    Status purge(const QList<qint64> &ids);
    // How many orders, quotes, contracts, complaints and follow-ups of these customers there are (tables without
    // any left out): what deleting them for good would delete with them.
    Result<QMap<QString, qint64>> businessRecords(const QList<qint64> &ids) const;

    // Live customers with this exact normalised phone (E.164) or email (lower case), contacts' included.
    Result<QList<CustomerRow>> findByContactPoint(const QString &kind, const QString &normalized) const;
    // Live customers whose search text contains `text` (folded), at most `limit`.
    Result<QList<CustomerRow>> searchCandidates(const QString &text, int limit) const;

    // Recomputes one customer's search text (name, contacts, phones, emails). Inside the caller's transaction.
    Status refreshSearchText(qint64 customerId);

private:
    Status writeCustomer(const Customer &customer, qint64 id);
    Status writeContactPoints(qint64 customerId, const Customer &customer);
    Status writeTags(qint64 customerId, const QStringList &tags);
    Status setDeletedAt(const QList<qint64> &ids, const QVariant &deletedAt, const QString &doing,
        const QJsonObject &why, AuditEntry::Action action);
    Status audit(AuditEntry::Action action, const QList<qint64> &ids, const QJsonObject &changes);
    Status fillDetails(QList<CustomerRow> &rows) const;
    Result<std::unordered_map<qint64, QByteArray>> tagNamesById() const;
    Status readRows(const CustomerQuery &filter, Timestamps timestamps, bool details, PhoneForm phones,
        const std::function<bool(const CustomerRow &, const CustomerRowDetails &)> &visit) const;

    QSqlDatabase m_db;
    std::unique_ptr<SearchIndex> m_index;
    std::unique_ptr<NameOrder> m_nameOrder; // made on the first write of a name
};

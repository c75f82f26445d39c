#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

// Finds customers whose search text (name, contact names, phones, emails) contains a query as a substring.
// The text lives in the portable column customers.search_text; what makes it fast is engine-specific and sits behind
// this interface (SQLite: FTS5 trigram and bigram tables; PostgreSQL later: pg_trgm).
class SearchIndex
{
public:
    // A condition on the customers table (alias c) with its bound values, to AND into a list query.
    struct Clause
    {
        QString sql;
        QVariantList binds;
    };

    virtual ~SearchIndex() = default;

    // The index for the connection's engine.
    static std::unique_ptr<SearchIndex> create(const QSqlDatabase &db);

    // Creates the index structures when missing and fills them from customers.search_text.
    virtual Status ensureReady() = 0;
    // Stores (or replaces) one customer's folded search text. Call inside the caller's transaction.
    virtual Status put(qint64 customerId, const QString &foldedText) = 0;
    // Forgets a customer before its row is deleted for good.
    virtual Status remove(qint64 customerId) = 0;
    // Merges the index's pieces so that the text of removed entries leaves the file (privacy erasure).
    virtual Status optimize() = 0;
    // Refills the index from customers.search_text.
    virtual Status rebuild() = 0;
    // A bulk load writes customers.search_text with each new row and calls addNew() for it, then finishBulk()
    // once: what can be indexed row by row is, what is cheaper to build in one pass is built at the end.
    // `shortGrams` is SearchText::shortGramText(foldedText) when the caller made it already (empty: made here).
    virtual Status addNew(qint64 customerId, const QString &foldedText, const QString &shortGrams = {}) = 0;
    virtual Status finishBulk() = 0;
    // Between these, on this connection, what cannot be indexed row by row waits for finishBulk(): a customer the
    // bulk load wrote and something changes again before it ends (an import's later row updating an earlier one) is
    // then not taken out of what does not hold it yet. endBulk() also follows a bulk load given up (rolled back).
    virtual void beginBulk() { }
    virtual void endBulk() { }
    // The condition for a folded query; an empty query gives an empty clause.
    virtual Result<Clause> clause(const QString &foldedQuery) const = 0;
};

#pragma once

#include "SearchIndex.h"

#include "db/BulkStatement.h"

// FTS5 over customers.search_text: a trigram table for queries of three or more characters and a contentless table of
// character bigrams (plus single Chinese characters) for shorter queries: a surname and given name, 北京, 有限, 王.
// Both use detail=none, so a match only says "all the query's grams are there"; every hit is confirmed with
// instr() on the text itself. One-character queries, and queries that match a large share of the book, scan
// the list in its sort order instead, which stops as soon as a page is full (in name order the index itself
// holds the text, so that walk reads no table rows).
class SqliteSearchIndex : public SearchIndex
{
public:
    explicit SqliteSearchIndex(QSqlDatabase db) : m_db(std::move(db)) { }

    Status ensureReady() override;
    Status put(qint64 customerId, const QString &foldedText) override;
    Status remove(qint64 customerId) override;
    Status optimize() override;
    Status rebuild() override;
    Status addNew(qint64 customerId, const QString &foldedText, const QString &shortGrams = {}) override;
    Status finishBulk() override;
    void beginBulk() override;
    void endBulk() override;
    Result<Clause> clause(const QString &foldedQuery) const override;

    // Above this many candidates a scan in list order fills a page sooner than sorting the candidates.
    static constexpr int kSparseLimit = 20000;

private:
    Status insertBigrams(qint64 customerId, const QString &shortGrams);
    Status removeFromFts(qint64 customerId, const QString &oldText);
    bool tablesExist() const;
    Status createTables();

    QSqlDatabase m_db;
    std::unique_ptr<BulkStatement> m_bigramInsert; // prepared once, used for every customer of a bulk load
    mutable int m_available = -1; // -1 unknown, 0 no FTS5 tables (scan only), 1 ready
    mutable int m_hasContains = -1; // whether the connection has clientele_contains() (db/SqliteHandle.h)
};

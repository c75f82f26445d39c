#pragma once

#include "Result.h"

#include <QSqlDatabase>

// One user action, one transaction: rolls back on destruction unless commit() succeeded.
//
// Transactions nest: one begun while another is open on the same connection (a repository call inside an
// import or a merge) becomes a SAVEPOINT, so it can fail on its own while the outer action goes on, and
// nothing is kept unless the outermost one commits. SAVEPOINT is standard SQL (SQLite and PostgreSQL).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_depth > 0; }
    Status begin();
    Status commit();
    void rollback();

    // Whether a Transaction is open on this connection (in this thread).
    static bool isOpen(const QSqlDatabase &db);

private:
    QString savepointName() const;

    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; // 0: the outermost transaction; n: the n-th nested savepoint
};

#pragma once

#include "Result.h"

#include <QSqlDatabase>

// One user action, one transaction: rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

#include "Transaction.h"
#include "SqlError.h"

#include <QCoreApplication>

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) { }

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::begin()
{
    Q_ASSERT(!m_active);
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QCoreApplication::translate("Transaction", "Starting a transaction"));
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    if (!m_db.commit()) {
        const Error error = sqlError(m_db.lastError(), QCoreApplication::translate("Transaction", "Saving"));
        m_db.rollback();
        m_active = false;
        return error;
    }
    m_active = false;
    return {};
}

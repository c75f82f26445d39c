#include "Transaction.h"
#include "SqlError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {
// Open transactions per connection name. Connections belong to one thread, so a per-thread table is enough.
thread_local QHash<QString, int> openDepths;

QString transactionText(const char *text)
{
    return QCoreApplication::translate("Transaction", text);
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::isOpen(const QSqlDatabase &db)
{
    return openDepths.value(db.connectionName()) > 0;
}

QString Transaction::savepointName() const
{
    return QStringLiteral("nested_%1").arg(m_depth);
}

Status Transaction::begin()
{
    Q_ASSERT(!m_active);
    int &depth = openDepths[m_db.connectionName()];
    m_depth = depth;
    if (m_depth == 0) {
        if (!m_db.transaction())
            return sqlError(
                m_db.lastError(), transactionText(QT_TRANSLATE_NOOP("Transaction", "Starting a transaction")));
    } else {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SAVEPOINT %1").arg(savepointName())))
            return sqlError(query, transactionText(QT_TRANSLATE_NOOP("Transaction", "Starting a transaction")));
    }
    ++depth;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    if (m_depth == 0) {
        if (!m_db.commit()) {
            const Error error = sqlError(m_db.lastError(), transactionText(QT_TRANSLATE_NOOP("Transaction", "Saving")));
            rollback();
            return error;
        }
    } else {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(savepointName()))) {
            const Error error = sqlError(query, transactionText(QT_TRANSLATE_NOOP("Transaction", "Saving")));
            rollback();
            return error;
        }
    }
    m_active = false;
    --openDepths[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    Q_ASSERT(m_active);
    if (m_depth == 0) {
        m_db.rollback();
    } else {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(savepointName()));
        query.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(savepointName()));
    }
    m_active = false;
    --openDepths[m_db.connectionName()];
}

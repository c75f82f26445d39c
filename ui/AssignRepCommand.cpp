#include "AssignRepCommand.h"

AssignRepCommand::AssignRepCommand(QSqlDatabase db, QList<qint64> customerIds, qint64 rep, bool openWork,
    const QString &text, std::function<void()> changed)
    : QUndoCommand(text)
    , m_db(std::move(db))
    , m_customerIds(std::move(customerIds))
    , m_rep(rep)
    , m_openWork(openWork)
    , m_changed(std::move(changed))
{
}

void AssignRepCommand::redo()
{
    auto changes = SalesRepHandover(m_db).assignCustomers(m_customerIds, m_rep, m_openWork);
    m_error = changes ? QString() : changes.error().toString();
    m_changes = changes.value_or({});
    if (changes && m_changed)
        m_changed();
}

void AssignRepCommand::undo()
{
    const Status status = SalesRepHandover(m_db).undo(m_changes, m_rep);
    m_error = status ? QString() : status.error().toString();
    if (status && m_changed)
        m_changed();
}

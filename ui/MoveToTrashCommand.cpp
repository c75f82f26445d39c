#include "MoveToTrashCommand.h"
#include "repo/CustomerRepository.h"

MoveToTrashCommand::MoveToTrashCommand(QSqlDatabase db, QList<qint64> ids, const QString &text,
                                       std::function<void()> changed)
    : QUndoCommand(text), m_db(std::move(db)), m_ids(std::move(ids)), m_changed(std::move(changed))
{
}

void MoveToTrashCommand::redo()
{
    const Status status = CustomerRepository(m_db).moveToTrash(m_ids);
    m_error = status ? QString() : status.error().toString();
    if (status && m_changed)
        m_changed();
}

void MoveToTrashCommand::undo()
{
    const Status status = CustomerRepository(m_db).restore(m_ids);
    m_error = status ? QString() : status.error().toString();
    if (status && m_changed)
        m_changed();
}

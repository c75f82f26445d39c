#include "MoveToTrashCommand.h"
#include "repo/CustomerRepository.h"

MoveToTrashCommand::MoveToTrashCommand(QSqlDatabase db, QList<qint64> ids, const QString &text,
                                       std::function<void()> changed)
    : QUndoCommand(text), m_db(std::move(db)), m_ids(std::move(ids)), m_changed(std::move(changed))
{
}

MoveToTrashCommand *MoveToTrashCommand::forImport(
    QSqlDatabase db, QList<qint64> ids, const QString &text, std::function<void()> changed)
{
    auto command = new MoveToTrashCommand(std::move(db), std::move(ids), text, std::move(changed));
    command->m_import = true;
    command->m_skipRedo = true;
    return command;
}

void MoveToTrashCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(!m_import);
}

void MoveToTrashCommand::undo()
{
    apply(m_import);
}

void MoveToTrashCommand::apply(bool toTrash)
{
    CustomerRepository customers(m_db);
    const Status status = toTrash ? customers.moveToTrash(m_ids) : customers.restore(m_ids);
    m_error = status ? QString() : status.error().toString();
    if (status && m_changed)
        m_changed();
}

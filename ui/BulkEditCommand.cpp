#include "BulkEditCommand.h"

BulkEditCommand::BulkEditCommand(QSqlDatabase db, QList<qint64> customerIds, CustomerBulkEdit::Change change,
    const QString &text, std::function<void()> changed)
    : QUndoCommand(text)
    , m_db(std::move(db))
    , m_customerIds(std::move(customerIds))
    , m_change(std::move(change))
    , m_changed(std::move(changed))
{
}

void BulkEditCommand::redo()
{
    auto previous = CustomerBulkEdit(m_db).apply(m_customerIds, m_change);
    m_error = previous ? QString() : previous.error().toString();
    m_previous = previous.value_or({});
    if (previous && m_changed)
        m_changed();
}

void BulkEditCommand::undo()
{
    const Status status = CustomerBulkEdit(m_db).undo(m_previous);
    m_error = status ? QString() : status.error().toString();
    if (status && m_changed)
        m_changed();
}

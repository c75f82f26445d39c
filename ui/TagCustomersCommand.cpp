#include "TagCustomersCommand.h"
#include "repo/TagRepository.h"

TagCustomersCommand::TagCustomersCommand(QSqlDatabase db, QList<qint64> customerIds, QString tag, bool add,
    const QString &text, std::function<void()> changed)
    : QUndoCommand(text)
    , m_db(std::move(db))
    , m_customerIds(std::move(customerIds))
    , m_tag(std::move(tag))
    , m_add(add)
    , m_refresh(std::move(changed))
{
}

QList<qint64> TagCustomersCommand::apply(const QList<qint64> &ids, bool add)
{
    TagRepository tags(m_db);
    auto changed = add ? tags.addTag(ids, m_tag) : tags.removeTag(ids, m_tag);
    m_error = changed ? QString() : changed.error().toString();
    if (changed && m_refresh)
        m_refresh();
    return changed.value_or({});
}

void TagCustomersCommand::redo()
{
    m_changed = apply(m_customerIds, m_add);
}

void TagCustomersCommand::undo()
{
    apply(m_changed, !m_add);
}

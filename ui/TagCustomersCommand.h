#pragma once

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

// Gives a tag to customers or takes it from them (TagRepository); undo (Ctrl+Z) does the opposite for exactly the
// customers that changed. `changed` refreshes the views after either.
class TagCustomersCommand : public QUndoCommand
{
public:
    TagCustomersCommand(QSqlDatabase db, QList<qint64> customerIds, QString tag, bool add, const QString &text,
        std::function<void()> changed);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The customers the last redo changed.
    const QList<qint64> &changedIds() const { return m_changed; }

private:
    // The customers changed.
    QList<qint64> apply(const QList<qint64> &ids, bool add);

    QSqlDatabase m_db;
    QList<qint64> m_customerIds;
    QString m_tag;
    bool m_add = true;
    std::function<void()> m_refresh;
    QList<qint64> m_changed;
    QString m_error;
};

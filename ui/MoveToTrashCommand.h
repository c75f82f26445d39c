#pragma once

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

// Moves customers to the trash; undo (Ctrl+Z) brings them back. `changed` refreshes the views after either.
class MoveToTrashCommand : public QUndoCommand
{
public:
    MoveToTrashCommand(QSqlDatabase db, QList<qint64> ids, const QString &text, std::function<void()> changed);

    void redo() override;
    void undo() override;
    // False when the last redo or undo failed (the error is in errorString()).
    bool succeeded() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QList<qint64> m_ids;
    std::function<void()> m_changed;
    QString m_error;
};

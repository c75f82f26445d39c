#pragma once

#include "services/SalesRepHandover.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

// Gives customers (and, if chosen, the open work their rep had on them) to a sales rep; undo (Ctrl+Z) gives each
// record back to the rep it had. `changed` refreshes the views after either.
class AssignRepCommand : public QUndoCommand
{
public:
    AssignRepCommand(QSqlDatabase db, QList<qint64> customerIds, qint64 rep, bool openWork, const QString &text,
        std::function<void()> changed);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The records the last redo changed.
    const QList<SalesRepHandover::Reassigned> &changes() const { return m_changes; }

private:
    QSqlDatabase m_db;
    QList<qint64> m_customerIds;
    qint64 m_rep = 0;
    bool m_openWork = true;
    std::function<void()> m_changed;
    QList<SalesRepHandover::Reassigned> m_changes;
    QString m_error;
};

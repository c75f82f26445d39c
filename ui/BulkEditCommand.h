#pragma once

#include "services/CustomerBulkEdit.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

// Sets the tier and/or stage of customers (CustomerBulkEdit); undo (Ctrl+Z) puts back what each had. `changed`
// refreshes the views after either.
class BulkEditCommand : public QUndoCommand
{
public:
    BulkEditCommand(QSqlDatabase db, QList<qint64> customerIds, CustomerBulkEdit::Change change, const QString &text,
        std::function<void()> changed);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // How many customers the last redo changed.
    qsizetype changedCount() const { return m_previous.size(); }

private:
    QSqlDatabase m_db;
    QList<qint64> m_customerIds;
    CustomerBulkEdit::Change m_change;
    std::function<void()> m_changed;
    QList<CustomerBulkEdit::Previous> m_previous;
    QString m_error;
};

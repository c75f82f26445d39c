#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

class QWidget;

// Edit ▸ Undo right after an import of customers. Undo moves the customers it created that are still in the
// list to the trash, first asking when orders, quotes, contracts, complaints or follow-ups now hang on them; redo
// brings back exactly those (not one that a merge sent to the trash meanwhile: that would undo the merge). The
// push itself changes nothing: the import is done.
class ImportCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    // `file`: the imported file's name, for the audit entry of the move to the trash.
    // `done` runs after each undo and redo that did something, with the error when it failed (else empty).
    ImportCommand(QWidget *parent, QSqlDatabase db, QList<qint64> created, const QString &file, const QString &text,
        std::function<void(const QString &error)> done);

    void redo() override;
    void undo() override;
    // The user kept the customers when asked: the undo did nothing, and the window redoes it (no-op) at once.
    bool declined() const { return m_declined; }
    QString errorString() const { return m_error; }

private:
    bool confirm(const QList<qint64> &live);

    QWidget *m_parent;
    QSqlDatabase m_db;
    QList<qint64> m_created;
    QString m_file;
    QList<qint64> m_moved; // what the last undo moved to the trash
    std::function<void(const QString &error)> m_done;
    bool m_pushed = false;
    bool m_declined = false;
    QString m_error;
};

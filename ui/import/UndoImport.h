#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

class QWidget;

// Audit ▸ Undo import: the customers an earlier import created go to the trash, after a question that says how
// many, what they take with them from the reports, and that customers the import updated keep its changes.
class UndoImport
{
    Q_DECLARE_TR_FUNCTIONS(UndoImport)

public:
    // The import recorded by the audit entry `entryId`; true when customers went to the trash.
    static bool run(QWidget *parent, QSqlDatabase db, qint64 entryId);
};

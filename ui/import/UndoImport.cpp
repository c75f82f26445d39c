#include "UndoImport.h"
#include "BusinessRecordsText.h"
#include "Formatting.h"
#include "MessageBox.h"
#include "io/ImportUndo.h"
#include "repo/CustomerRepository.h"

#include <QJsonObject>

#include <QApplication>
#include <QFileInfo>

bool UndoImport::run(QWidget *parent, QSqlDatabase db, qint64 entryId)
{
    const QString title = tr("Undo import");
    auto found = ImportUndo::find(db, entryId);
    if (!found) {
        MessageBox::warning(parent, title, found.error().toString());
        return false;
    }
    const ImportUndo::Found &import = found.value();
    const QString file = QFileInfo(import.entry.changes.value(QStringLiteral("file")).toString()).fileName();
    const QString when = Formatting::localDateTime(import.entry.at);
    if (import.inBook.isEmpty()) {
        MessageBox::information(parent, title,
            tr("The customers created by this import are no longer in the list: they are in the trash, merged, "
               "deleted or erased."));
        return false;
    }
    QString text = file.isEmpty()
        ? tr("Move the %Ln customer(s) created by the import of %1 to the trash?", nullptr, int(import.inBook.size()))
              .arg(when)
        : tr("Move the %Ln customer(s) created by the import of \"%1\" (%2) to the trash?", nullptr,
            int(import.inBook.size()))
              .arg(file, when);
    if (const qint64 gone = import.created.count() - import.inBook.size(); gone > 0)
        text += QLatin1Char(' ')
            + tr("%Ln other(s) it created are already in the trash, merged, deleted or erased.", nullptr, int(gone));
    if (const QStringList records = BusinessRecordsText::parts(import.businessRecords); !records.isEmpty())
        text += QStringLiteral("\n\n") + tr("They take with them: %1.").arg(records.join(QStringLiteral(", ")));
    if (import.updated > 0)
        text += QStringLiteral("\n\n")
            + tr("The %Ln customer(s) it updated keep its changes; the audit trail shows what changed.", nullptr,
                int(import.updated));
    text += QStringLiteral("\n\n") + tr("They can be restored from the trash.");
    if (MessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor); // some seconds for a very large import
    const Status moved = CustomerRepository(db).moveToTrash(
        import.inBook, QJsonObject { { QStringLiteral("undoes_import"), file.isEmpty() ? when : file } });
    QApplication::restoreOverrideCursor();
    if (!moved) {
        MessageBox::warning(parent, title, moved.error().toString());
        return false;
    }
    return true;
}

#pragma once

#include "MessageBox.h"
#include "Result.h"
#include "backup/BackupService.h"

#include <QString>

#include <memory>
#include <optional>

class Database;
class QWidget;

// Opening books from the GUI: the demo book (created on first use, with a progress bar) and any other file.
// A book is opened holding its lock (BookLock): when another Clientele has it open the user is told who and offered
// to open it read-only. A damaged file is never written to: the user is told what is wrong and offered the newest
// good backup in its place (the damaged file is kept aside) or another book.
namespace BookOpener {

QString demoBookPath();
QString defaultNewBookPath();
// Opens the demo book, first filling it with `customers` demo customers if it does not exist yet.
Result<std::unique_ptr<Database>> openDemoBook(QWidget *parent, int customers = 2000);
// The book, possibly read-only; or an Error to show; or an Error with an empty message when the user chose not to
// open it (nothing more to say).
Result<std::unique_ptr<Database>> open(const QString &path, QWidget *parent = nullptr);
// For a book found damaged (e.g. by the integrity check run after it opened, once its window has closed): tells
// the user `problem` and offers the newest good backup or another book.
Result<std::unique_ptr<Database>> recoverDamaged(const QString &path, const QString &problem, QWidget *parent);
bool isCancelled(const Error &error);

// The questions asked, for the screenshots as well.
struct Question
{
    QMessageBox::Icon icon = QMessageBox::Warning;
    QString title;
    QString text;
    MessageBox::Choices choices;
    QMessageBox::StandardButton defaultButton = QMessageBox::Cancel;
};
// Open: read-only; Cancel.
Question lockedQuestion(const QString &lockMessage);
// Yes: restore `backup`; Open: another book; Cancel. Without a backup: Open or Cancel.
Question damagedQuestion(const QString &bookPath, const QString &problem, const std::optional<BackupInfo> &backup);

} // namespace BookOpener

#include "BookOpener.h"
#include "Book.h"
#include "FileDialog.h"
#include "Formatting.h"
#include "backup/BookRecovery.h"
#include "db/BookFileCheck.h"
#include "db/BookLock.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

namespace BookOpener {

namespace {

    QMessageBox::StandardButton ask(QWidget *parent, const Question &question)
    {
        return MessageBox::ask(
            parent, question.icon, question.title, question.text, question.choices, question.defaultButton);
    }

    Result<std::unique_ptr<Database>> chooseAnother(QWidget *parent)
    {
        const QString path = FileDialog::getOpenFileName(parent, QCoreApplication::translate("BookOpener", "Open book"),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QCoreApplication::translate("BookOpener", "Clientele books (*.clientele *.db *.sqlite);;All files (*)"));
        if (path.isEmpty())
            return Error {};
        return open(path, parent);
    }

    // Opens the book that `lock` guards, which then stays held as long as the book is open.
    Result<std::unique_ptr<Database>> openLocked(const QString &path, std::unique_ptr<BookLock> lock)
    {
        auto book = openBook(path);
        if (book)
            book.value()->holdLock(std::move(lock));
        return book;
    }

    // The damaged book at `path`, whose lock is held: the newest good backup in its place, another book, or nothing.
    Result<std::unique_ptr<Database>> offerRecovery(
        const QString &path, const QString &problem, std::unique_ptr<BookLock> lock, QWidget *parent)
    {
        const std::optional<BackupInfo> backup = BookRecovery::latestGoodBackup(path);
        const QMessageBox::StandardButton answer = ask(parent, damagedQuestion(path, problem, backup));
        if (answer == QMessageBox::Open) {
            lock.reset();
            return chooseAnother(parent);
        }
        if (answer != QMessageBox::Yes || !backup)
            return Error {};
        auto damaged = BackupService::replaceDamagedBook(path, backup->path);
        if (!damaged)
            return damaged.error();
        auto book = openLocked(path, std::move(lock));
        if (book)
            MessageBox::information(parent, QCoreApplication::translate("BookOpener", "Book restored"),
                QCoreApplication::translate(
                    "BookOpener", "\"%1\" was restored from the backup \"%2\". The damaged file was kept as \"%3\".")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup->path),
                        QDir::toNativeSeparators(damaged.value())));
        return book;
    }

} // namespace

QString demoBookPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.clientele"));
}

QString defaultNewBookPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("company.clientele"));
}

bool isCancelled(const Error &error)
{
    return error.message.isEmpty();
}

Question lockedQuestion(const QString &lockMessage)
{
    Question question;
    question.title = QCoreApplication::translate("BookOpener", "Book in use");
    question.text = QCoreApplication::translate("BookOpener",
        "%1\n\nYou can open it read-only to look things up: nothing can be changed then, and "
        "the other window keeps working undisturbed.")
                        .arg(lockMessage);
    question.choices = { { QMessageBox::Open, QCoreApplication::translate("BookOpener", "Open &read-only") },
        { QMessageBox::Cancel, QCoreApplication::translate("BookOpener", "Cancel") } };
    question.defaultButton = QMessageBox::Open;
    return question;
}

Question damagedQuestion(const QString &bookPath, const QString &problem, const std::optional<BackupInfo> &backup)
{
    Question question;
    question.icon = QMessageBox::Critical;
    question.title = QCoreApplication::translate("BookOpener", "Damaged book");
    const QString kept = QDir::toNativeSeparators(bookPath) + QStringLiteral(".damaged-…");
    if (backup) {
        question.text = QCoreApplication::translate("BookOpener",
            "%1\n\nNothing has been written to it. The newest backup that passes its check was "
            "taken on %2 and holds %Ln customer(s):\n%3\n\nRestore it? The damaged file is "
            "kept beside it as \"%4\", never deleted.",
            nullptr, int(backup->customers))
                            .arg(problem, Formatting::localDateTime(backup->takenAt),
                                QDir::toNativeSeparators(backup->path), kept);
        question.choices = { { QMessageBox::Yes, QCoreApplication::translate("BookOpener", "&Restore backup") },
            { QMessageBox::Open, QCoreApplication::translate("BookOpener", "&Open another book…") },
            { QMessageBox::Cancel, QCoreApplication::translate("BookOpener", "Cancel") } };
        question.defaultButton = QMessageBox::Yes;
    } else {
        QStringList folders;
        for (const QString &folder : BookRecovery::backupFolders(bookPath))
            folders << QDir::toNativeSeparators(folder);
        question.text = QCoreApplication::translate("BookOpener",
            "%1\n\nNothing has been written to it. No backup of this book was found (looked in "
            "%2).\n\nOpen another book?")
                            .arg(problem, folders.join(QStringLiteral("; ")));
        question.choices = { { QMessageBox::Open, QCoreApplication::translate("BookOpener", "&Open another book…") },
            { QMessageBox::Cancel, QCoreApplication::translate("BookOpener", "Cancel") } };
        question.defaultButton = QMessageBox::Open;
    }
    return question;
}

Result<std::unique_ptr<Database>> open(const QString &path, QWidget *parent)
{
    auto lock = BookLock::acquire(path);
    if (!lock) {
        if (ask(parent, lockedQuestion(lock.error().message)) != QMessageBox::Open)
            return Error {};
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        return openBook(path, options);
    }
    if (Status header = BookFileCheck::checkHeader(path); !header)
        return offerRecovery(path, header.error().message, std::move(lock.value()), parent);
    const bool existed = QFileInfo(path).exists();
    auto book = openLocked(path, std::move(lock.value()));
    if (book || !existed)
        return book;
    // It would not open: damaged pages, or something else (a newer format, a foreign database) to just report.
    if (Status full = BookFileCheck::checkFully(path); !full)
        return recoverDamaged(path, full.error().message, parent);
    return book;
}

Result<std::unique_ptr<Database>> recoverDamaged(const QString &path, const QString &problem, QWidget *parent)
{
    auto lock = BookLock::acquire(path);
    if (!lock)
        return lock.error();
    return offerRecovery(path, problem, std::move(lock.value()), parent);
}

Result<std::unique_ptr<Database>> openDemoBook(QWidget *parent, int customers)
{
    const QString path = demoBookPath();
    if (QFile::exists(path))
        return open(path, parent);
    auto lock = BookLock::acquire(path);
    if (!lock)
        return lock.error();
    auto book = openLocked(path, std::move(lock.value()));
    if (!book)
        return book;

    QProgressDialog progress(QCoreApplication::translate("BookOpener", "Creating the demo book…"),
        QCoreApplication::translate("BookOpener", "Cancel"), 0, customers, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DemoGenerator::Options options;
    options.customers = customers;
    const Status status = DemoGenerator(book.value()->connection()).generate(options, [&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (!status) {
        book.value().reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return status.error();
    }
    return book;
}

} // namespace BookOpener

// A file dialog showing the folder of the open book must not loosen SQLite's hold on it. Opening and closing any
// file descriptor of a file drops every POSIX lock this process holds on that file, SQLite's included; Qt's
// dialog read the first bytes of the book (and of its -wal and -shm) to guess their type, after which another
// program reading the book deleted the window's write-ahead log, and every later save was lost (found by a
// review). The test looks at the kernel's lock table, /proc/locks, so it runs on Linux only.

#include "FileDialog.h"
#include "Book.h"
#include "UiTestSupport.h"
#include "repo/CustomerRepository.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

namespace {

#ifdef Q_OS_LINUX
// How many POSIX locks this process holds on the file.
int locksOn(const QString &path)
{
    struct stat info
    {
    };
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile table(QStringLiteral("/proc/locks"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(getpid()));
    const QByteArray inode = ':' + QByteArray::number(qulonglong(info.st_ino));
    int count = 0;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 5 && fields[1] == "POSIX" && fields[4] == pid && fields[5].endsWith(inode))
            ++count;
    }
    return count;
}

TEST(FileDialogTest, BrowsingTheBooksFolderKeepsTheBookLocked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("book.clientele"));
    auto book = openBook(path);
    ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
    Customer customer;
    customer.name = QStringLiteral("Before the dialog");
    ASSERT_TRUE(CustomerRepository(book.value()->connection()).create(customer).ok());
    const int held = locksOn(path);
    ASSERT_GT(held, 0) << "SQLite holds a shared lock on a book open in WAL mode";

    // The dialog lists the folder (a PDF of a quote saved beside the book, the default for many users) and
    // gathers every file's icon and type on its own thread, then is cancelled.
    bool listed = false;
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [&, poll] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, *poll);
            return;
        }
        auto *model = dialog->findChild<QFileSystemModel *>();
        if (model && model->rootPath() == dir.path()) {
            // Whatever the dialog shows of the folder (a name filter may hide the book), it reads in the time a
            // user looks at it.
            const QModelIndex folder = model->index(dir.path());
            for (int row = 0; row < model->rowCount(folder); ++row) {
                model->data(model->index(row, 0, folder), Qt::DecorationRole);
                model->data(model->index(row, 2, folder), Qt::DisplayRole); // the type column of the detail view
            }
            dialog->setViewMode(QFileDialog::Detail);
            listed = true;
            QTimer::singleShot(2000, dialog, &QDialog::reject);
            return;
        }
        QTimer::singleShot(20, *poll);
    };
    QTimer::singleShot(0, *poll);
    FileDialog::getSaveFileName(
        nullptr, QStringLiteral("Save"), dir.filePath(QStringLiteral("quote.pdf")), QStringLiteral("PDF (*.pdf)"));
    ASSERT_TRUE(listed);
    // Closing any descriptor of the file drops every POSIX lock the process holds on it: none would be left. The
    // count itself may differ from before (a reader of the book, such as the check that runs when a book is
    // opened, holds its own lock for a moment: a CI run once saw 2 here).
    EXPECT_GT(locksOn(path), 0) << "the dialog dropped SQLite's locks on the book (" << held << " before)";

    // And the book still works with another program reading it: a write after that read is in the file.
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("sqlite3"), { path, QStringLiteral("SELECT count(*) FROM customers") }), 0);
    customer.name = QStringLiteral("After the dialog");
    ASSERT_TRUE(CustomerRepository(book.value()->connection()).create(customer).ok());
    QProcess reader;
    reader.start(QStringLiteral("sqlite3"), { path, QStringLiteral("SELECT count(*) FROM customers") });
    ASSERT_TRUE(reader.waitForFinished());
    EXPECT_EQ(reader.readAllStandardOutput().trimmed(), QByteArray("2"));
}
#endif

} // namespace

#include "BookOpener.h"
#include "Book.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QStandardPaths>

namespace BookOpener {

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

Result<std::unique_ptr<Database>> open(const QString &path)
{
    return openBook(path);
}

Result<std::unique_ptr<Database>> openDemoBook(QWidget *parent, int customers)
{
    const QString path = demoBookPath();
    const bool exists = QFile::exists(path);
    auto book = openBook(path);
    if (!book || exists)
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

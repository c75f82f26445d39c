// A writer for the durability test (DurabilityTest.cpp, scripts/durability.sh): commits a stream of changes to a
// book and prints a line for each commit the moment it is acknowledged, until it is killed.
//
//   durability_writer BOOK customers   one customer per transaction: "committed ID"
//   durability_writer BOOK import      imports of 2,000 rows (one transaction each): "imported N" (N imports so far)
//   durability_writer BOOK backup      customers, and a verified backup after every 5: "committed ID", "backup PATH"

#include "Book.h"
#include "backup/BackupService.h"
#include "io/CustomerImporter.h"
#include "io/ImportMapping.h"
#include "io/TableReader.h"
#include "repo/CustomerRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

constexpr int kImportRows = 2000;

void report(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("error: %1\n").arg(message)), stderr);
    return 1;
}

QString importFile(const QString &bookPath)
{
    const QString path = bookPath + QStringLiteral(".import.csv");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("Name,City,Phone\n");
        for (int row = 0; row < kImportRows; ++row)
            file.write(
                QStringLiteral("导入客户 %1,杭州,1390000%2\n").arg(row).arg(row, 4, 10, QLatin1Char('0')).toUtf8());
    }
    return path;
}

int writeCustomers(Database &book, const QString &mode)
{
    CustomerRepository customers(book.connection());
    BackupSettings settings;
    settings.folder = book.path() + QStringLiteral(" backups");
    const BackupService backups(book.path(), settings);
    for (qint64 n = 1;; ++n) {
        Customer customer;
        customer.name = QStringLiteral("Durable %1").arg(n);
        customer.phones = { QStringLiteral("1380000%1").arg(n % 10000, 4, 10, QLatin1Char('0')) };
        auto id = customers.create(customer);
        if (!id)
            return fail(id.error().toString());
        report(QStringLiteral("committed %1").arg(id.value()));
        if (mode == QLatin1String("backup") && n % 5 == 0) {
            auto backup = backups.create();
            if (!backup)
                return fail(backup.error().toString());
            report(QStringLiteral("backup %1").arg(backup.value().path));
        }
    }
}

int writeImports(Database &book)
{
    const QString path = importFile(book.path());
    CustomerImporter importer(book.connection());
    ImportOptions options;
    options.setAllDuplicateActions(DuplicateAction::Create);
    for (int n = 1;; ++n) {
        auto reader = openTable(path);
        if (!reader)
            return fail(reader.error().toString());
        auto mapping = ImportMapping::guess(
            { QStringLiteral("Name"), QStringLiteral("City"), QStringLiteral("Phone") }, ImportTarget::Customers);
        auto result = importer.run(*reader.value(), mapping, options);
        if (!result || !result.value().committed)
            return fail(result ? QStringLiteral("the import was not committed") : result.error().toString());
        report(QStringLiteral("imported %1").arg(n));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: durability_writer BOOK customers|import|backup"));
    auto book = openBook(args[1]);
    if (!book)
        return fail(book.error().toString());
    return args[2] == QLatin1String("import") ? writeImports(*book.value()) : writeCustomers(*book.value(), args[2]);
}

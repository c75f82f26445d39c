#include "CliContext.h"
#include "io/BookTableExporter.h"
#include "io/CustomerExporter.h"
#include "io/CustomerImporter.h"
#include "io/ImportUndo.h"
#include "io/SalesImporter.h"
#include "io/TableReader.h"
#include "repo/CustomerRepository.h"

#include "repo/ImportPresetRepository.h"
#include <QJsonObject>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr int kProblemsShown = 20;

// --mapping names a preset saved in the book, or a JSON file {"header": "field"}.
Result<ImportMapping> chooseMapping(CliContext &context, const std::optional<QString> &mapping,
                                    ImportTarget target, const QStringList &headers)
{
    if (!mapping)
        return ImportMapping::guess(headers, target);
    if (QFileInfo(*mapping).isFile()) {
        QFile file(*mapping);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Cli::tr("cannot read the mapping \"%1\": %2").arg(*mapping, file.errorString()));
        auto read = ImportMapping::fromJson(QString::fromUtf8(file.readAll()), headers);
        if (!read)
            return Error(read.error().message, *mapping); // the message names the file it is about
        return read;
    }
    auto preset = ImportPresetRepository(context.db.connection()).mapping(target, *mapping);
    if (!preset)
        return preset.error();
    return ImportMapping::fromJson(preset.value(), headers);
}

Result<QStringList> readHeaders(const QString &path, const QString &sheet)
{
    auto reader = openTable(path);
    if (!reader)
        return reader.error();
    if (Status selected = reader.value()->selectSheet(sheet); !selected)
        return selected.error();
    QVariantList cells;
    if (!reader.value()->readRow(cells))
        return reader.value()->error() ? *reader.value()->error() : Error(Cli::tr("the file is empty"), path);
    QStringList headers;
    for (const QVariant &cell : std::as_const(cells))
        headers << ImportRowParser::cellText(cell);
    return headers;
}

void printProblems(CliContext &context, const ImportSummary &summary)
{
    for (int i = 0; i < summary.problems.size() && i < kProblemsShown; ++i) {
        const ImportProblem &problem = summary.problems[i];
        if (problem.column > 0) {
            context.err << Cli::tr("row %1, column %2 (%3): %4")
                               .arg(problem.row)
                               .arg(problem.column)
                               .arg(problem.header, problem.message)
                        << Qt::endl;
        } else {
            context.err << Cli::tr("row %1: %2").arg(problem.row).arg(problem.message) << Qt::endl;
        }
    }
    if (summary.problemCount > kProblemsShown)
        context.err << Cli::tr("... and %1 more problems (--errors FILE writes them all)")
                           .arg(summary.problemCount - kProblemsShown)
                    << Qt::endl;
}

int importFile(CliContext &context, ImportTarget target, const QString &path)
{
    const QString sheet = context.args.take(QStringLiteral("--sheet")).value_or(QString());
    const auto mappingName = context.args.take(QStringLiteral("--mapping"));
    const QString onDuplicate = context.args.take(QStringLiteral("--on-duplicate")).value_or(QStringLiteral("skip"));
    const auto errorsPath = context.args.take(QStringLiteral("--errors"));
    const auto duplicatesPath = context.args.take(QStringLiteral("--duplicates"));
    ImportOptions options;
    options.target = target;
    options.validOnly = context.args.takeFlag(QStringLiteral("--valid-only"));
    options.source = QFileInfo(path).fileName();
    const bool checkOnly = context.args.takeFlag(QStringLiteral("--check"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    const auto action = duplicateActionFromString(onDuplicate);
    if (!action)
        return context.fail(
            Cli::tr("--on-duplicate must be skip, update or create, not \"%1\"").arg(onDuplicate), ExitUsage);
    options.setAllDuplicateActions(*action);

    auto headers = readHeaders(path, sheet);
    if (!headers)
        return context.fail(headers.error().toString());
    auto mapping = chooseMapping(context, mappingName, target, headers.value());
    auto reader = openTable(path);
    if (!reader)
        return context.fail(reader.error().toString());
    // The first sheet of a workbook is often a cover or notes: a failure on it names the others.
    const QStringList sheets = reader.value()->sheetNames();
    const auto failOnSheet = [&](const QString &message) {
        if (!sheet.isEmpty() || sheets.size() < 2)
            return context.fail(message);
        return context.fail(message + QLatin1Char(' ')
            + Cli::tr("(This is the sheet \"%1\"; the workbook also has %2: choose one with --sheet NAME.)")
                  .arg(sheets.first(), QStringList(sheets.mid(1)).join(QStringLiteral(", "))));
    };
    if (!mapping)
        return failOnSheet(mapping.error().toString());
    if (Status selected = reader.value()->selectSheet(sheet); !selected)
        return context.fail(selected.error().toString());
    auto result = importTable(context.db.connection(), *reader.value(), mapping.value(), options, !checkOnly);
    if (!result)
        return failOnSheet(result.error().toString());
    const ImportSummary &summary = result.value();
    printProblems(context, summary);
    if (errorsPath) {
        if (Status written = CustomerImporter::writeProblems(summary, *errorsPath); !written)
            return context.fail(written.error().toString());
    }
    if (duplicatesPath) {
        if (Status written = CustomerImporter::writeDuplicates(summary, target, *duplicatesPath); !written)
            return context.fail(written.error().toString());
    }
    // --check writes nothing: it says what an import would do.
    // An import that was not committed (all or nothing) created nothing: its counts are what it would have done.
    context.out << (checkOnly ? Cli::tr("Rows read: %1 (%2). Nothing was written (--check). An import would create "
                                        "%3, update %4, skip %5 duplicates; rows with problems: %6.")
            : !summary.committed
            ? Cli::tr("Rows read: %1 (%2). Nothing was written. The import would have created %3, updated "
                      "%4 and skipped %5 duplicates; rows with problems: %6.")
            : Cli::tr("Rows read: %1 (%2). Created: %3, updated: %4, duplicates skipped: %5, with "
                      "problems: %6."))
                       .arg(summary.rows)
                       .arg(summary.fileFormat)
                       .arg(summary.created)
                       .arg(summary.updated)
                       .arg(summary.skipped)
                       .arg(summary.invalidRows)
                << Qt::endl;
    // A company on several rows, one contact on each: the later rows join the earlier row's customer.
    if (summary.joinedRows > 0)
        context.out << (checkOnly || !summary.committed
                ? Cli::tr("Rows repeating an earlier row's customer with another contact, phone or e-mail address, "
                          "which an import would add to that customer: %1")
                : Cli::tr("Rows repeating an earlier row's customer with another contact, phone or e-mail address, "
                          "added to that customer: %1"))
                           .arg(summary.joinedRows)
                    << Qt::endl;
    // A sales rep the book does not know is added by the import: said, as the wizard does, since it may be a typo.
    if (!summary.newOwners.isEmpty())
        context.out << (checkOnly || !summary.committed
                ? Cli::tr("Sales reps the book does not have yet, which an import would add: %1")
                : Cli::tr("Sales reps added to the book: %1"))
                           .arg(summary.newOwners.join(QStringLiteral(", ")))
                    << Qt::endl;
    if (!summary.leftOut.isEmpty())
        context.out << CustomerImporter::leftOutText(summary.leftOut) << Qt::endl;
    if (checkOnly)
        return summary.invalidRows == 0 ? ExitOk : ExitFailed;
    if (!summary.committed) {
        return context.fail(summary.invalidRows > 0
                ? Cli::tr("nothing was imported: fix the rows above or use --valid-only")
                : Cli::tr("nothing was imported"));
    }
    if (summary.imported() == 0)
        return context.fail(Cli::tr("nothing was imported: every row was a duplicate or had a problem"));
    return ExitOk;
}

Result<QList<CustomerColumn>> chooseColumns(const std::optional<QString> &list, bool trash)
{
    if (!list)
        return CustomerExporter::allColumns(trash);
    QList<CustomerColumn> columns;
    for (const QString &key : list->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto column = CustomerExporter::columnFromKey(key.trimmed());
        if (!column)
            return Error(Cli::tr("unknown column \"%1\" in --columns").arg(key.trimmed()));
        columns << *column;
    }
    return columns;
}

std::optional<BookTableExporter::Table> bookTable(const QString &what)
{
    if (what == QLatin1String("contacts"))
        return BookTableExporter::Table::Contacts;
    if (what == QLatin1String("products"))
        return BookTableExporter::Table::Products;
    if (what == QLatin1String("orders"))
        return BookTableExporter::Table::OrderLines;
    return std::nullopt;
}

QString writtenMessage(BookTableExporter::Table table, qint64 rows, const QString &path)
{
    switch (table) {
    case BookTableExporter::Table::Contacts:
        return Cli::tr("%n contact(s) written to %1", nullptr, int(rows)).arg(path);
    case BookTableExporter::Table::Products:
        return Cli::tr("%n product(s) written to %1", nullptr, int(rows)).arg(path);
    case BookTableExporter::Table::OrderLines:
        return Cli::tr("%n order line(s) written to %1", nullptr, int(rows)).arg(path);
    }
    return {};
}

int exportCustomers(CliContext &context, const QString &path, const CustomerQuery &query,
    const std::optional<QString> &columnList, bool anonymise, const TableWriterOptions &options)
{
    auto columns = chooseColumns(columnList, query.trash);
    if (!columns)
        return context.fail(columns.error().toString(), ExitUsage);
    CustomerExporter exporter(context.db.connection());
    exporter.setAnonymise(anonymise);
    exporter.setInternationalPhones(true); // a file for another program or book, read in whatever phone region
    auto result = exporter.exportTo(path, query, columns.value(), options);
    if (!result)
        return context.fail(result.error().toString());
    for (const QString &warning : result.value().warnings)
        context.err << warning << Qt::endl;
    context.out << Cli::tr("%n customer(s) written to %1", nullptr, int(result.value().rows)).arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace

namespace {

// import undo ENTRY --yes: the customers the import of that audit entry created go to the trash.
int undoImport(CliContext &context)
{
    const auto entryText = context.args.takePositional();
    const bool yes = context.args.takeFlag(QStringLiteral("--yes"));
    bool ok = false;
    const qint64 entry = entryText.value_or(QString()).toLongLong(&ok);
    if (!ok || entry <= 0)
        return context.fail(Cli::tr("usage: import undo ENTRY --yes (ENTRY: the import's id in audit list --action "
                                    "import)"),
            ExitUsage);
    auto found = ImportUndo::find(context.db.connection(), entry);
    if (!found)
        return context.fail(found.error().toString());
    const ImportUndo::Found &import = found.value();
    if (import.inBook.isEmpty())
        return context.fail(Cli::tr("the customers created by import %1 are no longer in the list: they are in the "
                                    "trash, merged, deleted or erased")
                                .arg(entry));
    // What leaves the lists and reports with them, as the Audit page's question says it.
    QStringList records;
    for (auto it = import.businessRecords.constBegin(); it != import.businessRecords.constEnd(); ++it)
        records << QStringLiteral("%1: %2").arg(it.key()).arg(it.value()); // orders: 1
    const QString with = records.isEmpty() ? QString()
                                           : QLatin1Char(' ')
            + Cli::tr("(with %1, which leave the lists and reports)").arg(records.join(QStringLiteral(", ")));
    if (!yes)
        return context.fail(Cli::tr("%n customer(s) created by import %1 would go to the trash; add --yes to do it",
                                nullptr, int(import.inBook.size()))
                                .arg(entry)
                + with,
            ExitUsage);
    const QString file = import.entry.changes.value(QStringLiteral("file")).toString();
    if (Status moved
        = CustomerRepository(context.db.connection())
              .moveToTrash(import.inBook,
                  QJsonObject { { QStringLiteral("undoes_import"), file.isEmpty() ? QString::number(entry) : file } });
        !moved)
        return context.fail(moved.error().toString());
    context.out << Cli::tr("%n customer(s) moved to the trash.", nullptr, int(import.inBook.size())) << with
                << Qt::endl;
    if (import.updated > 0)
        context.out << Cli::tr("%n customer(s) the import updated keep its changes.", nullptr, int(import.updated))
                    << Qt::endl;
    return ExitOk;
}

} // namespace

int runImportCommand(CliContext &context)
{
    const QString what = context.args.takePositional().value_or(QString());
    if (what == QLatin1String("undo"))
        return undoImport(context);
    const auto path = context.args.takePositional();
    const auto target = importTargetFromString(what);
    if (!target || !path)
        return context.fail(
            Cli::tr("usage: import customers|contacts|products|orders FILE [options] (see --help)"), ExitUsage);
    return importFile(context, *target, *path);
}

int runExportCommand(CliContext &context)
{
    const QString what = context.args.takePositional().value_or(QString());
    const auto path = context.args.takePositional();
    CustomerQuery query;
    query.search = context.args.take(QStringLiteral("--search")).value_or(QString());
    query.trash = context.args.takeFlag(QStringLiteral("--trash"));
    const bool anonymise = context.args.takeFlag(QStringLiteral("--anonymise"));
    query.withMarketingConsent = context.args.takeFlag(QStringLiteral("--with-consent"));
    const auto columnList = context.args.take(QStringLiteral("--columns"));
    const QString encoding = context.args.take(QStringLiteral("--encoding")).value_or(QStringLiteral("utf8-bom"));
    const QString fromText = context.args.take(QStringLiteral("--from")).value_or(QString());
    const QString toText = context.args.take(QStringLiteral("--to")).value_or(QString());
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    const auto table = bookTable(what);
    if ((what != QLatin1String("customers") && !table) || !path)
        return context.fail(
            Cli::tr("usage: export customers|contacts|products|orders OUT.xlsx|OUT.csv [options] (see --help)"),
            ExitUsage);
    if (const QString suffix = QFileInfo(*path).suffix().toLower();
        suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return context.fail(
            Cli::tr("%1: the file name must end in .xlsx or .csv, which says how to write it").arg(*path), ExitUsage);
    if (const QString problem = context.outputProblem(*path); !problem.isEmpty())
        return context.fail(problem, ExitUsage);
    TableWriterOptions options;
    if (encoding == QLatin1String("gbk"))
        options.csvEncoding = CsvEncoding::Gbk;
    else if (encoding == QLatin1String("big5"))
        options.csvEncoding = CsvEncoding::Big5;
    else if (encoding == QLatin1String("utf8"))
        options.csvEncoding = CsvEncoding::Utf8;
    else if (encoding != QLatin1String("utf8-bom"))
        return context.fail(
            Cli::tr("--encoding must be utf8-bom, utf8, gbk or big5, not \"%1\"").arg(encoding), ExitUsage);
    if (!table) {
        if (!fromText.isEmpty() || !toText.isEmpty())
            return context.fail(
                Cli::tr("%1 does not apply to export %2").arg(QStringLiteral("--from/--to"), what), ExitUsage);
        return exportCustomers(context, *path, query, columnList, anonymise, options);
    }

    // Options that only the customer list has are refused rather than ignored.
    const auto refused = [&]() -> QString {
        if (query.trash)
            return QStringLiteral("--trash");
        if (anonymise)
            return QStringLiteral("--anonymise");
        if (query.withMarketingConsent && *table != BookTableExporter::Table::Contacts)
            return QStringLiteral("--with-consent");
        if (columnList)
            return QStringLiteral("--columns");
        if ((!fromText.isEmpty() || !toText.isEmpty()) && *table != BookTableExporter::Table::OrderLines)
            return QStringLiteral("--from/--to");
        if (!query.search.isEmpty() && *table == BookTableExporter::Table::Products)
            return QStringLiteral("--search");
        return {};
    }();
    if (!refused.isEmpty())
        return context.fail(Cli::tr("%1 does not apply to export %2").arg(refused, what), ExitUsage);
    BookTableExporter::Filter filter;
    filter.customers = query;
    filter.from = QDate::fromString(fromText, Qt::ISODate);
    filter.to = QDate::fromString(toText, Qt::ISODate);
    if ((!fromText.isEmpty() && !filter.from.isValid()) || (!toText.isEmpty() && !filter.to.isValid()))
        return context.fail(Cli::tr("--from and --to must be dates like 2026-03-31"), ExitUsage);
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return context.fail(Cli::tr("--to %1 is before --from %2").arg(toText, fromText), ExitUsage);

    BookTableExporter exporter(context.db.connection());
    auto result = exporter.exportTo(*path, *table, filter, options);
    if (!result)
        return context.fail(result.error().toString());
    for (const QString &warning : result.value().warnings)
        context.err << warning << Qt::endl;
    context.out << writtenMessage(*table, result.value().rows, *path) << Qt::endl;
    return ExitOk;
}

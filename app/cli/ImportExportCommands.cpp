#include "CliContext.h"
#include "io/CustomerExporter.h"
#include "io/CustomerImporter.h"
#include "io/SalesImporter.h"
#include "io/TableReader.h"
#include "repo/ImportPresetRepository.h"

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
    QString json;
    if (QFileInfo(*mapping).isFile()) {
        QFile file(*mapping);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Cli::tr("cannot read the mapping \"%1\": %2").arg(*mapping, file.errorString()));
        json = QString::fromUtf8(file.readAll());
    } else {
        auto preset = ImportPresetRepository(context.db.connection()).mapping(target, *mapping);
        if (!preset)
            return preset.error();
        json = preset.value();
    }
    return ImportMapping::fromJson(json, headers);
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
    ImportOptions options;
    options.target = target;
    options.validOnly = context.args.takeFlag(QStringLiteral("--valid-only"));
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
    if (!mapping)
        return context.fail(mapping.error().toString());
    auto reader = openTable(path);
    if (!reader)
        return context.fail(reader.error().toString());
    if (Status selected = reader.value()->selectSheet(sheet); !selected)
        return context.fail(selected.error().toString());
    auto result = importTable(context.db.connection(), *reader.value(), mapping.value(), options, !checkOnly);
    if (!result)
        return context.fail(result.error().toString());
    const ImportSummary &summary = result.value();
    printProblems(context, summary);
    if (errorsPath) {
        if (Status written = CustomerImporter::writeProblems(summary, *errorsPath); !written)
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

} // namespace

int runImportCommand(CliContext &context)
{
    const QString what = context.args.takePositional().value_or(QString());
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
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (what != QLatin1String("customers") || !path)
        return context.fail(Cli::tr("usage: export customers OUT.xlsx|OUT.csv [options] (see --help)"), ExitUsage);
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
    auto columns = chooseColumns(columnList, query.trash);
    if (!columns)
        return context.fail(columns.error().toString(), ExitUsage);

    CustomerExporter exporter(context.db.connection());
    exporter.setAnonymise(anonymise);
    auto result = exporter.exportTo(*path, query, columns.value(), options);
    if (!result)
        return context.fail(result.error().toString());
    for (const QString &warning : result.value().warnings)
        context.err << warning << Qt::endl;
    context.out << Cli::tr("%1 customers written to %2").arg(result.value().rows).arg(*path) << Qt::endl;
    return ExitOk;
}

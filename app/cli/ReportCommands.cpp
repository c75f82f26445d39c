#include "CliContext.h"
#include "CliLanguage.h"
#include "Clock.h"
#include "ViewReport.h"
#include "analytics/Clustering.h"
#include "analytics/Lifecycle.h"
#include "analytics/Pareto.h"
#include "analytics/Rfm.h"
#include "domain/Money.h"
#include "io/CsvWriter.h"
#include "print/Letterhead.h"
#include "repo/LookupRepository.h"
#include "repo/SalesHistoryRepository.h"
#include "reports/AnalysisReport.h"
#include "services/SalesAnalysis.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

// What a report prints: named columns and rows of plain values (numbers stay numbers in JSON).
struct ReportTable
{
    QStringList columns;
    QList<QVariantList> rows;
};

void print(CliContext &context, const ReportTable &table, const QString &format)
{
    if (format == QLatin1String("csv")) {
        context.out << Csv::line(table.columns);
        for (const QVariantList &row : table.rows) {
            QStringList fields;
            for (const QVariant &value : row)
                fields << Csv::neutralised(value.toString());
            context.out << Csv::line(fields);
        }
        return;
    }
    QJsonArray array;
    for (const QVariantList &row : table.rows) {
        QJsonObject object;
        for (int i = 0; i < table.columns.size(); ++i)
            object.insert(table.columns[i], QJsonValue::fromVariant(row.value(i)));
        array.append(object);
    }
    context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// The options every report takes: the sales to read, the as-of date and the output format.
struct ReportOptions
{
    SalesQuery sales;
    QDate asOf;
    QString format;
};

std::optional<QDate> dateOption(CliContext &context, const QString &name, QString *problem)
{
    const auto text = context.args.take(name);
    if (!text)
        return QDate();
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid()) {
        *problem = Cli::tr("%1 must be a date such as 2026-06-30, not \"%2\"").arg(name, *text);
        return std::nullopt;
    }
    return date;
}

Result<ReportOptions> reportOptions(CliContext &context)
{
    ReportOptions options;
    QString problem;
    const auto asOf = dateOption(context, QStringLiteral("--as-of"), &problem);
    const auto from = dateOption(context, QStringLiteral("--from"), &problem);
    const auto to = dateOption(context, QStringLiteral("--to"), &problem);
    if (!asOf || !from || !to)
        return Error { problem };
    // A report of a past period is seen from its end, as it was then: its churn months, lapsed customers and
    // prospects stop at --to, unless --as-of says otherwise.
    options.asOf = asOf->isValid() ? *asOf : to->isValid() ? *to : Clock::instance().nowUtc().toLocalTime().date();
    options.sales.from = *from;
    options.sales.to = to->isValid() ? *to : options.asOf;
    options.format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (options.format != QLatin1String("csv") && options.format != QLatin1String("json"))
        return Error { Cli::tr("--format must be csv or json, not \"%1\"").arg(options.format) };
    options.sales.province = context.args.take(QStringLiteral("--province")).value_or(QString());
    options.sales.tier = context.args.take(QStringLiteral("--tier")).value_or(QString());
    options.sales.productCategory = context.args.take(QStringLiteral("--category")).value_or(QString());
    if (const auto owner = context.args.take(QStringLiteral("--owner"))) {
        auto id = LookupRepository(context.db.connection()).ownerByName(*owner);
        if (!id)
            return id.error();
        if (id.value() == 0)
            return Error { Cli::tr("there is no owner named \"%1\"").arg(*owner) };
        options.sales.ownerId = id.value();
    }
    const auto currency = context.args.take(QStringLiteral("--currency"));
    if (currency) {
        options.sales.currency = currency->toUpper();
    } else {
        auto used = SalesHistoryRepository(context.db.connection()).currencies();
        if (!used)
            return used.error();
        options.sales.currency = used.value().value(0, QStringLiteral("CNY"));
    }
    if (Money::decimals(options.sales.currency) < 0)
        return Error { Cli::tr("unknown currency \"%1\"").arg(options.sales.currency) };
    return options;
}

QString amount(qint64 minor, const QString &currency)
{
    return Money::format(minor, Money::decimals(currency), false);
}

QString share(double fraction)
{
    return QString::number(fraction, 'f', 4);
}

Result<QHash<qint64, QString>> customerNames(CliContext &context)
{
    QSqlQuery query(context.db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM customers WHERE deleted_at IS NULL")))
        return Error { Cli::tr("cannot read the customers' names") };
    QHash<qint64, QString> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

Result<ReportTable> rfmReport(CliContext &context, const ReportOptions &options)
{
    auto totals = SalesHistoryRepository(context.db.connection()).totals(options.sales);
    auto names = customerNames(context);
    if (!totals)
        return totals.error();
    if (!names)
        return names.error();
    ReportTable table { { QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("recency_days"),
                            QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("r"),
                            QStringLiteral("f"), QStringLiteral("m"), QStringLiteral("segment") },
        {} };
    for (const RfmScore &s : Rfm::score(totals.value(), options.asOf))
        table.rows.append({ s.customerId, names.value().value(s.customerId), s.recencyDays, s.frequency,
            amount(s.monetary, options.sales.currency), s.r, s.f, s.m, Rfm::key(s.segment) });
    return table;
}

Result<ReportTable> abcReport(CliContext &context, const ReportOptions &options)
{
    const QString by = context.args.take(QStringLiteral("--by")).value_or(QStringLiteral("profit"));
    if (by != QLatin1String("revenue") && by != QLatin1String("profit"))
        return Error { Cli::tr("--by must be revenue or profit, not \"%1\"").arg(by) };
    auto totals = SalesHistoryRepository(context.db.connection()).totals(options.sales);
    auto names = customerNames(context);
    if (!totals)
        return totals.error();
    if (!names)
        return names.error();
    QList<CustomerValue> values;
    for (const CustomerTotals &t : totals.value())
        values << CustomerValue { t.customerId, by == QLatin1String("profit") ? t.profit : t.revenue };
    ReportTable table { { QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("rank"), by,
                            QStringLiteral("cumulative_share"), QStringLiteral("class") },
        {} };
    for (const ParetoRow &row : Pareto::classify(values).rows)
        table.rows.append({ row.customerId, names.value().value(row.customerId), row.rank,
            amount(row.value, options.sales.currency), share(row.cumulativeShare), Pareto::key(row.abc) });
    return table;
}

Result<ReportTable> lifecycleReport(CliContext &context, const ReportOptions &options)
{
    SalesQuery sales = options.sales;
    sales.from = {}; // a customer's lifecycle depends on their whole history up to the as-of date
    sales.to = options.asOf;
    auto histories = SalesHistoryRepository(context.db.connection()).purchaseHistories(sales);
    if (!histories)
        return histories.error();
    ReportTable table { { QStringLiteral("customer_id"), QStringLiteral("state"),
                            QStringLiteral("days_since_last_purchase"), QStringLiteral("usual_interval_days"),
                            QStringLiteral("profit") },
        {} };
    for (const LifecycleRow &row : Lifecycle::classify(histories.value(), options.asOf, Lifecycle::Options {}))
        table.rows.append({ row.customerId, Lifecycle::key(row.state),
            row.daysSinceLastPurchase < 0 ? QVariant() : QVariant(row.daysSinceLastPurchase), row.usualIntervalDays,
            amount(row.value, options.sales.currency) });
    return table;
}

Result<ReportTable> clustersReport(CliContext &context, const ReportOptions &options)
{
    const QString kText = context.args.take(QStringLiteral("--k")).value_or(QString());
    const QString seedText = context.args.take(QStringLiteral("--seed")).value_or(QStringLiteral("1"));
    bool seedOk = false;
    const quint64 seed = seedText.toULongLong(&seedOk);
    if (!seedOk)
        return Error { Cli::tr("--seed must be a whole number, not \"%1\"").arg(seedText) };
    auto totals = SalesHistoryRepository(context.db.connection()).totals(options.sales);
    if (!totals)
        return totals.error();
    const QList<RfmScore> scores = Rfm::score(totals.value(), options.asOf);
    bool kOk = true;
    const int k = kText.isEmpty() ? Clustering::suggestK(scores, seed) : kText.toInt(&kOk);
    if (!kOk || k < 1 || k > 20)
        return Error { Cli::tr("--k must be a number from 1 to 20, not \"%1\"").arg(kText) };
    const ClusteringResult result = Clustering::cluster(scores, k, seed);
    ReportTable table { { QStringLiteral("customer_id"), QStringLiteral("cluster"), QStringLiteral("recency_days"),
                            QStringLiteral("frequency"), QStringLiteral("monetary"),
                            QStringLiteral("cluster_description") },
        {} };
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const RfmScore &s = scores[i];
        const ClusterProfile &profile = result.clusters[result.assignment[i]];
        table.rows.append({ s.customerId, profile.cluster + 1, s.recencyDays, s.frequency,
            amount(s.monetary, options.sales.currency), profile.description });
    }
    return table;
}

// The printed customer analysis as a PDF, in English or Chinese.
Result<ReportTable> viewReport(CliContext &context, const ReportOptions &options)
{
    auto table = viewsReport(context, options.sales, options.asOf);
    if (!table)
        return table.error();
    return ReportTable { table.value().columns, table.value().rows };
}

int writeReportPdf(CliContext &context, const ReportOptions &options)
{
    const QString path = context.args.takePositional().value_or(QString());
    const QString language = context.args.take(QStringLiteral("--language")).value_or(QStringLiteral("en"));
    const QString k = context.args.take(QStringLiteral("--k")).value_or(QStringLiteral("0"));
    if (path.isEmpty())
        return context.fail(Cli::tr("report pdf needs the name of the PDF file to write"), ExitUsage);
    if (const QString problem = context.outputProblem(path); !problem.isEmpty())
        return context.fail(problem, ExitUsage);
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    static const QStringList languages { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW") };
    if (!languages.contains(language))
        return context.fail(Cli::tr("--language must be en, zh_CN or zh_TW, not \"%1\"").arg(language), ExitUsage);
    CliLanguage::switchTo(language);
    QLocale::setDefault(QLocale(language));

    SalesAnalysisOptions analysis;
    analysis.sales = options.sales;
    analysis.asOf = options.asOf;
    analysis.clusters = k.toInt();
    auto result = SalesAnalysis::run(context.db.connection(), analysis);
    if (!result)
        return context.fail(result.error().toString());
    if (result.value().rfm.isEmpty())
        return context.fail(Cli::tr("no customer bought in the period, so there is nothing to analyse: no PDF written "
                                    "(the analysis is made from orders; try an earlier --from or other filters)"));
    const auto letterhead = Letterhead::load(context.db.connection());
    QString company = letterhead ? letterhead.value().companyName : QString();
    if (company.isEmpty())
        company = QFileInfo(context.db.path()).completeBaseName();
    if (Status status = AnalysisReport(std::move(result).value(), company).writePdf(path); !status)
        return context.fail(status.error().toString());
    return ExitOk;
}

} // namespace

int runReportCommand(CliContext &context)
{
    const QString kind = context.args.takePositional().value_or(QString());
    if (kind == QLatin1String("customer"))
        return runCustomerReportCommand(context);
    static const QStringList kinds { QStringLiteral("rfm"), QStringLiteral("abc"), QStringLiteral("lifecycle"),
        QStringLiteral("clusters"), QStringLiteral("views"), QStringLiteral("pdf"), QStringLiteral("customer") };
    if (!kinds.contains(kind))
        return context.fail(Cli::tr("report needs one of: %1").arg(kinds.join(QStringLiteral(", "))), ExitUsage);
    auto options = reportOptions(context);
    if (!options)
        return context.fail(options.error().toString(), ExitUsage);
    if (kind == QLatin1String("pdf"))
        return writeReportPdf(context, options.value());
    Result<ReportTable> table = kind == QLatin1String("rfm") ? rfmReport(context, options.value())
        : kind == QLatin1String("abc")                       ? abcReport(context, options.value())
        : kind == QLatin1String("lifecycle")                 ? lifecycleReport(context, options.value())
        : kind == QLatin1String("views")                     ? viewReport(context, options.value())
                                                             : clustersReport(context, options.value());
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (!table)
        return context.fail(table.error().toString());
    print(context, table.value(), options.value().format);
    return ExitOk;
}

#include "CliContext.h"
#include "Clock.h"
#include "domain/Money.h"
#include "io/CalendarExporter.h"
#include "io/CsvWriter.h"
#include "repo/ActivityRepository.h"
#include "repo/ContractRepository.h"
#include "repo/LookupRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList kAgendaColumns { QStringLiteral("section"), QStringLiteral("id"), QStringLiteral("due"),
    QStringLiteral("due_utc"), QStringLiteral("all_day"), QStringLiteral("type"), QStringLiteral("subject"),
    QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("owner"), QStringLiteral("priority"),
    QStringLiteral("recurrence"), QStringLiteral("uuid") };

const QStringList kRenewalColumns { QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("title"),
    QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("days_left"), QStringLiteral("value"),
    QStringLiteral("currency"), QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("auto_renew"),
    QStringLiteral("notice_days") };

// Rows as CSV (a header first) or as a JSON array of objects keyed by the column names.
void printRows(CliContext &context, const QString &format, const QStringList &columns, const QList<QStringList> &rows)
{
    if (format == QLatin1String("csv")) {
        context.out << Csv::line(columns);
        for (const QStringList &row : rows)
            context.out << Csv::line(row);
        return;
    }
    QJsonArray array;
    for (const QStringList &row : rows) {
        QJsonObject object;
        for (int i = 0; i < columns.size(); ++i)
            object.insert(columns[i], row.value(i));
        array.append(object);
    }
    context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// The owner named on the command line (0 for none given), or an error message.
std::optional<qint64> ownerOption(CliContext &context, const std::optional<QString> &name, QString *problem)
{
    if (!name)
        return 0;
    auto id = LookupRepository(context.db.connection()).ownerByName(*name);
    if (!id) {
        *problem = id.error().toString();
        return std::nullopt;
    }
    if (id.value() == 0) {
        *problem = Cli::tr("there is no owner named \"%1\"").arg(*name);
        return std::nullopt;
    }
    return id.value();
}

std::optional<QDate> dateOption(const std::optional<QString> &text, const QString &option, QString *problem)
{
    if (!text)
        return Clock::instance().today();
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10) {
        *problem = Cli::tr("%1 must be a date as YYYY-MM-DD, not \"%2\"").arg(option, *text);
        return std::nullopt;
    }
    return date;
}

QStringList agendaRow(const QString &section, const Activity &a)
{
    const QString due = a.allDay ? a.dueDate.toString(Qt::ISODate)
                                 : a.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    return { section, QString::number(a.id), due, a.allDay ? QString() : Database::timestamp(a.dueAt),
        a.allDay ? QStringLiteral("yes") : QStringLiteral("no"), toString(a.type), a.subject, a.customerName,
        a.contactName, a.ownerName, toString(a.priority), a.recurrence.toRule(), a.uuid };
}

QString plainAmount(const Amount &amount)
{
    return Money::format(amount.minor, amount.decimals(), false);
}

} // namespace

int runAgendaCommand(CliContext &context)
{
    const auto dateText = context.args.take(QStringLiteral("--date"));
    const auto ownerName = context.args.take(QStringLiteral("--owner"));
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(Cli::tr("--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    QString problem;
    const auto date = dateOption(dateText, QStringLiteral("--date"), &problem);
    if (!date)
        return context.fail(problem, ExitUsage);
    const auto owner = ownerOption(context, ownerName, &problem);
    if (!owner)
        return context.fail(problem, ExitUsage);
    auto agenda = ActivityRepository(context.db.connection()).agenda({ *date, *owner, 1000000 });
    if (!agenda)
        return context.fail(agenda.error().toString());
    QList<QStringList> rows;
    for (const Activity &a : std::as_const(agenda.value().overdue.items))
        rows << agendaRow(QStringLiteral("overdue"), a);
    for (const Activity &a : std::as_const(agenda.value().today.items))
        rows << agendaRow(QStringLiteral("today"), a);
    for (const Activity &a : std::as_const(agenda.value().nextDays.items))
        rows << agendaRow(QStringLiteral("next7days"), a);
    printRows(context, format, kAgendaColumns, rows);
    return ExitOk;
}

int runRenewalsCommand(CliContext &context)
{
    const auto withinText = context.args.take(QStringLiteral("--within"));
    const auto asOfText = context.args.take(QStringLiteral("--as-of"));
    const auto ownerName = context.args.take(QStringLiteral("--owner"));
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (!withinText)
        return context.fail(Cli::tr("renewals needs --within DAYS"), ExitUsage);
    bool ok = false;
    const int within = withinText->toInt(&ok);
    if (!ok || within < 0 || within > 36500)
        return context.fail(Cli::tr("--within must be a number of days, not \"%1\"").arg(*withinText), ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(Cli::tr("--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    QString problem;
    const auto asOf = dateOption(asOfText, QStringLiteral("--as-of"), &problem);
    if (!asOf)
        return context.fail(problem, ExitUsage);
    const auto owner = ownerOption(context, ownerName, &problem);
    if (!owner)
        return context.fail(problem, ExitUsage);
    auto contracts = ContractRepository(context.db.connection()).ending(*asOf, asOf->addDays(within), *owner);
    if (!contracts)
        return context.fail(contracts.error().toString());
    QList<QStringList> rows;
    for (const Contract &k : std::as_const(contracts.value())) {
        rows << QStringList { k.number, k.customerName, k.title, k.startDate.toString(Qt::ISODate),
            k.endDate.toString(Qt::ISODate), QString::number(asOf->daysTo(k.endDate)), plainAmount(k.value),
            k.value.currency, k.ownerName, toString(k.statusOn(*asOf)),
            k.autoRenew ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(k.noticeDays) };
    }
    printRows(context, format, kRenewalColumns, rows);
    return ExitOk;
}

namespace {

int runExportIcs(CliContext &context)
{
    const auto path = context.args.takePositional();
    const auto ownerName = context.args.take(QStringLiteral("--owner"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (!path || path->isEmpty())
        return context.fail(Cli::tr("activities export-ics needs the file to write, e.g. follow-ups.ics"), ExitUsage);
    if (const QString problem = context.outputProblem(*path); !problem.isEmpty())
        return context.fail(problem, ExitUsage);
    QString problem;
    const auto owner = ownerOption(context, ownerName, &problem);
    if (!owner)
        return context.fail(problem, ExitUsage);
    auto written = CalendarExporter(context.db.connection()).exportPlanned(*path, *owner, Clock::instance().nowUtc());
    if (!written)
        return context.fail(written.error().toString());
    context.err << Cli::tr("Wrote %1 follow-ups to %2.").arg(written.value()).arg(*path) << Qt::endl;
    return ExitOk;
}

} // namespace

int runActivitiesCommand(CliContext &context)
{
    const QString sub = context.args.takePositional().value_or(QString());
    if (sub == QLatin1String("export-ics"))
        return runExportIcs(context);
    return context.fail(Cli::tr("activities needs a subcommand: export-ics OUT.ics"), ExitUsage);
}

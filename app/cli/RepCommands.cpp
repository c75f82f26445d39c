#include "CliContext.h"
#include "io/CsvWriter.h"
#include "services/SalesRepHandover.h"
#include "services/SalesReps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A rep named on the command line: by id, or by name regardless of letter case.
std::optional<SalesReps::Rep> findRep(const QList<SalesReps::Rep> &reps, const QString &word)
{
    bool isId = false;
    const qint64 id = word.toLongLong(&isId);
    for (const SalesReps::Rep &rep : reps) {
        if ((isId && rep.id == id) || rep.name.compare(word.trimmed(), Qt::CaseInsensitive) == 0)
            return rep;
    }
    return std::nullopt;
}

int listReps(CliContext &context, const QList<SalesReps::Rep> &reps, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const SalesReps::Rep &rep : reps)
            array.append(QJsonObject { { QStringLiteral("id"), rep.id }, { QStringLiteral("name"), rep.name },
                { QStringLiteral("email"), rep.email }, { QStringLiteral("customers"), rep.customers } });
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    context.out << Csv::line(
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("customers") });
    for (const SalesReps::Rep &rep : reps)
        context.out << Csv::line({ QString::number(rep.id), rep.name, rep.email, QString::number(rep.customers) });
    return ExitOk;
}

int handOver(CliContext &context, const QList<SalesReps::Rep> &reps, const QString &fromWord, const QString &toWord)
{
    const auto from = findRep(reps, fromWord);
    const auto to = findRep(reps, toWord);
    for (const auto &[rep, word] : { std::pair { &from, fromWord }, std::pair { &to, toWord } }) {
        if (!*rep)
            return context.fail(Cli::tr("there is no sales rep \"%1\" (see reps list)").arg(word), ExitUsage);
    }
    auto moved = SalesRepHandover(context.db.connection()).handOver(from->id, to->id);
    if (!moved)
        return context.fail(moved.error().toString());
    const SalesRepHandover::Work &work = moved.value();
    context.out << Cli::tr("Handed over from %1 to %2: customers %3, planned follow-ups %4, open quotes %5, "
                           "contracts %6, open complaints %7.")
                       .arg(from->name, to->name)
                       .arg(work.customers)
                       .arg(work.followUps)
                       .arg(work.quotes)
                       .arg(work.contracts)
                       .arg(work.complaints)
                << Qt::endl;
    return ExitOk;
}

} // namespace

int runRepsCommand(CliContext &context)
{
    const QString what = context.args.takePositional().value_or(QString());
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    const QString from = context.args.takePositional().value_or(QString());
    const QString to = context.args.takePositional().value_or(QString());
    const bool list = what == QLatin1String("list") && from.isEmpty();
    const bool hand = what == QLatin1String("hand-over") && !from.isEmpty() && !to.isEmpty();
    if ((!list && !hand) || !context.args.problem().isEmpty())
        return context.fail(Cli::tr("usage: reps list [--format csv|json] | reps hand-over FROM TO"), ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(Cli::tr("--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    auto reps = SalesReps(context.db.connection()).list();
    if (!reps)
        return context.fail(reps.error().toString());
    return list ? listReps(context, reps.value(), format) : handOver(context, reps.value(), from, to);
}

#include "CliContext.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

int runDemoCommand(CliContext &context)
{
    const QString countText = context.args.take(QStringLiteral("--customers")).value_or(QStringLiteral("2000"));
    const QString seedText = context.args.take(QStringLiteral("--seed")).value_or(QStringLiteral("1"));
    const bool quiet = context.args.takeFlag(QStringLiteral("--quiet"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    bool countOk = false;
    bool seedOk = false;
    DemoGenerator::Options options;
    options.customers = countText.toInt(&countOk);
    options.seed = seedText.toULongLong(&seedOk);
    if (!countOk || options.customers < 0)
        return context.fail(Cli::tr("--customers must be a whole number, not \"%1\"").arg(countText), ExitUsage);
    if (!seedOk)
        return context.fail(Cli::tr("--seed must be a whole number, not \"%1\"").arg(seedText), ExitUsage);

    // A demo book is new: nothing to lose in a power cut while it is written, so skip the per-commit sync.
    QSqlQuery pragmas(context.db.connection());
    pragmas.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    // A large page cache keeps index pages from being spilled again and again in one big transaction.
    pragmas.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    // Sorting for the indexes built at the end may use the second core.
    pragmas.exec(QStringLiteral("PRAGMA threads = 2"));
    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    const Status status = DemoGenerator(context.db.connection()).generate(options, [&](int done, int total) {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (!quiet && tenth != lastTenth) {
            context.err << Cli::tr("%1 of %2 customers").arg(done).arg(total) << Qt::endl;
            lastTenth = tenth;
        }
        return true;
    });
    pragmas.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    pragmas.exec(QStringLiteral("PRAGMA threads = 0"));
    if (!status)
        return context.fail(status.error().toString());
    context.out
        << Cli::tr("Created %1 demo customers in %2 s.").arg(options.customers).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return ExitOk;
}

int runCheckCommand(CliContext &context)
{
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (Status status = context.db.checkIntegrity(); !status)
        return context.fail(status.error().toString());
    context.out << Cli::tr("ok") << Qt::endl;
    return ExitOk;
}

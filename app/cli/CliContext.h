#pragma once

#include "CliArguments.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

// What every subcommand gets: the open book, its arguments, and the two output streams.
struct CliContext
{
    Database &db;
    CliArguments &args;
    QTextStream &out;
    QTextStream &err;

    // Prints "clientele-cli: MESSAGE" on stderr and returns the exit code.
    int fail(const QString &message, int code = 1) const;

    // Why `path` must not be written by a command's output, or an empty string: it is the open book itself (or
    // its journal), something other than a file (a device, a folder), or a database (another book).
    QString outputProblem(const QString &path) const;
};

// The translation context of clientele-cli's own messages: Cli::tr("...").
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitDuplicate = 3
};

int runCustomersCommand(CliContext &context);
int runDemoCommand(CliContext &context);
int runCheckCommand(CliContext &context);
int runImportCommand(CliContext &context);
// report rfm|abc|lifecycle|clusters: the analyses as CSV or JSON.
int runReportCommand(CliContext &context);
// report customer ID OUT.pdf: the printed one-customer report.
int runCustomerReportCommand(CliContext &context);
int runExportCommand(CliContext &context);
// quote show|pdf|accept, orders list, products list.
int runQuotingCommand(CliContext &context, const QString &command);
// A QCoreApplication, or a QGuiApplication (offscreen without a display) for `quote pdf`, which lays out text.
std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv);
int runAgendaCommand(CliContext &context);
int runRenewalsCommand(CliContext &context);
int runActivitiesCommand(CliContext &context);
int runComplaintsCommand(CliContext &context);
int runBackupCommand(CliContext &context);
int runRestoreCommand(CliContext &context);
int runAuditCommand(CliContext &context);
// reps list, reps hand-over FROM TO: the sales reps, and giving one's customers and open work to another.
int runRepsCommand(CliContext &context);
int runPrivacyCommand(CliContext &context);
// Opens the book for one command holding its lock (BookLock). While another program holds it, a command that
// writes is refused and one that only reads opens the book read-only.
Result<std::unique_ptr<Database>> openBookForCommand(
    const QString &path, const QString &command, const CliArguments &args, Database::Options options);

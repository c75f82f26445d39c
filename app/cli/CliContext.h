#pragma once

#include "CliArguments.h"
#include "db/Database.h"

#include <QTextStream>

// What every subcommand gets: the open book, its arguments, and the two output streams.
struct CliContext
{
    Database &db;
    CliArguments &args;
    QTextStream &out;
    QTextStream &err;

    // Prints "clientele-cli: MESSAGE" on stderr and returns the exit code.
    int fail(const QString &message, int code = 1) const;
};

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitDuplicate = 3 };

int runCustomersCommand(CliContext &context);
int runDemoCommand(CliContext &context);
int runCheckCommand(CliContext &context);
int runImportCommand(CliContext &context);
int runExportCommand(CliContext &context);
int runBackupCommand(CliContext &context);
int runRestoreCommand(CliContext &context);
int runAuditCommand(CliContext &context);
int runPrivacyCommand(CliContext &context);

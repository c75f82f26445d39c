#include "Book.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate("Cli", "usage: clientele-cli --db FILE COMMAND ...\n"
              "  demo --customers N --seed S      fill a new book with demo data\n"
              "  customers list [--search TEXT] [--format csv|json] [--limit N]\n"
              "  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...\n"
              "                [--industry I] [--province P] [--city C] [--address A] [--website W]\n"
              "                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]\n"
              "  customers show ID\n"
              "  import customers|contacts FILE  import a CSV/TSV/TXT or .xlsx file\n"
              "         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]\n"
              "         [--valid-only] [--check] [--errors OUT.csv]\n"
              "  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]\n"
              "         [--encoding utf8-bom|utf8|gbk] [--anonymise] [--with-consent]\n"
              "  backup create [OUT] | backup list | backup verify FILE\n"
              "  restore FILE --yes              replace the book with a backup (the book is backed up first)\n"
              "  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]\n"
              "             [--format csv|json]\n"
              "  privacy export CUSTOMER_ID OUT.json [--html OUT.html]\n"
              "  privacy erase CUSTOMER_ID --yes  remove a customer's personal data for good\n"
              "  check                           run SQLite's integrity check on the book\n");
}

} // namespace

int CliContext::fail(const QString &message, int code) const
{
    err << "clientele-cli: " << message << Qt::endl;
    return code;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList words = app.arguments().mid(1);
    if (words.isEmpty() || words.contains(QStringLiteral("--help")) || words.contains(QStringLiteral("-h"))) {
        (words.isEmpty() ? err : out) << usage();
        return words.isEmpty() ? ExitUsage : ExitOk;
    }
    CliArguments args(words);
    const auto path = args.take(QStringLiteral("--db"));
    if (!path || path->isEmpty()) {
        err << "clientele-cli: " << QCoreApplication::translate("Cli", "--db FILE comes first") << Qt::endl;
        return ExitUsage;
    }
    const QString command = args.takePositional().value_or(QString());
    static const QStringList commands { QStringLiteral("demo"), QStringLiteral("customers"), QStringLiteral("check"),
                                        QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("backup"),
                                        QStringLiteral("restore"), QStringLiteral("audit"), QStringLiteral("privacy") };
    if (!commands.contains(command)) {
        err << "clientele-cli: "
            << QCoreApplication::translate("Cli", "unknown command \"%1\" (see --help)").arg(command) << Qt::endl;
        return ExitUsage;
    }
    Database::Options options;
    if (command == QLatin1String("check"))
        options.check = Database::Check::FullIntegrity;
    auto db = openBook(*path, options);
    if (!db) {
        err << "clientele-cli: " << db.error().toString() << Qt::endl;
        return ExitFailed;
    }
    CliContext context { *db.value(), args, out, err };
    if (command == QLatin1String("demo"))
        return runDemoCommand(context);
    if (command == QLatin1String("customers"))
        return runCustomersCommand(context);
    if (command == QLatin1String("import"))
        return runImportCommand(context);
    if (command == QLatin1String("export"))
        return runExportCommand(context);
    if (command == QLatin1String("backup"))
        return runBackupCommand(context);
    if (command == QLatin1String("restore"))
        return runRestoreCommand(context);
    if (command == QLatin1String("audit"))
        return runAuditCommand(context);
    if (command == QLatin1String("privacy"))
        return runPrivacyCommand(context);
    return runCheckCommand(context);
}

#include "Book.h"
#include "CliContext.h"
#include "CliLanguage.h"
#include "domain/PhoneNumbers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate("Cli",
        "usage: clientele-cli --db FILE [--phone-region CN|TW|HK|US|...] COMMAND ...\n"
        "  demo --customers N --seed S      fill a new book with demo data\n"
        "  customers list [--search TEXT] [--format csv|json] [--limit N]\n"
        "  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...\n"
        "                [--industry I] [--province P] [--city C] [--address A] [--website W]\n"
        "                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]\n"
        "  customers show ID\n"
        "  import customers|contacts|products|orders FILE   import a CSV/TSV/TXT or .xlsx file\n"
        "         (orders: one row per order line; its customer by name, its product by code or name)\n"
        "         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]\n"
        "         [--valid-only] [--check] [--errors OUT.csv] [--duplicates OUT.csv]\n"
        "  import undo ENTRY --yes         the customers an import created go to the trash\n"
        "                                  (ENTRY: its id in audit list --action import)\n"
        "  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]\n"
        "         [--encoding utf8-bom|utf8|gbk|big5] [--anonymise] [--with-consent]\n"
        "         (every column of the customer's file unless --columns says which)\n"
        "  export contacts|products|orders OUT.xlsx|OUT.csv [--encoding ...]\n"
        "         [--search TEXT] (contacts, orders: of these customers) [--from DATE] [--to DATE] (orders)\n"
        "         (orders: one row per order line; each file imports into another book as it is)\n"
        "  check                           run SQLite's integrity check on the book\n"
        "  quote show ID [--format json]   a quote with its lines and totals\n"
        "  quote pdf ID OUT.pdf [--language en|zh_CN|zh_TW]   the printed quotation\n"
        "  quote accept ID [--date YYYY-MM-DD] [--channel direct|online|distributor|phone]\n"
        "  orders list [--format csv|json] [--from DATE] [--to DATE]\n"
        "  products list [--search TEXT]\n"
        "  report rfm|abc|lifecycle|clusters [--as-of DATE] [--from DATE] [--to DATE] [--currency C]\n"
        "         [--owner NAME] [--province P] [--tier T] [--category C] [--format csv|json]\n"
        "         [--by revenue|profit] (abc)  [--k K] [--seed S] (clusters)\n"
        "  report views --view profile|loyalty|profitability|performance|prospects|products|promotion|value\n"
        "         [--by industry|region|tier|source (profile) | category|channel|region|rep (performance)]\n"
        "         [the same filters and --format]   one of the seven views of customer analysis\n"
        "  report pdf OUT.pdf [--language en|zh_CN|zh_TW] [the same filters]   the printed analysis\n"
        "  report customer ID OUT.pdf [--language en|zh_CN|zh_TW] [--as-of DATE]\n"
        "                                  the printed one-customer report\n"
        "  agenda [--date YYYY-MM-DD] [--owner NAME] [--format csv|json]\n"
        "                                  overdue items, today's and the next seven days'\n"
        "  renewals --within DAYS [--as-of YYYY-MM-DD] [--owner NAME] [--format csv|json]\n"
        "                                  contracts ending within DAYS\n"
        "  activities export-ics OUT.ics [--owner NAME]\n"
        "                                  planned follow-ups as an iCalendar file\n"
        "  complaints list [--status S] [--overdue] [--format csv|json]\n"
        "  complaints stats --from DATE --to DATE [--format json]  counts, service levels, CSAT, NPS\n"
        "  backup create [OUT] | backup list | backup verify FILE\n"
        "  restore FILE --yes              replace the book with a backup (the book is backed up first)\n"
        "  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]\n"
        "             [--format csv|json]\n"
        "  privacy export CUSTOMER_ID OUT.json [--html OUT.html]\n"
        "  privacy erase CUSTOMER_ID --yes  remove a customer's personal data for good\n"
        "  reps list [--format csv|json]   the sales reps and how many customers each has\n"
        "  reps hand-over FROM TO          give a rep's customers and open work to another (name or id)\n");
}

} // namespace

int CliContext::fail(const QString &message, int code) const
{
    err << "clientele-cli: " << message << Qt::endl;
    return code;
}

QString CliContext::outputProblem(const QString &path) const
{
    const QFileInfo target(path);
    const QString book = QFileInfo(db.path()).canonicalFilePath();
    const QString resolved = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        if (!book.isEmpty() && resolved == book + QLatin1String(suffix))
            return Cli::tr("%1 is the book itself: choose another file to write").arg(path);
    }
    if (target.exists() && !target.isFile())
        return Cli::tr("%1 is not a file: choose a file to write").arg(path);
    QFile existing(path);
    if (target.isFile() && existing.open(QIODevice::ReadOnly)
        && existing.read(16) == QByteArray("SQLite format 3\0", 16))
        return Cli::tr("%1 is a database, perhaps another book: it is not overwritten").arg(path);
    return {};
}

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeCliApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    CliLanguage::useSystemLanguage();
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
    // Numbers written without a country code are read as numbers of this region: --phone-region, else the app's
    // setting (Settings > Phone numbers), else mainland China.
    const QString region = args.take(QStringLiteral("--phone-region"))
                               .value_or(QSettings(QStringLiteral("Clientele"), QStringLiteral("Clientele"))
                                             .value(QStringLiteral("phone/region"), QStringLiteral("CN"))
                                             .toString())
                               .toUpper();
    if (region.size() != 2 || PhoneNumbers::callingCodePrefix(region).isEmpty()) {
        err << "clientele-cli: "
            << QCoreApplication::translate("Cli",
                   "--phone-region must be a two-letter region code such as CN, TW, HK "
                   "or US, not \"%1\"")
                   .arg(region)
            << Qt::endl;
        return ExitUsage;
    }
    PhoneNumbers::setDefaultRegion(region);
    const QString command = args.takePositional().value_or(QString());
    static const QStringList commands { QStringLiteral("demo"), QStringLiteral("customers"), QStringLiteral("check"),
        QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("quote"), QStringLiteral("orders"),
        QStringLiteral("products"), QStringLiteral("report"), QStringLiteral("agenda"), QStringLiteral("renewals"),
        QStringLiteral("activities"), QStringLiteral("complaints"),

        QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("audit"), QStringLiteral("privacy"),
        QStringLiteral("reps") };
    if (!commands.contains(command)) {
        err << "clientele-cli: "
            << QCoreApplication::translate("Cli", "unknown command \"%1\" (see --help)").arg(command) << Qt::endl;
        return ExitUsage;
    }
    Database::Options options;
    if (command == QLatin1String("check"))
        options.check = Database::Check::FullIntegrity;
    auto db = openBookForCommand(*path, command, args, options);
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
    if (command == QLatin1String("report"))
        return runReportCommand(context);
    if (command == QLatin1String("quote") || command == QLatin1String("orders") || command == QLatin1String("products"))
        return runQuotingCommand(context, command);
    if (command == QLatin1String("agenda"))
        return runAgendaCommand(context);
    if (command == QLatin1String("renewals"))
        return runRenewalsCommand(context);
    if (command == QLatin1String("activities"))
        return runActivitiesCommand(context);
    if (command == QLatin1String("complaints"))
        return runComplaintsCommand(context);
    if (command == QLatin1String("backup"))
        return runBackupCommand(context);
    if (command == QLatin1String("restore"))
        return runRestoreCommand(context);
    if (command == QLatin1String("audit"))
        return runAuditCommand(context);
    if (command == QLatin1String("privacy"))
        return runPrivacyCommand(context);
    if (command == QLatin1String("reps"))
        return runRepsCommand(context);
    return runCheckCommand(context);
}

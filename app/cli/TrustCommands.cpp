#include "CliContext.h"
#include "audit/AuditLog.h"
#include "backup/BackupService.h"
#include "io/CsvWriter.h"
#include "privacy/Eraser.h"
#include "privacy/SubjectExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// backup, restore, audit and privacy: the trust commands (issue #9).

namespace {

Result<BackupService> backupService(CliContext &context)
{
    auto settings = BackupSettings::load(context.db.connection(), context.db.path());
    if (!settings)
        return settings.error();
    return BackupService(context.db.path(), settings.value());
}

void printBackup(CliContext &context, const BackupInfo &backup)
{
    context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                       .arg(QDir::toNativeSeparators(backup.path), Database::timestamp(backup.takenAt))
                       .arg(backup.size)
                       .arg(backup.customers)
                       .arg(backup.contacts)
                       .arg(backup.notes)
                << Qt::endl;
}

int backupCreate(CliContext &context, const BackupService &service)
{
    const QString target = context.args.takePositional().value_or(QString());
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    // A backup is a new file: whatever is there (a document, a device, the book itself) is not overwritten.
    if (!target.isEmpty() && QFileInfo(target).exists())
        return context.fail(Cli::tr("%1 already exists: choose a new file name for the backup").arg(target), ExitUsage);
    auto backup = service.create(target);
    if (!backup)
        return context.fail(backup.error().toString());
    context.out << Cli::tr("backup verified: %1 (%2 customers, %3 contacts, %4 notes)")
                       .arg(QDir::toNativeSeparators(backup.value().path))
                       .arg(backup.value().customers)
                       .arg(backup.value().contacts)
                       .arg(backup.value().notes)
                << Qt::endl;
    return ExitOk;
}

int backupList(CliContext &context, const BackupService &service)
{
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    auto backups = service.list();
    if (!backups)
        return context.fail(backups.error().toString());
    context.out << "path\ttaken_at\tsize\tcustomers\tcontacts\tnotes" << Qt::endl;
    for (const BackupInfo &backup : backups.value())
        printBackup(context, backup);
    return ExitOk;
}

int backupVerify(CliContext &context)
{
    const auto file = context.args.takePositional();
    if (!file || !context.args.problem().isEmpty())
        return context.fail(Cli::tr("usage: backup verify FILE"), ExitUsage);
    auto backup = BackupService::verify(*file);
    if (!backup)
        return context.fail(backup.error().toString());
    context.out << Cli::tr("ok: %1 customers, %2 contacts, %3 notes, book format %4")
                       .arg(backup.value().customers)
                       .arg(backup.value().contacts)
                       .arg(backup.value().notes)
                       .arg(backup.value().schemaVersion)
                << Qt::endl;
    return ExitOk;
}

QJsonObject entryObject(const AuditEntry &entry)
{
    return QJsonObject { { QStringLiteral("id"), entry.id }, { QStringLiteral("at"), Database::timestamp(entry.at) },
        { QStringLiteral("user"), entry.user }, { QStringLiteral("action"), toString(entry.action) },
        { QStringLiteral("entity"), entry.entity }, { QStringLiteral("entity_id"), entry.entityId },
        { QStringLiteral("customer_id"), entry.customerId }, { QStringLiteral("batch_id"), entry.batchId },
        { QStringLiteral("changes"), entry.changes } };
}

} // namespace

int runBackupCommand(CliContext &context)
{
    const QString what = context.args.takePositional().value_or(QString());
    if (what == QLatin1String("verify"))
        return backupVerify(context);
    auto service = backupService(context);
    if (!service)
        return context.fail(service.error().toString());
    if (what == QLatin1String("create"))
        return backupCreate(context, service.value());
    if (what == QLatin1String("list"))
        return backupList(context, service.value());
    return context.fail(Cli::tr("usage: backup create [OUT] | backup list | backup verify FILE"), ExitUsage);
}

int runRestoreCommand(CliContext &context)
{
    const auto file = context.args.takePositional();
    const bool yes = context.args.takeFlag(QStringLiteral("--yes"));
    if (!file || !context.args.problem().isEmpty())
        return context.fail(Cli::tr("usage: restore FILE --yes"), ExitUsage);
    if (!yes)
        return context.fail(
            Cli::tr("restoring replaces the whole book with \"%1\"; add --yes to do it").arg(*file), ExitUsage);
    auto service = backupService(context);
    if (!service)
        return context.fail(service.error().toString());
    int erasedAgain = 0;
    auto safety = service.value().restore(context.db, *file, &erasedAgain);
    if (!safety)
        return context.fail(safety.error().toString());
    context.out << Cli::tr("restored from %1; the book as it was is kept in %2")
                       .arg(QDir::toNativeSeparators(*file), QDir::toNativeSeparators(safety.value().path))
                << Qt::endl;
    if (erasedAgain > 0)
        context.out << Cli::tr(
            "%n customer(s) erased since the backup was taken were erased again", nullptr, erasedAgain)
                    << Qt::endl;
    return ExitOk;
}

int runAuditCommand(CliContext &context)
{
    const QString what = context.args.takePositional().value_or(QString());
    AuditFilter filter;
    filter.entity = context.args.take(QStringLiteral("--entity")).value_or(QString());
    const QString id = context.args.take(QStringLiteral("--id")).value_or(QString());
    const QString from = context.args.take(QStringLiteral("--from")).value_or(QString());
    const QString to = context.args.take(QStringLiteral("--to")).value_or(QString());
    filter.user = context.args.take(QStringLiteral("--user")).value_or(QString());
    const QString action = context.args.take(QStringLiteral("--action")).value_or(QString());
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (what != QLatin1String("list") || !context.args.problem().isEmpty())
        return context.fail(Cli::tr("usage: audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] "
                                    "[--action A] [--format csv|json]"),
            ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(Cli::tr("--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    if (!id.isEmpty()) {
        bool ok = false;
        filter.entityId = id.toLongLong(&ok);
        if (!ok || filter.entityId <= 0)
            return context.fail(Cli::tr("--id must be a record id, not \"%1\"").arg(id), ExitUsage);
    }
    for (const auto &[text, date] : { std::pair { from, &filter.from }, std::pair { to, &filter.to } }) {
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            return context.fail(Cli::tr("dates are written YYYY-MM-DD, not \"%1\"").arg(text), ExitUsage);
    }
    if (!action.isEmpty()) {
        filter.action = auditActionFromString(action);
        if (!filter.action)
            return context.fail(Cli::tr("unknown action \"%1\"").arg(action), ExitUsage);
    }
    const QStringList columns { QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"),
        QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("customer_id"),
        QStringLiteral("batch_id"), QStringLiteral("changes") };
    QJsonArray array;
    if (format == QLatin1String("csv"))
        context.out << Csv::line(columns);
    const Status status = AuditLog(context.db.connection()).forEach(filter, [&](const AuditEntry &entry) {
        if (format == QLatin1String("json")) {
            array.append(entryObject(entry));
        } else {
            context.out << Csv::line({ QString::number(entry.id), Database::timestamp(entry.at), entry.user,
                toString(entry.action), entry.entity, entry.entityId ? QString::number(entry.entityId) : QString(),
                entry.customerId ? QString::number(entry.customerId) : QString(), entry.batchId,
                QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)) });
        }
        return true;
    });
    if (!status)
        return context.fail(status.error().toString());
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int runPrivacyCommand(CliContext &context)
{
    const QString what = context.args.takePositional().value_or(QString());
    const QString idText = context.args.takePositional().value_or(QString());
    bool ok = false;
    const qint64 customerId = idText.toLongLong(&ok);
    if (what == QLatin1String("export")) {
        const auto out = context.args.takePositional();
        const auto html = context.args.take(QStringLiteral("--html"));
        if (!ok || !out || !context.args.problem().isEmpty())
            return context.fail(Cli::tr("usage: privacy export CUSTOMER_ID OUT.json [--html OUT.html]"), ExitUsage);
        for (const QString &written : { *out, html.value_or(QString()) }) {
            if (const QString problem = written.isEmpty() ? QString() : context.outputProblem(written);
                !problem.isEmpty())
                return context.fail(problem, ExitUsage);
        }
        if (Status status = SubjectExporter(context.db.connection()).write(customerId, *out, html.value_or(QString()));
            !status)
            return context.fail(status.error().toString());
        context.out << Cli::tr("everything held about customer %1 written to %2").arg(customerId).arg(*out) << Qt::endl;
        return ExitOk;
    }
    if (what == QLatin1String("erase")) {
        const bool yes = context.args.takeFlag(QStringLiteral("--yes"));
        if (!ok || !context.args.problem().isEmpty())
            return context.fail(Cli::tr("usage: privacy erase CUSTOMER_ID --yes"), ExitUsage);
        if (!yes)
            return context.fail(
                Cli::tr("erasing removes customer %1's personal data for good; add --yes to do it").arg(customerId),
                ExitUsage);
        auto erased = Eraser(context.db.connection()).erase(customerId);
        if (!erased)
            return context.fail(erased.error().toString());
        context.out << Cli::tr(
            "customer %1 erased; backups made before now still hold their data until rotation deletes "
            "them")
                           .arg(customerId)
                    << Qt::endl;
        if (!erased.value().fileCleaned)
            context.err << Cli::tr(
                "another program has the book open: the erased data leaves the file when it closes it")
                        << Qt::endl;
        return ExitOk;
    }
    return context.fail(
        Cli::tr("usage: privacy export CUSTOMER_ID OUT.json | privacy erase CUSTOMER_ID --yes"), ExitUsage);
}

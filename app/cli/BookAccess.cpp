#include "Book.h"
#include "CliContext.h"
#include "db/BookLock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

// Commands (and "command subcommand" pairs) that change the book. Exports count: they are recorded in the audit
// trail. Everything else only reads.
bool writesToBook(const QString &command, CliArguments args)
{
    static const QStringList writing { QStringLiteral("demo"), QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("restore"), QStringLiteral("privacy"), QStringLiteral("customers add"),
        QStringLiteral("quote accept"), QStringLiteral("reps hand-over") };
    const QString sub = args.takePositional().value_or(QString());
    // "import undo ENTRY" without --yes only says what an undo would take away.
    if (command == QLatin1String("import") && sub == QLatin1String("undo"))
        return args.takeFlag(QStringLiteral("--yes"));
    return writing.contains(command) || writing.contains(command + QLatin1Char(' ') + sub);
}

// Commands that may start a new book where none is: the rest need one, so that a mistyped --db is said, not
// answered from a new empty book left behind.
bool makesABook(const QString &command, CliArguments args)
{
    static const QStringList making { QStringLiteral("demo"), QStringLiteral("import"), QStringLiteral("restore"),
        QStringLiteral("customers add") };
    const QString sub = args.takePositional().value_or(QString());
    return making.contains(command) || making.contains(command + QLatin1Char(' ') + sub);
}

} // namespace

Result<std::unique_ptr<Database>> openBookForCommand(
    const QString &path, const QString &command, const CliArguments &args, Database::Options options)
{
    if (!QFileInfo::exists(path) && !makesABook(command, args))
        return Error { QCoreApplication::translate(
            "Cli", "there is no book at %1 (a new book is made by demo, import or customers add)")
                           .arg(path) };
    auto lock = BookLock::acquire(path);
    if (!lock) {
        if (writesToBook(command, args))
            return Error { QCoreApplication::translate("Cli",
                "%1 Close it there first; commands that only read "
                "may still run.")
                               .arg(lock.error().message) };
        options.access = Database::Access::ReadOnly; // look without changing anything under the other program
    }
    auto book = openBook(path, options);
    if (book && lock)
        book.value()->holdLock(std::move(lock.value()));
    return book;
}

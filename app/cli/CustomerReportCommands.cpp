#include "CliContext.h"
#include "CliLanguage.h"
#include "Clock.h"
#include "print/CustomerReport.h"

#include <QCoreApplication>
#include <QLocale>

// report customer ID OUT.pdf [--lang en|zh_CN|zh_TW] [--as-of DATE]: the printed one-customer report.
int runCustomerReportCommand(CliContext &context)
{
    const QString idText = context.args.takePositional().value_or(QString());
    const QString path = context.args.takePositional().value_or(QString());
    const auto lang = context.args.take(QStringLiteral("--lang"));
    const auto language = context.args.take(QStringLiteral("--language"));
    const QString asOfText = context.args.take(QStringLiteral("--as-of")).value_or(QString());
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(
            Cli::tr("report customer needs a customer id and a PDF file, e.g. report customer 12 report.pdf"),
            ExitUsage);
    if (path.isEmpty())
        return context.fail(Cli::tr("report customer needs the name of the PDF file to write"), ExitUsage);
    if (const QString problem = context.outputProblem(path); !problem.isEmpty())
        return context.fail(problem, ExitUsage);
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    const QString chosen = lang.value_or(language.value_or(QStringLiteral("en")));
    static const QStringList languages { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW") };
    if (!languages.contains(chosen))
        return context.fail(Cli::tr("--lang must be en, zh_CN or zh_TW, not \"%1\"").arg(chosen), ExitUsage);
    QDate asOf = Clock::instance().today();
    if (!asOfText.isEmpty()) {
        asOf = QDate::fromString(asOfText, Qt::ISODate);
        if (!asOf.isValid())
            return context.fail(
                Cli::tr("--as-of must be a date such as 2026-06-30, not \"%1\"").arg(asOfText), ExitUsage);
    }

    CliLanguage::switchTo(chosen);
    QLocale::setDefault(QLocale(chosen));

    CustomerReportOptions options;
    options.asOf = asOf;
    auto data = CustomerReportData::gather(context.db.connection(), id, options);
    if (!data)
        return context.fail(data.error().toString());
    auto letterhead = Letterhead::load(context.db.connection());
    if (!letterhead)
        return context.fail(letterhead.error().toString());
    auto pages = CustomerReport(std::move(data).value(), letterhead.value()).writePdf(path);
    if (!pages)
        return context.fail(pages.error().toString());
    context.err << Cli::tr("%1 written (%n page(s))", nullptr, pages.value()).arg(path) << Qt::endl;
    return ExitOk;
}

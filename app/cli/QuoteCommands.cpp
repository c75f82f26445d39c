#include "CliContext.h"
#include "Clock.h"
#include "domain/Money.h"
#include "io/CsvWriter.h"
#include "print/QuotePrinter.h"
#include "repo/OrderRepository.h"
#include "repo/ProductRepository.h"
#include "repo/QuoteRepository.h"
#include "services/QuoteCalculator.h"

#include <QCoreApplication>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// Amounts in JSON and CSV are plain decimal text in the currency's unit ("1234.50"), exact and easy to read back.
QString amount(qint64 minor, const QString &currency)
{
    return Money::format(minor, qMax(0, Money::decimals(currency)), false);
}

QString rate(qint64 basisPoints)
{
    return Money::format(basisPoints, 2, false);
}

std::optional<qint64> idArgument(CliContext &context, QString *problem)
{
    const QString text = context.args.takePositional().value_or(QString());
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *problem = text.isEmpty() ? Cli::tr("a quote ID is needed") : Cli::tr("\"%1\" is not a quote ID").arg(text);
        return std::nullopt;
    }
    return id;
}

QJsonObject quoteJson(const Quote &quote, const QuoteTotals &totals)
{
    const QString &currency = quote.currency;
    QJsonArray lines;
    for (int i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &line = quote.lines[i];
        lines.append(QJsonObject {
            { QStringLiteral("position"), i + 1 },
            { QStringLiteral("product_id"), line.productId > 0 ? QJsonValue(line.productId) : QJsonValue() },
            { QStringLiteral("code"), line.code },
            { QStringLiteral("description"), line.description },
            { QStringLiteral("unit"), line.unit },
            { QStringLiteral("quantity"), Money::format(line.quantity, 3, false) },
            { QStringLiteral("unit_price"), amount(line.unitPrice, currency) },
            { QStringLiteral("discount_percent"), rate(line.discount) },
            { QStringLiteral("tax_percent"), rate(line.taxRate) },
            { QStringLiteral("amount"), amount(totals.lines[i].amount, currency) },
        });
    }
    QJsonArray taxes;
    for (const QuoteTotals::TaxGroup &group : totals.taxes) {
        taxes.append(QJsonObject { { QStringLiteral("rate_percent"), rate(group.rate) },
            { QStringLiteral("base"), amount(group.base, currency) },
            { QStringLiteral("tax"), amount(group.tax, currency) } });
    }
    return QJsonObject {
        { QStringLiteral("id"), quote.id },
        { QStringLiteral("number"), quote.number },
        { QStringLiteral("revision"), quote.revision },
        { QStringLiteral("superseded"), quote.superseded },
        { QStringLiteral("status"), toString(quote.status) },
        { QStringLiteral("customer_id"), quote.customerId },
        { QStringLiteral("customer"), quote.customerName },
        { QStringLiteral("contact"), quote.contactName },
        { QStringLiteral("owner"), quote.ownerName },
        { QStringLiteral("date"), quote.date.toString(Qt::ISODate) },
        { QStringLiteral("valid_until"), quote.validUntil.toString(Qt::ISODate) },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("lines"), lines },
        { QStringLiteral("subtotal"), amount(totals.subtotal, currency) },
        { QStringLiteral("discount_percent"), rate(quote.discount) },
        { QStringLiteral("discount"), amount(totals.discount, currency) },
        { QStringLiteral("charges"), amount(totals.charges, currency) },
        { QStringLiteral("taxes"), taxes },
        { QStringLiteral("tax"), amount(totals.tax, currency) },
        { QStringLiteral("total"), amount(totals.total, currency) },
        { QStringLiteral("cost"), amount(totals.cost, currency) },
        { QStringLiteral("margin"), amount(totals.margin, currency) },
        { QStringLiteral("terms"), quote.terms },
        { QStringLiteral("notes"), quote.notes },
    };
}

int showQuote(CliContext &context)
{
    QString problem;
    const auto id = idArgument(context, &problem);
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("json"));
    if (!id)
        return context.fail(problem, ExitUsage);
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (format != QLatin1String("json"))
        return context.fail(Cli::tr("--format must be json, not \"%1\"").arg(format), ExitUsage);
    QuoteRepository quotes(context.db.connection());
    if (!context.db.isReadOnly())
        (void)quotes.expireOverdue(Clock::instance().today());
    auto quote = quotes.get(*id);
    if (!quote)
        return context.fail(quote.error().toString());
    auto totals = QuoteCalculator::compute(quote.value());
    if (!totals)
        return context.fail(totals.error().toString());
    context.out << QJsonDocument(quoteJson(quote.value(), totals.value())).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int printQuote(CliContext &context)
{
    QString problem;
    const auto id = idArgument(context, &problem);
    const QString out = context.args.takePositional().value_or(QString());
    const QString language = context.args.take(QStringLiteral("--language")).value_or(QStringLiteral("en"));
    if (!id)
        return context.fail(problem, ExitUsage);
    if (out.isEmpty())
        return context.fail(Cli::tr("quote pdf needs the file to write, e.g. quote pdf 12 quote.pdf"), ExitUsage);
    if (const QString problem = context.outputProblem(out); !problem.isEmpty())
        return context.fail(problem, ExitUsage);
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (!QuotePrinter::languages().contains(language))
        return context.fail(Cli::tr("--language must be en, zh_CN or zh_TW, not \"%1\"").arg(language), ExitUsage);
    auto printer = QuotePrinter::forQuote(context.db.connection(), *id, language);
    if (!printer)
        return context.fail(printer.error().toString());
    auto pages = printer.value().writePdf(out);
    if (!pages)
        return context.fail(pages.error().toString());
    context.err << QCoreApplication::translate("Cli", "%1 written (%n page(s))", nullptr, pages.value()).arg(out)
                << Qt::endl;
    return ExitOk;
}

int acceptQuote(CliContext &context)
{
    QString problem;
    const auto id = idArgument(context, &problem);
    const QString dateText = context.args.take(QStringLiteral("--date")).value_or(QString());
    const QString channel = context.args.take(QStringLiteral("--channel")).value_or(QStringLiteral("direct"));
    if (!id)
        return context.fail(problem, ExitUsage);
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    const QDate date = dateText.isEmpty() ? Clock::instance().today() : QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        return context.fail(Cli::tr("--date must be a date like 2026-03-31, not \"%1\"").arg(dateText), ExitUsage);
    auto order = QuoteRepository(context.db.connection()).accept(*id, date, channel);
    if (!order)
        return context.fail(order.error().toString());
    auto stored = OrderRepository(context.db.connection()).get(order.value());
    if (!stored)
        return context.fail(stored.error().toString());
    context.out << QJsonDocument(
        QJsonObject { { QStringLiteral("order_id"), order.value() },
            { QStringLiteral("number"), stored.value().number },
            { QStringLiteral("total"), amount(stored.value().total, stored.value().currency) } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    return ExitOk;
}

} // namespace

std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv)
{
    bool printing = false;
    bool charts = false;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "quote") == 0 && qstrcmp(argv[i + 1], "pdf") == 0)
            printing = true;
        if (qstrcmp(argv[i], "report") == 0 && qstrcmp(argv[i + 1], "customer") == 0)
            printing = true;
        if (qstrcmp(argv[i], "report") == 0 && qstrcmp(argv[i + 1], "pdf") == 0)
            charts = true;
    }
    if (!printing && !charts)
        return std::make_unique<QCoreApplication>(argc, argv);
#ifdef Q_OS_UNIX
    // A GUI application warns on stderr without a runtime directory; stderr is for our one-line errors.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/clientele-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
#endif
    // The printed analysis draws Qt Charts, which are graphics widgets: they need a QApplication.
    if (charts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    // Laying out a quotation needs fonts, so QtGui; without a display it runs on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

namespace {

int runQuoteCommand(CliContext &context)
{
    const QString action = context.args.takePositional().value_or(QString());
    if (action == QLatin1String("show"))
        return showQuote(context);
    if (action == QLatin1String("pdf"))
        return printQuote(context);
    if (action == QLatin1String("accept"))
        return acceptQuote(context);
    return context.fail(Cli::tr("quote needs show, pdf or accept, not \"%1\"").arg(action), ExitUsage);
}

int runOrdersCommand(CliContext &context)
{
    const QString action = context.args.takePositional().value_or(QString());
    if (action != QLatin1String("list"))
        return context.fail(Cli::tr("orders needs list, not \"%1\"").arg(action), ExitUsage);
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    OrderFilter filter;
    const QString from = context.args.take(QStringLiteral("--from")).value_or(QString());
    const QString to = context.args.take(QStringLiteral("--to")).value_or(QString());
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(Cli::tr("--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    filter.from = QDate::fromString(from, Qt::ISODate);
    filter.to = QDate::fromString(to, Qt::ISODate);
    if ((!from.isEmpty() && !filter.from.isValid()) || (!to.isEmpty() && !filter.to.isValid()))
        return context.fail(Cli::tr("--from and --to must be dates like 2026-03-31"), ExitUsage);
    auto orders = OrderRepository(context.db.connection()).list(filter);
    if (!orders)
        return context.fail(orders.error().toString());
    const QStringList columns { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("date"),
        QStringLiteral("customer_id"), QStringLiteral("customer"), QStringLiteral("quote"), QStringLiteral("owner"),
        QStringLiteral("channel"), QStringLiteral("currency"), QStringLiteral("subtotal"), QStringLiteral("discount"),
        QStringLiteral("charges"), QStringLiteral("tax"), QStringLiteral("total"), QStringLiteral("cost") };
    QJsonArray array;
    if (format == QLatin1String("csv"))
        context.out << Csv::line(columns);
    for (const Order &order : orders.value()) {
        const QString &c = order.currency;
        const QStringList fields { QString::number(order.id), order.number, order.date.toString(Qt::ISODate),
            QString::number(order.customerId), order.customerName, order.quoteNumber, order.ownerName, order.channel, c,
            amount(order.subtotal, c), amount(order.discount, c), amount(order.charges, c), amount(order.tax, c),
            amount(order.total, c), amount(order.cost, c) };
        if (format == QLatin1String("csv")) {
            context.out << Csv::line(fields);
            continue;
        }
        QJsonObject object;
        for (int i = 0; i < columns.size(); ++i)
            object.insert(columns[i], fields[i]);
        object.insert(QStringLiteral("id"), order.id);
        object.insert(QStringLiteral("customer_id"), order.customerId);
        array.append(object);
    }
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int runProductsCommand(CliContext &context)
{
    const QString action = context.args.takePositional().value_or(QString());
    if (action != QLatin1String("list"))
        return context.fail(Cli::tr("products needs list, not \"%1\"").arg(action), ExitUsage);
    const QString search = context.args.take(QStringLiteral("--search")).value_or(QString());
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    auto products = ProductRepository(context.db.connection()).list(search);
    if (!products)
        return context.fail(products.error().toString());
    context.out << Csv::line({ QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
        QStringLiteral("unit"), QStringLiteral("currency"), QStringLiteral("unit_price"), QStringLiteral("cost_price"),
        QStringLiteral("tax_percent"), QStringLiteral("category"), QStringLiteral("active") });
    for (const Product &p : products.value()) {
        context.out << Csv::line({ QString::number(p.id), p.code, p.name, p.unit, p.currency,
            amount(p.unitPrice, p.currency), amount(p.costPrice, p.currency), rate(p.taxRate), p.category,
            p.active ? QStringLiteral("yes") : QStringLiteral("no") });
    }
    return ExitOk;
}

} // namespace

int runQuotingCommand(CliContext &context, const QString &command)
{
    if (command == QLatin1String("orders"))
        return runOrdersCommand(context);
    if (command == QLatin1String("products"))
        return runProductsCommand(context);
    return runQuoteCommand(context);
}

#include "CliContext.h"
#include "domain/CustomerQuery.h"
#include "io/CsvWriter.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/CustomerValidator.h"
#include "services/DuplicateDetector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {


const QStringList kListColumns { QStringLiteral("id"),       QStringLiteral("kind"),  QStringLiteral("name"),
                                 QStringLiteral("industry"), QStringLiteral("province"), QStringLiteral("city"),
                                 QStringLiteral("phone"),    QStringLiteral("email"), QStringLiteral("owner"),
                                 QStringLiteral("tier"),     QStringLiteral("stage"), QStringLiteral("source"),
                                 QStringLiteral("tags"),     QStringLiteral("created_at"),
                                 QStringLiteral("updated_at") };

QStringList rowFields(const CustomerRow &row)
{
    return { QString::number(row.id), toString(row.kind), row.name, row.industry, row.province, row.city, row.phone,
             row.email, row.ownerName, row.tier, toString(row.stage), row.source, row.tags,
             Database::timestamp(row.createdAt), Database::timestamp(row.updatedAt) };
}

QJsonObject rowObject(const CustomerRow &row)
{
    QJsonObject object;
    const QStringList fields = rowFields(row);
    for (int i = 0; i < kListColumns.size(); ++i)
        object.insert(kListColumns[i], fields[i]);
    object.insert(QStringLiteral("id"), row.id);
    return object;
}

int listCustomers(CliContext &context)
{
    CustomerQuery query;
    query.search = context.args.take(QStringLiteral("--search")).value_or(QString());
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    const QString limitText = context.args.take(QStringLiteral("--limit")).value_or(QStringLiteral("0"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(QCoreApplication::translate("Cli", "--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    bool limitOk = false;
    const qint64 limit = limitText.toLongLong(&limitOk);
    if (!limitOk || limit < 0)
        return context.fail(QCoreApplication::translate("Cli", "--limit must be a whole number, not \"%1\"").arg(limitText), ExitUsage);

    CustomerRepository customers(context.db.connection());
    QJsonArray array;
    if (format == QLatin1String("csv"))
        context.out << Csv::line(kListColumns);
    std::optional<CustomerRow> last;
    qint64 written = 0;
    while (limit == 0 || written < limit) {
        const int pageSize = int(limit == 0 ? 1000 : std::min<qint64>(1000, limit - written));
        auto page = customers.page(query, last, pageSize);
        if (!page)
            return context.fail(page.error().toString());
        for (const CustomerRow &row : page.value()) {
            if (format == QLatin1String("csv"))
                context.out << Csv::line(rowFields(row));
            else
                array.append(rowObject(row));
        }
        written += page.value().size();
        if (page.value().size() < pageSize)
            break;
        last = page.value().last();
    }
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return ExitOk;
}

Result<qint64> ownerId(Database &db, const std::optional<QString> &name)
{
    if (!name || name->trimmed().isEmpty())
        return qint64(0);
    auto id = LookupRepository(db.connection()).ownerByName(*name);
    if (id && id.value() == 0)
        return Error { QCoreApplication::translate("Cli", "there is no owner named \"%1\"").arg(*name) };
    return id;
}

int addCustomer(CliContext &context)
{
    CliArguments &args = context.args;
    Customer customer;
    customer.name = args.take(QStringLiteral("--name")).value_or(QString());
    const QString kind = args.take(QStringLiteral("--kind")).value_or(QStringLiteral("company"));
    customer.industry = args.take(QStringLiteral("--industry")).value_or(QString());
    customer.province = args.take(QStringLiteral("--province")).value_or(QString());
    customer.city = args.take(QStringLiteral("--city")).value_or(QString());
    customer.address = args.take(QStringLiteral("--address")).value_or(QString());
    // "--phone A;B" is two numbers, as in the app's phone field (not B as A's extension).
    for (const QString &phones : args.takeAll(QStringLiteral("--phone")))
        customer.phones += CustomerValidator::splitList(phones);
    for (const QString &emails : args.takeAll(QStringLiteral("--email")))
        customer.emails += CustomerValidator::splitList(emails);
    customer.website = args.take(QStringLiteral("--website")).value_or(QString());
    customer.source = args.take(QStringLiteral("--source")).value_or(QString());
    const auto owner = args.take(QStringLiteral("--owner"));
    customer.tier = args.take(QStringLiteral("--tier")).value_or(QString());
    const QString stage = args.take(QStringLiteral("--stage")).value_or(QStringLiteral("lead"));
    customer.tags = args.takeAll(QStringLiteral("--tag"));
    customer.notes = args.take(QStringLiteral("--notes")).value_or(QString());
    const bool force = args.takeFlag(QStringLiteral("--force"));
    if (!args.problem().isEmpty())
        return context.fail(args.problem(), ExitUsage);
    if (customer.name.isNull()) // a blank name given is the validator's to name
        return context.fail(QCoreApplication::translate("Cli", "customers add needs --name"), ExitUsage);
    if (auto value = customerKindFromString(kind))
        customer.kind = *value;
    else
        return context.fail(QCoreApplication::translate("Cli", "--kind must be company or individual, not \"%1\"").arg(kind), ExitUsage);
    if (auto value = lifecycleStageFromString(stage))
        customer.stage = *value;
    else
        return context.fail(QCoreApplication::translate("Cli", "--stage must be lead, prospect, customer or inactive, not \"%1\"").arg(stage), ExitUsage);
    if (!customer.tier.isEmpty()) {
        const QStringList tiers = LookupRepository(context.db.connection()).tiers().value_or({});
        const auto known = std::find_if(tiers.cbegin(), tiers.cend(),
            [&customer](const QString &tier) { return tier.compare(customer.tier, Qt::CaseInsensitive) == 0; });
        if (known == tiers.cend())
            return context.fail(
                QCoreApplication::translate("Cli", "--tier must be one of this book's tiers (%1), not \"%2\"")
                    .arg(tiers.join(QStringLiteral(", ")), customer.tier),
                ExitUsage);
        customer.tier = *known;
    }
    auto owned = ownerId(context.db, owner);
    if (!owned)
        return context.fail(owned.error().toString(), ExitUsage);
    customer.ownerId = owned.value();
    if (const QList<Error> errors = CustomerValidator::validate(customer); !errors.isEmpty())
        return context.fail(errors.first().toString(), ExitUsage);
    customer = CustomerValidator::normalized(customer);

    if (!force) {
        auto duplicates = DuplicateDetector(context.db.connection()).find(customer);
        if (!duplicates)
            return context.fail(duplicates.error().toString());
        if (!duplicates.value().isEmpty()) {
            const auto &match = duplicates.value().first();
            return context.fail(QCoreApplication::translate("Cli", "likely duplicate of customer %1 \"%2\" (%3); add --force to create it anyway")
                                        .arg(match.customer.id)
                                        .arg(match.customer.name, match.detail),
                                ExitDuplicate);
        }
    }
    auto id = CustomerRepository(context.db.connection()).create(customer);
    if (!id)
        return context.fail(id.error().toString());
    context.out << id.value() << Qt::endl;
    return ExitOk;
}

QJsonObject customerObject(const Customer &customer, const QList<Contact> &contacts)
{
    QJsonArray contactArray;
    for (const Contact &contact : contacts) {
        contactArray.append(QJsonObject {
                { QStringLiteral("id"), contact.id },
                { QStringLiteral("name"), contact.name },
                { QStringLiteral("title"), contact.title },
                { QStringLiteral("phones"), QJsonArray::fromStringList(contact.phones) },
                { QStringLiteral("email"), contact.email },
                { QStringLiteral("birthday"), contact.birthday.toString(Qt::ISODate) },
                { QStringLiteral("primary"), contact.primary },
        });
    }
    return QJsonObject {
        { QStringLiteral("id"), customer.id },
        { QStringLiteral("uuid"), customer.uuid },
        { QStringLiteral("kind"), toString(customer.kind) },
        { QStringLiteral("name"), customer.name },
        { QStringLiteral("industry"), customer.industry },
        { QStringLiteral("province"), customer.province },
        { QStringLiteral("city"), customer.city },
        { QStringLiteral("address"), customer.address },
        { QStringLiteral("phones"), QJsonArray::fromStringList(customer.phones) },
        { QStringLiteral("emails"), QJsonArray::fromStringList(customer.emails) },
        { QStringLiteral("website"), customer.website },
        { QStringLiteral("source"), customer.source },
        { QStringLiteral("owner"), customer.ownerName },
        { QStringLiteral("tier"), customer.tier },
        { QStringLiteral("stage"), toString(customer.stage) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(customer.tags) },
        { QStringLiteral("notes"), customer.notes },
        { QStringLiteral("created_at"), Database::timestamp(customer.createdAt) },
        { QStringLiteral("updated_at"), Database::timestamp(customer.updatedAt) },
        { QStringLiteral("in_trash"), customer.deletedAt.isValid() },
        { QStringLiteral("contacts"), contactArray },
    };
}

int showCustomer(CliContext &context)
{
    const auto idText = context.args.takePositional();
    context.args.take(QStringLiteral("--format")); // JSON is the one format of a single customer
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    bool ok = false;
    const qint64 id = idText.value_or(QString()).toLongLong(&ok);
    if (!idText || !ok || id <= 0)
        return context.fail(QCoreApplication::translate("Cli", "customers show needs a customer id (a positive number)"), ExitUsage);
    auto customer = CustomerRepository(context.db.connection()).find(id);
    if (!customer)
        return context.fail(customer.error().toString());
    auto contacts = ContactRepository(context.db.connection()).forCustomer(id);
    if (!contacts)
        return context.fail(contacts.error().toString());
    context.out << QJsonDocument(customerObject(customer.value(), contacts.value())).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int runCustomersCommand(CliContext &context)
{
    const QString action = context.args.takePositional().value_or(QString());
    if (action == QLatin1String("list"))
        return listCustomers(context);
    if (action == QLatin1String("add"))
        return addCustomer(context);
    if (action == QLatin1String("show"))
        return showCustomer(context);
    return context.fail(QCoreApplication::translate("Cli", "customers takes list, add or show"), ExitUsage);
}

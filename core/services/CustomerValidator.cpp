#include "CustomerValidator.h"
#include "Clock.h"
#include "domain/PhoneNumbers.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

void checkPhones(const QStringList &phones, QList<Error> &errors)
{
    for (const QString &phone : phones) {
        if (auto normalized = PhoneNumbers::normalize(phone); !normalized)
            errors << Error { normalized.error().message, {}, -1, -1, QStringLiteral("phones") };
    }
}

QStringList formattedPhones(const QStringList &phones)
{
    QStringList result;
    for (const QString &phone : phones) {
        auto formatted = PhoneNumbers::formatted(phone);
        result << (formatted ? formatted.value() : phone.trimmed());
    }
    return result;
}

} // namespace

QList<Error> CustomerValidator::validate(const Customer &customer)
{
    QList<Error> errors;
    if (customer.name.trimmed().isEmpty())
        errors << Error { tr("The name is required."), {}, -1, -1, QStringLiteral("name") };
    else if (customer.name.trimmed().size() > 200)
        errors << Error { tr("The name is longer than 200 characters."), {}, -1, -1, QStringLiteral("name") };
    checkPhones(customer.phones, errors);
    for (const QString &email : customer.emails) {
        if (Status status = Emails::validate(email); !status)
            errors << Error { status.error().message, {}, -1, -1, QStringLiteral("emails") };
    }
    const QString website = customer.website.trimmed();
    if (!website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(website);
        if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
            errors << Error { tr("\"%1\" is not a web address.").arg(website), {}, -1, -1, QStringLiteral("website") };
    }
    return errors;
}

QList<Error> CustomerValidator::validate(const Contact &contact)
{
    QList<Error> errors;
    if (contact.name.trimmed().isEmpty())
        errors << Error { tr("The contact's name is required."), {}, -1, -1, QStringLiteral("name") };
    checkPhones(contact.phones, errors);
    if (!contact.email.trimmed().isEmpty()) {
        if (Status status = Emails::validate(contact.email); !status)
            errors << Error { status.error().message, {}, -1, -1, QStringLiteral("email") };
    }
    if (contact.birthday.isValid() && contact.birthday > Clock::instance().today())
        errors << Error { tr("The birthday is in the future."), {}, -1, -1, QStringLiteral("birthday") };
    return errors;
}

Customer CustomerValidator::normalized(Customer customer)
{
    customer.name = customer.name.trimmed();
    customer.phones = formattedPhones(customer.phones);
    for (QString &email : customer.emails)
        email = email.trimmed();
    customer.website = customer.website.trimmed();
    return customer;
}

Contact CustomerValidator::normalized(Contact contact)
{
    contact.name = contact.name.trimmed();
    contact.phones = formattedPhones(contact.phones);
    contact.email = contact.email.trimmed();
    return contact;
}

QStringList CustomerValidator::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\n，；、]"));
    QStringList values;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    }
    return values;
}

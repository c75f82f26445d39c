#include "CustomerValidator.h"
#include "Clock.h"
#include "domain/PhoneNumbers.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

void checkPhones(const QStringList &phones, QList<Error> &errors)
{
    for (const QString &phone : phones) {
        if (auto normalized = PhoneNumbers::normalize(phone); !normalized)
            errors << Error { normalized.error().message, {}, -1, -1, QStringLiteral("phones") };
    }
}

// A character a one-line value cannot hold: control characters (a line break, a tab, an escape) and the explicit
// direction overrides and isolates, which can show "evil.exe" as "exe.live". Right-to-left text needs none of them.
bool holdsHiddenControl(const QString &text, bool lineBreaks = false)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (lineBreaks && (u == u'\n' || u == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

// Whether a name shows anything: spaces or zero-width characters alone do not.
bool isVisible(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace() && c.category() != QChar::Other_Format; });
}

// Fields of one line (an address may have several): the key names the field for the dialog and the import.
void checkOneLine(
    const QString &key, const QString &label, const QString &value, QList<Error> &errors, bool lineBreaks = false)
{
    if (holdsHiddenControl(value, lineBreaks))
        errors << Error { CustomerValidator::tr("%1 holds a hidden control character (such as a line break, a tab or "
                                                "a text-direction override).")
                              .arg(label),
            {}, -1, -1, key };
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
    if (!isVisible(customer.name))
        errors << Error { tr("The name is required."), {}, -1, -1, QStringLiteral("name") };
    else if (customer.name.trimmed().size() > 200)
        errors << Error { tr("The name is longer than 200 characters."), {}, -1, -1, QStringLiteral("name") };
    if (isVisible(customer.name))
        checkOneLine(QStringLiteral("name"), tr("The name"), customer.name, errors);
    checkOneLine(QStringLiteral("industry"), tr("The industry"), customer.industry, errors);
    checkOneLine(QStringLiteral("province"), tr("The region"), customer.province, errors);
    checkOneLine(QStringLiteral("city"), tr("The city"), customer.city, errors);
    checkOneLine(QStringLiteral("address"), tr("The address"), customer.address, errors, true); // may be lines
    checkOneLine(QStringLiteral("source"), tr("The source"), customer.source, errors);
    for (const QString &tag : customer.tags)
        checkOneLine(QStringLiteral("tags"), tr("A tag"), tag, errors);
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
    if (!isVisible(contact.name))
        errors << Error { tr("The contact's name is required."), {}, -1, -1, QStringLiteral("name") };
    if (isVisible(contact.name))
        checkOneLine(QStringLiteral("name"), tr("The contact's name"), contact.name, errors);
    checkOneLine(QStringLiteral("title"), tr("The title"), contact.title, errors);
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

namespace {
const QRegularExpression &listSeparators()
{
    static const QRegularExpression separators(QStringLiteral("[;,\\n，；、]"));
    return separators;
}
} // namespace

QString CustomerValidator::tagNameProblem(const QString &name)
{
    if (!name.contains(listSeparators()))
        return {};
    return tr("A tag cannot contain a comma, semicolon or 、: they separate tags. Use a dash or a space instead.");
}

QStringList CustomerValidator::splitList(const QString &text)
{
    const QRegularExpression &separators = listSeparators();
    QStringList values;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    }
    return values;
}

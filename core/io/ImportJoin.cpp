#include "ImportJoin.h"
#include "domain/PhoneNumbers.h"

#include <algorithm>

QStringList RowAdditions::described(const ParsedImportRow &row) const
{
    QStringList parts;
    if (newContact && row.contact)
        parts << row.contact->name;
    parts << phones << emails << contactPhones;
    if (!contactEmail.isEmpty())
        parts << contactEmail;
    return parts;
}

void addNewPhones(QStringList &phones, const QStringList &incoming)
{
    for (const QString &phone : incoming) {
        const QString normalized = PhoneNumbers::normalizedOrDigits(phone);
        const bool known = std::any_of(phones.cbegin(), phones.cend(),
            [&](const QString &p) { return PhoneNumbers::normalizedOrDigits(p) == normalized; });
        if (!known)
            phones << phone;
    }
}

void addNoteLines(QString &notes, const QStringList &lines)
{
    for (const QString &line : lines) {
        if (!notes.contains(line))
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
}

AppliedAdditions applyAdditions(
    Customer &customer, QList<Contact> &contacts, const ParsedImportRow &row, const RowAdditions &additions)
{
    AppliedAdditions applied;
    const Customer before = customer;
    addNewPhones(customer.phones, additions.phones);
    for (const QString &email : additions.emails) {
        if (!customer.emails.contains(email, Qt::CaseInsensitive))
            customer.emails << email;
    }
    // The row's tags and notes (its notes column and the notes after its numbers) join the customer's too.
    for (const QString &tag : row.customer.tags) {
        if (!customer.tags.contains(tag, Qt::CaseInsensitive))
            customer.tags << tag;
    }
    addNoteLines(customer.notes, row.customer.notes.split(u'\n', Qt::SkipEmptyParts));
    applied.customer = customer.phones != before.phones || customer.emails != before.emails
        || customer.tags != before.tags || customer.notes != before.notes;
    if (!row.contact)
        return applied;
    if (additions.newContact) {
        Contact contact = *row.contact;
        contact.customerId = customer.id;
        if (!row.given.contains(ImportField::ContactPrimary))
            contact.primary
                = std::none_of(contacts.cbegin(), contacts.cend(), [](const Contact &c) { return c.primary; });
        contacts << contact;
        applied.contact = int(contacts.size()) - 1;
        applied.newContact = true;
        return applied;
    }
    if (additions.contactPhones.isEmpty() && additions.contactEmail.isEmpty())
        return applied;
    const QString name = row.contact->name.trimmed().toCaseFolded();
    for (int i = 0; i < contacts.size(); ++i) {
        if (contacts[i].name.trimmed().toCaseFolded() != name)
            continue;
        addNewPhones(contacts[i].phones, additions.contactPhones);
        addNoteLines(contacts[i].notes, row.contactPhoneNotes);
        // A contact has one address: a second one is kept in its notes rather than lost.
        if (contacts[i].email.isEmpty())
            contacts[i].email = additions.contactEmail;
        else if (!additions.contactEmail.isEmpty())
            addNoteLines(contacts[i].notes, { additions.contactEmail });
        if (contacts[i].title.isEmpty())
            contacts[i].title = row.contact->title;
        applied.contact = i;
        break;
    }
    return applied;
}

void PendingCustomer::addPhoneKeys(const ParsedImportRow &row)
{
    for (int i = 0; i < row.customer.phones.size() && i < row.phoneKeys.size(); ++i)
        phoneKeys.insert(row.customer.phones[i], row.phoneKeys[i]);
    for (int i = 0; row.contact && i < row.contact->phones.size() && i < row.contactPhoneKeys.size(); ++i)
        phoneKeys.insert(row.contact->phones[i], row.contactPhoneKeys[i]);
}

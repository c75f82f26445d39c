// How CustomerImporter matches rows with earlier rows of the file and the book, and how a row that repeats an
// earlier row's company joins that row's customer (a company on several rows, one contact on each).

#include "CustomerImporter.h"
#include "domain/PhoneNumbers.h"
#include "io/CustomerImportSession.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/SqlHelpers.h"

// The customer (made by an earlier row, or in the book) the row matches, if any; customerId is set to its id (0 for
// a customer of the file not written yet). The file is asked first: when writing, the book has the customers of
// earlier rows too, and a match must name the same row whether the import writes or only checks. The same
// company's earlier row comes before any other match, so that its contacts join it even when a number is shared.
std::optional<ImportDuplicate> CustomerImporter::findDuplicate(
    Session &session, const ParsedImportRow &row, qint64 rowNumber, qint64 &customerId)
{
    const Customer &customer = row.customer;
    ImportDuplicate duplicate;
    duplicate.row = rowNumber;
    duplicate.name = customer.name;
    auto inBook = [&](QSqlQuery &query, DuplicateRule rule) {
        if (!session.bookHasCustomers || !query.exec() || !query.next())
            return false;
        duplicate.rule = rule;
        duplicate.existingId = query.value(0).toLongLong();
        duplicate.existingName = query.value(1).toString();
        session.matchedCity = query.value(2).toString();
        customerId = duplicate.existingId;
        query.finish();
        return true;
    };
    auto inFile = [&](DuplicateRule rule, const QString &value) {
        const auto found = session.fileKeys.constFind(fileKey(rule, value));
        if (found == session.fileKeys.constEnd())
            return false;
        duplicate.rule = rule;
        duplicate.earlierRow = found->row;
        customerId = found->customerId;
        return true;
    };
    if (inFile(DuplicateRule::NameAndCity, nameCityKey(customer)))
        return duplicate;
    for (const QString &normalized : row.phoneKeys + row.contactPhoneKeys) {
        session.byPoint->bindValue(0, QStringLiteral("phone"));
        session.byPoint->bindValue(1, normalized);
        if (inFile(DuplicateRule::Phone, normalized) || inBook(*session.byPoint, DuplicateRule::Phone))
            return duplicate;
    }
    QStringList emails = customer.emails;
    if (row.contact && !row.contact->email.isEmpty())
        emails << row.contact->email;
    for (const QString &email : std::as_const(emails)) {
        const QString normalized = Emails::normalized(email);
        session.byPoint->bindValue(0, QStringLiteral("email"));
        session.byPoint->bindValue(1, normalized);
        if (inFile(DuplicateRule::Email, normalized) || inBook(*session.byPoint, DuplicateRule::Email))
            return duplicate;
    }
    session.byNameCity->bindValue(0, SqlHelpers::text(customer.name));
    session.byNameCity->bindValue(1, SqlHelpers::text(customer.city));
    if (inBook(*session.byNameCity, DuplicateRule::NameAndCity))
        return duplicate;
    return std::nullopt;
}

void CustomerImporter::remember(Session &session, quint64 key, const FileRow &reference)
{
    session.fileKeys.insert(key, reference);
    // A customer not written yet: its id is filled in when it is (flushPending).
    if (session.write && reference.customerId == 0 && session.pending && session.pending->row == reference.row)
        session.pending->keys << key;
}

// Every key of a row that made a customer (or joined one): its name and city, numbers, addresses and contact.
void CustomerImporter::rememberKeys(Session &session, const ParsedImportRow &row, const FileRow &reference)
{
    rememberPointKeys(session, row, reference);
    remember(session, fileKey(DuplicateRule::NameAndCity, nameCityKey(row.customer)), reference);
    if (row.contact && !row.contact->name.trimmed().isEmpty())
        remember(session, contactKey(row.customer, row.contact->name), reference);
}

// The numbers and addresses of a row, as the customer's that it made or changed: a later row with one of them
// matches that customer whether the import writes or only checks.
void CustomerImporter::rememberPointKeys(Session &session, const ParsedImportRow &row, const FileRow &reference)
{
    for (const QString &normalized : row.phoneKeys + row.contactPhoneKeys)
        remember(session, fileKey(DuplicateRule::Phone, normalized), reference);
    for (const QString &email : row.customer.emails)
        remember(session, fileKey(DuplicateRule::Email, Emails::normalized(email)), reference);
    if (row.contact && !row.contact->email.isEmpty())
        remember(session, fileKey(DuplicateRule::Email, Emails::normalized(row.contact->email)), reference);
}

// What the row brings that the company of `earlierRow` does not have yet: its contact, or numbers of a contact it
// has, and the customer's numbers and addresses.
RowAdditions CustomerImporter::additionsOf(const Session &session, const ParsedImportRow &row, qint64 earlierRow)
{
    // Known to this company: a number another company of the file has is still new to this one.
    const auto known = [&session, earlierRow](quint64 key) {
        const auto found = session.fileKeys.constFind(key);
        return found != session.fileKeys.constEnd() && found->row == earlierRow;
    };
    RowAdditions additions;
    for (int i = 0; i < row.customer.phones.size() && i < row.phoneKeys.size(); ++i) {
        if (!known(fileKey(DuplicateRule::Phone, row.phoneKeys[i])))
            additions.phones << row.customer.phones[i];
    }
    for (const QString &email : row.customer.emails) {
        if (!known(fileKey(DuplicateRule::Email, Emails::normalized(email))))
            additions.emails << email;
    }
    if (!row.contact || row.contact->name.trimmed().isEmpty())
        return additions;
    additions.newContact = !known(contactKey(row.customer, row.contact->name));
    for (int i = 0; !additions.newContact && i < row.contact->phones.size() && i < row.contactPhoneKeys.size(); ++i) {
        if (!known(fileKey(DuplicateRule::Phone, row.contactPhoneKeys[i])))
            additions.contactPhones << row.contact->phones[i];
    }
    const QString &email = row.contact->email;
    if (!additions.newContact && !email.isEmpty() && !known(fileKey(DuplicateRule::Email, Emails::normalized(email))))
        additions.contactEmail = email;
    return additions;
}

// A company on several rows of the file, one contact on each (often its name in a cell merged down): a row skipped
// as a duplicate of the earlier row with the same name and city adds what the customer that row made lacks (a
// contact, numbers, addresses) instead of losing it. People are not joined: two customers called 张伟 in one city
// are two people. True when the row added something (or would, when checking).
Result<bool> CustomerImporter::joinEarlierRow(
    Session &session, const ParsedImportRow &row, ImportDuplicate &duplicate, qint64 customerId)
{
    // A row without a contact, "张伟, 北京, 13911112222" twice, is more likely two people than one company.
    if (duplicate.earlierRow == 0 || duplicate.rule != DuplicateRule::NameAndCity
        || row.customer.kind != CustomerKind::Company || !row.contact || row.contact->name.trimmed().isEmpty()
        || session.bookRows.contains(duplicate.earlierRow) // a customer of the book, which "skip" leaves alone
        || session.personRows.contains(duplicate.earlierRow)) // a row with a blank type after a person's
        return false;
    const RowAdditions additions = additionsOf(session, row, duplicate.earlierRow);
    if (additions.isEmpty())
        return false; // nothing new: a duplicate row
    if (session.write) {
        if (session.pending && session.pending->row == duplicate.earlierRow) {
            PendingCustomer &pending = *session.pending;
            applyAdditions(pending.customer, pending.contacts, row, additions);
            pending.addPhoneKeys(row);
            pending.joined = true;
        } else if (Status status = addToWrittenCustomer(session, customerId, row, additions); !status) {
            return status.error();
        }
    }
    duplicate.added = additions.described(row);
    rememberKeys(session, row, { duplicate.earlierRow, customerId });
    return true;
}

// A row skipped as a duplicate of a customer of the book by its number or address: the rows after it that repeat
// its company (name and city) are that customer's rows too, not a new company made from the second of them.
void CustomerImporter::rememberSkippedCompany(
    Session &session, const ParsedImportRow &row, const ImportDuplicate &duplicate, qint64 customerId)
{
    // A match by name and city needs nothing: the later rows match the book's customer the same way.
    if (duplicate.existingId == 0 || duplicate.rule == DuplicateRule::NameAndCity)
        return;
    const quint64 key = fileKey(DuplicateRule::NameAndCity, nameCityKey(row.customer));
    if (session.fileKeys.contains(key))
        return;
    session.fileKeys.insert(key, { duplicate.row, customerId });
    session.bookRows.insert(duplicate.row);
}

// A customer written already, read back and changed through the repositories (a company whose rows are apart).
Status CustomerImporter::addToWrittenCustomer(
    Session &session, qint64 id, const ParsedImportRow &row, const RowAdditions &additions)
{
    if (Status status = keepIndexesLive(session); !status)
        return status;
    CustomerRepository customers(m_db);
    ContactRepository contactsOf(m_db);
    auto customer = customers.find(id);
    if (!customer)
        return customer.error();
    auto contacts = contactsOf.forCustomer(id);
    if (!contacts)
        return contacts.error();
    const AppliedAdditions applied = applyAdditions(customer.value(), contacts.value(), row, additions);
    if (applied.customer) {
        if (Status status = customers.update(customer.value()); !status)
            return status;
    }
    if (applied.contact < 0)
        return {};
    const Contact &contact = contacts.value()[applied.contact];
    if (!applied.newContact)
        return contactsOf.update(contact);
    auto created = contactsOf.create(contact);
    return created ? Status() : Status(created.error());
}

// Before a customer the import wrote is read back: the indexes a bulk load leaves out until its end are built now,
// once, or every such read would go through every row written so far.
Status CustomerImporter::keepIndexesLive(Session &session)
{
    // The customer waiting in memory goes first, so that rows are written in the file's order (and a tag the
    // repositories add later is one the bulk writer has already written, or finds).
    if (auto written = flushPending(session); !written)
        return written.error();
    return session.writer ? session.writer->keepIndexesLive() : Status();
}

void CustomerImporter::startPending(Session &session, const ParsedImportRow &row, qint64 rowNumber, qint64 ownerId,
    const BulkCustomerWriter::SearchTexts &texts)
{
    PendingCustomer pending;
    pending.row = rowNumber;
    pending.customer = row.customer;
    pending.customer.ownerId = ownerId;
    if (row.contact)
        pending.contacts << *row.contact;
    pending.addPhoneKeys(row);
    pending.texts = texts;
    session.pending = std::move(pending);
    rememberKeys(session, row, { rowNumber, 0 });
}

// Writes the customer of the last new row, with what the rows after it added; its keys get its id. 0 when there
// is none.
Result<qint64> CustomerImporter::flushPending(Session &session)
{
    if (!session.pending)
        return qint64(0);
    PendingCustomer pending = std::move(*session.pending);
    session.pending.reset();
    session.phoneKeys = pending.phoneKeys;
    if (pending.joined) {
        pending.texts
            = BulkCustomerWriter::searchTexts(pending.customer, pending.contacts, [&pending](const QString &formatted) {
                  return pending.phoneKeys.value(formatted, PhoneNumbers::normalizedOrDigits(formatted));
              });
    }
    auto id = session.writer->add(pending.customer, pending.contacts, {}, &pending.texts);
    if (!id)
        return Error(id.error().message, {}, int(pending.row));
    session.summary.createdIds.add(id.value());
    for (quint64 key : std::as_const(pending.keys)) {
        const auto found = session.fileKeys.find(key);
        if (found != session.fileKeys.end() && found->row == pending.row && found->customerId == 0)
            found->customerId = id.value();
    }
    return id;
}

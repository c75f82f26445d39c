#pragma once

#include "domain/Customer.h"
#include "io/ImportRowParser.h"
#include "repo/BulkCustomerWriter.h"

#include <QHash>
#include <QList>
#include <QStringList>

// A company on several rows of an imported file, one contact on each (its name often in a cell merged down): what
// a later row adds to the customer the first row made. The importer decides what is new from the file's keys.
struct RowAdditions
{
    bool newContact = false; // the row's contact is not the customer's yet
    QStringList phones; // the customer's numbers it lacks
    QStringList emails; // the customer's addresses it lacks
    QStringList contactPhones; // numbers a contact it has already lacks (that contact on several rows)
    QString contactEmail; // an address of that contact new to the company

    bool isEmpty() const
    {
        return !newContact && phones.isEmpty() && emails.isEmpty() && contactPhones.isEmpty() && contactEmail.isEmpty();
    }
    // What is added, for the user: the new contact's name, then the numbers and addresses.
    QStringList described(const ParsedImportRow &row) const;
};

// What changed when additions were applied to a customer and its contacts.
struct AppliedAdditions
{
    bool customer = false; // its numbers, addresses or notes
    int contact = -1; // the index of the contact added or changed, -1 for none
    bool newContact = false;
};

// Adds the incoming numbers the list does not have yet (compared in their E.164 form).
void addNewPhones(QStringList &phones, const QStringList &incoming);
// Adds each line the notes do not have yet (an import run twice adds a phone's note once).
void addNoteLines(QString &notes, const QStringList &lines);
// Applies what a row adds to a customer and its contacts, in memory, with the row's tags and note lines the customer
// lacks. A new contact is the primary one when none is (unless the row says), so a company whose first row had no
// contact still has a primary contact.
AppliedAdditions applyAdditions(
    Customer &customer, QList<Contact> &contacts, const ParsedImportRow &row, const RowAdditions &additions);

// A customer the import made and has not written yet (when writing): the rows right after it that repeat its
// company join it here, so a company on several rows is written once with all its contacts by the bulk writer,
// not read back and updated for every row.
struct PendingCustomer
{
    qint64 row = 0; // the file row that made it
    Customer customer;
    QList<Contact> contacts;
    QHash<QString, QString> phoneKeys; // formatted -> E.164, of its numbers and its contacts'
    BulkCustomerWriter::SearchTexts texts; // made on the parsing thread for its first row
    bool joined = false; // rows joined it: its search texts are made again when it is written
    QList<quint64> keys; // the file keys pointing at it, given its id once it is written

    void addPhoneKeys(const ParsedImportRow &row);
};

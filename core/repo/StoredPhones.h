#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <utility>

// Phones a save did not change stay as they were written. The edit dialogs show a stored number in the user's
// region (PhoneNumbers::readableHere) and tidy its format when saved, so saving a customer for a new city turned a
// stored "(310) 458-0240" into "+1 310-458-0240" and logged a phone change nobody made (found by a review).
namespace StoredPhones {

struct Stored
{
    QString value;
    QString normalized;
};

// A customer's own phones (contactId 0) or a contact's (customerId unused), as stored, in order.
Result<QList<Stored>> read(const QSqlDatabase &db, qint64 customerId, qint64 contactId);
// `phone` as already stored when one of `stored` is the same number, else `phone` itself.
QString keptForm(const QString &phone, const QList<Stored> &stored);
// Whether the lists hold the same numbers in the same order, whatever their formats.
bool sameNumbers(const QStringList &a, const QStringList &b);
// Once per book (on opening it): the keys of numbers with an extension, stored before keys had one (";ext="), are
// made again, with the customers' search texts, so that two extensions of one switchboard are two numbers.
Status ensureKeys(const QSqlDatabase &db);

} // namespace StoredPhones

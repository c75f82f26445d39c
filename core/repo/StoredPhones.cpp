#include "StoredPhones.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/PhoneNumbers.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace StoredPhones {

Result<QList<Stored>> read(const QSqlDatabase &db, qint64 customerId, qint64 contactId)
{
    QSqlQuery query(db);
    if (contactId > 0) {
        // By customer too, so that SQLite looks the contact up in contact_points_by_owner instead of reading every
        // phone of the book.
        query.prepare(QStringLiteral("SELECT value, normalized FROM contact_points WHERE customer_id = ? AND "
                                     "contact_id = ? AND kind = 'phone' ORDER BY position"));
        query.addBindValue(customerId);
        query.addBindValue(contactId);
    } else {
        query.prepare(QStringLiteral("SELECT value, normalized FROM contact_points WHERE customer_id = ? AND "
                                     "contact_id IS NULL AND kind = 'phone' ORDER BY position"));
        query.addBindValue(customerId);
    }
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("StoredPhones", "Reading the phones"));
    QList<Stored> stored;
    while (query.next())
        stored.append({ query.value(0).toString(), query.value(1).toString() });
    return stored;
}

QString keptForm(const QString &phone, const QList<Stored> &stored)
{
    const QString normalized = PhoneNumbers::normalizedOrDigits(phone);
    for (const Stored &entry : stored) {
        if (!normalized.isEmpty() && entry.normalized == normalized)
            return entry.value;
    }
    return phone;
}

bool sameNumbers(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (PhoneNumbers::normalizedOrDigits(a[i]) != PhoneNumbers::normalizedOrDigits(b[i]))
            return false;
    }
    return true;
}

Status ensureKeys(const QSqlDatabase &db)
{
    static const QString kSetting = QStringLiteral("phone_keys");
    static const QString kVersion = QStringLiteral("extensions-1");
    LookupRepository settings(db);
    if (settings.setting(kSetting).value_or(QString()) == kVersion)
        return {};
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    // Extensions were written "ext", "x" or "#" (libphonenumber's words) before the Chinese ones were read.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, customer_id, value, normalized FROM contact_points WHERE kind = 'phone' "
                                   "AND (value LIKE '%ext%' OR value LIKE '%x%' OR value LIKE '%#%')")))
        return sqlError(query, QCoreApplication::translate("StoredPhones", "Updating the phone keys"));
    QList<std::pair<qint64, QString>> changed;
    QSet<qint64> customers;
    while (query.next()) {
        const QString key = PhoneNumbers::normalizedOrDigits(query.value(2).toString());
        if (key != query.value(3).toString()) {
            changed.append({ query.value(0).toLongLong(), key });
            customers.insert(query.value(1).toLongLong());
        }
    }
    query.finish();
    query.prepare(QStringLiteral("UPDATE contact_points SET normalized = ? WHERE id = ?"));
    for (const auto &[id, key] : std::as_const(changed)) {
        query.addBindValue(key);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("StoredPhones", "Updating the phone keys"));
    }
    CustomerRepository repository(db);
    for (const qint64 customer : std::as_const(customers)) {
        if (Status status = repository.refreshSearchText(customer); !status)
            return status;
    }
    if (Status status = settings.setSetting(kSetting, kVersion); !status)
        return status;
    return transaction.commit();
}

} // namespace StoredPhones

#include "StoredPhones.h"
#include "db/SqlError.h"
#include "domain/PhoneNumbers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace StoredPhones {

Result<QList<Stored>> read(const QSqlDatabase &db, qint64 customerId, qint64 contactId)
{
    QSqlQuery query(db);
    if (contactId > 0) {
        query.prepare(QStringLiteral(
            "SELECT value, normalized FROM contact_points WHERE contact_id = ? AND kind = 'phone' ORDER BY position"));
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

} // namespace StoredPhones

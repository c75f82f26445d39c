#pragma once

#include "Result.h"
#include "audit/AuditEntry.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The people to talk to at a customer. Saving a contact also refreshes the customer's search text.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<Contact>> forCustomer(qint64 customerId) const;
    Result<qint64> create(const Contact &contact);
    Status update(const Contact &contact);
    Status remove(qint64 contactId);
    // One live contact with its phones and email.
    Result<Contact> find(qint64 contactId) const;
    // The consent sources the book already uses ("web form", "trade fair", ...), most used first.
    Result<QStringList> consentSources() const;

private:
    Status write(const Contact &contact, qint64 id);
    Status audit(AuditEntry::Action action, qint64 contactId, qint64 customerId, const QJsonObject &changes);

    QSqlDatabase m_db;
};

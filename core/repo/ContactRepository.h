#pragma once

#include "Result.h"
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

private:
    Status write(const Contact &contact, qint64 id);

    QSqlDatabase m_db;
};

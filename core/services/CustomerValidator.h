#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>

// The rules a customer or contact must meet before it is saved. Each problem names its field.
// normalize() rewrites phones in a standard format and trims every field, after validate() found nothing.
class CustomerValidator
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)

public:
    static QList<Error> validate(const Customer &customer);
    static QList<Error> validate(const Contact &contact);
    static Customer normalized(Customer customer);
    static Contact normalized(Contact contact);

    // Splits a field holding several values ("a; b, c" or one per line).
    static QStringList splitList(const QString &text);
    // Why a single tag name cannot be used (it holds a separator of splitList, so the customer form and imports
    // would read two tags), or empty if it can.
    static QString tagNameProblem(const QString &name);
};

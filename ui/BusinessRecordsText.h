#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// The orders, quotes, contracts, complaints and follow-ups of customers about to leave the lists
// (CustomerRepository::businessRecords), as a question to the user names them: "3 orders, whose sales leave the
// reports", "1 quote".
class BusinessRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(BusinessRecordsText)

public:
    static QStringList parts(const QMap<QString, qint64> &records);
};

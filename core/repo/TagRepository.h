#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Tags given to many customers at once (a segment from a report, a selection in the list).
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    explicit TagRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Creates the tag when it is new and gives it to every customer in `ids` that does not have it yet, in one
    // transaction. Returns how many customers got it.
    Result<int> tagCustomers(const QList<qint64> &ids, const QString &tag);

private:
    QSqlDatabase m_db;
};

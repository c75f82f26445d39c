#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Notes on a customer and the timeline of everything that happened with them, newest first.
class TimelineRepository
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRepository)

public:
    explicit TimelineRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<qint64> addNote(const Note &note);
    Result<QList<TimelineEntry>> forCustomer(qint64 customerId, int limit = 500) const;

private:
    QSqlDatabase m_db;
};

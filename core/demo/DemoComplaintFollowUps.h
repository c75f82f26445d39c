#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// Callbacks and visits for the demo complaints (run after DemoComplaints): about two cases in three get one,
// scheduled a few minutes after the case came in and recorded in its history; answered cases have it done
// when they were answered, open ones still waiting have it planned, and half the cases in progress that were
// called also have a visit planned. One transaction, bulk inserts.
class DemoComplaintFollowUps
{
    Q_DECLARE_TR_FUNCTIONS(DemoComplaintFollowUps)

public:
    static Status generate(QSqlDatabase db, quint64 seed, const QDateTime &nowUtc);
};

#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// Demo complaints for a demo book whose customers are written: about one case per 25 customers (at least 40),
// received over the last year, in every state of the workflow with its history, due times, resolutions and
// satisfaction scores, in Chinese for Chinese customers and in English for the others. One transaction.
class DemoComplaints
{
    Q_DECLARE_TR_FUNCTIONS(DemoComplaints)

public:
    static Status generate(QSqlDatabase db, quint64 seed, const QDateTime &nowUtc);
};

#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <random>

// Demo follow-ups and contracts for a demo book's customers: about three years of done calls, visits and emails,
// planned ones (some overdue, a few repeating), contracts (some ending soon, some lapsed, some renewed once or
// twice) and the renewal follow-ups they call for. Written with bulk statements in the caller's transaction;
// the same seed and the same "now" give the same rows.
class DemoFollowUps
{
    Q_DECLARE_TR_FUNCTIONS(DemoFollowUps)

public:
    DemoFollowUps(QSqlDatabase db, quint64 seed, QDateTime nowUtc);

    Status generate();

private:
    struct CustomerInfo
    {
        qint64 id = 0;
        qint64 ownerId = 0;
        QString tier;
        QDateTime createdAt;
        bool chinese = true;
        bool company = true;
    };

    quint64 next() { return m_rng(); }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QString uuid();
    QDateTime workingMoment(const QDate &day);

    Status deferIndexes();
    Status restoreIndexes();

    QSqlDatabase m_db;
    std::mt19937_64 m_rng;
    QDateTime m_now;
    quint64 m_uuidCounter = 0;
    QStringList m_deferredIndexes;
};

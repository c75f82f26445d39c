#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

enum class LifecycleState
{
    Prospect,
    New,
    Active,
    AtRisk,
    Lapsed
};

// One customer's purchase dates (orders with a positive revenue), in any order, and a value to rank warnings by.
struct PurchaseHistory
{
    qint64 customerId = 0;
    QList<QDate> purchases;
    qint64 value = 0;
};

struct LifecycleRow
{
    qint64 customerId = 0;
    LifecycleState state = LifecycleState::Prospect;
    int daysSinceLastPurchase = -1; // -1 for prospects
    int usualIntervalDays = 0; // the customer's median gap between purchases (or the fallback)
    qint64 value = 0;
};

struct MonthlyChurn
{
    QDate month; // its first day
    int aliveAtStart = 0;
    int churned = 0;
    int lapsedAtStart = 0;
    int reactivated = 0;
    double churnRate = 0; // churned / aliveAtStart
    double reactivationRate = 0; // reactivated / lapsedAtStart
};

// Where each customer stands, and how many slip away or come back each month. Rules, as of a date (purchases
// after it are ignored):
// - prospect: no purchase yet;
// - lapsed: no purchase for more than lapsedDays;
// - new: the first purchase is at most newDays old;
// - at risk: the time since the last purchase is more than riskPercent % of the customer's usual interval (the
//   median gap between consecutive purchases, the lower middle one for an even count, at least one day; the
//   fallback interval for a customer with one purchase);
// - active: everyone else.
// A customer lapses on the day lapsedDays + 1 after a purchase not followed by another. Churn in a month: of the
// customers alive (bought before the month, not lapsed) at its start, those who lapse in it. Reactivation: of
// those lapsed at its start, those who buy in it.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    struct Options
    {
        int newDays = 90;
        int lapsedDays = 365;
        int riskPercent = 200;
        int fallbackIntervalDays = 90;
    };

    static QList<LifecycleRow> classify(const QList<PurchaseHistory> &customers, QDate asOf, const Options &options);
    // At-risk customers, the most valuable first (ties by id): the list to act on.
    static QList<LifecycleRow> warnings(const QList<LifecycleRow> &rows);
    // One row per month from the month of `from` to the month of `asOf`; the last month counts up to asOf.
    static QList<MonthlyChurn> monthlyChurn(
        const QList<PurchaseHistory> &customers, QDate from, QDate asOf, const Options &options);

    static QList<LifecycleState> allStates();
    static QString key(LifecycleState state);
    static QString name(LifecycleState state);
};

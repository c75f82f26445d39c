#pragma once

#include "SalesFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The standard RFM segment map, from the best customers to the lost ones.
enum class RfmSegment
{
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CannotLoseThem,
    Hibernating,
    Lost
};

struct RfmScore
{
    qint64 customerId = 0;
    int recencyDays = 0; // days from the last purchase to the as-of date
    int frequency = 0; // purchases in the period
    qint64 monetary = 0; // revenue in the period, refunds included
    int r = 0;
    int f = 0;
    int m = 0;
    RfmSegment segment = RfmSegment::Lost;
};

struct RfmSegmentSummary
{
    RfmSegment segment = RfmSegment::Lost;
    int customers = 0;
    qint64 revenue = 0;
    double customerShare = 0; // 0..1
    double revenueShare = 0; // 0..1 of the positive revenue of all scored customers
};

// Recency, frequency and monetary value, scored 1 (worst) to 5 (best) by quintiles.
//
// Tie rule: a customer's score is 1 + floor(5 × W / N), where N is the number of scored customers and W the
// number of them with a strictly worse value (a longer recency, fewer purchases, less revenue). Equal values
// always get equal scores, the result does not depend on the input order, and it equals SQL's
// 1 + 5 * (RANK() OVER (ORDER BY value worst first) - 1) / N in integer arithmetic.
//
// Only customers with at least one purchase in the period are scored. The segment comes from R and the
// combined FM = (F + M + 1) / 2 (integer division) through the grid in segmentFor().
class Rfm
{
    Q_DECLARE_TR_FUNCTIONS(Rfm)

public:
    static QList<RfmScore> score(const QList<CustomerTotals> &totals, QDate asOf);
    static int quintile(qint64 strictlyWorse, qint64 count);
    static RfmSegment segmentFor(int r, int f, int m);
    // One row per segment in enum order, empty segments included.
    static QList<RfmSegmentSummary> summarize(const QList<RfmScore> &scores);

    static QList<RfmSegment> allSegments();
    static QString key(RfmSegment segment); // stable English key for CSV/JSON, e.g. "cannot_lose_them"
    static QString name(RfmSegment segment);
    static QString description(RfmSegment segment);
    static QString suggestedAction(RfmSegment segment);
};

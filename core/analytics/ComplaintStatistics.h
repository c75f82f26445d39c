#pragma once

#include "analytics/TermFrequency.h"
#include "domain/Complaint.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

struct KeyCount
{
    QString key;
    int count = 0;
    bool operator==(const KeyCount &other) const = default;
};

// Satisfaction of the cases closed in one month.
struct MonthlySatisfaction
{
    QString month; // yyyy-MM
    int csatCount = 0;
    std::optional<double> csatAverage;
    int npsCount = 0;
    std::optional<double> nps;
};

struct ComplaintStatistics
{
    int total = 0;
    QList<KeyCount> byCategory; // codes, most first, then by code
    QList<KeyCount> bySeverity; // critical, high, medium, low (all four, zeros included)
    QList<KeyCount> byStatus; // in workflow order, all five
    QList<KeyCount> byMonth; // yyyy-MM of receipt, in order, months without complaints included
    // Hours from receipt to the first response and to the resolution, over the cases that have them.
    std::optional<double> averageResponseHours;
    std::optional<double> averageResolutionHours;
    // A due time is met when answered / resolved by it, missed when answered / resolved after it or still
    // waiting past it at the time of the statistics; cases still within their time count in neither.
    int responseMet = 0;
    int responseMissed = 0;
    std::optional<double> responseCompliancePercent;
    int resolutionMet = 0;
    int resolutionMissed = 0;
    std::optional<double> resolutionCompliancePercent;
    int csatCount = 0;
    std::optional<double> csatAverage;
    // NPS = % promoters (9-10) - % detractors (0-6) of the cases with a score.
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    std::optional<double> nps;
    QList<MonthlySatisfaction> satisfactionByMonth; // by month of closing
    // Customers and products with more than one complaint, most first (customer key: its name).
    QList<KeyCount> repeatedCustomers;
    QList<KeyCount> repeatedProducts;
    QList<TermCount> frequentTerms;
};

// Pure statistics over the given cases (a repository query chose them); `nowUtc` decides which open cases are
// already late, `zone` which month a moment falls in.
ComplaintStatistics computeComplaintStatistics(
    const QList<Complaint> &complaints, const QDateTime &nowUtc, const QTimeZone &zone, int termLimit = 20);

// % promoters - % detractors, or nothing without scores.
std::optional<double> netPromoterScore(const QList<int> &scores);

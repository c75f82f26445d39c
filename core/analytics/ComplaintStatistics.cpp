#include "ComplaintStatistics.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

QList<KeyCount> sortedCounts(const QHash<QString, int> &counts, int minimum)
{
    QList<KeyCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= minimum)
            list << KeyCount { it.key(), it.value() };
    }
    std::sort(list.begin(), list.end(),
        [](const KeyCount &a, const KeyCount &b) { return a.count != b.count ? a.count > b.count : a.key < b.key; });
    return list;
}

std::optional<double> average(double sum, int count)
{
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

std::optional<double> percent(int part, int whole)
{
    return whole > 0 ? std::optional<double>(100.0 * part / whole) : std::nullopt;
}

QString monthOf(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM"));
}

// Every month from the first to the last key, so that charts show empty months as zero.
QList<KeyCount> filledMonths(const QMap<QString, int> &counts)
{
    QList<KeyCount> months;
    if (counts.isEmpty())
        return months;
    QDate month = QDate::fromString(counts.firstKey() + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(counts.lastKey() + QStringLiteral("-01"), Qt::ISODate);
    for (; month.isValid() && month <= last; month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        months << KeyCount { key, counts.value(key) };
    }
    return months;
}

// Met (+1), missed (-1) or not yet decided (0) for one due time.
int dueOutcome(const QDateTime &done, const QDateTime &due, const QDateTime &now)
{
    if (done.isValid())
        return done <= due ? 1 : -1;
    return now > due ? -1 : 0;
}

} // namespace

std::optional<double> netPromoterScore(const QList<int> &scores)
{
    if (scores.isEmpty())
        return std::nullopt;
    const auto promoters = std::count_if(scores.begin(), scores.end(), [](int s) { return s >= 9; });
    const auto detractors = std::count_if(scores.begin(), scores.end(), [](int s) { return s <= 6; });
    return 100.0 * double(promoters - detractors) / double(scores.size());
}

ComplaintStatistics computeComplaintStatistics(
    const QList<Complaint> &complaints, const QDateTime &nowUtc, const QTimeZone &zone, int termLimit)
{
    ComplaintStatistics stats;
    stats.total = int(complaints.size());
    QHash<QString, int> categories, products;
    QHash<QString, QString> productNames; // product key -> the spelling first seen
    QHash<qint64, int> customers;
    QHash<qint64, QString> customerNames;
    QHash<ComplaintSeverity, int> severities;
    QHash<ComplaintStatus, int> statuses;
    QMap<QString, int> months;
    QMap<QString, QList<int>> csatByMonth, npsByMonth;
    QList<int> npsScores;
    double responseHours = 0, resolutionHours = 0, csatSum = 0;
    int responded = 0, resolved = 0;
    QStringList texts;
    for (const Complaint &c : complaints) {
        ++categories[c.category];
        ++severities[c.severity];
        ++statuses[c.status];
        ++months[monthOf(c.receivedAt, zone)];
        ++customers[c.customerId];
        customerNames.insert(c.customerId, c.customerName);
        if (!c.productRef.trimmed().isEmpty()) {
            // One product whatever its spelling's case and spaces. Not by its link to the catalogue: editing the
            // product's text keeps the old link.
            const QString key = c.productRef.simplified().toCaseFolded();
            ++products[key];
            if (!productNames.contains(key))
                productNames.insert(key, c.productRef.simplified());
        }
        if (c.respondedAt.isValid()) {
            responseHours += c.receivedAt.secsTo(c.respondedAt) / 3600.0;
            ++responded;
        }
        if (c.resolvedAt.isValid()) {
            resolutionHours += c.receivedAt.secsTo(c.resolvedAt) / 3600.0;
            ++resolved;
        }
        const int response = dueOutcome(c.respondedAt, c.responseDueAt, nowUtc);
        stats.responseMet += response > 0;
        stats.responseMissed += response < 0;
        const int resolution = dueOutcome(c.resolvedAt, c.resolutionDueAt, nowUtc);
        stats.resolutionMet += resolution > 0;
        stats.resolutionMissed += resolution < 0;
        const QString closedMonth = c.closedAt.isValid() ? monthOf(c.closedAt, zone) : QString();
        if (c.csat) {
            csatSum += *c.csat;
            ++stats.csatCount;
            if (!closedMonth.isEmpty())
                csatByMonth[closedMonth] << *c.csat;
        }
        if (c.nps) {
            npsScores << *c.nps;
            stats.promoters += *c.nps >= 9;
            stats.passives += *c.nps == 7 || *c.nps == 8;
            stats.detractors += *c.nps <= 6;
            if (!closedMonth.isEmpty())
                npsByMonth[closedMonth] << *c.nps;
        }
        texts << c.summary + QLatin1Char('\n') + c.description;
    }
    stats.byCategory = sortedCounts(categories, 1);
    for (ComplaintSeverity severity : allComplaintSeverities())
        stats.bySeverity << KeyCount { toString(severity), severities.value(severity) };
    for (ComplaintStatus status : allComplaintStatuses())
        stats.byStatus << KeyCount { toString(status), statuses.value(status) };
    stats.byMonth = filledMonths(months);
    stats.averageResponseHours = average(responseHours, responded);
    stats.averageResolutionHours = average(resolutionHours, resolved);
    stats.responseCompliancePercent = percent(stats.responseMet, stats.responseMet + stats.responseMissed);
    stats.resolutionCompliancePercent = percent(stats.resolutionMet, stats.resolutionMet + stats.resolutionMissed);
    stats.csatAverage = average(csatSum, stats.csatCount);
    stats.nps = netPromoterScore(npsScores);
    // Every month from the first to the last with a score, months without one left empty: the chart's months are
    // categories, and leaving a month out joined its neighbours as if they were one month apart.
    QMap<QString, int> scoredMonths;
    for (const QString &month : csatByMonth.keys() + npsByMonth.keys())
        scoredMonths.insert(month, 1);
    for (const KeyCount &scored : filledMonths(scoredMonths)) {
        const QString &month = scored.key;
        MonthlySatisfaction entry;
        entry.month = month;
        const QList<int> csat = csatByMonth.value(month);
        entry.csatCount = int(csat.size());
        double sum = 0;
        for (int score : csat)
            sum += score;
        entry.csatAverage = average(sum, entry.csatCount);
        const QList<int> nps = npsByMonth.value(month);
        entry.npsCount = int(nps.size());
        entry.nps = netPromoterScore(nps);
        stats.satisfactionByMonth << entry;
    }
    QHash<QString, int> repeated;
    for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
        if (it.value() >= 2)
            repeated.insert(customerNames.value(it.key()), it.value());
    }
    stats.repeatedCustomers = sortedCounts(repeated, 2);
    QHash<QString, int> named;
    for (auto it = products.cbegin(); it != products.cend(); ++it)
        named.insert(productNames.value(it.key()), it.value());
    stats.repeatedProducts = sortedCounts(named, 2);
    stats.frequentTerms = frequentTerms(texts, termLimit);
    return stats;
}

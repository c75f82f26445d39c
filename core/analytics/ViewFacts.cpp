#include "ViewFacts.h"

#include <algorithm>

QList<ViewBucket> distribute(const QList<std::pair<qint64, double>> &values, const QList<double> &bounds)
{
    QList<ViewBucket> buckets(bounds.size() + 1);
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        buckets[i].high = bounds[i];
        buckets[i + 1].low = bounds[i];
    }
    QList<std::pair<qint64, double>> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[id, value] : sorted) {
        const auto index = std::upper_bound(bounds.begin(), bounds.end(), value) - bounds.begin();
        ++buckets[index].customers;
        buckets[index].customerIds << id;
    }
    for (ViewBucket &bucket : buckets)
        bucket.share = values.isEmpty() ? 0 : double(bucket.customers) / double(values.size());
    return buckets;
}

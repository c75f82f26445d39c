#include "Clustering.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace {

using Point = std::array<double, 3>;

double distance2(const Point &a, const Point &b)
{
    double sum = 0;
    for (size_t i = 0; i < a.size(); ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return sum;
}

// A uniform double in [0, 1) from the top 53 bits: the same on every standard library.
double uniform(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

std::vector<Point> standardisedPoints(const QList<RfmScore> &scores)
{
    std::vector<Point> points;
    points.reserve(size_t(scores.size()));
    for (const RfmScore &score : scores)
        points.push_back({ std::log1p(double(score.recencyDays)), std::log1p(double(score.frequency)),
            std::log1p(double(std::max<qint64>(score.monetary, 0))) });
    for (size_t axis = 0; axis < 3; ++axis) {
        double mean = 0;
        for (const Point &p : points)
            mean += p[axis];
        mean /= double(std::max<size_t>(points.size(), 1));
        double variance = 0;
        for (const Point &p : points)
            variance += (p[axis] - mean) * (p[axis] - mean);
        const double deviation = std::sqrt(variance / double(std::max<size_t>(points.size(), 1)));
        for (Point &p : points)
            p[axis] = deviation > 0 ? (p[axis] - mean) / deviation : 0;
    }
    return points;
}

std::vector<Point> seedCentres(const std::vector<Point> &points, int k, std::mt19937_64 &rng)
{
    std::vector<Point> centres { points[size_t(uniform(rng) * double(points.size()))] };
    std::vector<double> nearest(points.size(), std::numeric_limits<double>::max());
    while (int(centres.size()) < k) {
        double total = 0;
        for (size_t i = 0; i < points.size(); ++i) {
            nearest[i] = std::min(nearest[i], distance2(points[i], centres.back()));
            total += nearest[i];
        }
        if (total <= 0) { // fewer distinct points than k: repeat one, its cluster stays empty
            centres.push_back(centres.back());
            continue;
        }
        double target = uniform(rng) * total;
        size_t chosen = points.size() - 1;
        for (size_t i = 0; i < points.size(); ++i) {
            target -= nearest[i];
            if (target < 0) {
                chosen = i;
                break;
            }
        }
        centres.push_back(points[chosen]);
    }
    return centres;
}

int nearestCentre(const Point &point, const std::vector<Point> &centres)
{
    int best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (size_t c = 0; c < centres.size(); ++c) {
        const double d = distance2(point, centres[c]);
        if (d < bestDistance) {
            bestDistance = d;
            best = int(c);
        }
    }
    return best;
}

} // namespace

ClusteringResult Clustering::cluster(const QList<RfmScore> &scores, int k, quint64 seed)
{
    ClusteringResult result;
    if (scores.isEmpty() || k < 1)
        return result;
    k = std::min<int>(k, int(scores.size()));
    const std::vector<Point> points = standardisedPoints(scores);
    std::mt19937_64 rng(seed);
    std::vector<Point> centres = seedCentres(points, k, rng);
    std::vector<int> assignment(points.size(), -1);
    for (result.iterations = 1; result.iterations <= 100; ++result.iterations) {
        bool moved = false;
        for (size_t i = 0; i < points.size(); ++i) {
            const int c = nearestCentre(points[i], centres);
            moved = moved || c != assignment[i];
            assignment[i] = c;
        }
        std::vector<Point> sums(static_cast<size_t>(k), Point {});
        std::vector<int> counts(static_cast<size_t>(k), 0);
        for (size_t i = 0; i < points.size(); ++i) {
            for (size_t axis = 0; axis < 3; ++axis)
                sums[size_t(assignment[i])][axis] += points[i][axis];
            ++counts[size_t(assignment[i])];
        }
        for (size_t c = 0; c < size_t(k); ++c) {
            for (size_t axis = 0; axis < 3 && counts[c] > 0; ++axis)
                centres[c][axis] = sums[c][axis] / counts[c];
        }
        if (!moved)
            break;
    }
    result.iterations = std::min(result.iterations, 100);

    // Profiles in original units, then renumber by mean monetary value, highest first.
    std::vector<ClusterProfile> profiles(static_cast<size_t>(k));
    for (size_t i = 0; i < points.size(); ++i) {
        ClusterProfile &profile = profiles[size_t(assignment[i])];
        ++profile.customers;
        profile.meanRecencyDays += scores[qsizetype(i)].recencyDays;
        profile.meanFrequency += scores[qsizetype(i)].frequency;
        profile.meanMonetary += double(scores[qsizetype(i)].monetary);
        result.inertia += distance2(points[i], centres[size_t(assignment[i])]);
    }
    std::vector<int> order(static_cast<size_t>(k));
    for (int c = 0; c < k; ++c) {
        ClusterProfile &profile = profiles[size_t(c)];
        profile.centre = centres[size_t(c)];
        const double n = std::max(profile.customers, 1);
        profile.meanRecencyDays /= n;
        profile.meanFrequency /= n;
        profile.meanMonetary /= n;
        profile.description = describe(profile.centre);
        order[size_t(c)] = c;
    }
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return profiles[size_t(a)].meanMonetary > profiles[size_t(b)].meanMonetary; });
    std::vector<int> renumbered(static_cast<size_t>(k));
    for (int rank = 0; rank < k; ++rank) {
        renumbered[size_t(order[size_t(rank)])] = rank;
        ClusterProfile profile = profiles[size_t(order[size_t(rank)])];
        profile.cluster = rank;
        result.clusters.append(profile);
    }
    for (int c : assignment)
        result.assignment.append(renumbered[size_t(c)]);
    return result;
}

double Clustering::silhouette(const QList<RfmScore> &scores, const ClusteringResult &result, int sampleSize)
{
    const int k = int(result.clusters.size());
    if (k < 2 || scores.size() < 2)
        return 0;
    const std::vector<Point> points = standardisedPoints(scores);
    const size_t step = std::max<size_t>(1, points.size() / size_t(std::max(sampleSize, 1)));
    std::vector<size_t> sample;
    for (size_t i = 0; i < points.size() && int(sample.size()) < sampleSize; i += step)
        sample.push_back(i);
    double total = 0;
    for (size_t i : sample) {
        std::vector<double> sum(static_cast<size_t>(k), 0);
        std::vector<int> count(static_cast<size_t>(k), 0);
        for (size_t j : sample) {
            if (j == i)
                continue;
            const int c = result.assignment[qsizetype(j)];
            sum[size_t(c)] += std::sqrt(distance2(points[i], points[j]));
            ++count[size_t(c)];
        }
        const int own = result.assignment[qsizetype(i)];
        if (count[size_t(own)] == 0)
            continue; // a lone point scores 0 by convention
        const double a = sum[size_t(own)] / count[size_t(own)];
        double b = std::numeric_limits<double>::max();
        for (int c = 0; c < k; ++c) {
            if (c != own && count[size_t(c)] > 0)
                b = std::min(b, sum[size_t(c)] / count[size_t(c)]);
        }
        if (b == std::numeric_limits<double>::max())
            continue;
        const double larger = std::max(a, b);
        total += larger > 0 ? (b - a) / larger : 0;
    }
    return sample.empty() ? 0 : total / double(sample.size());
}

int Clustering::suggestK(const QList<RfmScore> &scores, quint64 seed, int minK, int maxK)
{
    int best = minK;
    double bestScore = -2;
    for (int k = minK; k <= maxK && k <= scores.size(); ++k) {
        const double score = silhouette(scores, cluster(scores, k, seed));
        if (score > bestScore + 1e-12) {
            bestScore = score;
            best = k;
        }
    }
    return best;
}

QString Clustering::describe(const Point &centre)
{
    // Half a standard deviation from the mean on an axis is worth a word.
    constexpr double kNotable = 0.5;
    QStringList words;
    if (centre[0] < -kNotable)
        words << tr("bought recently");
    else if (centre[0] > kNotable)
        words << tr("not seen for a long time");
    if (centre[1] > kNotable)
        words << tr("buy often");
    else if (centre[1] < -kNotable)
        words << tr("buy rarely");
    if (centre[2] > kNotable)
        words << tr("spend a lot");
    else if (centre[2] < -kNotable)
        words << tr("spend little");
    if (words.isEmpty())
        return tr("Average customers");
    //: Joins the traits of a customer group, e.g. "bought recently, buy often".
    return words.join(tr(", "));
}

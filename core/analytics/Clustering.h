#pragma once

#include "Rfm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

struct ClusterProfile
{
    int cluster = 0;
    int customers = 0;
    double meanRecencyDays = 0;
    double meanFrequency = 0;
    double meanMonetary = 0; // minor units
    std::array<double, 3> centre {}; // in standardised log-RFM units (recency, frequency, monetary)
    QString description; // in words, e.g. "Recent, frequent, big spenders"
};

struct ClusteringResult
{
    QList<int> assignment; // cluster of each input score, in input order
    QList<ClusterProfile> clusters;
    double inertia = 0; // sum of squared distances to the centres
    int iterations = 0;
};

// k-means on standardised log-RFM: each customer is (ln(1 + recency days), ln(1 + purchases),
// ln(1 + max(revenue, 0))) with each axis scaled to mean 0 and standard deviation 1. Seeded with k-means++ from
// a 64-bit Mersenne Twister (own uniform mapping, so a seed gives the same clusters on every platform), then
// Lloyd iterations until nothing moves (at most 100). Clusters are numbered by mean monetary value, highest first.
class Clustering
{
    Q_DECLARE_TR_FUNCTIONS(Clustering)

public:
    static ClusteringResult cluster(const QList<RfmScore> &scores, int k, quint64 seed);
    // Mean silhouette of a clustering, over at most sampleSize customers taken at even steps (0 when k < 2).
    static double silhouette(const QList<RfmScore> &scores, const ClusteringResult &result, int sampleSize = 2000);
    // The k in [minK, maxK] with the best silhouette (the smaller k on a tie).
    static int suggestK(const QList<RfmScore> &scores, quint64 seed, int minK = 2, int maxK = 8);

private:
    static QString describe(const std::array<double, 3> &centre);
};

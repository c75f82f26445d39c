#include "analytics/Clustering.h"
#include "../TestSupport.h"

#include <gtest/gtest.h>

namespace {

// Groups of customers around distinct (recency, frequency, monetary) centres, with a little spread.
QList<RfmScore> groups(const QList<std::array<int, 3>> &centres, int perGroup)
{
    QList<RfmScore> scores;
    qint64 id = 1;
    for (const auto &centre : centres) {
        for (int i = 0; i < perGroup; ++i) {
            RfmScore score;
            score.customerId = id++;
            score.recencyDays = centre[0] + i % 3;
            score.frequency = centre[1];
            score.monetary = qint64(centre[2]) * (100 + i % 5) / 100;
            scores.append(score);
        }
    }
    return scores;
}

const std::array<int, 3> kRecentBig { 5, 40, 5000000 };
const std::array<int, 3> kOldSmall { 600, 1, 20000 };
const std::array<int, 3> kMiddle { 90, 6, 300000 };

} // namespace

TEST(ClusteringTest, SeparatesTwoClearGroupsAndNumbersThemByValue)
{
    const QList<RfmScore> scores = groups({ kOldSmall, kRecentBig }, 30);
    const ClusteringResult result = Clustering::cluster(scores, 2, 7);
    ASSERT_EQ(result.assignment.size(), 60);
    ASSERT_EQ(result.clusters.size(), 2);
    for (int i = 0; i < 60; ++i)
        EXPECT_EQ(result.assignment[i], i < 30 ? 1 : 0) << i; // the big spenders are cluster 0
    EXPECT_EQ(result.clusters[0].customers, 30);
    EXPECT_NEAR(result.clusters[0].meanRecencyDays, 6.0, 0.01);
    EXPECT_NEAR(result.clusters[0].meanFrequency, 40.0, 0.01);
    EXPECT_EQ(result.clusters[0].description, QStringLiteral("bought recently, buy often, spend a lot"));
    EXPECT_EQ(result.clusters[1].description, QStringLiteral("not seen for a long time, buy rarely, spend little"));
    EXPECT_GT(Clustering::silhouette(scores, result), 0.9);
}

TEST(ClusteringTest, TheSameSeedGivesTheSameClusters)
{
    QList<RfmScore> scores = groups({ kOldSmall, kMiddle, kRecentBig }, 40);
    // Blur the groups so that seeding matters.
    for (int i = 0; i < scores.size(); ++i)
        scores[i].recencyDays += (i * 37) % 200;
    const ClusteringResult first = Clustering::cluster(scores, 4, 42);
    const ClusteringResult again = Clustering::cluster(scores, 4, 42);
    EXPECT_EQ(first.assignment, again.assignment);
    EXPECT_DOUBLE_EQ(first.inertia, again.inertia);
    EXPECT_GE(first.iterations, 1);
    EXPECT_LE(first.iterations, 100);
}

TEST(ClusteringTest, SuggestsTheNumberOfGroups)
{
    EXPECT_EQ(Clustering::suggestK(groups({ kOldSmall, kRecentBig }, 25), 1), 2);
    EXPECT_EQ(Clustering::suggestK(groups({ kOldSmall, kMiddle, kRecentBig }, 25), 1), 3);
}

TEST(ClusteringTest, EdgeCasesDoNotCrash)
{
    EXPECT_TRUE(Clustering::cluster({}, 3, 1).clusters.isEmpty());
    const QList<RfmScore> one = groups({ kMiddle }, 1);
    const ClusteringResult single = Clustering::cluster(one, 3, 1); // k is capped at the number of customers
    ASSERT_EQ(single.clusters.size(), 1);
    EXPECT_EQ(single.assignment, QList<int> { 0 });
    EXPECT_EQ(single.clusters[0].description, QStringLiteral("Average customers"));
    // Identical customers: one real cluster, the others stay empty.
    QList<RfmScore> same = one + one + one;
    const ClusteringResult identical = Clustering::cluster(same, 2, 1);
    EXPECT_EQ(identical.clusters[0].customers + identical.clusters[1].customers, 3);
    EXPECT_EQ(Clustering::silhouette(same, identical), 0);
}

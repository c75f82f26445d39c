#include "io/RowPipe.h"

#include <QString>

#include <gtest/gtest.h>

#include <thread>

namespace {

using TextPipe = BatchPipe<QList<QString>>;

QList<QString> numbered(int from, int count)
{
    QList<QString> batch;
    for (int i = from; i < from + count; ++i)
        batch << QString::number(i);
    return batch;
}

TEST(RowPipeTest, EveryBatchArrivesInOrderAndComesBackToItsProducer)
{
    TextPipe pipe(2);
    QList<QString> received;
    std::thread consumer([&] {
        while (auto batch = pipe.pop()) {
            received += *batch;
            pipe.giveBack(std::move(*batch));
        }
    });
    qsizetype givenBack = 0;
    for (int i = 0; i < 50; ++i) {
        for (const QList<QString> &spent : pipe.takeSpent())
            givenBack += spent.size();
        ASSERT_TRUE(pipe.push(numbered(i * 10, 10)));
    }
    pipe.close();
    consumer.join();
    for (const QList<QString> &spent : pipe.takeSpent())
        givenBack += spent.size();
    EXPECT_EQ(received, numbered(0, 500));
    // The consumer let go of nothing itself: each batch came back whole, to be freed on the producer's thread.
    EXPECT_EQ(givenBack, 500);
    EXPECT_TRUE(pipe.takeSpent().empty());
}

TEST(RowPipeTest, AStoppedPipeRefusesBatchesAndKeepsNoneBack)
{
    TextPipe pipe;
    ASSERT_TRUE(pipe.push(numbered(0, 3)));
    auto batch = pipe.pop();
    ASSERT_TRUE(batch.has_value());
    pipe.stop();
    pipe.giveBack(std::move(*batch));
    EXPECT_TRUE(pipe.takeSpent().empty());
    EXPECT_FALSE(pipe.push(numbered(3, 3)));
    EXPECT_FALSE(pipe.pop().has_value());
}

} // namespace

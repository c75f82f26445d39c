#include "../core/TestSupport.h"

#include "BookReader.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

namespace {

class BookReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = Database::open(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        m_book = std::move(book).value();
        QSqlQuery query(m_book->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE counts (n INTEGER)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO counts VALUES (7)")));
    }

    // A read of the one number in the table, shown by storing it.
    BookReader::Read readCount(int *shown, std::atomic<QThread *> *thread = nullptr)
    {
        return [shown, thread](const QSqlDatabase &book) -> Result<std::function<void()>> {
            if (thread)
                *thread = QThread::currentThread();
            QSqlQuery query(book);
            if (!query.exec(QStringLiteral("SELECT n FROM counts")) || !query.next())
                return Error(query.lastError().text());
            const int n = query.value(0).toInt();
            return std::function<void()>([shown, n] { *shown = n; });
        };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
};

} // namespace

TEST_F(BookReaderTest, ReadsOnAPoolThreadAndShowsOnTheGuiThread)
{
    BookReader reader(m_book->path(), nullptr);
    int shown = 0;
    std::atomic<QThread *> thread = nullptr;
    reader.read(readCount(&shown, &thread), [](const Error &) { FAIL(); });
    EXPECT_TRUE(reader.isReading());
    EXPECT_EQ(shown, 0); // nothing is shown before the GUI thread takes the result
    // Not wait(): waiting for a read that has not started yet runs it on the waiting thread.
    QElapsedTimer timer;
    timer.start();
    while (reader.isReading() && timer.elapsed() < 30000) {
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
    EXPECT_FALSE(reader.isReading());
    EXPECT_EQ(shown, 7);
    EXPECT_NE(thread.load(), nullptr);
    EXPECT_NE(thread.load(), QThread::currentThread());
}

TEST_F(BookReaderTest, ReadsAskedForWhileOneRunsComeDownToTheNewest)
{
    BookReader reader(m_book->path(), nullptr);
    QList<int> shown;
    auto readTagged = [&shown](int tag) -> BookReader::Read {
        return [&shown, tag](const QSqlDatabase &) -> Result<std::function<void()>> {
            return std::function<void()>([&shown, tag] { shown << tag; });
        };
    };
    reader.read(readTagged(1), [](const Error &) { FAIL(); });
    reader.read(readTagged(2), [](const Error &) { FAIL(); });
    reader.read(readTagged(3), [](const Error &) { FAIL(); });
    reader.wait();
    // The first was running when the others were asked for: it is dropped, the second is replaced by the third.
    EXPECT_EQ(shown, QList<int> { 3 });
}

TEST_F(BookReaderTest, ABookThatCannotBeOpenedIsReportedAndNothingShown)
{
    BookReader reader(m_dir.filePath(QStringLiteral("missing/none.clientele")), nullptr);
    int shown = 0;
    QString failure;
    reader.read(readCount(&shown), [&failure](const Error &error) { failure = error.toString(); });
    reader.wait();
    EXPECT_EQ(shown, 0);
    EXPECT_FALSE(failure.isEmpty());
}

TEST_F(BookReaderTest, AFailedReadIsReported)
{
    QSqlQuery(m_book->connection()).exec(QStringLiteral("DROP TABLE counts"));
    BookReader reader(m_book->path(), nullptr);
    int shown = 0;
    QString failure;
    reader.read(readCount(&shown), [&failure](const Error &error) { failure = error.toString(); });
    reader.wait();
    EXPECT_EQ(shown, 0);
    EXPECT_TRUE(failure.contains(QStringLiteral("counts"))) << failure.toStdString();
}

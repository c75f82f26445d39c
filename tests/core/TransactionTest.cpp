#include "TestSupport.h"

#include "db/Transaction.h"

using namespace TestSql;

namespace {

const QString kInsertSetting = QStringLiteral("INSERT INTO book_settings (key, value) VALUES ('currency', 'CNY')");
const QString kCountSetting = QStringLiteral("SELECT count(*) FROM book_settings WHERE key = 'currency'");

using TransactionTest = BookTest;

TEST_F(TransactionTest, RollsBackWhenNotCommitted)
{
    {
        Transaction transaction(db());
        ASSERT_TRUE(transaction.begin().ok());
        EXPECT_TRUE(transaction.isActive());
        run(db(), kInsertSetting);
        // Inside the transaction the row is there.
        EXPECT_EQ(count(db(), kCountSetting), 1);
    }
    EXPECT_EQ(count(db(), kCountSetting), 0);
    // The connection is usable again: a new transaction can start.
    Transaction next(db());
    EXPECT_TRUE(next.begin().ok());
}

TEST_F(TransactionTest, KeepsWhatWasCommitted)
{
    {
        Transaction transaction(db());
        ASSERT_TRUE(transaction.begin().ok());
        run(db(), kInsertSetting);
        ASSERT_TRUE(transaction.commit().ok());
        EXPECT_FALSE(transaction.isActive());
    }
    EXPECT_EQ(count(db(), kCountSetting), 1);

    // Another connection to the same file sees it, so it is on disk and not just in this connection.
    RawConnection other(bookPath());
    ASSERT_TRUE(other.isOpen());
    EXPECT_EQ(count(other.db(), kCountSetting), 1);
}

TEST_F(TransactionTest, NestedTransactionsAreSavepointsKeptOnlyWithTheOuterOne)
{
    {
        Transaction outer(db());
        ASSERT_TRUE(outer.begin().ok());
        EXPECT_TRUE(Transaction::isOpen(db()));
        {
            Transaction failed(db());
            ASSERT_TRUE(failed.begin().ok());
            EXPECT_TRUE(failed.isNested());
            run(db(), kInsertSetting);
        } // rolled back to its savepoint: only its own change goes
        EXPECT_EQ(count(db(), kCountSetting), 0);
        {
            Transaction kept(db());
            ASSERT_TRUE(kept.begin().ok());
            run(db(), kInsertSetting);
            ASSERT_TRUE(kept.commit().ok());
        }
        EXPECT_EQ(count(db(), kCountSetting), 1);
        EXPECT_TRUE(Transaction::isOpen(db()));
    } // the outer one is not committed: the nested commit goes with it
    EXPECT_FALSE(Transaction::isOpen(db()));
    EXPECT_EQ(count(db(), kCountSetting), 0);

    Transaction outer(db());
    ASSERT_TRUE(outer.begin().ok());
    Transaction inner(db());
    ASSERT_TRUE(inner.begin().ok());
    run(db(), kInsertSetting);
    ASSERT_TRUE(inner.commit().ok());
    ASSERT_TRUE(outer.commit().ok());
    RawConnection other(bookPath());
    EXPECT_EQ(count(other.db(), kCountSetting), 1);
}

} // namespace

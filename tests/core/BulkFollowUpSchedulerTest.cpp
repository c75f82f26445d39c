#include "FollowUpTestSupport.h"

#include "db/Transaction.h"
#include "services/BulkFollowUpScheduler.h"

using namespace TestSql;

namespace {

// New York time; the clock stands at Wednesday 2025-03-05. US daylight saving starts on Sunday 2025-03-09.
class BulkFollowUpSchedulerTest : public FollowUpBookTest
{
protected:
    FollowUpBatch batch() const
    {
        FollowUpBatch b;
        b.type = ActivityType::Call;
        b.subject = QStringLiteral("Call {customer} about the spring offer");
        b.firstDay = QDate(2025, 3, 7); // a Friday
        b.time = QTime(9, 30);
        b.notes = QStringLiteral("Spring offer: 10% off on orders above 5,000 CNY.");
        return b;
    }

    // Customers written straight into the book (fast for large segments), named "Customer 0001", ...
    QList<qint64> addCustomers(int n, qint64 ownerId)
    {
        Transaction transaction(db());
        EXPECT_TRUE(transaction.begin().ok());
        QList<qint64> added;
        for (int i = 1; i <= n; ++i) {
            run(db(),
                QStringLiteral("INSERT INTO customers (uuid, name, owner_id, created_at, updated_at) VALUES (?, ?, ?, "
                               "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"),
                { Database::newUuid(), QStringLiteral("Customer %1").arg(i, 4, 10, QLatin1Char('0')), ownerId });
            added << scalar(db(), QStringLiteral("SELECT max(id) FROM customers")).toLongLong();
        }
        EXPECT_TRUE(transaction.commit().ok());
        return added;
    }
};

TEST_F(BulkFollowUpSchedulerTest, OneFollowUpPerCustomerWithTheirOwnerSpreadOverWorkingDays)
{
    const QList<qint64> ids { addCustomer(QStringLiteral("北京华信科技有限公司"), QStringLiteral("A"), m_li),
        addCustomer(QStringLiteral("Acme Trading"), QStringLiteral("B"), m_emily),
        addCustomer(QStringLiteral("上海明达贸易"), QStringLiteral("B"), m_li),
        addCustomer(QStringLiteral("No Owner Ltd"), QStringLiteral("C"), 0),
        addCustomer(QStringLiteral("广州南方电器"), QStringLiteral("A"), m_emily),
        addCustomer(QStringLiteral("Blue Sky Foods"), QStringLiteral("C"), m_li),
        addCustomer(QStringLiteral("深圳云帆物流"), QStringLiteral("B"), m_emily) };
    FollowUpBatch b = batch();
    b.spreadDays = 3;
    QList<double> progress;
    auto result = BulkFollowUpScheduler(db()).schedule(b, ids, [&progress](double f) { progress << f; });
    ASSERT_TRUE(result.ok()) << result.error().toString();
    EXPECT_EQ(result.value().created, 7);
    EXPECT_EQ(result.value().skipped, 0);
    EXPECT_FALSE(result.value().cancelled);
    EXPECT_EQ(progress, QList<double> { 1.0 });

    // Friday (EST, UTC-5), then Monday and Tuesday (EDT, UTC-4): 9:30 local every day; 3 + 2 + 2.
    const QString owner = QStringLiteral("%1").arg(m_li);
    const QString other = QStringLiteral("%1").arg(m_emily);
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT c.name, coalesce(a.owner_id, '-'), a.type, a.subject, a.due_at, a.status, "
                                 "a.notes FROM activities a JOIN customers c ON c.id = a.customer_id ORDER BY a.id")),
        (QStringList {
            QStringLiteral("北京华信科技有限公司\t%1\tcall\tCall 北京华信科技有限公司 about the spring offer\t"
                           "2025-03-07T14:30:00Z\tplanned\tSpring offer: 10% off on orders above 5,000 CNY.")
                .arg(owner),
            QStringLiteral("Acme Trading\t%1\tcall\tCall Acme Trading about the spring offer\t2025-03-07T14:30:00Z\t"
                           "planned\tSpring offer: 10% off on orders above 5,000 CNY.")
                .arg(other),
            QStringLiteral("上海明达贸易\t%1\tcall\tCall 上海明达贸易 about the spring offer\t2025-03-07T14:30:00Z\t"
                           "planned\tSpring offer: 10% off on orders above 5,000 CNY.")
                .arg(owner),
            QStringLiteral("No Owner Ltd\t-\tcall\tCall No Owner Ltd about the spring offer\t2025-03-10T13:30:00Z\t"
                           "planned\tSpring offer: 10% off on orders above 5,000 CNY."),
            QStringLiteral("广州南方电器\t%1\tcall\tCall 广州南方电器 about the spring offer\t2025-03-10T13:30:00Z\t"
                           "planned\tSpring offer: 10% off on orders above 5,000 CNY.")
                .arg(other),
            QStringLiteral("Blue Sky Foods\t%1\tcall\tCall Blue Sky Foods about the spring offer\t"
                           "2025-03-11T13:30:00Z\tplanned\tSpring offer: 10% off on orders above 5,000 CNY.")
                .arg(owner),
            QStringLiteral("深圳云帆物流\t%1\tcall\tCall 深圳云帆物流 about the spring offer\t2025-03-11T13:30:00Z\t"
                           "planned\tSpring offer: 10% off on orders above 5,000 CNY.")
                .arg(other),
        }));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT uuid) FROM activities")), 7);
}

TEST_F(BulkFollowUpSchedulerTest, OneChosenRepAllDayOnTheChosenDaySkippingTrashedAndUnknownCustomers)
{
    const qint64 a = addCustomer(QStringLiteral("Acme Trading"), QStringLiteral("B"), m_li);
    const qint64 trashed = addCustomer(QStringLiteral("Gone Ltd"), QStringLiteral("B"), m_li);
    const qint64 b = addCustomer(QStringLiteral("Blue Sky Foods"), QStringLiteral("C"), 0);
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ trashed }).ok());
    FollowUpBatch visit = batch();
    visit.type = ActivityType::Visit;
    visit.subject = QStringLiteral("Visit {customer}");
    visit.firstDay = QDate(2025, 3, 8); // a Saturday, chosen on purpose: kept when not spread
    visit.allDay = true;
    visit.ownerId = m_emily;
    auto result = BulkFollowUpScheduler(db()).schedule(visit, { a, trashed, 999999, b });
    ASSERT_TRUE(result.ok()) << result.error().toString();
    EXPECT_EQ(result.value().created, 2);
    EXPECT_EQ(result.value().skipped, 2);
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT customer_id, owner_id, type, subject, coalesce(due_at, '-'), due_date "
                                 "FROM activities ORDER BY id")),
        (QStringList { QStringLiteral("%1\t%2\tvisit\tVisit Acme Trading\t-\t2025-03-08").arg(a).arg(m_emily),
            QStringLiteral("%1\t%2\tvisit\tVisit Blue Sky Foods\t-\t2025-03-08").arg(b).arg(m_emily) }));
}

TEST_F(BulkFollowUpSchedulerTest, SpreadingStartsOnTheFirstWorkingDayAndSkipsWeekends)
{
    FollowUpBatch b = batch();
    b.firstDay = QDate(2025, 3, 8); // Saturday
    b.spreadDays = 6;
    EXPECT_EQ(BulkFollowUpScheduler::days(b),
        (QList<QDate> { QDate(2025, 3, 10), QDate(2025, 3, 11), QDate(2025, 3, 12), QDate(2025, 3, 13),
            QDate(2025, 3, 14), QDate(2025, 3, 17) }));
    b.spreadDays = 1;
    EXPECT_EQ(BulkFollowUpScheduler::days(b), QList<QDate> { QDate(2025, 3, 8) });
    // 10 over 3 days: 4, 3, 3.
    const QList<QDate> days { QDate(2025, 3, 10), QDate(2025, 3, 11), QDate(2025, 3, 12) };
    QList<int> perDay(3, 0);
    for (int i = 0; i < 10; ++i)
        ++perDay[int(days.indexOf(BulkFollowUpScheduler::dayFor(i, 10, days)))];
    EXPECT_EQ(perDay, (QList<int> { 4, 3, 3 }));
}

TEST_F(BulkFollowUpSchedulerTest, ALargeSegmentIsOneTransactionWithProgress)
{
    const QList<qint64> ids = addCustomers(1200, m_li);
    FollowUpBatch b = batch();
    b.spreadDays = 10;
    QList<double> progress;
    auto result = BulkFollowUpScheduler(db()).schedule(b, ids, [&progress](double f) { progress << f; });
    ASSERT_TRUE(result.ok()) << result.error().toString();
    EXPECT_EQ(result.value().created, 1200);
    EXPECT_EQ(progress, (QList<double> { 500.0 / 1200.0, 1000.0 / 1200.0, 1.0 }));
    EXPECT_EQ(
        dump(db(), QStringLiteral("SELECT substr(due_at, 1, 10), count(*) FROM activities GROUP BY 1 ORDER BY 1")),
        (QStringList { QStringLiteral("2025-03-07\t120"), QStringLiteral("2025-03-10\t120"),
            QStringLiteral("2025-03-11\t120"), QStringLiteral("2025-03-12\t120"), QStringLiteral("2025-03-13\t120"),
            QStringLiteral("2025-03-14\t120"), QStringLiteral("2025-03-17\t120"), QStringLiteral("2025-03-18\t120"),
            QStringLiteral("2025-03-19\t120"), QStringLiteral("2025-03-20\t120") }));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE owner_id = ?"), { m_li }), 1200);
}

TEST_F(BulkFollowUpSchedulerTest, AFailureMidwayLeavesNothing)
{
    const QList<qint64> ids = addCustomers(1200, m_li);
    // A test-only trigger stands in for a write that fails (a full disk, a constraint) at the 700th customer.
    run(db(),
        QStringLiteral("CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON activities WHEN NEW.customer_id = %1 "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
            .arg(ids.at(699)));
    QList<double> progress;
    auto result = BulkFollowUpScheduler(db()).schedule(batch(), ids, [&progress](double f) { progress << f; });
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("Saving the activity \"Call Customer 0700 about "
                                                                 "the spring offer\": ")))
        << result.error().message;
    EXPECT_EQ(progress, QList<double> { 500.0 / 1200.0 });
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 0);
    EXPECT_FALSE(Transaction::isOpen(db()));
}

TEST_F(BulkFollowUpSchedulerTest, CancellingMidwayLeavesNothing)
{
    const QList<qint64> ids = addCustomers(1200, m_li);
    std::atomic_bool cancel = false;
    auto result = BulkFollowUpScheduler(db()).schedule(
        batch(), ids, [&cancel](double) { cancel = true; }, &cancel);
    ASSERT_TRUE(result.ok()) << result.error().toString();
    EXPECT_TRUE(result.value().cancelled);
    EXPECT_EQ(result.value().created, 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 0);
}

TEST_F(BulkFollowUpSchedulerTest, AnIncompleteBatchIsRefusedWithTheFieldToFix)
{
    const QList<qint64> ids { addCustomer(QStringLiteral("Acme Trading")) };
    FollowUpBatch noSubject = batch();
    noSubject.subject = QStringLiteral("   ");
    auto refused = BulkFollowUpScheduler(db()).schedule(noSubject, ids);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("The follow-ups need a subject."));
    EXPECT_EQ(refused.error().field, QStringLiteral("subject"));
    FollowUpBatch tooLong = batch();
    tooLong.spreadDays = 0;
    refused = BulkFollowUpScheduler(db()).schedule(tooLong, ids);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("The follow-ups can be spread over 1 to 260 working days."));
    FollowUpBatch noDay = batch();
    noDay.firstDay = QDate();
    EXPECT_EQ(BulkFollowUpScheduler(db()).schedule(noDay, ids).error().field, QStringLiteral("due"));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities")), 0);
}

} // namespace

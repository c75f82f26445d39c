#include "TestSupport.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"

using namespace TestSql;

namespace {

class DemoComplaintFollowUpsTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
        DemoGenerator::Options options;
        options.customers = 1500;
        options.seed = 7;
        const Status status = DemoGenerator(db()).generate(options);
        ASSERT_TRUE(status.ok()) << status.error().toString();
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    FixedClock m_clock { QDateTime(QDate(2026, 6, 15), QTime(8, 0), Qt::UTC) };
};

TEST_F(DemoComplaintFollowUpsTest, CasesHaveCallbacksDoneWhenAnsweredAndPlannedWhileWaiting)
{
    const qint64 cases = count(db(), QStringLiteral("SELECT count(*) FROM complaints"));
    const qint64 linked = count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE complaint_id IS NOT NULL"));
    const qint64 withFollowUps = count(db(), QStringLiteral("SELECT count(DISTINCT complaint_id) FROM activities"));
    // About two cases in three.
    EXPECT_GT(withFollowUps, cases / 2);
    EXPECT_LT(withFollowUps, cases * 5 / 6);
    // The first one: the case's customer, contact and owner; done when the case was answered, else planned.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM activities a JOIN complaints c ON c.id = a.complaint_id WHERE "
                                 "a.customer_id <> c.customer_id OR a.contact_id IS NOT c.contact_id OR a.owner_id IS "
                                 "NOT c.owner_id OR (a.status = 'done' AND (c.responded_at IS NULL OR a.completed_at "
                                 "<> c.responded_at OR a.due_at <> c.responded_at)) OR (a.status = 'planned' AND "
                                 "a.due_at < '2026-06-15T08:00:00Z') OR a.subject NOT LIKE '%' || c.number || '%'")),
        0);
    // A second one only for cases in progress: a visit planned after the done call.
    const qint64 visits = count(db(),
        QStringLiteral("SELECT count(*) FROM activities a JOIN complaints c ON c.id = a.complaint_id WHERE "
                       "a.type = 'visit' AND a.status = 'planned' AND c.status = 'in_progress' AND EXISTS (SELECT 1 "
                       "FROM activities d WHERE d.complaint_id = c.id AND d.status = 'done')"));
    EXPECT_GT(visits, 0);
    EXPECT_EQ(linked - withFollowUps, visits);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM (SELECT complaint_id FROM activities WHERE complaint_id IS "
                                 "NOT NULL GROUP BY complaint_id HAVING count(*) > 2) t")),
        0);
    EXPECT_GT(count(db(),
                  QStringLiteral("SELECT count(*) FROM activities a JOIN complaints c ON c.id = "
                                 "a.complaint_id WHERE a.status = 'planned' AND c.responded_at IS NULL")),
        0);
    // Each is recorded in its case's history.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaint_history WHERE note LIKE 'Follow-up scheduled: %' "
                                 "OR note LIKE '已安排跟进：%'")),
        linked);
    // In the case's language: Chinese cases get Chinese follow-ups.
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE subject LIKE '就投诉 %'")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE subject LIKE 'Call back about %'")), 0);
}

} // namespace

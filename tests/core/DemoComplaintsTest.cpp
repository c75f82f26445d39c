#include "TestSupport.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "services/ComplaintWorkflow.h"

using namespace TestSql;

namespace {

class DemoComplaintsTest : public BookTest
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

TEST_F(DemoComplaintsTest, OneCasePerTwentyFiveCustomersInEveryState)
{
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM complaints")), 60);
    EXPECT_EQ(column(db(), QStringLiteral("SELECT DISTINCT status FROM complaints ORDER BY status")),
        (QStringList { QStringLiteral("acknowledged"), QStringLiteral("closed"), QStringLiteral("in_progress"),
            QStringLiteral("new"), QStringLiteral("resolved") }));
    EXPECT_EQ(column(db(), QStringLiteral("SELECT DISTINCT severity FROM complaints ORDER BY severity")).size(), 4);
    EXPECT_EQ(column(db(), QStringLiteral("SELECT DISTINCT category FROM complaints ORDER BY category")),
        (QStringList { QStringLiteral("billing"), QStringLiteral("delivery"), QStringLiteral("other"),
            QStringLiteral("product_quality"), QStringLiteral("service_attitude") }));
}

TEST_F(DemoComplaintsTest, CasesAreConsistentWithTheirStateAndHistory)
{
    // Numbers run per year in the order the cases were received.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints a JOIN complaints b ON "
                                 "a.number_year = b.number_year AND a.number_seq < b.number_seq AND "
                                 "a.received_at > b.received_at")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints WHERE number <> 'C-' || number_year || "
                                 "'-' || substr('000' || number_seq, -4)")),
        0);
    // Each case went through the workflow one step at a time up to its status.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints c WHERE (SELECT count(*) FROM "
                                 "complaint_history h WHERE h.complaint_id = c.id AND h.from_status IS NOT "
                                 "h.to_status) <> CASE c.status "
                                 "WHEN 'new' THEN 1 WHEN 'acknowledged' THEN 2 WHEN 'in_progress' THEN 3 "
                                 "WHEN 'resolved' THEN 4 ELSE 5 END")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints WHERE (status = 'new') <> "
                                 "(responded_at IS NULL)")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints WHERE (status IN ('resolved', 'closed')) "
                                 "<> (resolved_at IS NOT NULL) OR (status = 'closed') <> (closed_at IS NOT "
                                 "NULL) OR resolution_due_at < response_due_at")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints WHERE closed_at > '2026-06-15T08:00:00Z' "
                                 "OR received_at > '2026-06-15T08:00:00Z'")),
        0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints WHERE csat IS NOT NULL AND status <> "
                                 "'closed'")),
        0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM complaints WHERE csat IS NOT NULL")), 0);
}

TEST_F(DemoComplaintsTest, ChineseCustomersComplainInChinese)
{
    const QStringList mismatched = column(db(),
        QStringLiteral("SELECT c.number FROM complaints c JOIN customers cu ON cu.id = c.customer_id WHERE "
                       "(unicode(cu.name) > 11904) <> (unicode(c.summary) > 11904)"));
    EXPECT_EQ(mismatched, QStringList {});
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM complaints WHERE unicode(summary) > 11904")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM complaints WHERE unicode(summary) < 128")), 0);
}

TEST_F(DemoComplaintsTest, OverdueCasesAreAlreadyEscalatedSoTheComplaintsPageHasNothingToDo)
{
    // The generator ran the Complaints page's service-level check: overdue open cases are escalated, with their
    // history note and audit entry, and the check the page runs at opening finds nothing left.
    const qint64 escalated = count(db(), QStringLiteral("SELECT count(*) FROM complaints WHERE escalation_level > 0"));
    EXPECT_GT(escalated, 0);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM complaints WHERE escalation_level > 0 AND status IN "
                                 "('resolved', 'closed')")),
        0);
    EXPECT_EQ(
        count(db(), QStringLiteral("SELECT count(*) FROM complaint_history WHERE note LIKE 'Escalated:%'")), escalated);
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity = 'complaint' AND "
                                 "action = 'update' AND changes LIKE '%escalation_level%'")),
        escalated);
    EXPECT_EQ(ComplaintWorkflow(db()).escalateOverdue(m_clock.nowUtc(), QStringLiteral("check")).value_or(-1), 0);
}

} // namespace

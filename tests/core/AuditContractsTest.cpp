// Contracts in the audit trail: created, changed, their statuses refreshed as one batch, and renewed.
#include "FollowUpTestSupport.h"

#include "repo/ContractRepository.h"
#include "services/RenewalService.h"

using namespace TestSql;

namespace {

class AuditContractsTest : public FollowUpBookTest
{
protected:
    void SetUp() override
    {
        FollowUpBookTest::SetUp();
        if (HasFatalFailure())
            return;
        m_customer = addCustomer(QStringLiteral("深圳瑞丰电子有限公司"), QStringLiteral("A"), m_li);
    }

    QStringList trail(const QString &entity)
    {
        return dump(db(),
            QStringLiteral("SELECT action, COALESCE(entity_id, '-'), COALESCE(customer_id, '-'), changes "
                           "FROM audit_entries WHERE entity = '%1' ORDER BY id")
                .arg(entity));
    }

    qint64 m_customer = 0;
};

TEST_F(AuditContractsTest, ContractsAreRecordedWhenCreatedChangedExpiringAndRenewed)
{
    Contract k;
    k.customerId = m_customer;
    k.number = QStringLiteral("HT-2024-07");
    k.title = QStringLiteral("维保");
    k.startDate = QDate(2024, 4, 1);
    k.endDate = QDate(2025, 3, 31);
    k.value = Amount { 3600000, QStringLiteral("CNY") };
    ContractRepository contracts(db());
    auto id = contracts.create(k);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    k.id = id.value();
    k.value.minor = 3800000;
    k.autoRenew = true;
    ASSERT_TRUE(contracts.update(k).ok());
    // 26 days before its end, inside its 30-day notice: it becomes expiring and a renewal follow-up is due.
    auto reminders = RenewalService(db()).runReminders(QDate(2025, 3, 5));
    ASSERT_TRUE(reminders.ok()) << reminders.error().toString();
    RenewalService renewals(db());
    auto proposal = renewals.proposeRenewal(k.id);
    ASSERT_TRUE(proposal.ok());
    auto successor = renewals.renew(k.id, proposal.value());
    ASSERT_TRUE(successor.ok()) << successor.error().toString();

    const QStringList lines = trail(QStringLiteral("contract"));
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(lines[0],
        QStringLiteral("create\t%1\t%2\t{\"auto_renew\":{\"new\":false},\"billing_cycle\":{\"new\":\"yearly\"},"
                       "\"currency\":{\"new\":\"CNY\"},\"end_date\":{\"new\":\"2025-03-31\"},\"notes\":{\"new\":\"\"},"
                       "\"notice_days\":{\"new\":30},\"number\":{\"new\":\"HT-2024-07\"},\"owner_id\":{\"new\":0},"
                       "\"previous_contract_id\":{\"new\":0},\"quote_id\":{\"new\":0},\"start_date\":{\"new\":"
                       "\"2024-04-01\"},\"status\":{\"new\":\"active\"},\"title\":{\"new\":\"维保\"},\"value_minor\":"
                       "{\"new\":3600000}}")
            .arg(k.id)
            .arg(m_customer));
    EXPECT_EQ(lines[1],
        QStringLiteral("update\t%1\t%2\t{\"auto_renew\":{\"new\":true,\"old\":false},\"value_minor\":{\"new\":3800000,"
                       "\"old\":3600000}}")
            .arg(k.id)
            .arg(m_customer));
    // The daily status refresh is one entry for all the contracts it touched.
    EXPECT_EQ(lines[2],
        QStringLiteral("update\t-\t-\t{\"ids\":[%1],\"rows\":1,\"status\":{\"new\":\"expiring\",\"old\":\"active\"}}")
            .arg(k.id));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("create\t%1\t%2\t").arg(successor.value()).arg(m_customer)));
    EXPECT_TRUE(lines[3].contains(QStringLiteral("\"previous_contract_id\":{\"new\":%1}").arg(k.id)));
    EXPECT_EQ(lines[4],
        QStringLiteral("update\t%1\t%2\t{\"status\":{\"new\":\"renewed\",\"old\":\"expiring\"}}")
            .arg(k.id)
            .arg(m_customer));

    // The renewal follow-up was created by the reminder run and closed by the renewal, both on the customer.
    const QStringList activities = trail(QStringLiteral("activity"));
    ASSERT_EQ(activities.size(), 2);
    const qint64 followUp
        = scalar(db(), QStringLiteral("SELECT id FROM activities WHERE contract_id = ?"), { k.id }).toLongLong();
    EXPECT_TRUE(activities[0].startsWith(QStringLiteral("create\t%1\t%2\t").arg(followUp).arg(m_customer)));
    EXPECT_TRUE(activities[0].contains(QStringLiteral("\"contract_id\":{\"new\":%1}").arg(k.id)));
    EXPECT_EQ(activities[1],
        QStringLiteral("update\t%1\t%2\t{\"completed_at\":{\"new\":\"2025-03-05T15:00:00Z\",\"old\":\"\"},"
                       "\"outcome\":{\"new\":\"Renewed as %3\",\"old\":\"\"},\"status\":{\"new\":\"done\",\"old\":"
                       "\"planned\"}}")
            .arg(followUp)
            .arg(m_customer)
            .arg(proposal.value().number));
}

TEST_F(AuditContractsTest, AContractThatCannotBeSavedLeavesNoEntry)
{
    Contract k;
    k.customerId = m_customer;
    k.number = QStringLiteral("HT-1");
    k.startDate = QDate(2025, 1, 1);
    k.endDate = QDate(2024, 1, 1); // ends before it starts
    k.value = Amount { 100, QStringLiteral("CNY") };
    EXPECT_FALSE(ContractRepository(db()).create(k).ok());
    k.id = 999;
    k.endDate = QDate(2025, 12, 31);
    EXPECT_FALSE(ContractRepository(db()).update(k).ok()); // there is no contract 999
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity = 'contract'")), 0);
}

} // namespace

#include "FollowUpTestSupport.h"

#include "repo/ActivityRepository.h"
#include "repo/ContractRepository.h"
#include "repo/CustomerRepository.h"
#include "services/RenewalService.h"

using namespace TestSql;

namespace {

class RenewalServiceTest : public FollowUpBookTest
{
protected:
    void SetUp() override
    {
        FollowUpBookTest::SetUp();
        if (HasFatalFailure())
            return;
        m_customer = addCustomer(QStringLiteral("深圳瑞丰电子有限公司"), QStringLiteral("A"), m_li);
    }

    qint64 addContract(const QString &number, const QDate &start, const QDate &end, qint64 value = 3600000,
        qint64 owner = 0, const QString &currency = QStringLiteral("CNY"))
    {
        Contract k;
        k.customerId = m_customer;
        k.ownerId = owner;
        k.number = number;
        k.title = QStringLiteral("Maintenance");
        k.startDate = start;
        k.endDate = end;
        k.value = Amount { value, currency };
        auto id = ContractRepository(db()).create(k);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    int runOn(const QDate &today)
    {
        auto created = RenewalService(db()).runReminders(today);
        EXPECT_TRUE(created.ok()) << created.error().toString();
        return created.value_or(-1);
    }

    qint64 m_customer = 0;
};

TEST_F(RenewalServiceTest, RemindersComeOncePerThresholdForTheOwner)
{
    const qint64 id = addContract(QStringLiteral("HT-2024-001"), QDate(2024, 7, 1), QDate(2025, 6, 30));
    EXPECT_EQ(runOn(QDate(2025, 4, 30)), 0); // 61 days before the end
    EXPECT_EQ(runOn(QDate(2025, 5, 1)), 1); // 60 days
    EXPECT_EQ(runOn(QDate(2025, 5, 2)), 0);
    EXPECT_EQ(runOn(QDate(2025, 5, 31)), 1); // 30 days
    EXPECT_EQ(runOn(QDate(2025, 6, 25)), 1); // 5 days: the 7-day reminder
    EXPECT_EQ(runOn(QDate(2025, 6, 26)), 0);
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT a.contract_id, a.renewal_threshold, a.due_date, o.name, a.type, "
                                 "a.priority, a.subject FROM activities a JOIN owners o ON o.id = a.owner_id "
                                 "ORDER BY a.id")),
        (QStringList {
            QStringLiteral("%1\t60\t2025-05-01\t李娜\ttask\tnormal\tRenew contract HT-2024-001 (Maintenance)").arg(id),
            QStringLiteral("%1\t30\t2025-05-31\t李娜\ttask\tnormal\tRenew contract HT-2024-001 (Maintenance)").arg(id),
            QStringLiteral("%1\t7\t2025-06-25\t李娜\ttask\thigh\tRenew contract HT-2024-001 (Maintenance)").arg(id) }));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT status FROM contracts")), QStringLiteral("expiring"));
}

TEST_F(RenewalServiceTest, ABookOpenedLateGetsOnlyTheNearestReminderAndTheContractsOwner)
{
    addContract(QStringLiteral("HT-1"), QDate(2024, 7, 1), QDate(2025, 6, 30), 100, m_emily);
    EXPECT_EQ(runOn(QDate(2025, 6, 10)), 1);
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT a.renewal_threshold, o.name FROM activities a JOIN owners o ON "
                                 "o.id = a.owner_id")),
        QStringList { QStringLiteral("30\tEmily Carter") });
}

TEST_F(RenewalServiceTest, ConfiguredThresholdsAreUsed)
{
    RenewalService service(db());
    ASSERT_TRUE(service.setReminderDays({ 14, 90 }).ok());
    EXPECT_EQ(service.reminderDays().value(), (QList<int> { 90, 14 }));
    addContract(QStringLiteral("HT-1"), QDate(2024, 7, 1), QDate(2025, 6, 30));
    EXPECT_EQ(runOn(QDate(2025, 4, 1)), 1);
    EXPECT_EQ(runOn(QDate(2025, 5, 1)), 0);
    EXPECT_EQ(runOn(QDate(2025, 6, 16)), 1);
    EXPECT_EQ(column(db(), QStringLiteral("SELECT renewal_threshold FROM activities ORDER BY id")),
        (QStringList { QStringLiteral("90"), QStringLiteral("14") }));
}

TEST_F(RenewalServiceTest, AContractEndingOnFebruaryTheTwentyNinthIsRenewedTwice)
{
    const qint64 first = addContract(QStringLiteral("HT-2023-007"), QDate(2023, 3, 1), QDate(2024, 2, 29));
    m_clock.set(newYork(2024, 2, 20, 10));
    EXPECT_EQ(runOn(QDate(2024, 2, 20)), 1);
    RenewalService service(db());
    auto proposal = service.proposeRenewal(first);
    ASSERT_TRUE(proposal.ok()) << proposal.error().toString();
    EXPECT_EQ(proposal.value().number, QStringLiteral("HT-2023-007-R1"));
    EXPECT_EQ(proposal.value().startDate, QDate(2024, 3, 1));
    EXPECT_EQ(proposal.value().endDate, QDate(2025, 2, 28));
    EXPECT_EQ(proposal.value().value.minor, 3600000);
    Contract edited = proposal.value();
    edited.value.minor = 3960000; // ten percent more
    auto second = service.renew(first, edited);
    ASSERT_TRUE(second.ok()) << second.error().toString();

    auto proposal2 = service.proposeRenewal(second.value());
    ASSERT_TRUE(proposal2.ok());
    EXPECT_EQ(proposal2.value().number, QStringLiteral("HT-2023-007-R2"));
    EXPECT_EQ(proposal2.value().startDate, QDate(2025, 3, 1));
    EXPECT_EQ(proposal2.value().endDate, QDate(2026, 2, 28));
    auto third = service.renew(second.value(), proposal2.value());
    ASSERT_TRUE(third.ok()) << third.error().toString();

    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT id, number, start_date, end_date, value_minor, status, "
                                 "coalesce(previous_contract_id, 0) FROM contracts ORDER BY id")),
        (QStringList { QStringLiteral("%1\tHT-2023-007\t2023-03-01\t2024-02-29\t3600000\trenewed\t0").arg(first),
            QStringLiteral("%1\tHT-2023-007-R1\t2024-03-01\t2025-02-28\t3960000\trenewed\t%2")
                .arg(second.value())
                .arg(first),
            QStringLiteral("%1\tHT-2023-007-R2\t2025-03-01\t2026-02-28\t3960000\tactive\t%2")
                .arg(third.value())
                .arg(second.value()) }));
    // The renewal follow-up of the first contract was closed by the renewal.
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT status, outcome FROM activities")),
        QStringList { QStringLiteral("done\tRenewed as HT-2023-007-R1") });
    auto chain = ContractRepository(db()).find(second.value());
    ASSERT_TRUE(chain.ok());
    EXPECT_EQ(chain.value().previousContractId, first);
    EXPECT_EQ(chain.value().nextContractId, third.value());
}

TEST_F(RenewalServiceTest, RenewingAContractAgainIsRefusedAndChangesNothing)
{
    const qint64 first = addContract(QStringLiteral("HT-9"), QDate(2024, 1, 1), QDate(2024, 12, 31));
    RenewalService service(db());
    auto proposal = service.proposeRenewal(first);
    ASSERT_TRUE(proposal.ok());
    ASSERT_TRUE(service.renew(first, proposal.value()).ok());
    const QStringList before = dump(db(), QStringLiteral("SELECT * FROM contracts ORDER BY id"));
    Contract again = proposal.value();
    again.number = QStringLiteral("HT-9-X");
    auto result = service.renew(first, again);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, QStringLiteral("Contract HT-9 has already been renewed."));
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT * FROM contracts ORDER BY id")), before);
}

TEST_F(RenewalServiceTest, ASuccessorWithADuplicateNumberLeavesTheOldContractAsItWas)
{
    const qint64 first = addContract(QStringLiteral("HT-1"), QDate(2024, 1, 1), QDate(2024, 12, 31));
    addContract(QStringLiteral("HT-2"), QDate(2024, 1, 1), QDate(2024, 12, 31));
    RenewalService service(db());
    Contract next = service.proposeRenewal(first).value();
    next.number = QStringLiteral("HT-2");
    auto result = service.renew(first, next);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, QStringLiteral("There is already a contract numbered HT-2."));
    EXPECT_EQ(column(db(), QStringLiteral("SELECT status FROM contracts ORDER BY id")),
        (QStringList { QStringLiteral("active"), QStringLiteral("active") }));
}

TEST_F(RenewalServiceTest, ContractsAreCheckedBeforeTheyAreSaved)
{
    Contract k;
    k.customerId = m_customer;
    k.number = QStringLiteral("HT-3");
    k.startDate = QDate(2025, 3, 1);
    k.endDate = QDate(2025, 2, 28);
    k.value = Amount { 100, QStringLiteral("CNY") };
    auto result = ContractRepository(db()).create(k);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, QStringLiteral("Contract HT-3 ends (2025-02-28) before it starts (2025-03-01)."));
    EXPECT_EQ(result.error().field, QStringLiteral("end_date"));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM contracts")), 0);
}

TEST_F(RenewalServiceTest, OverviewShowsValueAtStakeLapsedContractsAndTheRenewalRate)
{
    const QDate today(2025, 3, 5);
    addContract(QStringLiteral("A"), QDate(2024, 4, 1), QDate(2025, 3, 31), 100000); // 26 days
    addContract(QStringLiteral("B"), QDate(2024, 5, 1), QDate(2025, 4, 30), 200000); // 56 days
    addContract(QStringLiteral("C"), QDate(2024, 6, 1), QDate(2025, 5, 31), 400000); // 87 days
    addContract(QStringLiteral("D"), QDate(2024, 7, 1), QDate(2025, 6, 30), 800000); // 117 days
    addContract(QStringLiteral("U"), QDate(2024, 4, 1), QDate(2025, 3, 20), 5000, 0, QStringLiteral("USD"));
    const qint64 lapsed = addContract(QStringLiteral("L"), QDate(2024, 2, 1), QDate(2025, 1, 31), 1000);
    const qint64 renewedOld = addContract(QStringLiteral("R"), QDate(2024, 2, 1), QDate(2025, 1, 31), 1000);
    RenewalService service(db());
    ASSERT_TRUE(service.renew(renewedOld, service.proposeRenewal(renewedOld).value()).ok());
    ASSERT_TRUE(service.runReminders(today).ok());
    auto overview = service.overview(today);
    ASSERT_TRUE(overview.ok()) << overview.error().toString();
    QStringList ending;
    for (const Contract &k : overview.value().ending90)
        ending << k.number;
    EXPECT_EQ(
        ending, (QStringList { QStringLiteral("U"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
    EXPECT_EQ(overview.value().valueAtStake.value(30),
        (QMap<QString, qint64> { { QStringLiteral("CNY"), 100000 }, { QStringLiteral("USD"), 5000 } }));
    EXPECT_EQ(overview.value().valueAtStake.value(60).value(QStringLiteral("CNY")), 300000);
    EXPECT_EQ(overview.value().valueAtStake.value(90).value(QStringLiteral("CNY")), 700000);
    EXPECT_EQ(overview.value().endingCount, (QMap<int, int> { { 30, 2 }, { 60, 3 }, { 90, 4 } }));
    EXPECT_EQ(overview.value().ending90Total, 4);
    EXPECT_EQ(overview.value().lapsedTotal, 1);
    ASSERT_EQ(overview.value().lapsed.size(), 1);
    EXPECT_EQ(overview.value().lapsed.first().id, lapsed);
    EXPECT_EQ(overview.value().lapsed.first().status, ContractStatus::Expired);
    ASSERT_EQ(overview.value().months.size(), 12);
    const RenewalMonth january = overview.value().months[9];
    EXPECT_EQ(january.month, QDate(2025, 1, 1));
    EXPECT_EQ(january.due, 2);
    EXPECT_EQ(january.renewed, 1);
    // A and U end later this month: not yet renewed or lost, so not counted (they made the rate look worse).
    EXPECT_EQ(overview.value().months[11].month, QDate(2025, 3, 1));
    EXPECT_EQ(overview.value().months[11].due, 0);
}

// The page's counts and totals leave out customers in the trash and, for one owner, count the contracts that owner
// holds: their own, or their customers' without an owner of their own.
TEST_F(RenewalServiceTest, OverviewCountsLeaveOutTheTrashAndFollowTheOwner)
{
    const QDate today(2025, 3, 5);
    addContract(QStringLiteral("LI-1"), QDate(2024, 4, 1), QDate(2025, 3, 31), 100000); // Li's customer
    addContract(QStringLiteral("EM-1"), QDate(2024, 4, 1), QDate(2025, 3, 20), 200000, m_emily); // Emily's own
    addContract(QStringLiteral("LI-OLD"), QDate(2024, 1, 1), QDate(2025, 1, 31), 1000);
    const qint64 keep = m_customer;
    m_customer = addCustomer(QStringLiteral("已删除客户"), QStringLiteral("B"), m_emily);
    addContract(QStringLiteral("GONE-1"), QDate(2024, 4, 1), QDate(2025, 3, 25), 400000);
    addContract(QStringLiteral("GONE-OLD"), QDate(2024, 1, 1), QDate(2025, 2, 1), 1000);
    const qint64 gone = m_customer;
    m_customer = addCustomer(QStringLiteral("杭州恒泰贸易"), QStringLiteral("B"), m_emily);
    addContract(QStringLiteral("EM-2"), QDate(2024, 4, 1), QDate(2025, 3, 10), 800000);
    addContract(QStringLiteral("EM-OLD"), QDate(2024, 1, 1), QDate(2025, 2, 10), 1000);
    m_customer = keep;
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ gone }).ok());

    RenewalService service(db());
    auto everyone = service.overview(today);
    ASSERT_TRUE(everyone.ok()) << everyone.error().toString();
    EXPECT_EQ(everyone.value().endingCount.value(30), 3);
    EXPECT_EQ(everyone.value().valueAtStake.value(30).value(QStringLiteral("CNY")), 1100000);
    EXPECT_EQ(everyone.value().lapsedTotal, 2);
    auto emily = service.overview(today, m_emily);
    ASSERT_TRUE(emily.ok()) << emily.error().toString();
    EXPECT_EQ(emily.value().endingCount.value(30), 2);
    EXPECT_EQ(emily.value().valueAtStake.value(30).value(QStringLiteral("CNY")), 1000000);
    EXPECT_EQ(emily.value().lapsedTotal, 1);
    auto li = service.overview(today, m_li);
    ASSERT_TRUE(li.ok()) << li.error().toString();
    EXPECT_EQ(li.value().endingCount.value(30), 1);
    EXPECT_EQ(li.value().valueAtStake.value(30).value(QStringLiteral("CNY")), 100000);
    EXPECT_EQ(li.value().lapsedTotal, 1);
    // The renewal rate too: contracts that ended by today, of the customers not in the trash, of the rep shown.
    const auto endedIn = [](const RenewalOverview &overview, int month) {
        for (const RenewalMonth &m : overview.months) {
            if (m.month == QDate(2025, month, 1))
                return m.due;
        }
        return -1;
    };
    EXPECT_EQ(endedIn(everyone.value(), 1), 1); // LI-OLD
    EXPECT_EQ(endedIn(everyone.value(), 2), 1); // EM-OLD (GONE-OLD's customer is in the trash)
    EXPECT_EQ(endedIn(everyone.value(), 3), 0); // still running
    EXPECT_EQ(endedIn(emily.value(), 1), 0);
    EXPECT_EQ(endedIn(emily.value(), 2), 1);
    EXPECT_EQ(endedIn(li.value(), 1), 1);
    EXPECT_EQ(endedIn(li.value(), 2), 0);

    // Reminders follow the same rules: none for the trashed customer's contracts; each goes to the contract's
    // owner, else to its customer's.
    EXPECT_GT(runOn(today), 0);
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT k.number, a.owner_id FROM activities a JOIN contracts k ON k.id = "
                                 "a.contract_id ORDER BY k.number")),
        (QStringList { QStringLiteral("EM-1\t%1").arg(m_emily), QStringLiteral("EM-2\t%1").arg(m_emily),
            QStringLiteral("LI-1\t%1").arg(m_li) }));
    EXPECT_EQ(runOn(today), 0); // once per threshold
}

TEST(AmountText, ParsesAndPrintsMinorUnits)
{
    EXPECT_EQ(Amount::parseMinor(QStringLiteral("12,345.6"), 2), 1234560);
    EXPECT_EQ(Amount::parseMinor(QStringLiteral("99"), 2), 9900);
    EXPECT_EQ(Amount::parseMinor(QStringLiteral("0.05"), 2), 5);
    EXPECT_FALSE(Amount::parseMinor(QStringLiteral("1.234"), 2).has_value());
    EXPECT_FALSE(Amount::parseMinor(QStringLiteral("-5"), 2).has_value());
    EXPECT_FALSE(Amount::parseMinor(QStringLiteral("12,34"), 2).has_value());
    EXPECT_EQ(Amount::parseMinor(QStringLiteral("1.230"), 2), 123);
    EXPECT_EQ((Amount { 123456789, QStringLiteral("CNY") }.toPlainText()), QStringLiteral("1,234,567.89 CNY"));
}

// New Taiwan dollars, yen and won have no minor unit: a contract's value counts whole dollars, as a quote's does.
TEST(AmountText, CurrenciesWithoutDecimalsCountWholeUnits)
{
    const Amount twd { 0, QStringLiteral("TWD") };
    EXPECT_EQ(twd.decimals(), 0);
    EXPECT_EQ(Amount::parseMinor(QStringLiteral("12,000"), twd.decimals()), 12000);
    EXPECT_EQ(Amount::parseMinor(QStringLiteral("12000.00"), twd.decimals()), 12000);
    EXPECT_FALSE(Amount::parseMinor(QStringLiteral("12000.50"), twd.decimals()).has_value());
    EXPECT_EQ((Amount { 1234567, QStringLiteral("JPY") }.toPlainText()), QStringLiteral("1,234,567 JPY"));
    EXPECT_EQ((Amount { 12000, QStringLiteral("TWD") }.toPlainText()), QStringLiteral("12,000 TWD"));
    // A code this build does not know keeps two decimals.
    EXPECT_EQ((Amount { 1250, QStringLiteral("XAU") }.decimals()), 2);
    EXPECT_EQ(Amount::parseMinor(QStringLiteral("999999999999999"), 0), 999999999999999);
    EXPECT_FALSE(Amount::parseMinor(QStringLiteral("9999999999999999"), 0).has_value());
}

} // namespace

namespace {

TEST_F(RenewalServiceTest, ABusyBookListsTheSoonestContractsAndCountsThemAll)
{
    const QDate today(2025, 3, 5);
    for (int i = 0; i < RenewalService::kListed + 25; ++i)
        addContract(QStringLiteral("K-%1").arg(i, 4, 10, QLatin1Char('0')), QDate(2024, 4, 1),
            today.addDays(1 + i % 80), 1000);
    auto overview = RenewalService(db()).overview(today);
    ASSERT_TRUE(overview.ok()) << overview.error().toString();
    EXPECT_EQ(overview.value().ending90.size(), RenewalService::kListed);
    EXPECT_EQ(overview.value().ending90Total, RenewalService::kListed + 25);
    EXPECT_EQ(overview.value().valueAtStake.value(90).value(QStringLiteral("CNY")), 1000 * (RenewalService::kListed + 25));
    EXPECT_EQ(overview.value().ending90.first().endDate, today.addDays(1));
    // The soonest come first: 13 contracts a day for days 1-65, then 12 a day; the thousandth ends on day 78.
    EXPECT_EQ(overview.value().ending90.last().endDate, today.addDays(78));
    EXPECT_EQ(overview.value().endingCount.value(30),
        count(db(), QStringLiteral("SELECT count(*) FROM contracts WHERE end_date <= '2025-04-04'")));
}

} // namespace

#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/CustomerTiers.h"
#include "services/FollowUpService.h"

using namespace TestSql;

namespace {

using Edit = CustomerTiers::Edit;

class CustomerTiersTest : public BookTest
{
protected:
    qint64 customerWithTier(const QString &name, const QString &tier)
    {
        Customer customer;
        customer.name = name;
        customer.tier = tier;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }
    QString tierOf(qint64 id) { return CustomerRepository(db()).find(id).value().tier; }
    QStringList tiers() { return LookupRepository(db()).tiers().value_or({}); }
};

TEST_F(CustomerTiersTest, RenamingMovesTheCustomersAndTheFollowUpIntervalEvenWhenTwoNamesSwap)
{
    const qint64 a = customerWithTier(QStringLiteral("Acme"), QStringLiteral("A"));
    const qint64 b = customerWithTier(QStringLiteral("Bolt"), QStringLiteral("B"));
    const qint64 trashed = customerWithTier(QStringLiteral("Crane"), QStringLiteral("A"));
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ trashed }).ok());
    ASSERT_TRUE(
        FollowUpService(db())
            .setTierIntervals({ { QStringLiteral("A"), 14 }, { QStringLiteral("B"), 30 }, { QStringLiteral("C"), 90 } })
            .ok());
    const qint64 entries = count(db(), QStringLiteral("SELECT count(*) FROM audit_entries"));

    // A and B swap names; C becomes "Dormant"; "VIP" is new and comes first.
    ASSERT_TRUE(CustomerTiers(db())
                    .save({ Edit { {}, QStringLiteral("VIP") }, Edit { QStringLiteral("A"), QStringLiteral("B") },
                        Edit { QStringLiteral("B"), QStringLiteral("A") },
                        Edit { QStringLiteral("C"), QStringLiteral(" Dormant ") } })
                    .ok());
    EXPECT_EQ(tiers(),
        (QStringList { QStringLiteral("VIP"), QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("Dormant") }));
    EXPECT_EQ(tierOf(a), QStringLiteral("B"));
    EXPECT_EQ(tierOf(b), QStringLiteral("A"));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 AND tier = 'B'").arg(trashed)),
        1); // the trash's customers move too
    const QMap<QString, int> intervals = FollowUpService(db()).tierIntervals().value_or({});
    EXPECT_EQ(intervals.value(QStringLiteral("B")), 14);
    EXPECT_EQ(intervals.value(QStringLiteral("A")), 30);
    EXPECT_EQ(intervals.value(QStringLiteral("Dormant")), 90);
    EXPECT_FALSE(intervals.contains(QStringLiteral("VIP")));
    // One entry per tier whose customers moved (C had none).
    EXPECT_EQ(column(db(), QStringLiteral("SELECT changes FROM audit_entries WHERE id > %1 ORDER BY id").arg(entries)),
        (QStringList { QStringLiteral("{\"rows\":2,\"tier\":{\"new\":\"B\",\"old\":\"A\"}}"),
            QStringLiteral("{\"rows\":1,\"tier\":{\"new\":\"A\",\"old\":\"B\"}}") }));
}

TEST_F(CustomerTiersTest, ATierInUseCannotBeLeftOutAndNothingChanges)
{
    const qint64 c = customerWithTier(QStringLiteral("Crane"), QStringLiteral("C"));
    const Status status = CustomerTiers(db()).save(
        { Edit { QStringLiteral("A"), QStringLiteral("Gold") }, Edit { QStringLiteral("B"), QStringLiteral("B") } });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("\"C\""))) << status.error().toString();
    EXPECT_EQ(tiers(), (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
    EXPECT_EQ(tierOf(c), QStringLiteral("C"));
    // An unused tier can go.
    ASSERT_TRUE(CustomerTiers(db())
                    .save({ Edit { QStringLiteral("A"), QStringLiteral("A") },
                        Edit { QStringLiteral("C"), QStringLiteral("C") } })
                    .ok());
    EXPECT_EQ(tiers(), (QStringList { QStringLiteral("A"), QStringLiteral("C") }));
}

TEST_F(CustomerTiersTest, NamesMustBeGivenUniqueAndFreeOfSeparators)
{
    const auto firstError = [](const QList<Edit> &list) {
        const QList<Error> errors = CustomerTiers::check(list);
        return errors.isEmpty() ? QString() : errors.first().message;
    };
    EXPECT_EQ(firstError({ Edit { {}, QStringLiteral("  ") } }), QStringLiteral("A tier needs a name."));
    EXPECT_EQ(firstError({ Edit { {}, QStringLiteral("Gold") }, Edit { {}, QStringLiteral("gold") } }),
        QStringLiteral("There are two tiers named \"gold\"."));
    EXPECT_FALSE(firstError({ Edit { {}, QStringLiteral("A,B") } }).isEmpty());
    EXPECT_FALSE(firstError({ Edit { {}, QStringLiteral("A=1") } }).isEmpty());
    EXPECT_FALSE(firstError({ Edit { {}, QString(CustomerTiers::kMaxNameLength + 1, QLatin1Char('x')) } }).isEmpty());
    EXPECT_TRUE(firstError({ Edit { {}, QStringLiteral("重点客户") } }).isEmpty());
    EXPECT_FALSE(CustomerTiers(db())
                     .save({ Edit { QStringLiteral("A"), QStringLiteral("B") },
                         Edit { QStringLiteral("B"), QStringLiteral("b") } })
                     .ok());
    EXPECT_EQ(tiers(), (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
}

} // namespace

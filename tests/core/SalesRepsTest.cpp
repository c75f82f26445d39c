#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/SalesReps.h"

using namespace TestSql;

namespace {

using Rep = SalesReps::Rep;

class SalesRepsTest : public BookTest
{
protected:
    QStringList names()
    {
        QStringList result;
        for (const Owner &owner : LookupRepository(db()).owners().value_or({}))
            result << owner.name + QLatin1Char('/') + owner.email;
        return result;
    }
};

TEST_F(SalesRepsTest, AddsRenamesAndRemovesRepsInOneAuditedSave)
{
    ASSERT_TRUE(SalesReps(db())
                    .save({ Rep { 0, QStringLiteral(" 王伟 "), QStringLiteral("wang@example.cn"), 0 },
                        Rep { 0, QStringLiteral("Emily Carter"), {}, 0 } })
                    .ok());
    EXPECT_EQ(names(), (QStringList { QStringLiteral("Emily Carter/"), QStringLiteral("王伟/wang@example.cn") }));
    const QList<Rep> reps = SalesReps(db()).list().value_or({});
    ASSERT_EQ(reps.size(), 2);
    Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.ownerId = reps[1].id;
    ASSERT_TRUE(CustomerRepository(db()).create(customer).ok());
    EXPECT_EQ(SalesReps(db()).list().value_or({}).value(1).customers, 1);

    // 王伟 is renamed (his customers stay his); Emily Carter, who owns nothing, is removed.
    ASSERT_TRUE(SalesReps(db())
                    .save({ Rep { reps[1].id, QStringLiteral("王伟强"), QStringLiteral("wang@example.cn"), 0 } })
                    .ok());
    EXPECT_EQ(names(), QStringList { QStringLiteral("王伟强/wang@example.cn") });
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE owner_id = %1").arg(reps[1].id)), 1);
    EXPECT_EQ(column(db(),
                  QStringLiteral("SELECT action || ' ' || COALESCE(entity_id, 0) || ' ' || changes FROM "
                                 "audit_entries WHERE entity = 'owner' ORDER BY id")),
        (QStringList { QStringLiteral("create %1 {\"email\":{\"new\":\"wang@example.cn\"},\"name\":{\"new\":\"王伟\"}}")
                           .arg(reps[1].id),
            QStringLiteral("create %1 {\"email\":{\"new\":\"\"},\"name\":{\"new\":\"Emily Carter\"}}").arg(reps[0].id),
            QStringLiteral("delete %1 {\"name\":\"Emily Carter\"}").arg(reps[0].id),
            QStringLiteral("update %1 {\"name\":{\"new\":\"王伟强\",\"old\":\"王伟\"}}").arg(reps[1].id) }));
}

TEST_F(SalesRepsTest, ARepWhoOwnsRecordsStaysAndNothingChanges)
{
    const qint64 li = LookupRepository(db()).addOwner(QStringLiteral("李娜")).value_or(0);
    Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.ownerId = li;
    const qint64 id = CustomerRepository(db()).create(customer).value_or(0);
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ id }).ok()); // the trash counts too
    const Status status = SalesReps(db()).save({ Rep { 0, QStringLiteral("New Rep"), {}, 0 } });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("李娜"))) << status.error().toString();
    EXPECT_EQ(names(), QStringList { QStringLiteral("李娜/") }); // New Rep was not added either
}

TEST_F(SalesRepsTest, NamesMustBeGivenAndUniqueAndAddressesValid)
{
    const auto firstError = [](const QList<Rep> &reps) {
        const QList<Error> errors = SalesReps::check(reps);
        return errors.isEmpty() ? QString() : errors.first().message;
    };
    EXPECT_EQ(firstError({ Rep { 0, QStringLiteral(" "), {}, 0 } }), QStringLiteral("A sales rep needs a name."));
    EXPECT_EQ(firstError({ Rep { 0, QStringLiteral("Li Na"), {}, 0 }, Rep { 0, QStringLiteral("li na"), {}, 0 } }),
        QStringLiteral("There are two sales reps named \"li na\"."));
    EXPECT_TRUE(firstError(
        { Rep { 0, QStringLiteral("Li Na"), QStringLiteral("li.na"),
            0 } }).startsWith(QStringLiteral("Li Na: ")));
    EXPECT_TRUE(firstError({ Rep { 0, QStringLiteral("Li Na"), QStringLiteral("li@na.cn"), 0 } }).isEmpty());
}

} // namespace

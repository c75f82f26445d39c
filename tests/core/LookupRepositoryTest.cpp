#include "TestSupport.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

using namespace TestSql;

namespace {

class LookupRepositoryTest : public BookTest
{
protected:
    qint64 add(const QString &name, const QString &province, const QString &industry = {})
    {
        Customer customer;
        customer.name = name;
        customer.province = province;
        customer.industry = industry;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.ok() ? id.value() : 0;
    }
};

TEST_F(LookupRepositoryTest, DistinctValuesAreSortedUniqueAndOfLiveCustomersOnly)
{
    add(QStringLiteral("A"), QStringLiteral("广东省"), QStringLiteral("电子"));
    add(QStringLiteral("B"), QStringLiteral("北京市"));
    add(QStringLiteral("C"), QStringLiteral("广东省"), QStringLiteral("物流"));
    add(QStringLiteral("D"), QString());
    add(QStringLiteral("E"), QStringLiteral("California"));
    const qint64 trashed = add(QStringLiteral("F"), QStringLiteral("上海市"));
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ trashed }).ok());

    LookupRepository lookups(db());
    // The same order as SQL's own: byte order of UTF-8, so Latin before Chinese.
    EXPECT_EQ(lookups.distinctValues(QStringLiteral("province")).value_or({}),
        (QStringList { QStringLiteral("California"), QStringLiteral("北京市"), QStringLiteral("广东省") }));
    EXPECT_EQ(column(db(), QStringLiteral("SELECT DISTINCT province FROM customers WHERE deleted_at IS NULL "
                                          "AND province <> '' ORDER BY province")),
        lookups.distinctValues(QStringLiteral("province")).value_or({}));
    EXPECT_EQ(lookups.distinctValues(QStringLiteral("industry")).value_or({}),
        (QStringList { QStringLiteral("物流"), QStringLiteral("电子") }));
    EXPECT_TRUE(lookups.distinctValues(QStringLiteral("source")).value_or({ QStringLiteral("x") }).isEmpty());
}

TEST_F(LookupRepositoryTest, TiersAreConfigurablePerBook)
{
    LookupRepository lookups(db());
    EXPECT_EQ(lookups.tiers().value_or({}), (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
    ASSERT_TRUE(lookups.setTiers({ QStringLiteral("VIP"), QStringLiteral("Key"), QStringLiteral("Small") }).ok());
    reopen();
    EXPECT_EQ(LookupRepository(db()).tiers().value_or({}),
        (QStringList { QStringLiteral("VIP"), QStringLiteral("Key"), QStringLiteral("Small") }));
}

} // namespace

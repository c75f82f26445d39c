#include "TestSupport.h"

#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "services/DuplicateDetector.h"

#include <cmath>

using namespace TestSql;

namespace {

class DuplicateDetectorTest : public BookTest
{
protected:
    qint64 add(const QString &name, const QStringList &phones = {}, const QStringList &emails = {})
    {
        Customer customer;
        customer.name = name;
        customer.phones = phones;
        customer.emails = emails;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.ok() ? id.value() : 0;
    }

    // "id:reason" of every match, in the detector's order.
    QStringList matches(const Customer &candidate)
    {
        auto found = DuplicateDetector(db()).find(candidate);
        EXPECT_TRUE(found.ok()) << found.error().toString();
        QStringList result;
        if (!found.ok())
            return result;
        for (const DuplicateDetector::Match &match : found.value()) {
            const char *reason = match.reason == DuplicateDetector::Reason::Phone ? "phone"
                : match.reason == DuplicateDetector::Reason::Email                ? "email"
                                                                                  : "name";
            result << QStringLiteral("%1:%2").arg(match.customer.id).arg(QLatin1String(reason));
            EXPECT_FALSE(match.detail.isEmpty());
        }
        return result;
    }

    static Customer candidate(const QString &name, const QStringList &phones = {}, const QStringList &emails = {})
    {
        Customer customer;
        customer.name = name;
        customer.phones = phones;
        customer.emails = emails;
        return customer;
    }

    static QString match(qint64 id, const char *reason)
    {
        return QStringLiteral("%1:%2").arg(id).arg(QLatin1String(reason));
    }
};

TEST_F(DuplicateDetectorTest, SamePhoneTypedDifferently)
{
    const qint64 existing = add(QStringLiteral("星辰贸易"), { QStringLiteral("13800138000") });
    add(QStringLiteral("Other"), { QStringLiteral("139 1234 5678") });
    EXPECT_EQ(matches(candidate(QStringLiteral("完全不同的名字"), { QStringLiteral("138 0013 8000") })),
        QStringList { match(existing, "phone") });
    EXPECT_EQ(matches(candidate(QStringLiteral("完全不同的名字"), { QStringLiteral("+86 138-0013-8000") })),
        QStringList { match(existing, "phone") });
    auto found = DuplicateDetector(db()).find(candidate(QStringLiteral("x"), { QStringLiteral("138 0013 8000") }));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found.value().size(), 1);
    EXPECT_TRUE(found.value().first().detail.contains(QStringLiteral("138 0013 8000"))) << found.value().first().detail;
    EXPECT_EQ(found.value().first().customer.name, QStringLiteral("星辰贸易"));
}

TEST_F(DuplicateDetectorTest, ContactPhoneCounts)
{
    const qint64 existing = add(QStringLiteral("星辰贸易"));
    Contact contact;
    contact.customerId = existing;
    contact.name = QStringLiteral("李娜");
    contact.phones = { QStringLiteral("139 8765 4321") };
    ASSERT_TRUE(ContactRepository(db()).create(contact).ok());
    EXPECT_EQ(matches(candidate(QStringLiteral("Acme"), { QStringLiteral("13987654321") })),
        QStringList { match(existing, "phone") });
}

TEST_F(DuplicateDetectorTest, SameEmailInDifferentCase)
{
    const qint64 existing = add(QStringLiteral("Acme"), {}, { QStringLiteral("Sales@Acme-Trading.com") });
    add(QStringLiteral("Globex"), {}, { QStringLiteral("sales@globex.com") });
    EXPECT_EQ(matches(candidate(QStringLiteral("Initech"), {}, { QStringLiteral(" sales@acme-trading.COM ") })),
        QStringList { match(existing, "email") });
}

TEST_F(DuplicateDetectorTest, ChineseNameWithoutLegalForm)
{
    const qint64 existing = add(QStringLiteral("深圳华鑫电子有限公司"));
    add(QStringLiteral("北京华为技术有限公司"));
    EXPECT_EQ(matches(candidate(QStringLiteral("深圳华鑫电子"))), QStringList { match(existing, "name") });
    // And the other way round.
    const qint64 shortName = add(QStringLiteral("广州恒泰物流"));
    EXPECT_EQ(matches(candidate(QStringLiteral("广州恒泰物流有限公司"))), QStringList { match(shortName, "name") });
}

TEST_F(DuplicateDetectorTest, EnglishNameWithDifferentLegalForm)
{
    const qint64 existing = add(QStringLiteral("Acme Trading Co., Ltd."));
    ASSERT_EQ(DuplicateDetector::coreName(QStringLiteral("Acme Trading Co., Ltd.")),
        DuplicateDetector::coreName(QStringLiteral("ACME Trading Ltd")));
    const QStringList found = matches(candidate(QStringLiteral("ACME Trading Ltd")));
    EXPECT_EQ(found, QStringList { match(existing, "name") });
}

TEST_F(DuplicateDetectorTest, TypoInTheSecondHalfIsStillSimilar)
{
    const qint64 existing = add(QStringLiteral("杭州恒泰信息科技有限公司"));
    // core "杭州恒泰信息科技" vs "杭州恒泰信息科拔": one character of eight differs, similarity 0.875.
    EXPECT_EQ(matches(candidate(QStringLiteral("杭州恒泰信息科拔有限公司"))), QStringList { match(existing, "name") });
}

TEST_F(DuplicateDetectorTest, DifferentNameIsNotADuplicate)
{
    add(QStringLiteral("深圳华鑫电子有限公司"), { QStringLiteral("138 0013 8000") }, { QStringLiteral("a@huaxin.cn") });
    add(QStringLiteral("Acme Trading Co., Ltd."));
    EXPECT_EQ(matches(candidate(QStringLiteral("深圳华为电子有限公司"))), QStringList());
    EXPECT_EQ(matches(candidate(QStringLiteral("北京星辰科技有限公司"), { QStringLiteral("139 1234 5678") },
                  { QStringLiteral("b@huaxin.cn") })),
        QStringList());
    EXPECT_EQ(matches(candidate(QStringLiteral("Globex"))), QStringList());
}

TEST_F(DuplicateDetectorTest, TheCustomerItselfIsNeverReported)
{
    const qint64 id = add(
        QStringLiteral("深圳华鑫电子有限公司"), { QStringLiteral("138 0013 8000") }, { QStringLiteral("a@huaxin.cn") });
    auto self = CustomerRepository(db()).find(id);
    ASSERT_TRUE(self.ok());
    EXPECT_EQ(matches(self.value()), QStringList());
    // Another customer with the same data is.
    const qint64 twin = add(QStringLiteral("深圳华鑫电子有限公司"), { QStringLiteral("138 0013 8000") });
    EXPECT_EQ(matches(self.value()), QStringList { match(twin, "phone") });
}

TEST_F(DuplicateDetectorTest, EachCustomerIsReportedOnceWithTheFirstReason)
{
    const qint64 existing = add(
        QStringLiteral("深圳华鑫电子有限公司"), { QStringLiteral("138 0013 8000") }, { QStringLiteral("a@huaxin.cn") });
    EXPECT_EQ(matches(candidate(QStringLiteral("深圳华鑫电子"), { QStringLiteral("13800138000") },
                  { QStringLiteral("A@huaxin.cn") })),
        QStringList { match(existing, "phone") });
}

TEST_F(DuplicateDetectorTest, TrashedCustomerIsNotReported)
{
    const qint64 id = add(
        QStringLiteral("深圳华鑫电子有限公司"), { QStringLiteral("138 0013 8000") }, { QStringLiteral("a@huaxin.cn") });
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ id }).ok());
    EXPECT_EQ(matches(candidate(QStringLiteral("深圳华鑫电子"), { QStringLiteral("138 0013 8000") },
                  { QStringLiteral("a@huaxin.cn") })),
        QStringList());
}

TEST_F(DuplicateDetectorTest, RemovedContactsPhoneIsNotReported)
{
    const qint64 existing = add(QStringLiteral("星辰贸易"));
    Contact contact;
    contact.customerId = existing;
    contact.name = QStringLiteral("李娜");
    contact.phones = { QStringLiteral("139 8765 4321") };
    auto contactId = ContactRepository(db()).create(contact);
    ASSERT_TRUE(contactId.ok());
    ASSERT_TRUE(ContactRepository(db()).remove(contactId.value()).ok());
    EXPECT_EQ(matches(candidate(QStringLiteral("Acme"), { QStringLiteral("13987654321") })), QStringList());
}

struct CoreNameCase
{
    const char *name;
    const char *core;
};

void PrintTo(const CoreNameCase &c, std::ostream *os)
{
    *os << c.name;
}

class CoreNameTest : public ::testing::TestWithParam<CoreNameCase>
{
};

TEST_P(CoreNameTest, StripsLegalFormsAndPunctuation)
{
    EXPECT_EQ(DuplicateDetector::coreName(QString::fromUtf8(GetParam().name)), QString::fromUtf8(GetParam().core));
}

INSTANTIATE_TEST_SUITE_P(Table, CoreNameTest,
    ::testing::Values(CoreNameCase { "深圳华鑫电子有限公司", "深圳华鑫电子" },
        CoreNameCase { "深圳华鑫电子", "深圳华鑫电子" }, CoreNameCase { "深圳华鑫电子股份有限公司", "深圳华鑫电子" },
        CoreNameCase { "北京华为技术有限责任公司", "北京华为技术" }, CoreNameCase { "恒泰集团有限公司", "恒泰" },
        CoreNameCase { "Acme Trading Co., Ltd.", "acmetrading" }, CoreNameCase { "ACME Trading Ltd", "acmetrading" },
        CoreNameCase { "Globex Corporation", "globex" }, CoreNameCase { "Initech, Inc.", "initech" },
        CoreNameCase { "ＡＢＣ 集团", "abc" },
        // Nothing is stripped down to nothing: "有限公司" loses "公司" but keeps "有限".
        CoreNameCase { "有限公司", "有限" }, CoreNameCase { "王伟芳", "王伟芳" }));

struct SimilarityCase
{
    const char *a;
    const char *b;
    double value;
};

void PrintTo(const SimilarityCase &c, std::ostream *os)
{
    *os << c.a << " / " << c.b;
}

class SimilarityTest : public ::testing::TestWithParam<SimilarityCase>
{
};

TEST_P(SimilarityTest, IsOneMinusEditDistanceOverLongerLength)
{
    const SimilarityCase &c = GetParam();
    EXPECT_DOUBLE_EQ(DuplicateDetector::similarity(QString::fromUtf8(c.a), QString::fromUtf8(c.b)), c.value);
    EXPECT_DOUBLE_EQ(DuplicateDetector::similarity(QString::fromUtf8(c.b), QString::fromUtf8(c.a)), c.value);
}

INSTANTIATE_TEST_SUITE_P(Table, SimilarityTest,
    ::testing::Values(SimilarityCase { "abc", "abc", 1.0 }, SimilarityCase { "", "", 1.0 },
        SimilarityCase { "abc", "", 0.0 }, SimilarityCase { "abc", "xyz", 0.0 },
        SimilarityCase { "abc", "abd", 1.0 - 1.0 / 3.0 }, SimilarityCase { "kitten", "sitting", 1.0 - 3.0 / 7.0 },
        SimilarityCase { "深圳华鑫电子", "深圳华鑫电器", 1.0 - 1.0 / 6.0 }, SimilarityCase { "华鑫", "华鑫电子", 0.5 },
        // Counted in characters, not UTF-16 units: one emoji is one edit.
        SimilarityCase { "ab😀", "abc", 1.0 - 1.0 / 3.0 }));

} // namespace

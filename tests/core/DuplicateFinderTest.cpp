#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "search/SearchText.h"
#include "services/DuplicateFinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>

using namespace TestSql;

namespace {

QString reasonName(DuplicateDetector::Reason reason)
{
    switch (reason) {
    case DuplicateDetector::Reason::Phone:
        return QStringLiteral("phone");
    case DuplicateDetector::Reason::Email:
        return QStringLiteral("email");
    case DuplicateDetector::Reason::Name:
        return QStringLiteral("name");
    }
    return {};
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// One line per group: "[ids] reason value; reason value".
QStringList describe(const QList<DuplicateGroup> &groups)
{
    QStringList lines;
    for (const DuplicateGroup &group : groups) {
        QStringList evidence;
        for (const DuplicateGroup::Evidence &item : group.evidence)
            evidence << reasonName(item.reason) + QLatin1Char(' ') + item.value;
        lines << QStringLiteral("[%1] %2").arg(idList(group.customerIds), evidence.join(QStringLiteral("; ")));
    }
    return lines;
}

class DuplicateFinderTest : public BookTest
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
        return id.value_or(0);
    }

    qint64 addContact(qint64 customerId, const QString &name, const QString &phone, const QString &email = {})
    {
        Contact contact;
        contact.customerId = customerId;
        contact.name = name;
        contact.phones = QStringList { phone };
        contact.email = email;
        auto id = ContactRepository(db()).create(contact);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    QList<DuplicateGroup> find()
    {
        auto groups = DuplicateFinder(db()).find();
        EXPECT_TRUE(groups.ok()) << groups.error().toString();
        return groups.value_or({});
    }
};

TEST_F(DuplicateFinderTest, GroupsBySamePhoneTypedDifferently)
{
    const qint64 a = add(QStringLiteral("星辰贸易"), { QStringLiteral("13800138000") });
    add(QStringLiteral("Unrelated"), { QStringLiteral("13900000000") });
    const qint64 b = add(QStringLiteral("完全不同"), { QStringLiteral("+86 138-0013-8000") });
    EXPECT_EQ(describe(find()), QStringList { QStringLiteral("[%1,%2] phone +8613800138000").arg(a).arg(b) });
}

TEST_F(DuplicateFinderTest, GroupsBySameEmailInAnyCase)
{
    const qint64 a = add(QStringLiteral("Alpha"), {}, { QStringLiteral("Sales@Example.com") });
    add(QStringLiteral("Beta"), {}, { QStringLiteral("info@example.com") });
    const qint64 c = add(QStringLiteral("Gamma"), {}, { QStringLiteral("sales@example.com") });
    EXPECT_EQ(describe(find()), QStringList { QStringLiteral("[%1,%2] email sales@example.com").arg(a).arg(c) });
}

TEST_F(DuplicateFinderTest, ContactsPhonesAndEmailsCountButNotDeletedOnes)
{
    const qint64 a = add(QStringLiteral("Alpha"), { QStringLiteral("13800138000") });
    const qint64 b = add(QStringLiteral("Beta"));
    addContact(b, QStringLiteral("李娜"), QStringLiteral("138 0013 8000"));
    const qint64 c = add(QStringLiteral("Gamma"), {}, { QStringLiteral("lina@example.com") });
    const qint64 d = add(QStringLiteral("Delta"));
    const qint64 gone
        = addContact(d, QStringLiteral("李娜"), QStringLiteral("13900000000"), QStringLiteral("lina@example.com"));
    const qint64 e = add(QStringLiteral("Epsilon"), { QStringLiteral("13900000000") });
    EXPECT_EQ(describe(find()),
        (QStringList { QStringLiteral("[%1,%2] phone +8613800138000").arg(a).arg(b),
            QStringLiteral("[%1,%2] email lina@example.com").arg(c).arg(d),
            QStringLiteral("[%1,%2] phone +8613900000000").arg(d).arg(e) }));
    ASSERT_TRUE(ContactRepository(db()).remove(gone).ok());
    EXPECT_EQ(describe(find()), QStringList { QStringLiteral("[%1,%2] phone +8613800138000").arg(a).arg(b) });
}

TEST_F(DuplicateFinderTest, GroupsBySameCoreNameIgnoringLegalSuffixes)
{
    const qint64 a = add(QStringLiteral("星辰贸易有限公司"));
    const qint64 b = add(QStringLiteral("星辰贸易"));
    const qint64 c = add(QStringLiteral("Xingchen Trading Co., Ltd."));
    add(QStringLiteral("星辰科技有限公司"));
    const qint64 d = add(QStringLiteral("XINGCHEN TRADING"));
    add(QStringLiteral("Xingchen Trade"));
    EXPECT_EQ(describe(find()),
        (QStringList { QStringLiteral("[%1,%2] name 星辰贸易").arg(a).arg(b),
            QStringLiteral("[%1,%2] name xingchentrading").arg(c).arg(d) }));
}

TEST_F(DuplicateFinderTest, OneCharacterNamesAndTrashedCustomersAreLeftOut)
{
    add(QStringLiteral("王"));
    add(QStringLiteral("王"));
    const qint64 a = add(QStringLiteral("李娜"), { QStringLiteral("13800138000") });
    const qint64 b = add(QStringLiteral("李娜"), { QStringLiteral("13800138000") });
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ b }).ok());
    EXPECT_TRUE(find().isEmpty());
    ASSERT_TRUE(CustomerRepository(db()).restore({ b }).ok());
    EXPECT_EQ(
        describe(find()), QStringList { QStringLiteral("[%1,%2] phone +8613800138000; name 李娜").arg(a).arg(b) });
}

TEST_F(DuplicateFinderTest, OneGroupPerSharedValue)
{
    // A and B share a phone, B and C an email, C and D a name: three groups, not one chain.
    const qint64 a = add(QStringLiteral("Alpha"), { QStringLiteral("13800138000") });
    const qint64 b
        = add(QStringLiteral("Beta"), { QStringLiteral("13800138000") }, { QStringLiteral("b@example.com") });
    const qint64 c = add(QStringLiteral("Gamma Ltd"), {}, { QStringLiteral("b@example.com") });
    const qint64 d = add(QStringLiteral("Gamma"));
    const qint64 e
        = add(QStringLiteral("Epsilon"), { QStringLiteral("13900000000") }, { QStringLiteral("e@example.com") });
    const qint64 f
        = add(QStringLiteral("Zeta"), { QStringLiteral("13900000000") }, { QStringLiteral("E@Example.com") });
    EXPECT_EQ(describe(find()),
        (QStringList { QStringLiteral("[%1,%2] phone +8613800138000").arg(a).arg(b),
            QStringLiteral("[%1,%2] email b@example.com").arg(b).arg(c),
            QStringLiteral("[%1,%2] name gamma").arg(c).arg(d),
            QStringLiteral("[%1,%2] phone +8613900000000; email e@example.com").arg(e).arg(f) }));
}

TEST_F(DuplicateFinderTest, NothingInCommonNoGroups)
{
    add(QStringLiteral("Alpha"), { QStringLiteral("13800138000") }, { QStringLiteral("a@example.com") });
    add(QStringLiteral("Beta"), { QStringLiteral("13800138001") }, { QStringLiteral("b@example.com") });
    add(QStringLiteral("Alphabet"));
    EXPECT_TRUE(find().isEmpty());
}

TEST_F(DuplicateFinderTest, ReportsProgressAndCanBeCancelled)
{
    for (int i = 0; i < 10; ++i)
        add(QStringLiteral("Same Name"));
    QList<int> reported;
    auto groups = DuplicateFinder(db()).find([&](int percent) { reported << percent; });
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups.value().size(), 1);
    EXPECT_EQ(groups.value().first().customerIds.size(), 10);
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_EQ(reported.first(), 0);
    EXPECT_EQ(reported.last(), 100);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));

    std::atomic_bool cancel { false };
    auto stopped = DuplicateFinder(db()).find([&](int percent) { cancel = percent > 0; }, &cancel);
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().message, QStringLiteral("The search for duplicates was cancelled."));
}

// The finder on a demo book agrees with a plain computation written independently here (every live customer's
// phones, emails and core name read one by one, grouped in maps). Its speed is measured in bench/, not here.
TEST_F(DuplicateFinderTest, DemoBookOfTwentyThousandIsCorrectAndFast)
{
    DemoGenerator::Options options;
    options.customers = 20000;
    ASSERT_TRUE(DemoGenerator(db()).generate(options).ok());
    // Some duplicates the demo data does not have by itself: a phone and an email copied to another customer.
    run(db(),
        QStringLiteral("INSERT INTO contact_points (customer_id, kind, value, normalized) "
                       "SELECT 7, kind, value, normalized FROM contact_points WHERE customer_id = 3"));
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ 11, 12, 13 }).ok());

    auto groups = DuplicateFinder(db()).find();
    ASSERT_TRUE(groups.ok()) << groups.error().toString();

    std::map<QString, std::set<qint64>> expected; // "reason value" -> customers
    QSqlQuery query = run(db(), QStringLiteral("SELECT c.id, c.name FROM customers c WHERE c.deleted_at IS NULL"));
    while (query.next()) {
        const QString core = DuplicateDetector::coreName(query.value(1).toString());
        if (SearchText::characterCount(core) >= 2)
            expected[QStringLiteral("name ") + core].insert(query.value(0).toLongLong());
    }
    query = run(db(),
        QStringLiteral("SELECT p.customer_id, p.kind, p.normalized, p.contact_id FROM contact_points p "
                       "JOIN customers c ON c.id = p.customer_id WHERE c.deleted_at IS NULL"));
    QSet<qint64> deletedContacts;
    for (qint64 id : ids(db(), QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NOT NULL")))
        deletedContacts.insert(id);
    while (query.next()) {
        if (query.value(2).toString().isEmpty()
            || (!query.value(3).isNull() && deletedContacts.contains(query.value(3).toLongLong())))
            continue;
        expected[query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString()].insert(
            query.value(0).toLongLong());
    }
    QStringList expectedEvidence;
    for (const auto &[key, members] : expected) {
        if (members.size() > 1)
            expectedEvidence << key + QLatin1Char(' ') + idList(QList<qint64>(members.begin(), members.end()));
    }

    QStringList foundEvidence;
    QSet<QString> memberSets;
    QSet<qint64> members;
    for (const DuplicateGroup &group : groups.value()) {
        ASSERT_GE(group.customerIds.size(), 2);
        ASSERT_FALSE(group.evidence.isEmpty());
        EXPECT_TRUE(std::is_sorted(group.customerIds.begin(), group.customerIds.end()));
        EXPECT_FALSE(memberSets.contains(idList(group.customerIds))) << "two groups of " << idList(group.customerIds);
        memberSets.insert(idList(group.customerIds));
        members.unite(QSet<qint64>(group.customerIds.begin(), group.customerIds.end()));
        for (const DuplicateGroup::Evidence &item : group.evidence)
            foundEvidence << reasonName(item.reason) + QLatin1Char(' ') + item.value + QLatin1Char(' ')
                    + idList(group.customerIds);
    }
    expectedEvidence.sort();
    foundEvidence.sort();
    EXPECT_EQ(foundEvidence, expectedEvidence);
    EXPECT_TRUE(foundEvidence.contains(QStringLiteral("phone ")
        + scalar(db(),
            QStringLiteral(
                "SELECT normalized FROM contact_points WHERE customer_id = 3 AND kind = 'phone' AND contact_id IS "
                "NULL ORDER BY position"))
              .toString()
        + QStringLiteral(" 3,7")))
        << foundEvidence.filter(QStringLiteral(" 3,7")).join(QLatin1Char('\n'));
    EXPECT_GT(foundEvidence.size(), 10);
    for (qint64 trashed : { 11, 12, 13 })
        EXPECT_FALSE(members.contains(trashed)) << trashed;
}

} // namespace

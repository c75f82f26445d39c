#include "TestSupport.h"

#include "search/NameOrder.h"
#include "search/SearchIndex.h"

#include "Clock.h"
#include "domain/CustomerQuery.h"
#include "domain/PhoneNumbers.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/CustomerValidator.h"

#include <algorithm>
#include <functional>

using namespace TestSql;

namespace {

const QDateTime kCreated(QDate(2025, 5, 6), QTime(7, 8, 9), Qt::UTC);
const QDateTime kUpdated(QDate(2025, 6, 1), QTime(12, 0, 0), Qt::UTC);

class CustomerRepositoryTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        Clock::setInstance(&m_clock);
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    qint64 addOwner(const QString &name)
    {
        auto id = LookupRepository(db()).addOwner(name);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.ok() ? id.value() : 0;
    }

    qint64 create(const Customer &customer)
    {
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.ok() ? id.value() : 0;
    }

    FixedClock m_clock { kCreated };
};

Customer fullCustomer(qint64 ownerId)
{
    Customer customer;
    customer.kind = CustomerKind::Company;
    customer.name = QStringLiteral("  深圳华鑫电子有限公司 ");
    customer.industry = QStringLiteral("电子");
    customer.province = QStringLiteral("广东省");
    customer.city = QStringLiteral("深圳");
    customer.address = QStringLiteral("南山区科技园科苑路 1 号");
    customer.phones = { QStringLiteral("138 0013 8000"), QStringLiteral("+1 415-555-2671") };
    customer.emails = { QStringLiteral("sales@huaxin.cn"), QStringLiteral(" Boss@HuaXin.cn ") };
    customer.website = QStringLiteral("https://www.huaxin.cn");
    customer.source = QStringLiteral("展会");
    customer.ownerId = ownerId;
    customer.tier = QStringLiteral("A");
    customer.stage = LifecycleStage::Customer;
    customer.tags = { QStringLiteral("重点客户"), QStringLiteral("VIP"), QStringLiteral(" VIP "), QString() };
    customer.notes = QStringLiteral("First line\nsecond line");
    return customer;
}

TEST_F(CustomerRepositoryTest, CreateThenFindRoundTripsEveryField)
{
    const qint64 ownerId = addOwner(QStringLiteral("李娜"));
    const qint64 id = create(fullCustomer(ownerId));
    ASSERT_GT(id, 0);

    auto found = CustomerRepository(db()).find(id);
    ASSERT_TRUE(found.ok()) << found.error().toString();
    const Customer &customer = found.value();
    EXPECT_EQ(customer.id, id);
    EXPECT_EQ(customer.uuid.size(), 36);
    EXPECT_EQ(customer.kind, CustomerKind::Company);
    EXPECT_EQ(customer.name, QStringLiteral("深圳华鑫电子有限公司"));
    EXPECT_EQ(customer.industry, QStringLiteral("电子"));
    EXPECT_EQ(customer.province, QStringLiteral("广东省"));
    EXPECT_EQ(customer.city, QStringLiteral("深圳"));
    EXPECT_EQ(customer.address, QStringLiteral("南山区科技园科苑路 1 号"));
    EXPECT_EQ(customer.phones, (QStringList { QStringLiteral("138 0013 8000"), QStringLiteral("+1 415-555-2671") }));
    EXPECT_EQ(customer.emails, (QStringList { QStringLiteral("sales@huaxin.cn"), QStringLiteral("Boss@HuaXin.cn") }));
    EXPECT_EQ(customer.website, QStringLiteral("https://www.huaxin.cn"));
    EXPECT_EQ(customer.source, QStringLiteral("展会"));
    EXPECT_EQ(customer.ownerId, ownerId);
    EXPECT_EQ(customer.ownerName, QStringLiteral("李娜"));
    EXPECT_EQ(customer.tier, QStringLiteral("A"));
    EXPECT_EQ(customer.stage, LifecycleStage::Customer);
    EXPECT_EQ(customer.tags, (QStringList { QStringLiteral("VIP"), QStringLiteral("重点客户") }));
    EXPECT_EQ(customer.notes, QStringLiteral("First line\nsecond line"));
    EXPECT_EQ(customer.createdAt, kCreated);
    EXPECT_EQ(customer.updatedAt, kCreated);
    EXPECT_FALSE(customer.deletedAt.isValid());

    // What is stored for duplicate checks: E.164 phones and lower-case emails.
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT kind, value, normalized, position FROM contact_points "
                                 "WHERE customer_id = ")
                      + QString::number(id) + QStringLiteral(" ORDER BY kind, position")),
        (QStringList { QStringLiteral("email\tsales@huaxin.cn\tsales@huaxin.cn\t0"),
            QStringLiteral("email\tBoss@HuaXin.cn\tboss@huaxin.cn\t1"),
            QStringLiteral("phone\t138 0013 8000\t+8613800138000\t0"),
            QStringLiteral("phone\t+1 415-555-2671\t+14155552671\t1") }));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT created_at FROM customers WHERE id = ?"), { id }).toString(),
        QStringLiteral("2025-05-06T07:08:09Z"));
}

// An address typed with a Chinese input method is stored as ASCII, and found as the same address.
TEST_F(CustomerRepositoryTest, FullWidthEmailsAreStoredAsAscii)
{
    Customer customer;
    customer.name = QStringLiteral("全角公司");
    customer.emails << QStringLiteral("ｉｎｆｏ＠ｑｕａｎ．ｃｎ");
    const qint64 id = create(customer);
    ASSERT_GT(id, 0);
    EXPECT_EQ(CustomerRepository(db()).find(id).value().emails, QStringList { QStringLiteral("info@quan.cn") });
    const auto found = CustomerRepository(db()).findByContactPoint(
        QStringLiteral("email"), Emails::normalized(QStringLiteral("INFO@quan.cn")));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found.value().size(), 1);
    EXPECT_EQ(found.value().first().id, id);
}

// Two extensions of one switchboard are two numbers: saving keeps both, and a changed extension is saved
// (found by a review: the second was rewritten into the first, which shares its E.164 form).
TEST_F(CustomerRepositoryTest, ExtensionsOfOneSwitchboardAreKeptApart)
{
    Customer customer;
    customer.name = QStringLiteral("总机公司");
    customer.phones << QStringLiteral("020 8356 1234 ext. 8001") << QStringLiteral("020 8356 1234 ext. 8002");
    const qint64 id = create(customer);
    ASSERT_GT(id, 0);
    CustomerRepository repository(db());
    Customer saved = repository.find(id).value();
    EXPECT_EQ(saved.phones,
        (QStringList { QStringLiteral("020 8356 1234 ext. 8001"), QStringLiteral("020 8356 1234 ext. 8002") }));
    ASSERT_TRUE(repository.update(saved).ok());
    EXPECT_EQ(repository.find(id).value().phones, saved.phones);
    saved.phones[1] = QStringLiteral("020 8356 1234 ext. 8009");
    ASSERT_TRUE(repository.update(saved).ok());
    EXPECT_EQ(repository.find(id).value().phones.value(1), QStringLiteral("020 8356 1234 ext. 8009"));
    const auto byExtension = repository.findByContactPoint(
        QStringLiteral("phone"), PhoneNumbers::normalizedOrDigits(QStringLiteral("020-83561234-8009")));
    ASSERT_TRUE(byExtension.ok());
    EXPECT_EQ(byExtension.value().size(), 1);
    EXPECT_TRUE(repository
                    .findByContactPoint(
                        QStringLiteral("phone"), PhoneNumbers::normalizedOrDigits(QStringLiteral("020-83561234-8002")))
                    .value()
                    .isEmpty());
}

// A book saved before keys had extensions gets them on its next opening, with the search texts.
TEST_F(CustomerRepositoryTest, OpeningAnOlderBookKeysItsExtensionsAgain)
{
    Customer customer;
    customer.name = QStringLiteral("旧账簿公司");
    customer.phones << QStringLiteral("020 8356 1234 ext. 6029") << QStringLiteral("138 0013 8000");
    const qint64 id = create(customer);
    ASSERT_GT(id, 0);
    // As the book stood before: E.164 keys, no extension digits to search, no record of the keys' version.
    TestSql::run(
        db(), QStringLiteral("UPDATE contact_points SET normalized = '+862083561234' WHERE value LIKE '%ext%'"));
    ASSERT_TRUE(SearchIndex::create(db())->put(id, QStringLiteral("旧账簿公司 | 02083561234")).ok());
    TestSql::run(db(), QStringLiteral("DELETE FROM book_settings WHERE key = 'phone_keys'"));
    reopen();
    EXPECT_EQ(TestSql::count(db(),
                  QStringLiteral("SELECT count(*) FROM contact_points WHERE normalized = '+862083561234;ext=6029'")),
        1);
    EXPECT_EQ(
        TestSql::count(db(), QStringLiteral("SELECT count(*) FROM contact_points WHERE normalized = '+8613800138000'")),
        1);
    CustomerQuery query;
    query.search = QStringLiteral("6029");
    EXPECT_EQ(CustomerRepository(db()).page(query, std::nullopt, 10).value().size(), 1);
}

TEST_F(CustomerRepositoryTest, RowShowsTheFirstPhoneAndEmailAndAllTags)
{
    const qint64 ownerId = addOwner(QStringLiteral("李娜"));
    const qint64 id = create(fullCustomer(ownerId));
    auto row = CustomerRepository(db()).row(id);
    ASSERT_TRUE(row.ok()) << row.error().toString();
    EXPECT_EQ(row.value().id, id);
    EXPECT_EQ(row.value().name, QStringLiteral("深圳华鑫电子有限公司"));
    EXPECT_EQ(row.value().phone, QStringLiteral("138 0013 8000"));
    EXPECT_EQ(row.value().email, QStringLiteral("sales@huaxin.cn"));
    EXPECT_EQ(row.value().tags, QStringLiteral("VIP, 重点客户"));
    EXPECT_EQ(row.value().ownerName, QStringLiteral("李娜"));
    EXPECT_EQ(row.value().tier, QStringLiteral("A"));
    EXPECT_EQ(row.value().stage, LifecycleStage::Customer);
    EXPECT_FALSE(CustomerRepository(db()).row(id + 1000).ok());
}

// "vip" is the tag "VIP": a tag is one whatever its letter case, and the first spelling stays.
TEST_F(CustomerRepositoryTest, TagsAreOneWhateverTheirLetterCase)
{
    Customer first;
    first.name = QStringLiteral("First Co.");
    first.tags = { QStringLiteral("VIP") };
    create(first);
    Customer second;
    second.name = QStringLiteral("Second Co.");
    second.tags = { QStringLiteral("vip"), QStringLiteral("Vip"), QStringLiteral("展会") };
    const qint64 id = create(second);
    EXPECT_EQ(CustomerRepository(db()).find(id).value().tags,
        (QStringList { QStringLiteral("VIP"), QStringLiteral("展会") }));
    QSqlQuery count(db());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM tags WHERE lower(name) = 'vip'")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 1);
}

TEST_F(CustomerRepositoryTest, GivenUuidIsKept)
{
    Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.uuid = QStringLiteral("6f1c2b4e-1111-4222-8333-444455556666");
    const qint64 id = create(customer);
    auto found = CustomerRepository(db()).find(id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value().uuid, customer.uuid);
}

TEST_F(CustomerRepositoryTest, UpdateChangesFieldsAndUpdatedAt)
{
    const qint64 first = addOwner(QStringLiteral("李娜"));
    const qint64 second = addOwner(QStringLiteral("Emily Carter"));
    const qint64 id = create(fullCustomer(first));

    m_clock.set(kUpdated);
    auto loaded = CustomerRepository(db()).find(id);
    ASSERT_TRUE(loaded.ok());
    Customer changed = loaded.value();
    changed.kind = CustomerKind::Individual;
    changed.name = QStringLiteral("王伟芳");
    changed.city = QStringLiteral("广州");
    changed.phones = { QStringLiteral("139 1234 5678") };
    changed.emails = {};
    changed.ownerId = second;
    changed.tier = QStringLiteral("B");
    changed.stage = LifecycleStage::Inactive;
    changed.tags = { QStringLiteral("老客户") };
    ASSERT_TRUE(CustomerRepository(db()).update(changed).ok());

    auto found = CustomerRepository(db()).find(id);
    ASSERT_TRUE(found.ok()) << found.error().toString();
    const Customer &customer = found.value();
    EXPECT_EQ(customer.kind, CustomerKind::Individual);
    EXPECT_EQ(customer.name, QStringLiteral("王伟芳"));
    EXPECT_EQ(customer.city, QStringLiteral("广州"));
    EXPECT_EQ(customer.province, QStringLiteral("广东省"));
    EXPECT_EQ(customer.phones, QStringList { QStringLiteral("139 1234 5678") });
    EXPECT_EQ(customer.emails, QStringList());
    EXPECT_EQ(customer.ownerId, second);
    EXPECT_EQ(customer.ownerName, QStringLiteral("Emily Carter"));
    EXPECT_EQ(customer.tier, QStringLiteral("B"));
    EXPECT_EQ(customer.stage, LifecycleStage::Inactive);
    EXPECT_EQ(customer.tags, QStringList { QStringLiteral("老客户") });
    EXPECT_EQ(customer.uuid, loaded.value().uuid);
    EXPECT_EQ(customer.createdAt, kCreated);
    EXPECT_EQ(customer.updatedAt, kUpdated);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM contact_points WHERE customer_id = ?"), { id }), 1);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ?"), { id }), 1);
}

TEST_F(CustomerRepositoryTest, UpdateOfAMissingCustomerFails)
{
    Customer customer;
    customer.id = 4242;
    customer.name = QStringLiteral("Nobody");
    const Status status = CustomerRepository(db()).update(customer);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("no longer exists"))) << status.error().message;
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), 0);
}

TEST_F(CustomerRepositoryTest, FailedCreateLeavesNothingBehind)
{
    // An owner that does not exist: the customer row is inserted first, then the foreign key refuses the owner;
    // the whole action must be rolled back.
    Customer customer = fullCustomer(9999);
    auto id = CustomerRepository(db()).create(customer);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM contact_points")), 0);

    Customer unnamed;
    unnamed.name = QStringLiteral("   ");
    EXPECT_FALSE(CustomerRepository(db()).create(unnamed).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), 0);
}

TEST_F(CustomerRepositoryTest, FindOfAMissingCustomerFails)
{
    auto found = CustomerRepository(db()).find(77);
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.error().message.contains(QStringLiteral("77"))) << found.error().message;
}

// ---- The list: 25 customers with repeated names and values, paged by keyset and filtered. ----

struct Made
{
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0;
    QString tier;
    LifecycleStage stage = LifecycleStage::Lead;
    QStringList tags;
    QString province;
};

const QStringList kNames { QStringLiteral("Acme"), QStringLiteral("北京华为"), QStringLiteral("Zeta"),
    QStringLiteral("acme"), QStringLiteral("王伟芳"), QStringLiteral("Beta Co"), QStringLiteral("上海星辰"),
    QStringLiteral("Ålesund AS"), QStringLiteral("123 Group"), QStringLiteral("赵敏") };
const QStringList kCities { QStringLiteral("深圳"), QStringLiteral("Boston"), QStringLiteral("北京"), QString() };
const QStringList kIndustries { QStringLiteral("电子"), QStringLiteral("Retail"), QString() };
const QStringList kSources { QStringLiteral("展会"), QStringLiteral("Website") };
const QStringList kTiers { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };

class CustomerListTest : public CustomerRepositoryTest
{
protected:
    static constexpr int kCount = 25;

    void SetUp() override
    {
        CustomerRepositoryTest::SetUp();
        if (HasFatalFailure())
            return;
        const QList<qint64> owners { 0, addOwner(QStringLiteral("王伟")), addOwner(QStringLiteral("Emily Carter")),
            addOwner(QStringLiteral("陈杰")) };
        for (int i = 0; i < kCount; ++i) {
            // Created and updated times repeat, so that ties are broken by id.
            m_clock.set(kCreated.addSecs(3600 * ((i * 37) % 11)));
            Customer customer;
            customer.kind = i % 3 == 0 ? CustomerKind::Individual : CustomerKind::Company;
            customer.name = kNames[i % kNames.size()];
            customer.city = kCities[i % kCities.size()];
            customer.industry = kIndustries[i % kIndustries.size()];
            customer.source = kSources[i % kSources.size()];
            customer.province = i % 2 ? QStringLiteral("广东省") : QStringLiteral("Massachusetts");
            customer.ownerId = owners[(i * 7) % owners.size()];
            customer.tier = kTiers[(i / 2) % kTiers.size()];
            customer.stage = allLifecycleStages()[(i * 3) % 4];
            if (i % 5 == 0)
                customer.tags = { QStringLiteral("VIP") };
            else if (i % 5 == 1)
                customer.tags = { QStringLiteral("VIP"), QStringLiteral("展会") };
            customer.phones = { QStringLiteral("138 0013 %1").arg(1000 + i) };
            const qint64 id = create(customer);
            m_made << Made { id, customer.name, customer.ownerId, customer.tier, customer.stage, customer.tags,
                customer.province };
            if (i % 4 == 3) {
                // Touch some rows later, so that updated_at differs from created_at.
                m_clock.set(kUpdated.addSecs(60 * (i % 3)));
                Customer changed = customer;
                changed.id = id;
                EXPECT_TRUE(CustomerRepository(db()).update(changed).ok());
            }
        }
        auto tags = LookupRepository(db()).tags();
        ASSERT_TRUE(tags.ok());
        for (const auto &tag : tags.value())
            m_tagIds[tag.name] = tag.id;
    }

    // Every id of the query, page by page (limit 7), each page continuing after the last row of the previous one.
    QList<qint64> pageThrough(const CustomerQuery &query, int limit = 7)
    {
        CustomerRepository repository(db());
        QList<qint64> ids;
        std::optional<CustomerRow> after;
        for (int pages = 0; pages < 100; ++pages) {
            auto page = repository.page(query, after, limit);
            EXPECT_TRUE(page.ok()) << page.error().toString();
            if (!page.ok())
                break;
            EXPECT_LE(page.value().size(), limit);
            for (const CustomerRow &row : page.value())
                ids << row.id;
            if (page.value().size() < limit)
                break;
            after = page.value().last();
        }
        return ids;
    }

    QList<qint64> expected(const std::function<bool(const Made &)> &keep) const
    {
        QList<qint64> ids;
        for (const Made &made : m_made) {
            if (keep(made))
                ids << made.id;
        }
        return ids;
    }

    // Ids in name order (then id), the list's default order.
    QList<qint64> inNameOrder(QList<qint64> ids) const
    {
        const NameOrder order(NameOrder::Kind::Pinyin);
        std::sort(ids.begin(), ids.end(), [this, &order](qint64 a, qint64 b) {
            const QByteArray x = order.key(nameOf(a));
            const QByteArray y = order.key(nameOf(b));
            return x != y ? x < y : a < b;
        });
        return ids;
    }

    const QString &nameOf(qint64 id) const
    {
        for (const Made &made : m_made) {
            if (made.id == id)
                return made.name;
        }
        static const QString none;
        return none;
    }

    QList<Made> m_made;
    QHash<QString, qint64> m_tagIds;
};

TEST_F(CustomerListTest, PagesInNameOrderMatchPlainSql)
{
    ASSERT_EQ(m_made.size(), kCount);
    const QList<qint64> all = pageThrough(CustomerQuery {});
    EXPECT_EQ(
        all, ids(db(), QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY sort_key, id")));
    EXPECT_EQ(all, inNameOrder(expected([](const Made &) { return true; })));
    EXPECT_EQ(all.size(), kCount);
}

TEST_F(CustomerListTest, PageSizesAreExact)
{
    CustomerRepository repository(db());
    auto first = repository.page(CustomerQuery {}, std::nullopt, 7);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first.value().size(), 7);
    auto rest = repository.page(CustomerQuery {}, first.value().last(), 100);
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest.value().size(), kCount - 7);
    auto none = repository.page(CustomerQuery {}, rest.value().last(), 7);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value().isEmpty());
}

TEST_F(CustomerListTest, RowsCarryListDetails)
{
    CustomerRepository repository(db());
    auto page = repository.page(CustomerQuery {}, std::nullopt, 100);
    ASSERT_TRUE(page.ok());
    for (const CustomerRow &row : page.value()) {
        const auto it = std::find_if(m_made.begin(), m_made.end(), [&](const Made &m) { return m.id == row.id; });
        ASSERT_NE(it, m_made.end());
        const int i = int(it - m_made.begin());
        EXPECT_EQ(row.name, m_made[i].name);
        EXPECT_EQ(row.phone, QStringLiteral("138 0013 %1").arg(1000 + i));
        EXPECT_EQ(row.tags, m_made[i].tags.join(QStringLiteral(", ")));
        EXPECT_EQ(row.ownerId, m_made[i].ownerId);
        EXPECT_EQ(row.tier, m_made[i].tier);
    }
}

TEST_F(CustomerListTest, OnePassGivesThePagesRowsWithEveryField)
{
    // Tags whose ids run against their name order, and a customer in the trash the pass must leave out.
    Customer tagged;
    tagged.name = QStringLiteral("Tagged Ltd");
    tagged.tags = { QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("重点"), QStringLiteral("beta") };
    const qint64 taggedId = create(tagged);
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ m_made.first().id }).ok());
    // The whole list is read in storage order and sorted (CustomerRepository::forEachRow); a filtered one through
    // the filter's index. Either way the pass keeps the page's order, ties in the sort column by id included.
    const QString tier = m_made[1].tier;
    ASSERT_FALSE(tier.isEmpty());
    for (const QString &filter : { QString(), tier })
        for (const CustomerSort sort :
            { CustomerSort::Name, CustomerSort::City, CustomerSort::Owner, CustomerSort::Tier, CustomerSort::Created })
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                SCOPED_TRACE(QStringLiteral("tier '%1', sort %2, order %3")
                                 .arg(filter)
                                 .arg(int(sort))
                                 .arg(int(order))
                                 .toStdString());
                CustomerQuery query;
                query.tier = filter;
                query.sort = sort;
                query.order = order;
                CustomerRepository repository(db());
                auto page = repository.page(query, std::nullopt, 1000);
                ASSERT_TRUE(page.ok()) << page.error().toString();
                QList<CustomerRow> passed;
                const Status status = repository.forEachRow(query, [&passed](const CustomerRow &row) {
                    passed << row;
                    return true;
                });
                ASSERT_TRUE(status.ok()) << status.error().toString();
                ASSERT_EQ(passed.size(), page.value().size());
                if (filter.isEmpty())
                    ASSERT_EQ(passed.size(), kCount);
                else
                    ASSERT_GT(passed.size(), 0);
                for (qsizetype i = 0; i < passed.size(); ++i) {
                    const CustomerRow &a = passed[i];
                    const CustomerRow &b = page.value()[i];
                    EXPECT_EQ(a.id, b.id);
                    EXPECT_EQ(a.kind, b.kind);
                    EXPECT_EQ(a.name, b.name);
                    EXPECT_EQ(a.industry, b.industry);
                    EXPECT_EQ(a.province, b.province);
                    EXPECT_EQ(a.city, b.city);
                    EXPECT_EQ(a.phone, b.phone);
                    EXPECT_EQ(a.email, b.email);
                    EXPECT_EQ(a.ownerId, b.ownerId);
                    EXPECT_EQ(a.ownerName, b.ownerName);
                    EXPECT_EQ(a.tier, b.tier);
                    EXPECT_EQ(a.stage, b.stage);
                    EXPECT_EQ(a.source, b.source);
                    EXPECT_EQ(a.tags, b.tags) << a.name.toStdString();
                    EXPECT_EQ(a.createdAt, b.createdAt);
                    EXPECT_EQ(a.updatedAt, b.updatedAt);
                    EXPECT_FALSE(a.deletedAt.isValid());
                    if (a.id == taggedId && filter.isEmpty()) {
                        EXPECT_EQ(a.tags, QStringLiteral("Alpha, beta, zeta, 重点"));
                    }
                }
            }
    CustomerQuery trash;
    trash.trash = true;
    QList<CustomerRow> trashed;
    ASSERT_TRUE(CustomerRepository(db()).forEachRow(trash, [&trashed](const CustomerRow &row) {
        trashed << row;
        return true;
    }).ok());
    ASSERT_EQ(trashed.size(), 1);
    EXPECT_EQ(trashed.first().id, m_made.first().id);
    EXPECT_EQ(trashed.first().deletedAt, m_clock.nowUtc());

    // An export without time columns skips the times and nothing else.
    QList<CustomerRow> withTimes, withoutTimes;
    for (const auto timestamps : { CustomerRepository::Timestamps::Read, CustomerRepository::Timestamps::Skip }) {
        QList<CustomerRow> &rows = timestamps == CustomerRepository::Timestamps::Read ? withTimes : withoutTimes;
        ASSERT_TRUE(CustomerRepository(db())
                        .forEachRow(
                            trash, [&rows](const CustomerRow &row) { return rows << row, true; }, timestamps)
                        .ok());
    }
    ASSERT_EQ(withoutTimes.size(), 1);
    EXPECT_EQ(withoutTimes.first().id, withTimes.first().id);
    EXPECT_EQ(withoutTimes.first().name, withTimes.first().name);
    EXPECT_EQ(withoutTimes.first().phone, withTimes.first().phone);
    EXPECT_TRUE(withTimes.first().createdAt.isValid());
    EXPECT_FALSE(withoutTimes.first().createdAt.isValid());
    EXPECT_FALSE(withoutTimes.first().updatedAt.isValid());
    EXPECT_FALSE(withoutTimes.first().deletedAt.isValid());
}

TEST_F(CustomerListTest, FilterByOwner)
{
    const qint64 owner = m_made[1].ownerId;
    ASSERT_GT(owner, 0);
    CustomerQuery query;
    query.ownerId = owner;
    const QList<qint64> got = pageThrough(query);
    EXPECT_EQ(got, inNameOrder(expected([&](const Made &m) { return m.ownerId == owner; })));
    EXPECT_FALSE(got.isEmpty());
    EXPECT_LT(got.size(), kCount);
}

TEST_F(CustomerListTest, FilterByTier)
{
    CustomerQuery query;
    query.tier = QStringLiteral("B");
    const QList<qint64> got = pageThrough(query);
    EXPECT_EQ(got, inNameOrder(expected([](const Made &m) { return m.tier == QLatin1String("B"); })));
    EXPECT_EQ(got.size(), 8);
}

TEST_F(CustomerListTest, FilterByStage)
{
    CustomerQuery query;
    query.stage = LifecycleStage::Prospect;
    const QList<qint64> got = pageThrough(query);
    EXPECT_EQ(got, inNameOrder(expected([](const Made &m) { return m.stage == LifecycleStage::Prospect; })));
    EXPECT_EQ(got.size(), 6);
}

TEST_F(CustomerListTest, FilterByTag)
{
    ASSERT_TRUE(m_tagIds.contains(QStringLiteral("展会")));
    CustomerQuery query;
    query.tagId = m_tagIds.value(QStringLiteral("展会"));
    EXPECT_EQ(pageThrough(query),
        inNameOrder(expected([](const Made &m) { return m.tags.contains(QStringLiteral("展会")); })));
    EXPECT_EQ(pageThrough(query).size(), 5);
    query.tagId = m_tagIds.value(QStringLiteral("VIP"));
    EXPECT_EQ(pageThrough(query),
        inNameOrder(expected([](const Made &m) { return m.tags.contains(QStringLiteral("VIP")); })));
    EXPECT_EQ(pageThrough(query).size(), 10);
}

TEST_F(CustomerListTest, FilterByProvince)
{
    CustomerQuery query;
    query.province = QStringLiteral("广东省");
    const QList<qint64> got = pageThrough(query);
    EXPECT_EQ(got, inNameOrder(expected([](const Made &m) { return m.province == QStringLiteral("广东省"); })));
    EXPECT_EQ(got.size(), 12);
}

TEST_F(CustomerListTest, FiltersCombine)
{
    CustomerQuery query;
    query.province = QStringLiteral("Massachusetts");
    query.tier = QStringLiteral("A");
    query.tagId = m_tagIds.value(QStringLiteral("VIP"));
    EXPECT_EQ(pageThrough(query), inNameOrder(expected([](const Made &m) {
        return m.province == QLatin1String("Massachusetts") && m.tier == QLatin1String("A")
            && m.tags.contains(QStringLiteral("VIP"));
    })));
}

TEST_F(CustomerListTest, MoveToTrashRestoreAndPurge)
{
    CustomerRepository repository(db());
    const qint64 a = m_made[2].id;
    const qint64 b = m_made[5].id;
    const qint64 c = m_made[9].id;
    const QDateTime trashedAt(QDate(2025, 7, 1), QTime(8, 0, 0), Qt::UTC);
    m_clock.set(trashedAt);
    ASSERT_TRUE(repository.moveToTrash({ a, b, c }).ok());

    const QList<qint64> live = pageThrough(CustomerQuery {});
    EXPECT_EQ(live, inNameOrder(expected([&](const Made &m) { return m.id != a && m.id != b && m.id != c; })));
    CustomerQuery trash;
    trash.trash = true;
    EXPECT_EQ(pageThrough(trash), inNameOrder({ a, b, c }));
    auto trashed = repository.find(a);
    ASSERT_TRUE(trashed.ok());
    EXPECT_EQ(trashed.value().deletedAt, trashedAt);

    ASSERT_TRUE(repository.restore({ a }).ok());
    EXPECT_EQ(pageThrough(trash), inNameOrder({ b, c }));
    EXPECT_TRUE(pageThrough(CustomerQuery {}).contains(a));
    EXPECT_FALSE(repository.find(a).value().deletedAt.isValid());

    // Purge refuses a live customer and changes nothing.
    const Status refused = repository.purge({ a });
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("trash"))) << refused.error().message;
    EXPECT_TRUE(repository.find(a).ok());
    // A mix of trashed and live is refused as a whole.
    EXPECT_FALSE(repository.purge({ b, a }).ok());
    EXPECT_TRUE(repository.find(b).ok());
    EXPECT_EQ(pageThrough(trash), inNameOrder({ b, c }));

    ASSERT_TRUE(repository.purge({ b }).ok());
    EXPECT_FALSE(repository.find(b).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), { b }), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM contact_points WHERE customer_id = ?"), { b }), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ?"), { b }), 0);
    EXPECT_EQ(pageThrough(trash), QList<qint64> { c });
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), kCount - 1);
}

// ---- Every sort column in both directions pages exactly like plain SQL. ----

struct SortCase
{
    CustomerSort sort;
    Qt::SortOrder order;
    const char *orderBy; // the plain SQL the pages must agree with
    const char *label;
};

void PrintTo(const SortCase &c, std::ostream *os)
{
    *os << c.label;
}

class CustomerSortTest : public CustomerListTest, public ::testing::WithParamInterface<SortCase>
{
};

TEST_P(CustomerSortTest, KeysetPagesMatchPlainSql)
{
    const SortCase &c = GetParam();
    CustomerQuery query;
    query.sort = c.sort;
    query.order = c.order;
    const QList<qint64> expectedIds = ids(db(),
        QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY %1").arg(QLatin1String(c.orderBy)));
    ASSERT_EQ(expectedIds.size(), kCount);
    EXPECT_EQ(pageThrough(query, 7), expectedIds);
    EXPECT_EQ(pageThrough(query, 1), expectedIds);
    EXPECT_EQ(pageThrough(query, 25), expectedIds);
}

INSTANTIATE_TEST_SUITE_P(AllSorts, CustomerSortTest,
    ::testing::Values(SortCase { CustomerSort::Name, Qt::AscendingOrder, "sort_key, id", "NameAsc" },
        SortCase { CustomerSort::Name, Qt::DescendingOrder, "sort_key DESC, id DESC", "NameDesc" },
        SortCase { CustomerSort::City, Qt::AscendingOrder, "city, id", "CityAsc" },
        SortCase { CustomerSort::City, Qt::DescendingOrder, "city DESC, id DESC", "CityDesc" },
        SortCase { CustomerSort::Owner, Qt::AscendingOrder, "COALESCE(owner_id, 0), id", "OwnerAsc" },
        SortCase { CustomerSort::Owner, Qt::DescendingOrder, "COALESCE(owner_id, 0) DESC, id DESC", "OwnerDesc" },
        SortCase { CustomerSort::Kind, Qt::AscendingOrder, "kind, id", "KindAsc" },
        SortCase { CustomerSort::Industry, Qt::DescendingOrder, "industry DESC, id DESC", "IndustryDesc" },
        SortCase { CustomerSort::Province, Qt::AscendingOrder, "province, id", "ProvinceAsc" },
        SortCase { CustomerSort::Tier, Qt::AscendingOrder, "tier, id", "TierAsc" },
        SortCase { CustomerSort::Stage, Qt::DescendingOrder, "stage DESC, id DESC", "StageDesc" },
        SortCase { CustomerSort::Source, Qt::AscendingOrder, "source, id", "SourceAsc" },
        SortCase { CustomerSort::Created, Qt::AscendingOrder, "created_at, id", "CreatedAsc" },
        SortCase { CustomerSort::Created, Qt::DescendingOrder, "created_at DESC, id DESC", "CreatedDesc" },
        SortCase { CustomerSort::Updated, Qt::DescendingOrder, "updated_at DESC, id DESC", "UpdatedDesc" }),
    [](const ::testing::TestParamInfo<SortCase> &info) { return std::string(info.param.label); });

} // namespace

// A number saved in another phone region (an American one typed in the US, or by the demo) and edited by a user in
// China: the dialog and the list show it with its country code, and saving it unchanged keeps it American. It was read
// back as a Chinese number ("(212) 353-9611" became 021 2353 9611).
TEST_F(CustomerRepositoryTest, SavingACustomerAgainKeepsNumbersOfAnotherRegion)
{
    PhoneNumbers::setDefaultRegion(QStringLiteral("US"));
    Customer customer;
    customer.name = QStringLiteral("Bright Point Foods");
    customer.phones = { QStringLiteral("(212) 353-9611"), QStringLiteral("+86 138 0013 8000") };
    customer = CustomerValidator::normalized(customer);
    auto id = CustomerRepository(db()).create(customer);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    Contact contact;
    contact.customerId = id.value();
    contact.name = QStringLiteral("Ann Lee");
    contact.phones = { QStringLiteral("(415) 228-2045") };
    ASSERT_TRUE(ContactRepository(db()).create(CustomerValidator::normalized(contact)).ok());
    const auto keys = [this] {
        return TestSql::dump(
            db(), QStringLiteral("SELECT normalized FROM contact_points WHERE kind = 'phone' ORDER BY id"));
    };
    const QStringList before = keys();
    EXPECT_EQ(before,
        (QStringList {
            QStringLiteral("+12123539611"), QStringLiteral("+8613800138000"), QStringLiteral("+14152282045") }));

    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    auto found = CustomerRepository(db()).find(id.value());
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value().phones,
        (QStringList { QStringLiteral("+1 (212) 353-9611"), QStringLiteral("+86 138 0013 8000") }));
    // The list shows it as the file does (it showed "(212) 353-9611", a local number to a user in China).
    const auto listed = CustomerRepository(db()).page({}, std::nullopt, 10);
    ASSERT_TRUE(listed.ok()) << listed.error().toString();
    ASSERT_EQ(listed.value().size(), 1);
    EXPECT_EQ(listed.value()[0].phone, QStringLiteral("+1 (212) 353-9611"));
    ASSERT_TRUE(CustomerRepository(db()).update(CustomerValidator::normalized(found.value())).ok());
    auto contacts = ContactRepository(db()).forCustomer(id.value());
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts.value().size(), 1);
    ASSERT_TRUE(ContactRepository(db()).update(CustomerValidator::normalized(contacts.value().first())).ok());
    EXPECT_EQ(keys().mid(0, 2), before.mid(0, 2));
    EXPECT_TRUE(keys().contains(QStringLiteral("+14152282045"))) << keys().join(QLatin1Char(' ')).toStdString();
}

// Saving a customer for another reason (a new city) keeps its phones as they were written and logs no phone
// change: the dialog's tidy format ("+1 212-353-9611") is not written over "(212) 353-9611" (found by a review).
TEST_F(CustomerRepositoryTest, AnUnrelatedChangeLeavesThePhonesAsWrittenAndUnaudited)
{
    PhoneNumbers::setDefaultRegion(QStringLiteral("US"));
    Customer customer;
    customer.name = QStringLiteral("Bright Point Foods");
    customer.phones = { QStringLiteral("(212) 353-9611") };
    auto id = CustomerRepository(db()).create(customer);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    Contact contact;
    contact.customerId = id.value();
    contact.name = QStringLiteral("Ann Lee");
    contact.phones = { QStringLiteral("(415) 228-2045") };
    ASSERT_TRUE(ContactRepository(db()).create(contact).ok());
    const auto stored = [this] {
        return TestSql::column(
            db(), QStringLiteral("SELECT value FROM contact_points WHERE kind = 'phone' ORDER BY id"));
    };
    ASSERT_EQ(stored(), (QStringList { QStringLiteral("(212) 353-9611"), QStringLiteral("(415) 228-2045") }));

    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    Customer edited = CustomerRepository(db()).find(id.value()).value();
    edited.city = QStringLiteral("Boston");
    edited = CustomerValidator::normalized(edited); // as the dialog saves it: phones tidied
    ASSERT_NE(edited.phones.first(), QStringLiteral("(212) 353-9611"));
    ASSERT_TRUE(CustomerRepository(db()).update(edited).ok());
    Contact editedContact = ContactRepository(db()).forCustomer(id.value()).value().first();
    editedContact.title = QStringLiteral("Buyer");
    ASSERT_TRUE(ContactRepository(db()).update(CustomerValidator::normalized(editedContact)).ok());
    EXPECT_EQ(stored(), (QStringList { QStringLiteral("(212) 353-9611"), QStringLiteral("(415) 228-2045") }));
    const QStringList changes = TestSql::column(
        db(), QStringLiteral("SELECT changes FROM audit_entries WHERE action = 'update' ORDER BY id"));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_FALSE(changes[0].contains(QStringLiteral("phones"))) << changes[0].toStdString();
    EXPECT_TRUE(changes[0].contains(QStringLiteral("Boston")));
    EXPECT_FALSE(changes[1].contains(QStringLiteral("phones"))) << changes[1].toStdString();

    // A number really changed is written and audited.
    edited = CustomerRepository(db()).find(id.value()).value();
    edited.phones = { QStringLiteral("+1 212-353-9612") };
    ASSERT_TRUE(CustomerRepository(db()).update(edited).ok());
    EXPECT_TRUE(stored().contains(QStringLiteral("+1 212-353-9612"))) << stored().join(QLatin1Char(' ')).toStdString();
}

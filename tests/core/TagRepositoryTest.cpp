#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "repo/TagRepository.h"

using namespace TestSql;

namespace {

class TagRepositoryTest : public BookTest
{
protected:
    qint64 customer(const QString &name, const QStringList &tags)
    {
        Customer c;
        c.name = name;
        c.tags = tags;
        return CustomerRepository(db()).create(c).value_or(0);
    }
    QStringList tagsOf(qint64 id) { return CustomerRepository(db()).find(id).value_or(Customer {}).tags; }
    QStringList audited()
    {
        return column(db(),
            QStringLiteral(
                "SELECT entity_id || ' ' || json_extract(changes, '$.tags.old') || ' > ' || "
                "json_extract(changes, '$.tags.new') FROM audit_entries WHERE action = 'update' ORDER BY id"));
    }
};

TEST_F(TagRepositoryTest, ATagIsGivenToThoseWithoutItAndTakenFromThoseWithItEachAudited)
{
    const qint64 a = customer(QStringLiteral("Acme"), { QStringLiteral("VIP") });
    const qint64 b = customer(QStringLiteral("星辰贸易"), { QStringLiteral("展会2026") });
    const qint64 c = customer(QStringLiteral("Other Co"), {});

    const auto added = TagRepository(db()).addTag({ a, b, c }, QStringLiteral("  展会2026 "));
    ASSERT_TRUE(added.ok()) << added.error().toString();
    EXPECT_EQ(added.value(), (QList<qint64> { a, c })); // 星辰贸易 had it already
    EXPECT_EQ(tagsOf(a), (QStringList { QStringLiteral("VIP"), QStringLiteral("展会2026") }));
    EXPECT_EQ(tagsOf(c), QStringList { QStringLiteral("展会2026") });
    EXPECT_EQ(audited(),
        (QStringList { QStringLiteral("%1 [\"VIP\"] > [\"VIP\",\"展会2026\"]").arg(a),
            QStringLiteral("%1 [] > [\"展会2026\"]").arg(c) }));

    const auto removed = TagRepository(db()).removeTag({ a, b, c }, QStringLiteral("VIP"));
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value(), QList<qint64> { a });
    EXPECT_EQ(tagsOf(a), QStringList { QStringLiteral("展会2026") });
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM tags WHERE name = 'VIP'")), 1); // the tag stays listed
    EXPECT_TRUE(TagRepository(db()).removeTag({ a }, QStringLiteral("no such tag")).value_or({ 1 }).isEmpty());
}

TEST_F(TagRepositoryTest, AMissingCustomerOrAnEmptyTagChangesNothing)
{
    const qint64 a = customer(QStringLiteral("Acme"), {});
    EXPECT_FALSE(TagRepository(db()).addTag({ a }, QStringLiteral("  ")).ok());
    const auto failed = TagRepository(db()).addTag({ a, 9999 }, QStringLiteral("New"));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(tagsOf(a).isEmpty());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM tags WHERE name = 'New'")), 0);
    EXPECT_TRUE(audited().isEmpty());
}

// A tag "VIP, gold" would come back as two tags from the customer form and from an exported file: refused.
TEST_F(TagRepositoryTest, ATagHoldingAListSeparatorIsRefused)
{
    const qint64 a = customer(QStringLiteral("Acme"), {});
    for (const QString &name :
        { QStringLiteral("VIP, gold"), QStringLiteral("重点；大客户"), QStringLiteral("华东、华南") }) {
        const auto refused = TagRepository(db()).addTag({ a }, name);
        ASSERT_FALSE(refused.ok()) << name.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("separate tags"))) << refused.error().toString();
    }
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM tags")), 0);
    ASSERT_TRUE(TagRepository(db()).addTag({ a }, QStringLiteral("VIP - gold")).ok());
    EXPECT_EQ(tagsOf(a), QStringList { QStringLiteral("VIP - gold") });
}

TEST_F(TagRepositoryTest, ACancelledTaggingChangesNothingAndProgressIsReported)
{
    const qint64 a = customer(QStringLiteral("Acme"), {});
    std::atomic_bool cancel = true;
    const auto cancelled = TagRepository(db()).addTag({ a }, QStringLiteral("New"), {}, &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().message, QStringLiteral("Tagging was cancelled; no customer got the tag."));
    EXPECT_TRUE(tagsOf(a).isEmpty());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM tags WHERE name = 'New'")), 0);
    QList<double> progress;
    cancel = false;
    ASSERT_TRUE(TagRepository(db())
                    .addTag(
                        { a }, QStringLiteral("New"), [&progress](double f) { progress << f; }, &cancel)
                    .ok());
    EXPECT_EQ(progress, QList<double> { 0.0 });
    EXPECT_EQ(tagsOf(a), QStringList { QStringLiteral("New") });
}

} // namespace

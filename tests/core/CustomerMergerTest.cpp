#include "TestSupport.h"

#include "Clock.h"
#include "db/Transaction.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/TimelineRepository.h"
#include "services/CustomerMerger.h"

using namespace TestSql;

namespace {

// Two records of one company (星辰贸易) with contacts, their phones and emails, notes and tags, and an unrelated
// customer that no merge may touch. The clock stands still so that timestamps are predictable.
class CustomerMergerTest : public BookTest
{
protected:
    void SetUp() override
    {
        Clock::setInstance(&m_clock);
        BookTest::SetUp();
        Customer survivor;
        survivor.name = QStringLiteral("星辰贸易有限公司");
        survivor.phones = QStringList { QStringLiteral("13800138000") };
        survivor.emails = QStringList { QStringLiteral("sales@xingchen.cn") };
        survivor.city = QStringLiteral("上海");
        survivor.tier = QStringLiteral("A");
        survivor.tags = QStringList { QStringLiteral("VIP") };
        survivor.notes = QStringLiteral("Pays on time.");
        m_survivor = create(survivor);

        Customer merged;
        merged.name = QStringLiteral("星辰贸易");
        merged.phones = QStringList { QStringLiteral("139 1234 5678") };
        merged.emails = QStringList { QStringLiteral("info@xingchen.cn") };
        merged.industry = QStringLiteral("贸易");
        merged.province = QStringLiteral("上海");
        merged.city = QStringLiteral("上海市");
        merged.stage = LifecycleStage::Customer;
        merged.tags = QStringList { QStringLiteral("展会"), QStringLiteral("VIP") };
        merged.notes = QStringLiteral("Met at the Canton fair.");
        m_merged = create(merged);

        Customer other;
        other.name = QStringLiteral("Acme Corp");
        other.phones = QStringList { QStringLiteral("13700000000") };
        m_other = create(other);

        m_survivorContact = addContact(m_survivor, QStringLiteral("王伟"), QStringLiteral("13600000001"), {}, true);
        m_mergedContacts << addContact(
            m_merged, QStringLiteral("李娜"), QStringLiteral("13600000002"), QStringLiteral("lina@xingchen.cn"), true);
        m_mergedContacts << addContact(m_merged, QStringLiteral("赵磊"), QStringLiteral("13600000003"), {}, false);
        addContact(m_other, QStringLiteral("John Smith"), QStringLiteral("13600000004"), {}, true);
        m_mergedNotes << addNote(m_merged, QStringLiteral("Called about the spring order"));
        m_mergedNotes << addNote(m_merged, QStringLiteral("Sent the catalogue"));
        addNote(m_survivor, QStringLiteral("First visit"));
        addNote(m_other, QStringLiteral("Unrelated"));
        m_clock.set(m_clock.nowUtc().addSecs(3600)); // the merge happens an hour later
    }

    void TearDown() override
    {
        BookTest::TearDown();
        Clock::setInstance(nullptr);
    }

    qint64 create(const Customer &customer)
    {
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    qint64 addContact(qint64 customerId, const QString &name, const QString &phone, const QString &email, bool primary)
    {
        Contact contact;
        contact.customerId = customerId;
        contact.name = name;
        contact.phones = QStringList { phone };
        contact.email = email;
        contact.primary = primary;
        auto id = ContactRepository(db()).create(contact);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    qint64 addNote(qint64 customerId, const QString &body)
    {
        Note note;
        note.customerId = customerId;
        note.body = body;
        auto id = TimelineRepository(db()).addNote(note);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    Customer find(qint64 id)
    {
        auto customer = CustomerRepository(db()).find(id);
        EXPECT_TRUE(customer.ok()) << customer.error().toString();
        return customer.value_or(Customer {});
    }

    // The survivor's values with the merged customer's name (the user picked the right-hand name) and both
    // customers' phones, emails and tags.
    Customer chosenValues()
    {
        Customer chosen = CustomerMerger::combined(find(m_survivor), find(m_merged));
        chosen.name = QStringLiteral("星辰贸易");
        return chosen;
    }

    Result<qint64> merge() { return CustomerMerger(db()).merge(m_survivor, m_merged, chosenValues()); }

    // Ids of customers a list search finds.
    QList<qint64> search(const QString &text)
    {
        CustomerQuery query;
        query.search = text;
        auto rows = CustomerRepository(db()).page(query, std::nullopt, 50);
        EXPECT_TRUE(rows.ok()) << rows.error().toString();
        QList<qint64> ids;
        for (const CustomerRow &row : rows.value_or({}))
            ids << row.id;
        return ids;
    }

    // Every table a merge touches, as text. Left out, because a merge and its undo change them by design:
    // updated_at of customers, contacts and notes (a moved row and a rewritten customer have changed), and the
    // ids of a customer's own phones and emails (value rows rewritten with their customer, see 0001_init.sql).
    QStringList bookDump(bool withUpdatedAt)
    {
        const QString updated = withUpdatedAt ? QStringLiteral(", updated_at") : QString();
        const QString pointId = withUpdatedAt ? QStringLiteral("id, ") : QString();
        QStringList lines;
        lines << dump(db(),
            QStringLiteral("SELECT id, uuid, kind, name, industry, province, city, address, website, "
                           "source, owner_id, tier, stage, notes, search_text, created_at, "
                           "deleted_at%1 FROM customers ORDER BY id")
                .arg(updated));
        lines << dump(db(),
            QStringLiteral("SELECT id, uuid, customer_id, name, title, birthday, notes, is_primary, "
                           "created_at, deleted_at%1 FROM contacts ORDER BY id")
                .arg(updated));
        lines << dump(db(),
            QStringLiteral("SELECT %1customer_id, contact_id, kind, value, normalized, position "
                           "FROM contact_points ORDER BY customer_id, contact_id, kind, position")
                .arg(pointId));
        lines << dump(db(),
            QStringLiteral("SELECT id, uuid, customer_id, happened_at, body, author, created_at, "
                           "deleted_at%1 FROM notes ORDER BY id")
                .arg(updated));
        lines << dump(
            db(), QStringLiteral("SELECT customer_id, tag_id FROM customer_tags ORDER BY customer_id, tag_id"));
        lines << dump(db(), QStringLiteral("SELECT * FROM tags ORDER BY id"));
        return lines;
    }

    FixedClock m_clock { QDateTime(QDate(2025, 5, 6), QTime(9, 0, 0), Qt::UTC) };
    qint64 m_survivor = 0;
    qint64 m_merged = 0;
    qint64 m_other = 0;
    qint64 m_survivorContact = 0;
    QList<qint64> m_mergedContacts;
    QList<qint64> m_mergedNotes;
};

TEST_F(CustomerMergerTest, CombinedKeepsTheSurvivorsValuesAndFillsBlanks)
{
    const Customer combined = CustomerMerger::combined(find(m_survivor), find(m_merged));
    EXPECT_EQ(combined.name, QStringLiteral("星辰贸易有限公司"));
    EXPECT_EQ(combined.city, QStringLiteral("上海"));
    EXPECT_EQ(combined.industry, QStringLiteral("贸易"));
    EXPECT_EQ(combined.province, QStringLiteral("上海"));
    EXPECT_EQ(combined.stage, LifecycleStage::Lead);
    EXPECT_EQ(combined.phones, (QStringList { QStringLiteral("13800138000"), QStringLiteral("139 1234 5678") }));
    EXPECT_EQ(
        combined.emails, (QStringList { QStringLiteral("sales@xingchen.cn"), QStringLiteral("info@xingchen.cn") }));
    EXPECT_EQ(combined.tags, (QStringList { QStringLiteral("VIP"), QStringLiteral("展会") }));
    EXPECT_EQ(combined.notes, QStringLiteral("Pays on time.\n\nMet at the Canton fair."));
}

TEST_F(CustomerMergerTest, MovesEveryRelatedRecordToTheSurvivor)
{
    const QStringList otherBefore = dump(db(),
        QStringLiteral("SELECT id, uuid, customer_id, name, title, birthday, notes, is_primary, created_at, updated_at, deleted_at FROM contacts WHERE customer_id = %1 UNION ALL "
                       "SELECT id, uuid, customer_id, body, '', '', '', '', "
                       "created_at, updated_at, deleted_at FROM notes WHERE "
                       "customer_id = %1")
            .arg(m_other));
    auto mergeId = merge();
    ASSERT_TRUE(mergeId.ok()) << mergeId.error().toString();

    EXPECT_EQ(ids(db(), QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? ORDER BY id"), { m_survivor }),
        (QList<qint64> { m_survivorContact, m_mergedContacts[0], m_mergedContacts[1] }));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE customer_id = ?"), { m_merged }), 0);
    // The contacts' phones and emails went with them.
    EXPECT_EQ(column(db(),
                  QStringLiteral("SELECT value FROM contact_points WHERE customer_id = ? AND contact_id IS "
                                 "NOT NULL ORDER BY contact_id, kind, position"),
                  { m_survivor }),
        (QStringList { QStringLiteral("13600000001"), QStringLiteral("lina@xingchen.cn"), QStringLiteral("13600000002"),
            QStringLiteral("13600000003") }));
    // One primary contact: the survivor's own.
    EXPECT_EQ(
        ids(db(), QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1"), { m_survivor }),
        QList<qint64> { m_survivorContact });
    EXPECT_EQ(column(db(), QStringLiteral("SELECT body FROM notes WHERE customer_id = ? ORDER BY id"), { m_survivor }),
        (QStringList { QStringLiteral("Called about the spring order"), QStringLiteral("Sent the catalogue"),
            QStringLiteral("First visit"), QStringLiteral("Merged with “星辰贸易”") }));

    // The chosen values, phones, emails and tags of both.
    const Customer survivor = find(m_survivor);
    EXPECT_EQ(survivor.name, QStringLiteral("星辰贸易"));
    EXPECT_EQ(survivor.city, QStringLiteral("上海"));
    EXPECT_EQ(survivor.industry, QStringLiteral("贸易"));
    EXPECT_EQ(survivor.tier, QStringLiteral("A"));
    EXPECT_EQ(survivor.phones, (QStringList { QStringLiteral("13800138000"), QStringLiteral("139 1234 5678") }));
    EXPECT_EQ(
        survivor.emails, (QStringList { QStringLiteral("sales@xingchen.cn"), QStringLiteral("info@xingchen.cn") }));
    EXPECT_EQ(survivor.tags, (QStringList { QStringLiteral("VIP"), QStringLiteral("展会") }));
    EXPECT_EQ(survivor.notes, QStringLiteral("Pays on time.\n\nMet at the Canton fair."));

    // The merged customer is in the trash with its own values, phones, emails and tags.
    const Customer merged = find(m_merged);
    EXPECT_EQ(merged.deletedAt, m_clock.nowUtc());
    EXPECT_EQ(merged.phones, QStringList { QStringLiteral("139 1234 5678") });
    EXPECT_EQ(merged.tags, (QStringList { QStringLiteral("VIP"), QStringLiteral("展会") }));

    // Search finds the survivor by the merged customer's phone and by a moved contact's name and phone.
    EXPECT_EQ(search(QStringLiteral("13912345678")), QList<qint64> { m_survivor });
    EXPECT_EQ(search(QStringLiteral("李娜")), QList<qint64> { m_survivor });
    EXPECT_EQ(search(QStringLiteral("13600000003")), QList<qint64> { m_survivor });

    EXPECT_EQ(dump(db(), QStringLiteral("SELECT id, survivor_id, merged_id, undone_at FROM customer_merges")),
        QStringList { QStringLiteral("%1\t%2\t%3\t<null>").arg(mergeId.value()).arg(m_survivor).arg(m_merged) });
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT id, uuid, customer_id, name, title, birthday, notes, is_primary, created_at, updated_at, deleted_at FROM contacts WHERE customer_id = %1 UNION ALL "
                                 "SELECT id, uuid, customer_id, body, '', '', '', '', created_at, updated_at, "
                                 "deleted_at FROM notes WHERE customer_id = %1")
                      .arg(m_other)),
        otherBefore);
}

TEST_F(CustomerMergerTest, RestoringTheMergedCustomerUndoesTheMergeExactly)
{
    const QStringList before = bookDump(false);
    ASSERT_TRUE(merge().ok());
    ASSERT_NE(bookDump(false), before);
    m_clock.set(m_clock.nowUtc().addSecs(60));

    ASSERT_TRUE(CustomerRepository(db()).restore({ m_merged }).ok());

    EXPECT_EQ(bookDump(false), before);
    EXPECT_EQ(search(QStringLiteral("13912345678")), QList<qint64> { m_merged });
    EXPECT_EQ(search(QStringLiteral("李娜")), QList<qint64> { m_merged });
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT undone_at, updated_at FROM customer_merges")),
        QStringList { QStringLiteral("2025-05-06T10:01:00Z\t2025-05-06T10:01:00Z") });
    // Restoring again is a plain restore: the merge is undone once.
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ m_merged }).ok());
    ASSERT_TRUE(CustomerRepository(db()).restore({ m_merged }).ok());
    EXPECT_EQ(bookDump(false), before);
}

TEST_F(CustomerMergerTest, UndoKeepsFieldsEditedAfterTheMerge)
{
    ASSERT_TRUE(merge().ok());
    // After the merge the user changes the tier and adds a phone; the name stays as the merge left it.
    Customer edited = find(m_survivor);
    edited.tier = QStringLiteral("C");
    edited.phones << QStringLiteral("13811112222");
    ASSERT_TRUE(CustomerRepository(db()).update(edited).ok());
    addNote(m_survivor, QStringLiteral("After the merge"));

    ASSERT_TRUE(CustomerRepository(db()).restore({ m_merged }).ok());

    const Customer survivor = find(m_survivor);
    EXPECT_EQ(survivor.name, QStringLiteral("星辰贸易有限公司"));
    EXPECT_EQ(survivor.industry, QString());
    EXPECT_EQ(survivor.emails, QStringList { QStringLiteral("sales@xingchen.cn") });
    EXPECT_EQ(survivor.tags, QStringList { QStringLiteral("VIP") });
    EXPECT_EQ(survivor.tier, QStringLiteral("C"));
    EXPECT_EQ(survivor.phones,
        (QStringList {
            QStringLiteral("13800138000"), QStringLiteral("139 1234 5678"), QStringLiteral("13811112222") }));
    // The moved rows went back all the same; the note written after the merge stays with the survivor.
    EXPECT_EQ(ids(db(), QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? ORDER BY id"), { m_merged }),
        m_mergedContacts);
    EXPECT_EQ(ids(db(), QStringLiteral("SELECT id FROM notes WHERE customer_id = ? ORDER BY id"), { m_merged }),
        m_mergedNotes);
    EXPECT_EQ(column(db(), QStringLiteral("SELECT body FROM notes WHERE customer_id = ? ORDER BY id"), { m_survivor }),
        (QStringList { QStringLiteral("First visit"), QStringLiteral("After the merge") }));
    EXPECT_EQ(
        ids(db(), QStringLiteral("SELECT id FROM contacts WHERE is_primary = 1 AND customer_id = ?"), { m_merged }),
        QList<qint64> { m_mergedContacts[0] });
}

TEST_F(CustomerMergerTest, ContactEditedAfterTheMergeGoesBackWithItsPhones)
{
    ASSERT_TRUE(merge().ok());
    auto contacts = ContactRepository(db()).forCustomer(m_survivor);
    ASSERT_TRUE(contacts.ok());
    Contact lina;
    for (const Contact &contact : contacts.value()) {
        if (contact.id == m_mergedContacts[0])
            lina = contact;
    }
    ASSERT_EQ(lina.name, QStringLiteral("李娜"));
    lina.phones << QStringLiteral("13600000009"); // rewrites the contact's phone rows with new ids
    ASSERT_TRUE(ContactRepository(db()).update(lina).ok());

    ASSERT_TRUE(CustomerRepository(db()).restore({ m_merged }).ok());
    EXPECT_EQ(
        column(db(), QStringLiteral("SELECT value FROM contact_points WHERE contact_id = ? ORDER BY kind, position"),
            { lina.id }),
        (QStringList {
            QStringLiteral("lina@xingchen.cn"), QStringLiteral("13600000002"), QStringLiteral("13600000009") }));
    EXPECT_EQ(
        count(db(), QStringLiteral("SELECT COUNT(*) FROM contact_points WHERE contact_id = ? AND customer_id <> ?"),
            { lina.id, m_merged }),
        0);
}

TEST_F(CustomerMergerTest, FailureMidwayLeavesTheBookUnchanged)
{
    // Each trigger makes one late step of the merge fail: moving the merged customer to the trash, then writing
    // the merge record (the very last step).
    const QStringList triggers {
        QStringLiteral("CREATE TEMP TRIGGER fail_merge BEFORE UPDATE OF deleted_at ON customers "
                       "WHEN NEW.deleted_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"),
        QStringLiteral("CREATE TEMP TRIGGER fail_merge BEFORE INSERT ON customer_merges "
                       "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"),
    };
    const QStringList before = bookDump(true);
    for (const QString &trigger : triggers) {
        run(db(), trigger);
        auto merged = merge();
        ASSERT_FALSE(merged.ok()) << trigger;
        EXPECT_TRUE(merged.error().message.contains(QStringLiteral("disk on fire"))) << merged.error().toString();
        EXPECT_EQ(bookDump(true), before) << trigger;
        EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM customer_merges")), 0);
        EXPECT_FALSE(Transaction::isOpen(db()));
        run(db(), QStringLiteral("DROP TRIGGER fail_merge"));
    }
    EXPECT_EQ(search(QStringLiteral("13912345678")), QList<qint64> { m_merged });
}

TEST_F(CustomerMergerTest, FailedUndoLeavesTheMergedCustomerInTheTrash)
{
    ASSERT_TRUE(merge().ok());
    const QStringList merged = bookDump(true);
    run(db(),
        QStringLiteral("CREATE TEMP TRIGGER fail_undo BEFORE UPDATE OF undone_at ON customer_merges "
                       "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"));
    EXPECT_FALSE(CustomerRepository(db()).restore({ m_merged }).ok());
    EXPECT_EQ(bookDump(true), merged);
}

TEST_F(CustomerMergerTest, PurgingTheMergedCustomerDeletesTheMergeRecord)
{
    ASSERT_TRUE(merge().ok());
    ASSERT_TRUE(CustomerRepository(db()).purge({ m_merged }).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM customer_merges")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE customer_id = ?"), { m_survivor }), 3);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM notes WHERE customer_id = ?"), { m_survivor }), 4);
    EXPECT_EQ(search(QStringLiteral("13912345678")), QList<qint64> { m_survivor });
}

TEST_F(CustomerMergerTest, ChainedMergesAreUndoneLastFirst)
{
    ASSERT_TRUE(merge().ok());
    // Then the survivor itself is merged into Acme.
    ASSERT_TRUE(CustomerMerger(db()).merge(m_other, m_survivor, find(m_other)).ok());
    auto refused = CustomerRepository(db()).restore({ m_merged });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
        QStringLiteral("“星辰贸易” was merged into “Acme Corp” after this merge: restore “星辰贸易” first."));
    EXPECT_FALSE(find(m_merged).deletedAt.isNull());

    ASSERT_TRUE(CustomerRepository(db()).restore({ m_survivor }).ok());
    ASSERT_TRUE(CustomerRepository(db()).restore({ m_merged }).ok());
    EXPECT_EQ(ids(db(), QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? ORDER BY id"), { m_merged }),
        m_mergedContacts);
    EXPECT_EQ(find(m_survivor).name, QStringLiteral("星辰贸易有限公司"));
}

TEST_F(CustomerMergerTest, RefusesToMergeACustomerWithItselfOrOneInTheTrash)
{
    EXPECT_EQ(CustomerMerger(db()).merge(m_survivor, m_survivor, find(m_survivor)).error().message,
        QStringLiteral("A customer cannot be merged with itself."));
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ m_merged }).ok());
    EXPECT_EQ(merge().error().message, QStringLiteral("“星辰贸易” is in the trash: restore it before merging."));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE customer_id = ?"), { m_merged }), 2);
}

} // namespace

#include "TestSupport.h"

#include "Clock.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/TimelineRepository.h"

using namespace TestSql;

namespace {

const QDateTime kT0(QDate(2025, 4, 1), QTime(9, 0, 0), Qt::UTC);

const char *kindName(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Created:
        return "created";
    case TimelineEntry::Kind::Updated:
        return "updated";
    case TimelineEntry::Kind::Note:
        return "note";
    case TimelineEntry::Kind::ContactAdded:
        return "contact";
    case TimelineEntry::Kind::Deleted:
        return "deleted";
    case TimelineEntry::Kind::Complaint:
        return "complaint";
    case TimelineEntry::Kind::Audit:
        return "audit";
    }
    return "?";
}

class TimelineRepositoryTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
        Customer customer;
        customer.name = QStringLiteral("上海星辰贸易有限公司");
        auto id = CustomerRepository(db()).create(customer);
        ASSERT_TRUE(id.ok()) << id.error().toString();
        m_customerId = id.value();
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    // "kind at text" per entry, newest first.
    QStringList timeline()
    {
        auto entries = TimelineRepository(db()).forCustomer(m_customerId);
        EXPECT_TRUE(entries.ok()) << entries.error().toString();
        QStringList lines;
        if (!entries.ok())
            return lines;
        for (const TimelineEntry &entry : entries.value())
            lines << QStringLiteral("%1 %2 %3")
                         .arg(QLatin1String(kindName(entry.kind)), Database::timestamp(entry.at), entry.text);
        return lines;
    }

    Result<qint64> addNote(const QString &body, const QString &author = {}, const QDateTime &at = {})
    {
        Note note;
        note.customerId = m_customerId;
        note.body = body;
        note.author = author;
        note.happenedAt = at;
        return TimelineRepository(db()).addNote(note);
    }

    FixedClock m_clock { kT0 };
    qint64 m_customerId = 0;
};

TEST_F(TimelineRepositoryTest, NewCustomerHasOnlyTheCreatedEntry)
{
    EXPECT_EQ(timeline(), QStringList { QStringLiteral("created 2025-04-01T09:00:00Z Customer created") });
}

TEST_F(TimelineRepositoryTest, NotesContactsAndCreationNewestFirst)
{
    m_clock.set(kT0.addSecs(3600));
    Contact contact;
    contact.customerId = m_customerId;
    contact.name = QStringLiteral("李娜");
    contact.title = QStringLiteral("采购经理");
    ASSERT_TRUE(ContactRepository(db()).create(contact).ok());

    m_clock.set(kT0.addSecs(3 * 3600));
    // Logged later than it happened: the timeline orders by when it happened.
    ASSERT_TRUE(addNote(QStringLiteral("  电话沟通了采购计划  "), QStringLiteral("王伟"), kT0.addSecs(2 * 3600)).ok());
    ASSERT_TRUE(addNote(QStringLiteral("First visit"), {}, kT0.addSecs(1800)).ok());
    // Without a time it happened now.
    auto latest = addNote(QStringLiteral("Sent the quotation."));
    ASSERT_TRUE(latest.ok()) << latest.error().toString();
    EXPECT_GT(latest.value(), 0);

    EXPECT_EQ(timeline(),
        (QStringList { QStringLiteral("note 2025-04-01T12:00:00Z Sent the quotation."),
            QStringLiteral("note 2025-04-01T11:00:00Z 王伟 — 电话沟通了采购计划"),
            QStringLiteral("contact 2025-04-01T10:00:00Z Contact added: 李娜 (采购经理)"),
            QStringLiteral("note 2025-04-01T09:30:00Z First visit"),
            QStringLiteral("created 2025-04-01T09:00:00Z Customer created") }));
    EXPECT_EQ(column(db(), QStringLiteral("SELECT body FROM notes ORDER BY id")),
        (QStringList { QStringLiteral("电话沟通了采购计划"), QStringLiteral("First visit"),
            QStringLiteral("Sent the quotation.") }));
}

TEST_F(TimelineRepositoryTest, UpdateAndTrashAppear)
{
    m_clock.set(kT0.addDays(1));
    auto customer = CustomerRepository(db()).find(m_customerId);
    ASSERT_TRUE(customer.ok());
    ASSERT_TRUE(CustomerRepository(db()).update(customer.value()).ok());
    EXPECT_EQ(timeline(),
        (QStringList { QStringLiteral("updated 2025-04-02T09:00:00Z Last changed"),
            QStringLiteral("created 2025-04-01T09:00:00Z Customer created") }));

    m_clock.set(kT0.addDays(2));
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ m_customerId }).ok());
    EXPECT_EQ(timeline(),
        (QStringList { QStringLiteral("deleted 2025-04-03T09:00:00Z Moved to the trash"),
            QStringLiteral("created 2025-04-01T09:00:00Z Customer created") }));
}

TEST_F(TimelineRepositoryTest, RemovedContactLeavesTheTimeline)
{
    Contact contact;
    contact.customerId = m_customerId;
    contact.name = QStringLiteral("李娜");
    m_clock.set(kT0.addSecs(60));
    auto id = ContactRepository(db()).create(contact);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(timeline().size(), 2);
    EXPECT_EQ(timeline().first(), QStringLiteral("contact 2025-04-01T09:01:00Z Contact added: 李娜"));
    ASSERT_TRUE(ContactRepository(db()).remove(id.value()).ok());
    EXPECT_EQ(timeline(), QStringList { QStringLiteral("created 2025-04-01T09:00:00Z Customer created") });
}

TEST_F(TimelineRepositoryTest, EmptyNoteIsRefused)
{
    const auto empty = addNote(QString());
    ASSERT_FALSE(empty.ok());
    EXPECT_FALSE(empty.error().message.isEmpty());
    EXPECT_FALSE(addNote(QStringLiteral(" \n\t ")).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM notes")), 0);
    EXPECT_EQ(timeline().size(), 1);
}

TEST_F(TimelineRepositoryTest, NoteForAMissingCustomerIsRefused)
{
    Note note;
    note.customerId = m_customerId + 100;
    note.body = QStringLiteral("Nobody to talk to");
    EXPECT_FALSE(TimelineRepository(db()).addNote(note).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM notes")), 0);
}

TEST_F(TimelineRepositoryTest, NotesOfOtherCustomersStayOut)
{
    Customer other;
    other.name = QStringLiteral("Acme");
    auto otherId = CustomerRepository(db()).create(other);
    ASSERT_TRUE(otherId.ok());
    Note note;
    note.customerId = otherId.value();
    note.body = QStringLiteral("About Acme");
    ASSERT_TRUE(TimelineRepository(db()).addNote(note).ok());
    EXPECT_EQ(timeline(), QStringList { QStringLiteral("created 2025-04-01T09:00:00Z Customer created") });
}

} // namespace

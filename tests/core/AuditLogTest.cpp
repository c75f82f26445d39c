#include "TestSupport.h"

#include "Clock.h"
#include "audit/AuditDescriber.h"
#include "audit/AuditLog.h"
#include "io/CustomerExporter.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/TimelineRepository.h"
#include "services/CustomerMerger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <optional>

using namespace TestSql;

namespace {

const QDateTime kT0(QDate(2026, 5, 4), QTime(8, 30, 0), Qt::UTC);

class AuditLogTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
        qputenv("USER", "wangwei");
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    qint64 create(const QString &name, const QString &city = {})
    {
        Customer customer;
        customer.name = name;
        customer.city = city;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    // "action entity entity_id customer_id changes" per entry, oldest first.
    QStringList trail()
    {
        return dump(db(),
            QStringLiteral("SELECT action, entity, COALESCE(entity_id, '-'), COALESCE(customer_id, '-'), "
                           "changes FROM audit_entries ORDER BY id"));
    }

    FixedClock m_clock { kT0 };
};

TEST_F(AuditLogTest, CreateAndUpdateRecordEachChangedFieldWithOldAndNewValues)
{
    const qint64 id = create(QStringLiteral("星辰贸易"), QStringLiteral("上海"));
    m_clock.set(kT0.addSecs(60));
    auto customer = CustomerRepository(db()).find(id);
    ASSERT_TRUE(customer.ok());
    customer.value().city = QStringLiteral("杭州");
    customer.value().phones = { QStringLiteral("13800138000") };
    ASSERT_TRUE(CustomerRepository(db()).update(customer.value()).ok());
    // Saving without a change records nothing.
    ASSERT_TRUE(CustomerRepository(db()).update(customer.value()).ok());

    auto entries = AuditLog(db()).list({});
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().size(), 2);
    const AuditEntry update = entries.value().first();
    EXPECT_EQ(update.action, AuditEntry::Action::Update);
    EXPECT_EQ(update.user, QStringLiteral("wangwei"));
    EXPECT_EQ(update.at, kT0.addSecs(60));
    EXPECT_EQ(update.entityId, id);
    EXPECT_EQ(QString::fromUtf8(QJsonDocument(update.changes).toJson(QJsonDocument::Compact)),
        QStringLiteral("{\"city\":{\"new\":\"杭州\",\"old\":\"上海\"},"
                       "\"phones\":{\"new\":[\"13800138000\"],\"old\":[]}}"));
    EXPECT_EQ(
        AuditDescriber(db()).describe(update), QStringLiteral("City: 上海 → 杭州; Phones: (empty) → 13800138000"));
    const AuditEntry created = entries.value().last();
    EXPECT_EQ(created.action, AuditEntry::Action::Create);
    EXPECT_EQ(created.changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString(),
        QStringLiteral("星辰贸易"));
    EXPECT_FALSE(created.changes.value(QStringLiteral("name")).toObject().contains(QStringLiteral("old")));
}

TEST_F(AuditLogTest, TrashRestoreAndPurgeOfOneOrManyCustomers)
{
    const qint64 a = create(QStringLiteral("A"));
    const qint64 b = create(QStringLiteral("B"));
    CustomerRepository customers(db());
    ASSERT_TRUE(customers.moveToTrash({ a }).ok());
    ASSERT_TRUE(customers.restore({ a }).ok());
    ASSERT_TRUE(customers.moveToTrash({ a, b }).ok());
    ASSERT_TRUE(customers.purge({ a, b }).ok());
    const QStringList lines = trail();
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines[2], QStringLiteral("delete\tcustomer\t%1\t%1\t{}").arg(a));
    EXPECT_EQ(lines[3], QStringLiteral("restore\tcustomer\t%1\t%1\t{}").arg(a));
    // A bulk action is one entry naming the rows it touched, with a batch id.
    EXPECT_EQ(lines[4], QStringLiteral("delete\tcustomer\t-\t-\t{\"ids\":[%1,%2]}").arg(a).arg(b));
    EXPECT_EQ(lines[5], QStringLiteral("purge\tcustomer\t-\t-\t{\"ids\":[%1,%2]}").arg(a).arg(b));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT batch_id) FROM audit_entries")), 2);
}

TEST_F(AuditLogTest, ContactsNotesAndMergesAreRecordedForTheirCustomer)
{
    const qint64 id = create(QStringLiteral("Acme"));
    Contact contact;
    contact.customerId = id;
    contact.name = QStringLiteral("李娜");
    contact.email = QStringLiteral("li@example.com");
    ContactRepository contacts(db());
    auto contactId = contacts.create(contact);
    ASSERT_TRUE(contactId.ok()) << contactId.error().toString();
    contact.id = contactId.value();
    contact.title = QStringLiteral("经理");
    contact.marketingConsent = MarketingConsent::Given;
    contact.consentDate = QDate(2026, 5, 1);
    contact.consentSource = QStringLiteral("trade fair form");
    ASSERT_TRUE(contacts.update(contact).ok());
    ASSERT_TRUE(contacts.remove(contact.id).ok());
    Note note;
    note.customerId = id;
    note.body = QStringLiteral("Called");
    ASSERT_TRUE(TimelineRepository(db()).addNote(note).ok());
    const qint64 other = create(QStringLiteral("Acme Ltd"));
    auto survivor = CustomerRepository(db()).find(id);
    ASSERT_TRUE(survivor.ok());
    ASSERT_TRUE(CustomerMerger(db()).merge(id, other, survivor.value()).ok());

    AuditFilter filter;
    filter.customerId = id;
    auto entries = AuditLog(db()).list(filter);
    ASSERT_TRUE(entries.ok());
    QStringList kinds;
    for (const AuditEntry &entry : entries.value())
        kinds << toString(entry.action) + QLatin1Char(' ') + entry.entity;
    // Newest first; the merge adds a "Merged with" note (created) on the survivor.
    EXPECT_EQ(kinds,
        (QStringList { QStringLiteral("merge customer"), QStringLiteral("create note"), QStringLiteral("create note"),
            QStringLiteral("delete contact"), QStringLiteral("update contact"), QStringLiteral("create contact"),
            QStringLiteral("create customer") }));
    const AuditEntry update = entries.value()[4];
    EXPECT_EQ(AuditDescriber(db()).describe(update),
        QStringLiteral("Job title: (empty) → 经理; Marketing consent: Not asked → Agreed; Consent date: (empty) → %1; "
                       "Consent source: (empty) → trade fair form")
            .arg(QLocale().toString(QDate(2026, 5, 1), QLocale::ShortFormat)));
    EXPECT_EQ(entries.value().first().changes.value(QStringLiteral("merged_id")).toInteger(), other);
}

TEST_F(AuditLogTest, ExportIsRecordedWithTheFileAndRowCount)
{
    create(QStringLiteral("A"));
    create(QStringLiteral("B"));
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    auto exported
        = CustomerExporter(db()).exportTo(path, CustomerQuery {}, { CustomerColumn::Name, CustomerColumn::City });
    ASSERT_TRUE(exported.ok()) << exported.error().toString();
    EXPECT_EQ(trail().last(),
        QStringLiteral("export\tcustomer\t-\t-\t{\"anonymised\":false,\"columns\":[\"name\","
                       "\"city\"],\"file\":\"out.csv\",\"rows\":2}"));
}

TEST_F(AuditLogTest, AFailedChangeLeavesNoEntry)
{
    Customer nameless;
    ASSERT_FALSE(CustomerRepository(db()).create(nameless).ok());
    Customer ghost;
    ghost.id = 999;
    ghost.name = QStringLiteral("Ghost");
    ASSERT_FALSE(CustomerRepository(db()).update(ghost).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_entries")), 0);
}

TEST_F(AuditLogTest, FiltersOnUserEntityActionAndLocalDates)
{
    qputenv("TZ", "UTC");
    create(QStringLiteral("A"));
    m_clock.set(kT0.addDays(2));
    qputenv("USER", "lina");
    const qint64 b = create(QStringLiteral("B"));
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ b }).ok());
    AuditLog log(db());
    auto count = [&](const AuditFilter &filter) { return log.list(filter).value_or({}).size(); };
    AuditFilter byUser;
    byUser.user = QStringLiteral("lina");
    EXPECT_EQ(count(byUser), 2);
    AuditFilter byAction;
    byAction.action = AuditEntry::Action::Delete;
    EXPECT_EQ(count(byAction), 1);
    AuditFilter byDates;
    byDates.from = QDate(2026, 5, 4);
    byDates.to = QDate(2026, 5, 5);
    EXPECT_EQ(count(byDates), 1);
    byDates.to = QDate(2026, 5, 6);
    EXPECT_EQ(count(byDates), 3);
    AuditFilter byEntity;
    byEntity.entity = QStringLiteral("customer");
    byEntity.entityId = b;
    EXPECT_EQ(count(byEntity), 2);
    EXPECT_EQ(log.users().value_or({}), (QStringList { QStringLiteral("lina"), QStringLiteral("wangwei") }));
    EXPECT_EQ(log.list({}, 2).value_or({}).size(), 2);
}

TEST_F(AuditLogTest, TheCustomerTimelineShowsChangesFromTheTrail)
{
    const qint64 id = create(QStringLiteral("Acme"), QStringLiteral("Shanghai"));
    m_clock.set(kT0.addSecs(600));
    auto customer = CustomerRepository(db()).find(id);
    ASSERT_TRUE(customer.ok());
    customer.value().city = QStringLiteral("Hangzhou");
    ASSERT_TRUE(CustomerRepository(db()).update(customer.value()).ok());
    auto timeline = TimelineRepository(db()).forCustomer(id);
    ASSERT_TRUE(timeline.ok());
    ASSERT_FALSE(timeline.value().isEmpty());
    EXPECT_EQ(timeline.value().first().kind, TimelineEntry::Kind::Audit);
    EXPECT_EQ(timeline.value().first().text, QStringLiteral("Changed by wangwei: City: Shanghai → Hangzhou"));
}

} // namespace

#ifdef Q_OS_UNIX
// A desktop launcher or a service may start the app without USER and LOGNAME: the entry still names the account.
TEST(AuditLogUserTest, TheAccountIsNamedWithoutALoginEnvironment)
{
    const char *names[] = { "USER", "LOGNAME", "USERNAME" };
    QList<std::optional<QByteArray>> saved;
    for (const char *name : names) {
        saved << (qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        qunsetenv(name);
    }
    const QString withoutEnvironment = AuditLog::currentUser();
    qputenv("USER", "li.na");
    const QString withUser = AuditLog::currentUser();
    for (int i = 0; i < 3; ++i)
        saved[i] ? qputenv(names[i], *saved[i]) : qunsetenv(names[i]);

    EXPECT_FALSE(withoutEnvironment.isEmpty());
    EXPECT_NE(withoutEnvironment, QStringLiteral("unknown"));
    EXPECT_EQ(withUser, QStringLiteral("li.na"));
}
#endif

// Marketing consent per contact: stored as given, refused (or withdrawn) or not asked, with its date and source;
// the customer list's consent filter; and the audit entries of consent changes.
#include "TestSupport.h"

#include "Clock.h"
#include "audit/AuditLog.h"
#include "demo/DemoGenerator.h"
#include "domain/CustomerQuery.h"
#include "io/CustomerExporter.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"

#include <QFile>

using namespace TestSql;

namespace {

class ConsentTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
    }
    void TearDown() override
    {
        Clock::setInstance(nullptr);
        BookTest::TearDown();
    }

    qint64 addCustomer(const QString &name)
    {
        Customer customer;
        customer.name = name;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    Contact addContact(qint64 customerId, const QString &name, MarketingConsent consent, const QDate &date = {},
        const QString &source = {})
    {
        Contact contact;
        contact.customerId = customerId;
        contact.name = name;
        contact.marketingConsent = consent;
        contact.consentDate = date;
        contact.consentSource = source;
        auto id = ContactRepository(db()).create(contact);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        contact.id = id.value_or(0);
        return contact;
    }

    QStringList consentingCustomers()
    {
        CustomerQuery query;
        query.withMarketingConsent = true;
        QStringList names;
        EXPECT_TRUE(CustomerRepository(db())
                        .forEachRow(query,
                            [&](const CustomerRow &row) {
                                names << row.name;
                                return true;
                            })
                        .ok());
        return names;
    }

    FixedClock m_clock { QDateTime(QDate(2026, 5, 20), QTime(8, 0), Qt::UTC) };
};

TEST_F(ConsentTest, GivenRefusedAndUnknownConsentRoundTripWithDateAndSource)
{
    const qint64 customer = addCustomer(QStringLiteral("星辰贸易"));
    const Contact given = addContact(
        customer, QStringLiteral("李娜"), MarketingConsent::Given, QDate(2026, 5, 1), QStringLiteral(" 展会 "));
    const Contact refused = addContact(
        customer, QStringLiteral("王伟"), MarketingConsent::Refused, QDate(2026, 5, 10), QStringLiteral("电话"));
    // Nobody asked: a date or source typed by mistake is not kept.
    const Contact unknown = addContact(
        customer, QStringLiteral("张敏"), MarketingConsent::Unknown, QDate(2026, 5, 11), QStringLiteral("web form"));
    ContactRepository contacts(db());
    const Contact a = contacts.find(given.id).value_or(Contact {});
    EXPECT_EQ(a.marketingConsent, MarketingConsent::Given);
    EXPECT_EQ(a.consentDate, QDate(2026, 5, 1));
    EXPECT_EQ(a.consentSource, QStringLiteral("展会"));
    const Contact b = contacts.find(refused.id).value_or(Contact {});
    EXPECT_EQ(b.marketingConsent, MarketingConsent::Refused);
    EXPECT_EQ(b.consentDate, QDate(2026, 5, 10));
    EXPECT_EQ(b.consentSource, QStringLiteral("电话"));
    const Contact c = contacts.find(unknown.id).value_or(Contact {});
    EXPECT_EQ(c.marketingConsent, MarketingConsent::Unknown);
    EXPECT_FALSE(c.consentDate.isValid());
    EXPECT_EQ(c.consentSource, QString());
    // As stored: 1 given, -1 refused, 0 not asked (the default of contacts from before consent was recorded).
    EXPECT_EQ(column(db(),
                  QStringLiteral("SELECT marketing_consent || ' ' || coalesce(consent_at, '-') || ' ' || "
                                 "consent_source FROM contacts ORDER BY id")),
        (QStringList {
            QStringLiteral("1 2026-05-01 展会"), QStringLiteral("-1 2026-05-10 电话"), QStringLiteral("0 - ") }));
}

TEST_F(ConsentTest, TheListFilterKeepsCustomersWithAContactWhoAgreed)
{
    const qint64 agreed = addCustomer(QStringLiteral("A 同意"));
    const qint64 refused = addCustomer(QStringLiteral("B 拒绝"));
    addCustomer(QStringLiteral("C 无联系人"));
    const qint64 withdrawn = addCustomer(QStringLiteral("D 撤回"));
    const qint64 removed = addCustomer(QStringLiteral("E 已删联系人"));
    addContact(agreed, QStringLiteral("甲"), MarketingConsent::Unknown);
    addContact(agreed, QStringLiteral("乙"), MarketingConsent::Given, QDate(2026, 1, 2), QStringLiteral("web form"));
    addContact(refused, QStringLiteral("丙"), MarketingConsent::Refused, QDate(2026, 1, 2));
    Contact change = addContact(withdrawn, QStringLiteral("丁"), MarketingConsent::Given, QDate(2026, 1, 2));
    const Contact gone = addContact(removed, QStringLiteral("戊"), MarketingConsent::Given, QDate(2026, 1, 2));
    ASSERT_TRUE(ContactRepository(db()).remove(gone.id).ok());
    EXPECT_EQ(consentingCustomers(), (QStringList { QStringLiteral("A 同意"), QStringLiteral("D 撤回") }));

    change.marketingConsent = MarketingConsent::Refused;
    change.consentDate = QDate(2026, 5, 20);
    change.consentSource = QStringLiteral("email");
    ASSERT_TRUE(ContactRepository(db()).update(change).ok());
    EXPECT_EQ(consentingCustomers(), QStringList { QStringLiteral("A 同意") });

    // The export of the filtered list holds the same customers and says it was filtered.
    CustomerQuery query;
    query.withMarketingConsent = true;
    const QString path = m_dir.filePath(QStringLiteral("consenting.csv"));
    auto exported = CustomerExporter(db()).exportTo(path, query, { CustomerColumn::Name });
    ASSERT_TRUE(exported.ok()) << exported.error().toString();
    EXPECT_EQ(exported.value().rows, 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n")),
        (QStringList { QStringLiteral("Name"), QStringLiteral("A 同意"), QString() }));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT changes FROM audit_entries WHERE action = 'export'")).toString(),
        QStringLiteral("{\"anonymised\":false,\"columns\":[\"name\"],\"file\":\"consenting.csv\",\"rows\":1,"
                       "\"with_marketing_consent\":true}"));
}

TEST_F(ConsentTest, ConsentChangesAreAuditedWithOldAndNewValues)
{
    const qint64 customer = addCustomer(QStringLiteral("星辰贸易"));
    Contact contact = addContact(customer, QStringLiteral("李娜"), MarketingConsent::Unknown);
    contact.marketingConsent = MarketingConsent::Given;
    contact.consentDate = QDate(2026, 5, 1);
    contact.consentSource = QStringLiteral("Trade fair");
    ASSERT_TRUE(ContactRepository(db()).update(contact).ok());
    contact.marketingConsent = MarketingConsent::Refused;
    contact.consentDate = QDate(2026, 5, 20);
    ASSERT_TRUE(ContactRepository(db()).update(contact).ok());
    EXPECT_EQ(dump(db(),
                  QStringLiteral("SELECT action, entity_id, customer_id, changes FROM audit_entries WHERE entity = "
                                 "'contact' AND action = 'update' ORDER BY id")),
        (QStringList {
            QStringLiteral("update\t%1\t%2\t{\"consent_date\":{\"new\":\"2026-05-01\",\"old\":\"\"},\"consent_source\":"
                           "{\"new\":\"Trade fair\",\"old\":\"\"},\"marketing_consent\":{\"new\":\"given\",\"old\":"
                           "\"unknown\"}}")
                .arg(contact.id)
                .arg(customer),
            QStringLiteral("update\t%1\t%2\t{\"consent_date\":{\"new\":\"2026-05-20\",\"old\":\"2026-05-01\"},"
                           "\"marketing_consent\":{\"new\":\"refused\",\"old\":\"given\"}}")
                .arg(contact.id)
                .arg(customer) }));
}

TEST_F(ConsentTest, SourcesAlreadyUsedAreSuggestedMostUsedFirst)
{
    const qint64 customer = addCustomer(QStringLiteral("星辰贸易"));
    addContact(customer, QStringLiteral("甲"), MarketingConsent::Given, QDate(2026, 1, 2), QStringLiteral("展会"));
    addContact(customer, QStringLiteral("乙"), MarketingConsent::Given, QDate(2026, 1, 2), QStringLiteral("官网表单"));
    addContact(
        customer, QStringLiteral("丙"), MarketingConsent::Refused, QDate(2026, 1, 2), QStringLiteral("官网表单"));
    addContact(customer, QStringLiteral("丁"), MarketingConsent::Unknown);
    EXPECT_EQ(ContactRepository(db()).consentSources().value_or({}),
        (QStringList { QStringLiteral("官网表单"), QStringLiteral("展会") }));
    EXPECT_EQ(suggestedConsentSources().first(), QStringLiteral("Web form"));
}

TEST_F(ConsentTest, ADemoBookHasContactsWhoAgreedRefusedOrWereNeverAsked)
{
    DemoGenerator::Options options;
    options.customers = 400;
    options.seed = 7;
    ASSERT_TRUE(DemoGenerator(db()).generate(options).ok());
    const qint64 contacts = count(db(), QStringLiteral("SELECT count(*) FROM contacts"));
    ASSERT_GT(contacts, 400);
    // Six in twenty agreed and one refused, by the contact's id; the never asked have no date and no source.
    const auto expected = [&](int from, int to) {
        return count(db(),
            QStringLiteral("SELECT count(*) FROM contacts WHERE (id + 7) % 20 >= ? AND (id + 7) % 20 < ?"),
            { from, to });
    };
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE marketing_consent = 1")), expected(0, 6));
    EXPECT_EQ(
        count(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE marketing_consent = -1")), expected(6, 7));
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM contacts WHERE marketing_consent = 0 AND consent_at IS "
                                 "NULL AND consent_source = ''")),
        expected(7, 20));
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM contacts WHERE marketing_consent <> 0 AND (consent_at IS "
                                 "NULL OR consent_at > '2026-05-20' OR consent_source = '')")),
        0);
    CustomerQuery query;
    query.withMarketingConsent = true;
    EXPECT_EQ(CustomerRepository(db()).count(query).value_or(-1),
        count(db(), QStringLiteral("SELECT count(DISTINCT customer_id) FROM contacts WHERE marketing_consent = 1")));
}

} // namespace

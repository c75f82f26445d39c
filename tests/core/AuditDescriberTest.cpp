#include "TestSupport.h"
#include "TranslationSupport.h"

#include "audit/AuditDescriber.h"
#include "audit/AuditFieldLabels.h"
#include "audit/AuditLog.h"
#include "domain/Product.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/ProductRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTranslator>

#include <memory>

using namespace TestSql;

namespace {

class AuditDescriberTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        run(db(),
            QStringLiteral("INSERT INTO owners (id, uuid, name, created_at, updated_at) "
                           "VALUES (3, 'o3', '王伟', 't', 't')"));
    }

    static AuditEntry entry(const QString &entity, const char *changesJson, qint64 entityId = 0)
    {
        AuditEntry e;
        e.entity = entity;
        e.entityId = entityId;
        e.changes = QJsonDocument::fromJson(changesJson).object();
        return e;
    }
};

TEST_F(AuditDescriberTest, NamesFieldsAndShowsStoredCodesAsTheAppDoes)
{
    const auto english = useLanguage(QStringLiteral("en"));
    const AuditDescriber describer(db());
    EXPECT_EQ(describer.describe(entry(QStringLiteral("customer"),
                  R"({"stage": {"old": "lead", "new": "customer"}, "owner_id": {"old": 0, "new": 3},
                      "kind": {"old": "company", "new": "individual"}})")),
        QStringLiteral("Kind: Company → Individual; Owner: (empty) → 王伟; Lifecycle stage: Lead → Customer"));
    // The same key reads by its record: a quote's status, a complaint's, a follow-up's.
    EXPECT_EQ(describer.describe(entry(QStringLiteral("quote"), R"({"status": {"old": "draft", "new": "sent"}})")),
        QStringLiteral("Status: Draft → Sent"));
    EXPECT_EQ(describer.describe(entry(QStringLiteral("complaint"), R"({"status": {"old": "new", "new": "acknowledged"},
            "severity": {"old": "low", "new": "critical"}, "channel": {"new": "email", "old": "phone"}})")),
        QStringLiteral("Status: New → Acknowledged; Severity: Low → Critical; Channel: Phone → Email"));
    EXPECT_EQ(describer.describe(entry(QStringLiteral("activity"),
                  R"({"type": {"new": "visit"}, "duration_minutes": {"new": 90}, "priority": {"new": "high"},
                      "recurrence": {"new": "FREQ=WEEKLY;INTERVAL=2"}})")),
        QStringLiteral("Type: Visit; Priority: High; Duration: 90 minutes; Repeats: Every 2 weeks"));
    // A new follow-up without a duration says nothing about it (not "Duration: " with nothing after it).
    EXPECT_EQ(describer.describe(entry(QStringLiteral("activity"),
                  R"({"type": {"new": "call"}, "duration_minutes": {"new": 0}, "subject": {"new": "Price list"}})")),
        QStringLiteral("Type: Call; Subject: Price list"));
    // A contact's title is a job title; booleans read yes or no; an unknown code or key stays as stored.
    EXPECT_EQ(describer.describe(entry(QStringLiteral("contact"),
                  R"({"title": {"old": "", "new": "经理"}, "primary": {"old": false, "new": true}})")),
        QStringLiteral("Job title: (empty) → 经理; Primary contact: No → Yes"));
    EXPECT_EQ(describer.describe(entry(QStringLiteral("customer"),
                  R"({"stage": {"old": "lead", "new": "someday"}, "shoe_size": {"new": 42}})")),
        QStringLiteral("Lifecycle stage: Lead → someday; shoe_size: 42"));
}

TEST_F(AuditDescriberTest, AmountsTakeTheirRecordsCurrencyWhenTheEntryDoesNotNameIt)
{
    ProductRepository products(db());
    Product pump;
    pump.code = QStringLiteral("HP-200");
    pump.name = QStringLiteral("液压泵");
    pump.currency = QStringLiteral("JPY");
    pump.unitPrice = 12000;
    pump.taxRate = 1250;
    auto id = products.save(pump);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    pump.id = id.value();
    pump.unitPrice = 12500;
    ASSERT_TRUE(products.save(pump).ok());
    AuditFilter filter;
    filter.entity = QStringLiteral("product");
    const QList<AuditEntry> entries = AuditLog(db()).list(filter).value_or({});
    ASSERT_EQ(entries.size(), 2);
    const AuditDescriber describer(db());
    // The update names only the price: the currency is the product's own (yen have no minor units).
    EXPECT_EQ(describer.describe(entries.first()), QStringLiteral("Unit price: JP¥12,000 → JP¥12,500"));
    EXPECT_EQ(describer.describe(entries.last()),
        QStringLiteral("Code: HP-200; Name: 液压泵; Currency: JPY; Unit price: JP¥12,000; Cost price: JP¥0; "
                       "Tax rate: 12.5%; Active: Yes"));
    // A product is named by itself (it has no customer).
    EXPECT_EQ(describer.record(entries.first()),
        QStringLiteral("%1 %2 (液压泵)").arg(auditEntityDisplayName(QStringLiteral("product"))).arg(pump.id));
    // Without the book the amounts cannot be placed: the stored minor units, not a guess.
    EXPECT_EQ(AuditDescriber().describe(entries.first()), QStringLiteral("Unit price: 12000 → 12500"));
}

TEST_F(AuditDescriberTest, LinkedRecordsByNameAndLongIdListsShortened)
{
    Customer customer;
    customer.name = QStringLiteral("杭州恒泰机械有限公司");
    auto customerId = CustomerRepository(db()).create(customer);
    ASSERT_TRUE(customerId.ok());
    const AuditDescriber describer(db());
    AuditEntry complaint
        = entry(QStringLiteral("complaint"), R"({"customer_id": {"new": 0}, "owner_id": {"new": 99}})");
    complaint.changes.insert(
        QStringLiteral("customer_id"), QJsonObject { { QStringLiteral("new"), customerId.value() } });
    EXPECT_EQ(describer.describe(complaint), QStringLiteral("Customer: 杭州恒泰机械有限公司; Owner: #99"));
    QJsonArray ids;
    for (int id = 1; id <= 12; ++id)
        ids.append(id);
    AuditEntry bulk = entry(QStringLiteral("quote"), R"({"status": {"new": "expired"}, "rows": 12})");
    bulk.changes.insert(QStringLiteral("ids"), ids);
    EXPECT_EQ(describer.describe(bulk),
        QStringLiteral("Status: Expired; Rows: 12; IDs: 12 in all: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …"));
    // Counts with the locale's digit grouping.
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([locale] { QLocale::setDefault(locale); });
    EXPECT_EQ(describer.describe(entry(QStringLiteral("customer"), R"({"rows": 16464, "created": 1200})")),
        QStringLiteral("Rows: 16,464; Created: 1,200"));
    // An export's columns by their titles.
    EXPECT_EQ(describer.describe(entry(QStringLiteral("customer"),
                  R"({"file": "all.xlsx", "columns": ["name", "created"], "anonymised": false})")),
        QStringLiteral("File: all.xlsx; Columns: Name, Created; Anonymised: No"));
}

TEST_F(AuditDescriberTest, EveryKeyTheBookRecordsHasALabel)
{
    // What the app records for customers, contacts and their notes, merged and exported (the other records are
    // covered by AuditCoverageTest's entries, which use the same keys through the same describer).
    QStringList recorded = AuditLog::fields(Customer {}).keys() + AuditLog::fields(Contact {}).keys();
    const QStringList known = AuditFieldLabels::knownKeys();
    for (const QString &key : std::as_const(recorded))
        EXPECT_TRUE(known.contains(key)) << key.toStdString();
    for (const QString &key : known)
        EXPECT_NE(AuditFieldLabels::label({}, key), key) << key.toStdString();
}

TEST_F(AuditDescriberTest, ReadsInChinese)
{
    const auto chinese = useLanguage(QStringLiteral("zh_CN"));
    const AuditDescriber describer(db());
    EXPECT_EQ(describer.describe(entry(QStringLiteral("customer"),
                  R"({"stage": {"old": "lead", "new": "customer"}, "owner_id": {"old": 0, "new": 3}})")),
        QStringLiteral("负责人：（空） → 王伟；生命周期阶段：线索 → 客户"));
}

} // namespace

namespace {

// A customer deleted for good leaves its id to SQLite, which gives it to the next new customer: the purge's entry
// must not show that one's name (found by a review).
TEST_F(AuditDescriberTest, APurgedCustomersEntryDoesNotNameTheNextHolderOfItsId)
{
    CustomerRepository customers(db());
    Customer old;
    old.name = QStringLiteral("Old Co");
    const qint64 id = customers.create(old).value();
    ASSERT_TRUE(customers.moveToTrash({ id }).ok());
    ASSERT_TRUE(customers.purge({ id }).ok());
    Customer next;
    next.name = QStringLiteral("Next Co");
    ASSERT_EQ(customers.create(next).value(), id); // the same id again
    AuditFilter purges;
    purges.action = AuditEntry::Action::Purge;
    const auto entries = AuditLog(db()).list(purges);
    ASSERT_EQ(entries.value().size(), 1);
    EXPECT_EQ(AuditDescriber(db()).record(entries.value().first()), QStringLiteral("Customer %1").arg(id));
}

} // namespace

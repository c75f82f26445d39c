// Taking back an import of customers: which customers it created, as its audit entry recorded them, and what
// moving them to the trash leaves. Real imports into a real book file.

#include "io/ImportUndo.h"
#include "../core/TestSupport.h"
#include "ListTableReader.h"
#include "audit/AuditLog.h"
#include "domain/PhoneNumbers.h"
#include "io/CustomerImporter.h"
#include "repo/CustomerRepository.h"

namespace {

using namespace TestSql;
using Rows = QList<QVariantList>;

const QVariantList kUndoHeader { QStringLiteral("客户名称"), QStringLiteral("城市"), QStringLiteral("手机") };

class ImportUndoTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    }

    ImportSummary import(const Rows &rows, ImportTarget target = ImportTarget::Customers)
    {
        ListTableReader reader(rows);
        QStringList headers;
        for (const QVariant &cell : rows.first())
            headers << cell.toString();
        ImportOptions options;
        options.target = target;
        options.source = QStringLiteral("clients.csv");
        options.setAllDuplicateActions(DuplicateAction::Update);
        auto summary = CustomerImporter(db()).run(reader, ImportMapping::guess(headers, target), options);
        EXPECT_TRUE(summary.ok()) << summary.error().toString();
        return summary.value_or(ImportSummary {});
    }

    qint64 lastImportEntry()
    {
        return count(db(), QStringLiteral("SELECT max(id) FROM audit_entries WHERE action = 'import'"));
    }

    qint64 addCustomer(const QString &name, const QString &phone)
    {
        Customer customer;
        customer.name = name;
        customer.city = QStringLiteral("上海");
        customer.phones << phone;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }
};

TEST_F(ImportUndoTest, TheCustomersAnImportCreatedGoToTheTrashAndThoseItUpdatedStay)
{
    const qint64 before = addCustomer(QStringLiteral("明达贸易"), QStringLiteral("13800138000"));
    const ImportSummary summary = import({ kUndoHeader,
        { QStringLiteral("明达贸易"), QStringLiteral("上海"), QStringLiteral("13800138000") }, // updates `before`
        { QStringLiteral("华新科技"), QStringLiteral("北京"), QStringLiteral("13900139000") },
        { QStringLiteral("东方物流"), QStringLiteral("广州"), QStringLiteral("13700137000") },
        { QStringLiteral("南山食品"), QStringLiteral("深圳"), QStringLiteral("13600136000") } });
    ASSERT_EQ(summary.created, 3);
    ASSERT_EQ(summary.updated, 1);
    const QList<qint64> created
        = ids(db(), QStringLiteral("SELECT id FROM customers WHERE id <> ? ORDER BY id"), { before });
    EXPECT_EQ(summary.createdIds.ids(), created);
    // One of them is handed on at once; one already went to the trash by hand.
    run(db(),
        QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, created_at, "
                       "updated_at) VALUES ('u1', 'SO-1', ?, '2026-01-05', 'CNY', 990, '2026-01-05', '2026-01-05')"),
        { created[0] });
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ created[2] }).ok());

    auto found = ImportUndo::find(db(), lastImportEntry());
    ASSERT_TRUE(found.ok()) << found.error().toString();
    EXPECT_EQ(found.value().entry.changes.value(QStringLiteral("file")).toString(), QStringLiteral("clients.csv"));
    EXPECT_EQ(found.value().created.count(), 3);
    EXPECT_EQ(found.value().inBook, (QList<qint64> { created[0], created[1] }));
    EXPECT_EQ(found.value().updated, 1);
    EXPECT_EQ(found.value().businessRecords, (QMap<QString, qint64> { { QStringLiteral("orders"), 1 } }));

    ASSERT_TRUE(CustomerRepository(db()).moveToTrash(found.value().inBook).ok());
    EXPECT_EQ(column(db(), QStringLiteral("SELECT name FROM customers WHERE deleted_at IS NULL")),
        QStringList { QStringLiteral("明达贸易") });
    auto again = ImportUndo::find(db(), lastImportEntry());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().inBook.isEmpty());
}

// Wrong file, undone, trash emptied, the right file imported: SQLite gives the freed ids to the new customers, and
// the first import's entry must not take them for its own.
TEST_F(ImportUndoTest, IdsFreedAndGivenToLaterCustomersAreNotTheImports)
{
    const ImportSummary wrong = import({ kUndoHeader, { QStringLiteral("错误一"), QStringLiteral("上海"), QVariant() },
        { QStringLiteral("错误二"), QStringLiteral("上海"), QVariant() } });
    const qint64 wrongEntry = lastImportEntry();
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash(wrong.createdIds.ids()).ok());
    ASSERT_TRUE(CustomerRepository(db()).purge(wrong.createdIds.ids()).ok());
    const ImportSummary right = import({ kUndoHeader, { QStringLiteral("正确一"), QStringLiteral("上海"), QVariant() },
        { QStringLiteral("正确二"), QStringLiteral("上海"), QVariant() } });
    ASSERT_EQ(right.createdIds.ids(), wrong.createdIds.ids()); // the same ids again

    auto found = ImportUndo::find(db(), wrongEntry);
    ASSERT_TRUE(found.ok()) << found.error().toString();
    EXPECT_TRUE(found.value().inBook.isEmpty());
    auto latest = ImportUndo::find(db(), lastImportEntry());
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(latest.value().inBook, right.createdIds.ids());
}

TEST_F(ImportUndoTest, AnImportIsRecordedAsARangeOfIds)
{
    Rows rows { kUndoHeader };
    for (int i = 0; i < 300; ++i)
        rows << QVariantList { QStringLiteral("客户%1").arg(i), QStringLiteral("上海"), QVariant() };
    const ImportSummary summary = import(rows);
    ASSERT_EQ(summary.created, 300);
    const QList<qint64> created = ids(db(), QStringLiteral("SELECT id FROM customers ORDER BY id"));
    const QString recorded = AuditLog(db()).find(lastImportEntry()).value().changes.value("created_ids").toString();
    EXPECT_EQ(recorded, QStringLiteral("%1-%2").arg(created.first()).arg(created.last()));
}

// An import of forty thousand customers is taken back whole: more ids than SQLite binds in one statement.
TEST_F(ImportUndoTest, MoreCustomersThanOneStatementBindsGoToTheTrashAndBack)
{
    run(db(),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
                       "INSERT INTO customers (uuid, kind, name, stage, created_at, updated_at) "
                       "SELECT 'u' || i, 'company', 'Customer ' || i, 'lead', '2026-01-05', '2026-01-05' FROM n"));
    const QList<qint64> all = ids(db(), QStringLiteral("SELECT id FROM customers"));
    ASSERT_EQ(all.size(), 40000);
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash(all).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")), 0);
    ASSERT_TRUE(CustomerRepository(db()).restore(all).ok());
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")), 40000);
    // And deleted for good from the trash, all at once.
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash(all).ok());
    auto records = CustomerRepository(db()).businessRecords(all);
    ASSERT_TRUE(records.ok()) << records.error().toString();
    EXPECT_TRUE(records.value().isEmpty());
    const Status purged = CustomerRepository(db()).purge(all);
    ASSERT_TRUE(purged.ok()) << purged.error().toString();
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), 0);
}

TEST_F(ImportUndoTest, WhatCannotBeTakenBackSaysWhy)
{
    const qint64 customer = addCustomer(QStringLiteral("明达贸易"), QStringLiteral("13800138000"));
    import({ { QStringLiteral("客户名称"), QStringLiteral("联系人") },
               { QStringLiteral("明达贸易"),
                   QStringLiteral("王芳") } },
        ImportTarget::Contacts);
    auto contacts = ImportUndo::find(db(), lastImportEntry());
    ASSERT_FALSE(contacts.ok());
    EXPECT_EQ(contacts.error().message, QStringLiteral("Only an import of customers can be taken back."));

    // An entry as versions before created_ids wrote it.
    AuditEntry old;
    old.action = AuditEntry::Action::Import;
    old.entity = QStringLiteral("customer");
    old.changes = QJsonObject { { QStringLiteral("rows"), 1 }, { QStringLiteral("created"), 1 } };
    ASSERT_TRUE(AuditLog(db()).record(old).ok());
    auto legacy = ImportUndo::find(db(), lastImportEntry());
    ASSERT_FALSE(legacy.ok());
    EXPECT_TRUE(legacy.error().message.contains(QLatin1String("earlier version"))) << legacy.error().message;

    EXPECT_FALSE(ImportUndo::find(db(), 99999).ok());
    EXPECT_FALSE(ImportUndo::find(db(),
        count(db(),
            QStringLiteral("SELECT min(id) FROM audit_entries WHERE "
                           "customer_id = ?"),
            { customer }))
                     .ok());
}

TEST(IdRangesTest, ConsecutiveIdsAreOneRangeAndTheTextReadsBack)
{
    IdRanges ranges;
    for (qint64 id : { 5, 6, 7, 9, 12, 13 })
        ranges.add(id);
    EXPECT_EQ(ranges.toString(), QStringLiteral("5-7,9,12-13"));
    EXPECT_EQ(ranges.count(), 6);
    auto read = IdRanges::fromString(ranges.toString());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->ids(), (QList<qint64> { 5, 6, 7, 9, 12, 13 }));
    for (const char *bad : { "5-", "a", "7-5", "1-2-3", "0", "5,,6" })
        EXPECT_FALSE(IdRanges::fromString(QString::fromLatin1(bad))) << bad;
    EXPECT_TRUE(IdRanges::fromString(QString())->isEmpty());
}

} // namespace

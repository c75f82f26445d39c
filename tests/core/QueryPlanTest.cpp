// What SQLite does for the statements of everyday edits: none may read a large table whole. Saving a contact in a
// book of a million customers read all 3.4 million phones and addresses twice ("WHERE contact_id = ?" matches no
// index), which nothing else showed: the tests' books are small and fast either way.

#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "db/SqliteHandle.h"
#include "privacy/Eraser.h"
#include "privacy/SubjectExporter.h"
#include "repo/ActivityRepository.h"
#include "repo/ContactRepository.h"
#include "repo/ContractRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/QuoteRepository.h"
#include "repo/TagRepository.h"
#include "repo/TimelineRepository.h"
#include "services/CustomerMerger.h"
#include "services/FollowUpService.h"

#include <QSet>

#include <functional>

#ifdef CLIENTELE_TEST_SQLITE_TRACE
#include <sqlite3.h>
#endif

namespace {

class QueryPlanTest : public BookTest
{
protected:
    // Why these tests cannot run here, or nothing.
    QString untraceable() const
    {
#ifdef CLIENTELE_TEST_SQLITE_TRACE
        return sqliteHandle(db()) ? QString() : QStringLiteral("the Qt SQLite driver's handle is not usable here");
#else
        return QStringLiteral("built without the driver's sqlite3 handle (CLIENTELE_SQLITE_HANDLE)");
#endif
    }

    // The statements seen (at least `atLeast`, or the trace saw nothing) read no large table whole.
    void expectNoFullScans(const QSet<QString> &statements, int atLeast)
    {
        ASSERT_GE(statements.size(), atLeast) << "the trace did not see the work";
        const QStringList scans = scansOf(statements);
        EXPECT_TRUE(scans.isEmpty()) << scans.join(u'\n').toStdString();
    }

#ifdef CLIENTELE_TEST_SQLITE_TRACE
    // Every statement the connection runs while `work` does, as written (parameters unbound).
    QSet<QString> statementsOf(const std::function<void()> &work)
    {
        sqlite3 *handle = sqliteHandle(db());
        if (!handle)
            return {};
        QSet<QString> statements;
        sqlite3_trace_v2(
            handle, SQLITE_TRACE_STMT,
            [](unsigned, void *context, void *statement, void *) {
                if (const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))
                    static_cast<QSet<QString> *>(context)->insert(QString::fromUtf8(sql));
                return 0;
            },
            &statements);
        work();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        return statements;
    }

    // The steps of SQLite's plan for `sql` that read one of the book's large tables whole (asked through the
    // handle: Qt will not run a statement whose parameters are not bound).
    QStringList fullScans(const QString &sql)
    {
        static const QStringList large { QStringLiteral("customers"), QStringLiteral("contacts"),
            QStringLiteral("contact_points"), QStringLiteral("customer_tags"), QStringLiteral("notes"),
            QStringLiteral("activities"), QStringLiteral("audit_entries") };
        sqlite3_stmt *plan = nullptr;
        const QByteArray explain = QByteArrayLiteral("EXPLAIN QUERY PLAN ") + sql.toUtf8();
        if (sqlite3_prepare_v2(sqliteHandle(db()), explain.constData(), int(explain.size()), &plan, nullptr)
            != SQLITE_OK)
            return { QStringLiteral("cannot explain") };
        QStringList scans;
        while (sqlite3_step(plan) == SQLITE_ROW) {
            const QString detail = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)));
            for (const QString &table : large) {
                // "SCAN t" and "SCAN t USING INDEX ..." without a search term both read every row.
                if (detail == QStringLiteral("SCAN ") + table
                    || detail.startsWith(QStringLiteral("SCAN ") + table + QStringLiteral(" USING")))
                    scans << detail;
            }
        }
        sqlite3_finalize(plan);
        return scans;
    }

    // The full scans of the statements' plans, each with its statement.
    QStringList scansOf(const QSet<QString> &statements)
    {
        QStringList scans;
        for (const QString &sql : statements) {
            if (sql.contains(QStringLiteral("'main'."))) // FTS5's own statements on its shadow tables
                continue;
            const QString verb = sql.trimmed().section(u' ', 0, 0).toUpper();
            if (verb == QLatin1String("SELECT") || verb == QLatin1String("UPDATE") || verb == QLatin1String("DELETE")
                || verb == QLatin1String("INSERT") || verb == QLatin1String("WITH")) {
                for (const QString &scan : fullScans(sql))
                    scans << scan + QStringLiteral("  <-  ") + sql.simplified();
            }
        }
        return scans;
    }
#else
    QSet<QString> statementsOf(const std::function<void()> &work)
    {
        work();
        return {};
    }
    QStringList scansOf(const QSet<QString> &)
    {
        return {};
    }
#endif
};

TEST_F(QueryPlanTest, SavingCustomersAndContactsReadsNoLargeTableWhole)
{
    if (const QString why = untraceable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    CustomerRepository customers(db());
    ContactRepository contacts(db());
    Customer customer;
    customer.name = QStringLiteral("上海明达贸易有限公司");
    customer.phones = { QStringLiteral("138 0013 8000") };
    customer.emails = { QStringLiteral("info@mingda.cn") };
    customer.tags = { QStringLiteral("VIP") };
    auto id = customers.create(customer);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    customer.id = id.value();
    Contact contact;
    contact.customerId = id.value();
    contact.name = QStringLiteral("王芳");
    contact.phones = { QStringLiteral("139 0013 9000") };
    contact.email = QStringLiteral("wang@mingda.cn");

    const QSet<QString> statements = statementsOf([&] {
        auto contactId = contacts.create(contact);
        ASSERT_TRUE(contactId.ok()) << contactId.error().toString();
        contact.id = contactId.value();
        contact.phones << QStringLiteral("021 5555 0000");
        ASSERT_TRUE(contacts.update(contact).ok());
        customer.city = QStringLiteral("上海");
        customer.phones << QStringLiteral("021 6666 0000");
        ASSERT_TRUE(customers.update(customer).ok());
        ASSERT_TRUE(contacts.remove(contact.id).ok());
        ASSERT_TRUE(customers.find(customer.id).ok());
        ASSERT_TRUE(contacts.forCustomer(customer.id).ok());
    });
    expectNoFullScans(statements, 11);
}

// What the customer's file reads when it opens, and the everyday changes around it: a note, a follow-up planned
// and done, the customer to the trash and back.
TEST_F(QueryPlanTest, TheCustomersFileAndItsEverydayChangesReadNoLargeTableWhole)
{
    if (const QString why = untraceable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    CustomerRepository customers(db());
    Customer customer;
    customer.name = QStringLiteral("Harbor Foods Ltd");
    customer.phones = { QStringLiteral("+1 212 555 0100") };
    auto id = customers.create(customer);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    Contact contact;
    contact.customerId = id.value();
    contact.name = QStringLiteral("Ann Lee");
    ASSERT_TRUE(ContactRepository(db()).create(contact).ok());

    const QSet<QString> statements = statementsOf([&] {
        ASSERT_TRUE(customers.find(id.value()).ok());
        ASSERT_TRUE(customers.row(id.value()).ok());
        ASSERT_TRUE(ContactRepository(db()).forCustomer(id.value()).ok());
        ASSERT_TRUE(TimelineRepository(db()).forCustomer(id.value()).ok());
        ASSERT_TRUE(ContractRepository(db()).forCustomer(id.value()).ok());
        ASSERT_TRUE(ActivityRepository(db()).forCustomer(id.value()).ok());
        Note note;
        note.customerId = id.value();
        note.body = QStringLiteral("Called about the spring order.");
        ASSERT_TRUE(TimelineRepository(db()).addNote(note).ok());
        Activity call;
        call.customerId = id.value();
        call.subject = QStringLiteral("Follow-up call");
        call.allDay = true;
        call.dueDate = QDate(2026, 12, 8);
        auto callId = ActivityRepository(db()).create(call);
        ASSERT_TRUE(callId.ok()) << callId.error().toString();
        call.id = callId.value();
        call.status = ActivityStatus::Done;
        call.completedAt = QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC);
        ASSERT_TRUE(ActivityRepository(db()).update(call).ok());
        ASSERT_TRUE(customers.moveToTrash({ id.value() }).ok());
        ASSERT_TRUE(customers.restore({ id.value() }).ok());
    });
    expectNoFullScans(statements, 11);
}

// Cleaning up: two customers merged and the merge undone, a tag added and taken off, a customer's audit trail, and
// a customer deleted for good from the trash.
TEST_F(QueryPlanTest, MergingTaggingAndPurgingReadNoLargeTableWhole)
{
    if (const QString why = untraceable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    CustomerRepository customers(db());
    QList<qint64> ids;
    for (const char *name : { "Harbor Foods Ltd", "Harbor Foods Limited", "Other Co" }) {
        Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.phones = { QStringLiteral("+1 212 555 01%1").arg(ids.size()) };
        auto id = customers.create(customer);
        ASSERT_TRUE(id.ok()) << id.error().toString();
        ids << id.value();
        Contact contact;
        contact.customerId = id.value();
        contact.name = QStringLiteral("Contact %1").arg(ids.size());
        ASSERT_TRUE(ContactRepository(db()).create(contact).ok());
    }

    const QSet<QString> statements = statementsOf([&] {
        CustomerMerger merger(db());
        const Customer survivor = customers.find(ids[0]).value();
        auto merged = merger.merge(ids[0], ids[1], survivor);
        ASSERT_TRUE(merged.ok()) << merged.error().toString();
        ASSERT_TRUE(merger.unmerge(ids[1]).ok());
        TagRepository tags(db());
        ASSERT_TRUE(tags.addTag({ ids[0] }, QStringLiteral("VIP")).ok());
        ASSERT_TRUE(tags.removeTag({ ids[0] }, QStringLiteral("VIP")).ok());
        AuditFilter filter;
        filter.customerId = ids[0];
        ASSERT_TRUE(AuditLog(db()).list(filter, 100).ok());
        ASSERT_TRUE(customers.moveToTrash({ ids[2] }).ok());
        ASSERT_TRUE(customers.purge({ ids[2] }).ok());
    });
    expectNoFullScans(statements, 11);
}

// A customer's privacy rights: everything the book holds about them, then their erasure.
TEST_F(QueryPlanTest, ACustomersDataAndItsErasureReadNoLargeTableWhole)
{
    if (const QString why = untraceable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    Customer customer;
    customer.kind = CustomerKind::Individual;
    customer.name = QStringLiteral("李娜");
    customer.phones = { QStringLiteral("138 0013 8000") };
    customer.emails = { QStringLiteral("lina@example.cn") };
    auto id = CustomerRepository(db()).create(customer);
    ASSERT_TRUE(id.ok()) << id.error().toString();
    Note note;
    note.customerId = id.value();
    note.body = QStringLiteral("Prefers calls after six.");
    ASSERT_TRUE(TimelineRepository(db()).addNote(note).ok());

    const QSet<QString> statements = statementsOf([&] {
        auto collected = SubjectExporter(db()).collect(id.value());
        ASSERT_TRUE(collected.ok()) << collected.error().toString();
        auto erased = Eraser(db()).erase(id.value());
        ASSERT_TRUE(erased.ok()) << erased.error().toString();
    });
    expectNoFullScans(statements, 6);
}

// A customer's business: a quote written and sent, a contract, a follow-up scheduled, moved and done.
TEST_F(QueryPlanTest, QuotesContractsAndFollowUpsReadNoLargeTableWhole)
{
    if (const QString why = untraceable(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    Customer customer;
    customer.name = QStringLiteral("上海明达贸易有限公司");
    auto id = CustomerRepository(db()).create(customer);
    ASSERT_TRUE(id.ok()) << id.error().toString();

    const QSet<QString> statements = statementsOf([&] {
        Quote quote;
        quote.customerId = id.value();
        quote.date = QDate(2025, 3, 5);
        quote.validUntil = QDate(2025, 4, 4);
        QuoteLine line;
        line.description = QStringLiteral("液压泵");
        line.quantity = 2500;
        line.unitPrice = 120000;
        quote.lines << line;
        auto quoteId = QuoteRepository(db()).create(quote);
        ASSERT_TRUE(quoteId.ok()) << quoteId.error().toString();
        ASSERT_TRUE(QuoteRepository(db()).markSent(quoteId.value()).ok());
        Contract contract;
        contract.customerId = id.value();
        contract.number = QStringLiteral("HT-1");
        contract.title = QStringLiteral("Maintenance");
        contract.startDate = QDate(2025, 1, 1);
        contract.endDate = QDate(2025, 12, 31);
        contract.value = Amount { 1200000, QStringLiteral("CNY") };
        auto contractId = ContractRepository(db()).create(contract);
        ASSERT_TRUE(contractId.ok()) << contractId.error().toString();
        Activity call;
        call.customerId = id.value();
        call.subject = QStringLiteral("回访");
        call.dueAt = QDateTime(QDate(2025, 3, 6), QTime(6, 0), Qt::UTC);
        FollowUpService service(db());
        auto callId = service.schedule(call);
        ASSERT_TRUE(callId.ok()) << callId.error().toString();
        ASSERT_TRUE(service.reschedule(callId.value(), QDate(2025, 3, 7)).ok());
        ASSERT_TRUE(service.complete(callId.value(), QStringLiteral("谈妥了")).ok());
    });
    expectNoFullScans(statements, 11);
}

} // namespace

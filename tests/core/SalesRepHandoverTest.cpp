#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/SalesRepHandover.h"
#include "services/SalesReps.h"

using namespace TestSql;

namespace {

// Rows are written directly: each table's open and closed states side by side, owned by Li Na or by others.
class SalesRepHandoverTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        li = LookupRepository(db()).addOwner(QStringLiteral("李娜")).value_or(0);
        wang = LookupRepository(db()).addOwner(QStringLiteral("王伟")).value_or(0);
        other = LookupRepository(db()).addOwner(QStringLiteral("Emily Carter")).value_or(0);
        for (const auto &[name, owner] : { std::pair { "Acme", li }, { "星辰贸易", li }, { "Other Co", other } }) {
            Customer customer;
            customer.name = QString::fromUtf8(name);
            customer.ownerId = owner;
            customers << CustomerRepository(db()).create(customer).value_or(0);
        }
        EXPECT_TRUE(CustomerRepository(db()).moveToTrash({ customers[1] }).ok()); // the trash moves too
        const QString at = QStringLiteral("2026-01-05T09:00:00Z");
        int n = 0;
        const auto uuid
            = [&n] { return QStringLiteral("00000000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0')); };
        for (const auto &[status, owner] :
            { std::pair { "planned", li }, { "done", li }, { "cancelled", li }, { "planned", other } })
            run(db(),
                QStringLiteral("INSERT INTO activities (uuid, customer_id, owner_id, type, subject, status, due_date, "
                               "created_at, updated_at) VALUES (?, ?, ?, 'call', 'Call', ?, '2026-01-06', ?, ?)"),
                { uuid(), customers[0], owner, QString::fromUtf8(status), at, at });
        for (const char *status : { "draft", "sent", "accepted", "rejected", "expired" })
            run(db(),
                QStringLiteral("INSERT INTO quotes (uuid, number, customer_id, owner_id, status, quote_date, "
                               "valid_until, currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026-01-05', "
                               "'2026-02-05', 'CNY', ?, ?)"),
                { uuid(), QStringLiteral("Q-%1").arg(n), customers[0], li, QString::fromUtf8(status), at, at });
        for (const char *status : { "draft", "active", "expiring", "expired", "renewed", "terminated" })
            run(db(),
                QStringLiteral("INSERT INTO contracts (uuid, customer_id, owner_id, number, status, start_date, "
                               "end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2025-01-01', "
                               "'2026-01-01', ?, ?)"),
                { uuid(), customers[0], li, QStringLiteral("C-%1").arg(n), QString::fromUtf8(status), at, at });
        for (const char *status : { "new", "acknowledged", "in_progress", "resolved", "closed" })
            run(db(),
                QStringLiteral("INSERT INTO complaints (uuid, number, number_year, number_seq, customer_id, owner_id, "
                               "status, summary, received_at, response_due_at, resolution_due_at, created_at, "
                               "updated_at) VALUES (?, ?, 2026, ?, ?, ?, ?, 'Late delivery', ?, ?, ?, ?, ?)"),
                { uuid(), QStringLiteral("K-%1").arg(n), n, customers[0], li, QString::fromUtf8(status), at, at, at, at,
                    at });
    }

    // "table status:owner" for every row of the five tables, in id order.
    QStringList owners()
    {
        return column(db(),
            QStringLiteral("SELECT 'customer ' || name || ':' || owner_id FROM customers UNION ALL "
                           "SELECT 'activity ' || status || ':' || owner_id FROM activities UNION ALL "
                           "SELECT 'quote ' || status || ':' || owner_id FROM quotes UNION ALL "
                           "SELECT 'contract ' || status || ':' || owner_id FROM contracts UNION ALL "
                           "SELECT 'complaint ' || status || ':' || owner_id FROM complaints"));
    }

    qint64 li = 0, wang = 0, other = 0;
    QList<qint64> customers;
};

TEST_F(SalesRepHandoverTest, CustomersAndOpenWorkMoveAndHistoryStays)
{
    const auto before = SalesRepHandover(db()).openWorkOf(li);
    ASSERT_TRUE(before.ok()) << before.error().toString();
    EXPECT_EQ(before.value().customers, 2);
    EXPECT_EQ(before.value().followUps, 1);
    EXPECT_EQ(before.value().quotes, 2);
    EXPECT_EQ(before.value().contracts, 4);
    EXPECT_EQ(before.value().complaints, 3);

    const auto moved = SalesRepHandover(db()).handOver(li, wang);
    ASSERT_TRUE(moved.ok()) << moved.error().toString();
    EXPECT_EQ(moved.value().total(), before.value().total());
    const QString L = QString::number(li), W = QString::number(wang), O = QString::number(other);
    EXPECT_EQ(owners(),
        (QStringList { "customer Acme:" + W, "customer 星辰贸易:" + W, "customer Other Co:" + O,
            "activity planned:" + W, "activity done:" + L, "activity cancelled:" + L, "activity planned:" + O,
            "quote draft:" + W, "quote sent:" + W, "quote accepted:" + L, "quote rejected:" + L, "quote expired:" + L,
            "contract draft:" + W, "contract active:" + W, "contract expiring:" + W, "contract expired:" + W,
            "contract renewed:" + L, "contract terminated:" + L, "complaint new:" + W, "complaint acknowledged:" + W,
            "complaint in_progress:" + W, "complaint resolved:" + L, "complaint closed:" + L }));
    EXPECT_EQ(SalesRepHandover(db()).openWorkOf(li).value_or({}).total(), 0);

    // One audit entry per kind of record, sharing one batch, naming both reps.
    EXPECT_EQ(column(db(),
                  QStringLiteral("SELECT entity || ' ' || json_extract(changes, '$.rows') || ' ' || "
                                 "json_extract(changes, '$.owner_id.old') || '>' || "
                                 "json_extract(changes, '$.owner_id.new') FROM audit_entries WHERE action = 'update' "
                                 "ORDER BY id")),
        (QStringList { "customer 2 " + L + '>' + W, "activity 1 " + L + '>' + W, "quote 2 " + L + '>' + W,
            "contract 4 " + L + '>' + W, "complaint 3 " + L + '>' + W }));
    EXPECT_EQ(
        count(db(), QStringLiteral("SELECT count(DISTINCT batch_id) FROM audit_entries WHERE action = 'update'")), 1);
}

TEST_F(SalesRepHandoverTest, ARepWithOnlyHistoryCanBeRemovedAndKeepsTheirNameOnIt)
{
    const QList<SalesReps::Rep> withLi = SalesReps(db()).list().value_or({});
    QList<SalesReps::Rep> withoutLi;
    for (const SalesReps::Rep &rep : withLi) {
        if (rep.id != li)
            withoutLi << rep;
    }
    const Status refused = SalesReps(db()).save(withoutLi);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
        QStringLiteral("李娜 still has 12 customer(s) or open record(s): hand them over to another sales rep first."));

    ASSERT_TRUE(SalesRepHandover(db()).handOver(li, wang).ok());
    const Status removed = SalesReps(db()).save(withoutLi);
    ASSERT_TRUE(removed.ok()) << removed.error().toString();
    QStringList listed;
    for (const Owner &owner : LookupRepository(db()).owners().value_or({}))
        listed << owner.name;
    EXPECT_EQ(listed, (QStringList { QStringLiteral("Emily Carter"), QStringLiteral("王伟") }));
    // An editor of Li Na's closed records still finds her.
    const QList<Owner> kept = LookupRepository(db()).owners(li).value_or({});
    EXPECT_EQ(kept.size(), 3);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM activities WHERE owner_id = ?"), { li }), 2);
}

TEST_F(SalesRepHandoverTest, NothingMovesToTheSameOrAMissingRep)
{
    const QStringList before = owners();
    const auto same = SalesRepHandover(db()).handOver(li, li);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().message, QStringLiteral("Choose another sales rep to hand the work over to."));
    run(db(), QStringLiteral("UPDATE owners SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?"), { wang });
    EXPECT_FALSE(SalesRepHandover(db()).handOver(li, wang).ok());
    EXPECT_FALSE(SalesRepHandover(db()).handOver(li, 9999).ok());
    EXPECT_EQ(owners(), before);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'update'")), 0);
}

TEST_F(SalesRepHandoverTest, ProgressEndsAtOneAndACancelChangesNothing)
{
    const QStringList before = owners();
    std::atomic_bool cancel = true;
    const auto cancelled = SalesRepHandover(db()).handOver(li, wang, {}, &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().message, QStringLiteral("The handover was cancelled; nothing changed."));
    EXPECT_EQ(owners(), before);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'update'")), 0);

    QList<double> progress;
    cancel = false;
    ASSERT_TRUE(SalesRepHandover(db())
                    .handOver(
                        li, wang, [&progress](double f) { progress << f; }, &cancel)
                    .ok());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last(), 1.0);
    EXPECT_NE(owners(), before);
}

TEST_F(SalesRepHandoverTest, ChosenCustomersGoToARepWithTheirOpenWorkAndComeBackOnUndo)
{
    const QStringList before = owners();
    // Acme (Li Na's) and Other Co (Emily's) go to Wang Wei; 星辰贸易 stays Li Na's.
    const auto changes = SalesRepHandover(db()).assignCustomers({ customers[0], customers[2] }, wang, true);
    ASSERT_TRUE(changes.ok()) << changes.error().toString();
    EXPECT_EQ(changes.value().size(), 2 + 1 + 2 + 4 + 3); // two customers, Acme's open work that was Li Na's
    const QString L = QString::number(li), W = QString::number(wang), O = QString::number(other);
    EXPECT_EQ(owners(),
        (QStringList { "customer Acme:" + W, "customer 星辰贸易:" + L, "customer Other Co:" + W,
            "activity planned:" + W, "activity done:" + L, "activity cancelled:" + L,
            "activity planned:" + O, // Emily's follow-up on Acme was not Li Na's: it stays Emily's
            "quote draft:" + W, "quote sent:" + W, "quote accepted:" + L, "quote rejected:" + L, "quote expired:" + L,
            "contract draft:" + W, "contract active:" + W, "contract expiring:" + W, "contract expired:" + W,
            "contract renewed:" + L, "contract terminated:" + L, "complaint new:" + W, "complaint acknowledged:" + W,
            "complaint in_progress:" + W, "complaint resolved:" + L, "complaint closed:" + L }));
    // Each change is on its customer's timeline.
    EXPECT_EQ(count(db(),
                  QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'update' AND customer_id = ? AND "
                                 "json_extract(changes, '$.owner_id.new') = ?"),
                  { customers[0], wang }),
        1 + 1 + 2 + 4 + 3);

    ASSERT_TRUE(SalesRepHandover(db()).undo(changes.value(), wang).ok());
    EXPECT_EQ(owners(), before);

    // Customers only: their work stays where it was.
    const auto customersOnly = SalesRepHandover(db()).assignCustomers({ customers[0] }, wang, false);
    ASSERT_TRUE(customersOnly.ok());
    EXPECT_EQ(customersOnly.value().size(), 1);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM quotes WHERE owner_id = ?"), { li }), 5);
}

TEST_F(SalesRepHandoverTest, AssigningToARemovedRepOrAMissingCustomerChangesNothing)
{
    const QStringList before = owners();
    run(db(), QStringLiteral("UPDATE owners SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?"), { wang });
    EXPECT_FALSE(SalesRepHandover(db()).assignCustomers({ customers[0] }, wang, true).ok());
    const auto missing = SalesRepHandover(db()).assignCustomers({ customers[0], 9999 }, other, true);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, QStringLiteral("The customer 9999 is not in this book (any more)."));
    EXPECT_EQ(owners(), before);
}

} // namespace

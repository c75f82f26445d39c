#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "repo/TimelineRepository.h"

using namespace TestSql;

namespace {

// A full disk, simulated with PRAGMA max_page_count: the action that does not fit fails with a clear message and
// rolls back; everything committed before it is still there, and the book stays sound.
class FullDiskTest : public BookTest
{
};

TEST_F(FullDiskTest, TheActionThatDoesNotFitFailsAndNothingCommittedIsLost)
{
    CustomerRepository customers(db());
    Customer first;
    first.name = QStringLiteral("Committed Before Ltd");
    ASSERT_TRUE(customers.create(first).ok());
    const qint64 pages = count(db(), QStringLiteral("PRAGMA page_count"));
    run(db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));

    std::optional<Error> failure;
    int created = 0;
    for (int i = 0; i < 500 && !failure; ++i) {
        Customer customer;
        customer.name = QStringLiteral("Filler %1 %2").arg(i).arg(QString(400, QLatin1Char('x')));
        auto id = customers.create(customer);
        if (id)
            ++created;
        else
            failure = id.error();
    }
    ASSERT_TRUE(failure.has_value()) << "the page limit was never reached";
    // "<what was being done> failed: database or disk is full", whichever statement hit the limit.
    EXPECT_TRUE(failure->message.contains(QStringLiteral(" failed: database or disk is full"))) << failure->message;
    // The failed action left nothing half-written: every customer has its audit entry.
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), created + 1);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_entries")), created + 1);

    reopen();
    EXPECT_EQ(scalar(db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), created + 1);
    EXPECT_EQ(column(db(), QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")),
        QStringList { QStringLiteral("Committed Before Ltd") });
    // With room again, work goes on.
    Note note;
    note.customerId = 1;
    note.body = QStringLiteral("Disk cleaned up");
    EXPECT_TRUE(TimelineRepository(db()).addNote(note).ok());
}

} // namespace

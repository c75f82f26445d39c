#include "TestSupport.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/CustomerQuery.h"
#include "domain/PhoneNumbers.h"
#include "repo/CustomerRepository.h"

#include <QRegularExpression>

using namespace TestSql;

namespace {

const QDateTime kNow(QDate(2025, 9, 1), QTime(10, 30, 15), Qt::UTC);

// Everything the generator decides, table by table, in id order. Row ids are included: the same seed must give
// the same rows in the same order.
const QStringList kContentQueries {
    QStringLiteral("SELECT id, uuid, kind, name, industry, province, city, address, website, source, owner_id, tier, "
                   "stage, notes, created_at, updated_at, deleted_at FROM customers ORDER BY id"),
    QStringLiteral("SELECT id, uuid, customer_id, name, title, birthday, notes, is_primary, created_at, updated_at "
                   "FROM contacts ORDER BY id"),
    QStringLiteral("SELECT id, customer_id, contact_id, kind, value, normalized, position FROM contact_points "
                   "ORDER BY id"),
    QStringLiteral("SELECT id, customer_id, happened_at, body, author, created_at, updated_at FROM notes ORDER BY id"),
    QStringLiteral("SELECT id, name, email, created_at FROM owners ORDER BY id"),
    QStringLiteral("SELECT t.name, ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                   "ORDER BY ct.customer_id, t.name"),
    QStringLiteral("SELECT id, search_text FROM customers ORDER BY id"),
    QStringLiteral("SELECT key, value FROM book_settings ORDER BY key"),
};

// The uuids of rows the generator makes besides customers and contacts.
const QStringList kOtherUuidQueries {
    QStringLiteral("SELECT uuid FROM notes ORDER BY id"),
    QStringLiteral("SELECT uuid FROM owners ORDER BY id"),
    QStringLiteral("SELECT uuid FROM tags ORDER BY name"),
};

class DemoGeneratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Clock::setInstance(&m_clock);
    }
    void TearDown() override { Clock::setInstance(nullptr); }

    std::unique_ptr<Database> open(const QString &name)
    {
        auto book = openBook(m_dir.filePath(name));
        EXPECT_TRUE(book.ok()) << book.error().toString();
        return book.ok() ? std::move(book).value() : nullptr;
    }

    std::unique_ptr<Database> generated(const QString &name, int customers, quint64 seed)
    {
        auto book = open(name);
        if (!book)
            return nullptr;
        DemoGenerator::Options options;
        options.customers = customers;
        options.seed = seed;
        const Status status = DemoGenerator(book->connection()).generate(options);
        EXPECT_TRUE(status.ok()) << status.error().toString();
        return book;
    }

    static QStringList content(const Database &book, const QStringList &queries = kContentQueries)
    {
        QStringList lines;
        for (const QString &query : queries) {
            lines << QStringLiteral("== ") + query;
            lines << dump(book.connection(), query);
        }
        return lines;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock { kNow };
};

TEST_F(DemoGeneratorTest, SameSeedGivesTheSameBook)
{
    auto first = generated(QStringLiteral("first.clientele"), 300, 42);
    auto second = generated(QStringLiteral("second.clientele"), 300, 42);
    ASSERT_TRUE(first && second);
    const QStringList a = content(*first);
    const QStringList b = content(*second);
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        ASSERT_EQ(a[i], b[i]) << "line " << i;
    EXPECT_EQ(count(first->connection(), QStringLiteral("SELECT count(*) FROM customers")), 300);
}

TEST_F(DemoGeneratorTest, SameSeedGivesTheSameUuidsEverywhere)
{
    auto first = generated(QStringLiteral("first.clientele"), 50, 42);
    auto second = generated(QStringLiteral("second.clientele"), 50, 42);
    ASSERT_TRUE(first && second);
    const QStringList a = content(*first, kOtherUuidQueries);
    const QStringList b = content(*second, kOtherUuidQueries);
    EXPECT_EQ(a, b);
}

TEST_F(DemoGeneratorTest, DifferentSeedsGiveDifferentBooks)
{
    auto first = generated(QStringLiteral("first.clientele"), 300, 42);
    auto second = generated(QStringLiteral("second.clientele"), 300, 43);
    ASSERT_TRUE(first && second);
    const QString names = QStringLiteral("SELECT name FROM customers ORDER BY id");
    const QString uuids = QStringLiteral("SELECT uuid FROM customers ORDER BY id");
    EXPECT_NE(column(first->connection(), names), column(second->connection(), names));
    EXPECT_NE(column(first->connection(), uuids), column(second->connection(), uuids));
    EXPECT_EQ(count(second->connection(), QStringLiteral("SELECT count(*) FROM customers")), 300);
}

TEST_F(DemoGeneratorTest, SecondRunOnAFilledBookFailsAndChangesNothing)
{
    auto book = generated(QStringLiteral("book.clientele"), 300, 42);
    ASSERT_TRUE(book);
    const QStringList before = content(*book);
    DemoGenerator::Options options;
    options.customers = 10;
    options.seed = 7;
    const Status status = DemoGenerator(book->connection()).generate(options);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("already has customers"))) << status.error().message;
    EXPECT_EQ(count(book->connection(), QStringLiteral("SELECT count(*) FROM customers")), 300);
    EXPECT_EQ(content(*book), before);
}

TEST_F(DemoGeneratorTest, CancelLeavesTheBookEmpty)
{
    auto book = open(QStringLiteral("book.clientele"));
    ASSERT_TRUE(book);
    const QString indexes = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
    const QStringList indexesBefore = dump(book->connection(), indexes);
    ASSERT_FALSE(indexesBefore.isEmpty());

    DemoGenerator::Options options;
    options.customers = 2500;
    options.seed = 42;
    QList<int> calls;
    const Status status = DemoGenerator(book->connection()).generate(options, [&](int done, int total) {
        calls << done;
        EXPECT_EQ(total, 2500);
        return done < 1000; // cancel at the second report
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(calls, (QList<int> { 0, 1000 }));
    const QSqlDatabase db = book->connection();
    for (const QString &table : { QStringLiteral("customers"), QStringLiteral("owners"), QStringLiteral("contacts"),
             QStringLiteral("contact_points"), QStringLiteral("notes"), QStringLiteral("tags") })
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM ") + table), 0) << table;
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM book_settings WHERE key = 'company_name'")), 0);
    // The indexes the writer drops for speed are back.
    EXPECT_EQ(dump(db, indexes), indexesBefore);
    // The book can still be used, and filled.
    options.customers = 20;
    EXPECT_TRUE(DemoGenerator(db).generate(options).ok());
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM customers")), 20);
}

TEST_F(DemoGeneratorTest, FinishedBookHasEveryIndexAndPassesTheChecks)
{
    auto book = open(QStringLiteral("book.clientele"));
    ASSERT_TRUE(book);
    const QString indexes = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
    const QStringList indexesBefore = dump(book->connection(), indexes);
    DemoGenerator::Options options;
    options.customers = 400;
    ASSERT_TRUE(DemoGenerator(book->connection()).generate(options).ok());
    const QSqlDatabase db = book->connection();
    // Some indexes are dropped and built again at the end, others kept up to date: all are there, and agree
    // with their tables.
    EXPECT_EQ(dump(db, indexes), indexesBefore);
    EXPECT_EQ(dump(db, QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
    EXPECT_TRUE(dump(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM activities INDEXED BY activities_by_customer WHERE "
                                       "customer_id = 1")),
        0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM notes INDEXED BY notes_by_customer WHERE customer_id > 0")),
        count(db, QStringLiteral("SELECT count(*) FROM notes")));
}

TEST_F(DemoGeneratorTest, ProgressEndsWithTheTotal)
{
    auto book = open(QStringLiteral("book.clientele"));
    ASSERT_TRUE(book);
    DemoGenerator::Options options;
    options.customers = 300;
    QList<int> calls;
    ASSERT_TRUE(DemoGenerator(book->connection())
                    .generate(options,
                        [&](int done, int) {
                            calls << done;
                            return true;
                        })
                    .ok());
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.first(), 0);
    EXPECT_EQ(calls.last(), 300);
}

TEST_F(DemoGeneratorTest, NegativeCountIsRefused)
{
    auto book = open(QStringLiteral("book.clientele"));
    ASSERT_TRUE(book);
    DemoGenerator::Options options;
    options.customers = -1;
    EXPECT_FALSE(DemoGenerator(book->connection()).generate(options).ok());
}

TEST_F(DemoGeneratorTest, BookHasTheVarietyOfRealData)
{
    auto book = generated(QStringLiteral("book.clientele"), 300, 42);
    ASSERT_TRUE(book);
    const QSqlDatabase db = book->connection();
    const QStringList names = column(db, QStringLiteral("SELECT name FROM customers"));
    ASSERT_EQ(names.size(), 300);
    static const QRegularExpression chinese(QStringLiteral("^\\p{Han}"));
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z]"));
    int chineseNames = 0;
    int latinNames = 0;
    for (const QString &name : names) {
        chineseNames += chinese.match(name).hasMatch() ? 1 : 0;
        latinNames += latin.match(name).hasMatch() ? 1 : 0;
    }
    EXPECT_GT(chineseNames, 50);
    EXPECT_GT(latinNames, 20);
    EXPECT_EQ(chineseNames + latinNames, 300);

    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM customers WHERE kind = 'company'")), 150);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM customers WHERE kind = 'individual'")), 30);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '%有限公司'")), 30);
    // Companies have contacts, individuals none; one primary contact per company.
    EXPECT_EQ(count(db,
                  QStringLiteral("SELECT count(*) FROM contacts k JOIN customers c ON c.id = k.customer_id "
                                 "WHERE c.kind = 'individual'")),
        0);
    EXPECT_EQ(count(db,
                  QStringLiteral("SELECT count(*) FROM customers c WHERE c.kind = 'company' AND (SELECT "
                                 "count(*) FROM contacts k WHERE k.customer_id = c.id AND k.is_primary = 1) <> 1")),
        0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM customer_tags")), 50);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(DISTINCT tag_id) FROM customer_tags")), 4);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM notes")), 150);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM owners")), 6);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM customers WHERE owner_id IS NULL")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(DISTINCT tier) FROM customers")), 3);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(DISTINCT stage) FROM customers")), 4);
    EXPECT_EQ(count(db,
                  QStringLiteral("SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM "
                                 "contact_points p WHERE p.customer_id = c.id AND p.contact_id IS NULL AND "
                                 "p.kind = 'phone')")),
        0);
    // Dated in the three years before "now", never in the future.
    const QString now = Database::timestamp(kNow);
    EXPECT_EQ(count(db,
                  QStringLiteral("SELECT count(*) FROM customers WHERE created_at > ? OR updated_at > ? OR "
                                 "updated_at < created_at"),
                  { now, now }),
        0);
    EXPECT_EQ(count(db,
                  QStringLiteral("SELECT count(*) FROM notes n JOIN customers c ON c.id = n.customer_id "
                                 "WHERE n.happened_at < c.created_at OR n.happened_at > ?"),
                  { now }),
        0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM customers WHERE created_at < ?"),
                  { Database::timestamp(kNow.addDays(-3 * 365)) }),
        0);
    // The normalised phones that duplicate checks compare are real E.164 numbers.
    EXPECT_EQ(count(db,
                  QStringLiteral("SELECT count(*) FROM contact_points WHERE kind = 'phone' AND NOT ("
                                 "normalized GLOB '+861[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' OR "
                                 "normalized GLOB '+1[2-9][0-9][0-9][2-9][0-9][0-9][0-9][0-9][0-9][0-9]')")),
        0);
}

TEST_F(DemoGeneratorTest, StoredPhoneFormsAgreeWithLibphonenumber)
{
    // The generator normalises phones with a fast shortcut; duplicate checks compare what libphonenumber makes of
    // a number typed later, so the two must agree.
    auto book = generated(QStringLiteral("book.clientele"), 300, 42);
    ASSERT_TRUE(book);
    QSqlQuery query = run(book->connection(),
        QStringLiteral("SELECT value, normalized FROM contact_points WHERE "
                       "kind = 'phone' ORDER BY id"));
    int checked = 0;
    while (query.next()) {
        const QString value = query.value(0).toString();
        const QString normalized = query.value(1).toString();
        const QString region
            = normalized.startsWith(QLatin1String("+86")) ? QStringLiteral("CN") : QStringLiteral("US");
        auto e164 = PhoneNumbers::normalize(value, region);
        ASSERT_TRUE(e164.ok()) << value << ": " << e164.error().toString();
        EXPECT_EQ(e164.value(), normalized) << value;
        ++checked;
    }
    EXPECT_GT(checked, 300);
}

TEST_F(DemoGeneratorTest, DemoBookIsSearchable)
{
    auto book = generated(QStringLiteral("book.clientele"), 300, 42);
    ASSERT_TRUE(book);
    const QSqlDatabase db = book->connection();
    const QString someName = scalar(db,
        QStringLiteral("SELECT name FROM customers WHERE name LIKE '%有限公司' "
                       "ORDER BY id LIMIT 1"))
                                 .toString();
    ASSERT_FALSE(someName.isEmpty());
    CustomerQuery query;
    query.search = someName;
    auto page = CustomerRepository(db).page(query, std::nullopt, 50);
    ASSERT_TRUE(page.ok());
    QStringList found;
    for (const CustomerRow &row : page.value())
        found << row.name;
    EXPECT_EQ(found,
        column(db, QStringLiteral("SELECT name FROM customers WHERE instr(name, ?) > 0 ORDER BY sort_key, id"),
            { someName }));
}

} // namespace

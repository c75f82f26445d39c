#include "TestSupport.h"

#include "Book.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/RowReader.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace TestSql;

namespace {

const QStringList kBookTables { QStringLiteral("book_settings"), QStringLiteral("contact_points"),
    QStringLiteral("contacts"), QStringLiteral("customer_merges"), QStringLiteral("customer_tags"),
    QStringLiteral("customers"), QStringLiteral("notes"), QStringLiteral("owners"), QStringLiteral("tags") };

bool hasTable(const QSqlDatabase &db, const QString &name)
{
    return count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), { name })
        == 1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

Database::Options readOnly(int migrateTo = -1)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.migrateTo = migrateTo;
    return options;
}

class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    void TearDown() override { Clock::setInstance(nullptr); }

    QString path(const QString &name = QStringLiteral("book.clientele")) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC) };
};

TEST_F(DatabaseTest, FreshBookHasTheLatestSchema)
{
    ASSERT_EQ(Database::latestSchemaVersion(), 17);
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    const QSqlDatabase db = book.value()->connection();
    EXPECT_EQ(book.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
    for (const QString &table : kBookTables)
        EXPECT_TRUE(hasTable(db, table)) << table;
    // The search index openBook() adds.
    EXPECT_TRUE(hasTable(db, QStringLiteral("customer_search_trigram")));
    EXPECT_TRUE(hasTable(db, QStringLiteral("customer_search_bigram")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT value FROM book_settings WHERE key = 'tiers'")).toString(),
        QStringLiteral("A,B,C"));
    EXPECT_EQ(book.value()->path(), QFileInfo(path()).absoluteFilePath());
    EXPECT_FALSE(book.value()->isReadOnly());
}

// The app opens a second connection to its book for work off the GUI thread. Opening it used to read the file's
// header through a file handle of its own, and closing that handle dropped every POSIX lock the process held on
// the book. Another program (here Python's sqlite3) then believed it was alone, and on closing deleted the
// write-ahead log under the app's connection: what the app saved afterwards went into a deleted file and was lost.
TEST_F(DatabaseTest, AnotherProgramReadingTheBookNeverTakesTheAppsLaterWritesWithIt)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        GTEST_SKIP() << "/usr/bin/python3 is missing";
    auto book = Database::open(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    QSqlDatabase db = book.value()->connection();
    run(db, QStringLiteral("INSERT INTO book_settings (key, value) VALUES ('first', '1')"));
    {
        auto worker = Database::open(path()); // as a background job does, then closes it
        ASSERT_TRUE(worker.ok()) << worker.error().toString();
    }
    QProcess other;
    other.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
                           "print(c.execute('SELECT count(*) FROM book_settings').fetchone()[0])\nc.close()\n"),
            path() });
    ASSERT_TRUE(other.waitForFinished(60000));
    ASSERT_EQ(other.exitCode(), 0) << other.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(path() + QStringLiteral("-wal"))) << "the write-ahead log was deleted under the app";
    run(db, QStringLiteral("INSERT INTO book_settings (key, value) VALUES ('second', '2')"));
    book.value().reset();

    auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString();
    EXPECT_EQ(column(reopened.value()->connection(),
                  QStringLiteral("SELECT key FROM book_settings WHERE key IN ('first', 'second') ORDER BY key")),
        (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
}

TEST_F(DatabaseTest, FreshBookIsNotBackedUp)
{
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_EQ(QDir(m_dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files), QStringList());
}

TEST_F(DatabaseTest, WalAndForeignKeysAreOn)
{
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    const QSqlDatabase db = book.value()->connection();
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    // foreign_keys really bites: a contact of a customer that does not exist is refused.
    QSqlQuery insert(db);
    EXPECT_FALSE(insert.exec(QStringLiteral(
        "INSERT INTO contacts (uuid, customer_id, name, created_at, updated_at) VALUES ('c', 4242, 'x', 't', 't')")));
}

TEST_F(DatabaseTest, UpgradeFromVersionOneKeepsDataAndMakesAVerifiedBackup)
{
    Clock::setInstance(&m_clock); // the backup's name carries the time
    {
        Database::Options options;
        options.migrateTo = 1;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
        const QSqlDatabase db = old.value()->connection();
        ASSERT_EQ(old.value()->schemaVersion(), 1);
        ASSERT_FALSE(hasTable(db, QStringLiteral("notes")));
        run(db,
            QStringLiteral("INSERT INTO customers (uuid, name, city, created_at, updated_at) VALUES "
                           "('0b0e2c34-0000-4000-8000-000000000001', '老客户有限公司', '杭州', "
                           "'2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z')"));
    }

    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    const QSqlDatabase db = book.value()->connection();
    EXPECT_EQ(book.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(hasTable(db, QStringLiteral("notes")));
    EXPECT_TRUE(hasTable(db, QStringLiteral("import_presets")));
    EXPECT_EQ(dump(db, QStringLiteral("SELECT uuid, name, city, created_at FROM customers ORDER BY id")),
        QStringList {
            QStringLiteral("0b0e2c34-0000-4000-8000-000000000001\t老客户有限公司\t杭州\t2024-01-02T03:04:05Z") });

    const QString backupName = QStringLiteral("book.clientele.before-v17-20250304050607.bak");
    EXPECT_EQ(QDir(m_dir.path()).entryList({ QStringLiteral("book.clientele.before-v17-*.bak") }, QDir::Files),
        QStringList { backupName });

    auto backup = Database::open(path(backupName), readOnly(1));
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    EXPECT_EQ(backup.value()->schemaVersion(), 1);
    EXPECT_TRUE(backup.value()->checkIntegrity().ok());
    EXPECT_FALSE(hasTable(backup.value()->connection(), QStringLiteral("notes")));
    EXPECT_EQ(column(backup.value()->connection(), QStringLiteral("SELECT name FROM customers")),
        QStringList { QStringLiteral("老客户有限公司") });
}

TEST_F(DatabaseTest, UpgradeOfAReadOnlyBookIsRefused)
{
    {
        Database::Options options;
        options.migrateTo = 1;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
    }
    auto book = Database::open(path(), readOnly());
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("upgrade"))) << book.error().message;
    RawConnection raw(path());
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

TEST_F(DatabaseTest, NewerBookIsRefused)
{
    {
        auto book = openBook(path());
        ASSERT_TRUE(book.ok()) << book.error().toString();
    }
    {
        RawConnection raw(path());
        ASSERT_TRUE(raw.isOpen());
        run(raw.db(), QStringLiteral("PRAGMA user_version = 99"));
    }
    auto book = openBook(path());
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("newer version"))) << book.error().message;
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("book format 99"))) << book.error().message;
    RawConnection raw(path());
    EXPECT_EQ(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

TEST_F(DatabaseTest, TextFileIsRefusedAndLeftAlone)
{
    const QByteArray text("name,phone\r\nAcme,555-0100\r\n");
    writeFile(path(QStringLiteral("customers.csv")), text);
    auto book = openBook(path(QStringLiteral("customers.csv")));
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("not an SQLite database"))) << book.error().message;
    EXPECT_EQ(readAll(path(QStringLiteral("customers.csv"))), text);
}

TEST_F(DatabaseTest, SqliteFileOfAnotherProgramIsRefused)
{
    const QString other = path(QStringLiteral("photos.db"));
    {
        RawConnection raw(other);
        ASSERT_TRUE(raw.isOpen());
        run(raw.db(), QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"));
        run(raw.db(), QStringLiteral("INSERT INTO photos (path) VALUES ('/tmp/a.jpg')"));
    }
    auto book = openBook(other);
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("not a Clientele book"))) << book.error().message;

    RawConnection raw(other);
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(column(raw.db(), QStringLiteral("SELECT name FROM sqlite_master ORDER BY name")),
        QStringList { QStringLiteral("photos") });
    EXPECT_EQ(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), 0);
}

TEST_F(DatabaseTest, SqliteFileOfAnotherProgramKeepsItsJournalMode)
{
    const QString other = path(QStringLiteral("photos.db"));
    {
        RawConnection raw(other);
        ASSERT_TRUE(raw.isOpen());
        run(raw.db(), QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"));
        ASSERT_EQ(scalar(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    }
    const QByteArray before = readAll(other);
    {
        auto book = openBook(other);
        ASSERT_FALSE(book.ok());
    }
    // Refusing the file must not change it: switching it to WAL would rewrite header bytes 18 and 19.
    const QByteArray after = readAll(other);
    EXPECT_EQ(after, before);
    RawConnection raw(other);
    EXPECT_EQ(scalar(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

// A book with data whose second page (bytes 4096..8191) is overwritten with noise.
void makeDamagedBook(const QString &bookPath)
{
    {
        auto book = openBook(bookPath);
        ASSERT_TRUE(book.ok()) << book.error().toString();
        DemoGenerator::Options options;
        options.customers = 300;
        ASSERT_TRUE(DemoGenerator(book.value()->connection()).generate(options).ok());
    }
    ASSERT_FALSE(QFileInfo::exists(bookPath + QStringLiteral("-wal")));
    {
        // Before the damage the full check passes.
        Database::Options options;
        options.check = Database::Check::FullIntegrity;
        auto book = Database::open(bookPath, options);
        ASSERT_TRUE(book.ok()) << book.error().toString();
    }
    QByteArray bytes = readAll(bookPath);
    ASSERT_GT(bytes.size(), 64 * 1024);
    quint32 noise = 0x12345678;
    for (int i = 4096; i < 8192; ++i) {
        noise = noise * 1664525u + 1013904223u;
        bytes[i] = char(noise >> 24);
    }
    writeFile(bookPath, bytes);
}

TEST_F(DatabaseTest, DamagedBookIsReportedByTheFullCheck)
{
    makeDamagedBook(path());
    ASSERT_FALSE(HasFatalFailure());
    Database::Options options;
    options.check = Database::Check::FullIntegrity;
    auto book = Database::open(path(), options);
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("damaged"))) << book.error().message;
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("Page 2"))) << book.error().message;
    // Error::toString() is "one line for a status bar, a dialog or the CLI's stderr".
    EXPECT_FALSE(book.error().toString().contains(QLatin1Char('\n')));
}

TEST_F(DatabaseTest, CheckIntegrityOfAGoodBookPasses)
{
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_TRUE(book.value()->checkIntegrity().ok());
}

TEST_F(DatabaseTest, ReadOnlyOpenOfAMissingFileFails)
{
    auto book = Database::open(path(QStringLiteral("missing.clientele")), readOnly());
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("does not exist"))) << book.error().message;
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("missing.clientele"))));
}

TEST_F(DatabaseTest, ReadOnlyBookRefusesWrites)
{
    {
        auto book = openBook(path());
        ASSERT_TRUE(book.ok()) << book.error().toString();
    }
    auto book = openBook(path(), readOnly());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_TRUE(book.value()->isReadOnly());
    QSqlQuery insert(book.value()->connection());
    EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO book_settings (key, value) VALUES ('k', 'v')")));
}

TEST_F(DatabaseTest, BookInAFolderThatDoesNotExistYetIsCreated)
{
    const QString nested = path(QStringLiteral("a/b/book.clientele"));
    auto book = openBook(nested);
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_TRUE(QFileInfo::exists(nested));
    EXPECT_EQ(book.value()->schemaVersion(), Database::latestSchemaVersion());
}

TEST_F(DatabaseTest, RowReaderSharesRepeatedTextsUpToItsLimit)
{
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    const QSqlDatabase db = book.value()->connection();
    // Three rows alternating two cities (one Chinese), then more distinct values than the reader keeps.
    const int distinct = int(RowReader::kMaxSharedTexts) + 10;
    const QString sql = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "SELECT CASE WHEN i < 3 THEN (CASE i % 2 WHEN 0 THEN '深圳' ELSE 'Leeds' END) ELSE 'city ' || i END "
        "FROM n ORDER BY i")
                            .arg(distinct + 2);
    Error error;
    std::unique_ptr<RowReader> reader = RowReader::open(db, sql, {}, &error);
    ASSERT_TRUE(reader) << error.toString();
    QStringList texts;
    while (reader->next())
        texts << reader->sharedText(0);
    EXPECT_TRUE(reader->errorText().isEmpty());
    ASSERT_EQ(texts.size(), distinct + 3);
    EXPECT_EQ(texts[0], QStringLiteral("深圳"));
    EXPECT_EQ(texts[1], QStringLiteral("Leeds"));
    EXPECT_EQ(texts[2], QStringLiteral("深圳"));
    EXPECT_EQ(texts[0].constData(), texts[2].constData()); // the same string, not an equal copy
    EXPECT_NE(texts[0].constData(), texts[1].constData());
    // Past the limit every value still reads right.
    for (int i = 3; i < texts.size(); ++i)
        ASSERT_EQ(texts[i], QStringLiteral("city %1").arg(i));
}

TEST(DatabaseTimestamps, AreUtcIsoWithZ)
{
    EXPECT_EQ(Database::timestamp(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC)),
        QStringLiteral("2025-01-02T03:04:05Z"));
    EXPECT_EQ(Database::timestamp(QDateTime(QDate(2025, 1, 2), QTime(11, 4, 5), Qt::OffsetFromUTC, 8 * 3600)),
        QStringLiteral("2025-01-02T03:04:05Z"));
    // The day before in UTC, padded years, and the same text as Qt's ISO format over a range of moments.
    EXPECT_EQ(Database::timestamp(QDateTime(QDate(2025, 1, 1), QTime(7, 0), Qt::OffsetFromUTC, 8 * 3600)),
        QStringLiteral("2024-12-31T23:00:00Z"));
    EXPECT_EQ(Database::timestamp(QDateTime(QDate(987, 6, 5), QTime(4, 3, 2), Qt::UTC)),
        QStringLiteral("0987-06-05T04:03:02Z"));
    for (qint64 seconds = -86400; seconds < 4'000'000'000LL; seconds += 7'777'777) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        EXPECT_EQ(Database::timestamp(at), at.toString(Qt::ISODate)) << seconds;
    }
    EXPECT_EQ(Database::newUuid().size(), 36);
}

TEST(DatabaseTimestamps, ReadBackAsTheMomentWritten)
{
    for (qint64 seconds = -86400; seconds < 4'000'000'000LL; seconds += 7'777'777) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        const QString text = Database::timestamp(at);
        EXPECT_EQ(Database::parseTimestamp(text), at) << text.toStdString();
        EXPECT_EQ(Database::parseTimestamp(QByteArrayView(text.toUtf8())), QDateTime::fromString(text, Qt::ISODate)) << seconds;
    }
    EXPECT_EQ(Database::parseTimestamp(QStringLiteral("2025-01-02T03:04:05Z")).timeSpec(), Qt::UTC);
    // Other ISO forms go through Qt: an offset, fractions of a second; nonsense and impossible dates are invalid.
    EXPECT_EQ(Database::parseTimestamp(QStringLiteral("2025-01-02T11:04:05+08:00")),
        QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    EXPECT_EQ(Database::parseTimestamp(QStringLiteral("2025-01-02T03:04:05.250Z")),
        QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 250), Qt::UTC));
    EXPECT_FALSE(Database::parseTimestamp(QStringLiteral("2025-02-30T03:04:05Z")).isValid());
    EXPECT_FALSE(Database::parseTimestamp(QStringLiteral("2025-01-02T3:04:05Zx")).isValid());
    EXPECT_FALSE(Database::parseTimestamp(QStringLiteral("二〇二五-01-02T03:04:05Z")).isValid());
    EXPECT_FALSE(Database::parseTimestamp(QByteArrayView()).isValid());
    EXPECT_NE(Database::newUuid(), Database::newUuid());
}

} // namespace

namespace {

// A format-9 book with a renewed contract chain, a follow-up of each kind, and a follow-up tied to a complaint.
void fillFormatNineBook(const QSqlDatabase &db)
{
    run(db, QStringLiteral("INSERT INTO owners (id, uuid, name, created_at, updated_at) VALUES (1, 'o1', '李娜', 't', "
                           "'t')"));
    run(db, QStringLiteral("INSERT INTO customers (id, uuid, name, created_at, updated_at) VALUES (7, 'c7', "
                           "'华鑫科技有限公司', 't', 't')"));
    run(db, QStringLiteral("INSERT INTO contracts (id, uuid, customer_id, owner_id, number, start_date, end_date, "
                           "billing_cycle, status, created_at, updated_at) VALUES (1, 'k1', 7, 1, 'HT-1', "
                           "'2024-01-01', '2024-12-31', 'quarterly', 'renewed', 't', 't')"));
    run(db, QStringLiteral("INSERT INTO contracts (id, uuid, customer_id, number, start_date, end_date, status, "
                           "previous_contract_id, created_at, updated_at) VALUES (2, 'k2', 7, 'HT-1-R1', "
                           "'2025-01-01', '2025-12-31', 'active', 1, 't', 't')"));
    run(db, QStringLiteral("INSERT INTO complaints (id, uuid, number, number_year, number_seq, customer_id, summary, "
                           "received_at, response_due_at, resolution_due_at, created_at, updated_at) VALUES (3, 'p3', "
                           "'TS-1', 2025, 1, 7, '包装破损', '2025-02-01T01:00:00Z', '2025-02-01T05:00:00Z', "
                           "'2025-02-04T01:00:00Z', 't', 't')"));
    run(db, QStringLiteral("INSERT INTO activities (id, uuid, customer_id, owner_id, type, subject, due_at, priority, "
                           "status, contract_id, renewal_threshold, complaint_id, created_at, updated_at) VALUES (5, "
                           "'a5', 7, 1, 'visit', '上门拜访', '2025-02-02T02:00:00Z', 'high', 'done', 2, 30, 3, 't', "
                           "'t')"));
    run(db, QStringLiteral("INSERT INTO activities (id, uuid, customer_id, type, subject, due_date, created_at, "
                           "updated_at) VALUES (6, 'a6', 7, 'task', 'Prepare the contract', '2025-03-01', 't', 't')"));
}

} // namespace

// Format 12: contract values typed into the old dialog as hundredths of a TWD, JPY or KRW become whole units;
// values made from a quote (already in units), their unchanged renewals and two-decimal currencies stay.
TEST_F(DatabaseTest, UpgradeToFormatTwelveCountsContractValuesInTheCurrencysUnits)
{
    {
        Database::Options options;
        options.migrateTo = 11;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
        const QSqlDatabase db = old.value()->connection();
        run(db,
            QStringLiteral("INSERT INTO customers (id, uuid, name, created_at, updated_at) VALUES (7, 'c7', "
                           "'宏達貿易', 't', 't')"));
        run(db,
            QStringLiteral("INSERT INTO quotes (id, uuid, number, customer_id, quote_date, valid_until, currency, "
                           "status, total, created_at, updated_at) VALUES (1, 'q1', 'BJ-1', 7, '2024-01-01', "
                           "'2024-02-01', 'TWD', 'accepted', 45000, 't', 't')"));
        const QString contract = QStringLiteral(
            "INSERT INTO contracts (id, uuid, customer_id, number, start_date, end_date, value_minor, currency, "
            "quote_id, previous_contract_id, created_at, updated_at) VALUES (%1, 'k%1', 7, 'HT-%1', '2024-01-01', "
            "'2024-12-31', %2, '%3', %4, %5, 't', 't')");
        run(db,
            contract.arg(1).arg(1200000).arg(QStringLiteral("TWD"), QStringLiteral("NULL"), QStringLiteral("NULL")));
        run(db, contract.arg(2).arg(45000).arg(QStringLiteral("TWD"), QStringLiteral("1"), QStringLiteral("NULL")));
        run(db, contract.arg(3).arg(45000).arg(QStringLiteral("TWD"), QStringLiteral("NULL"), QStringLiteral("2")));
        run(db, contract.arg(4).arg(45000).arg(QStringLiteral("TWD"), QStringLiteral("NULL"), QStringLiteral("3")));
        run(db, contract.arg(5).arg(4800000).arg(QStringLiteral("TWD"), QStringLiteral("NULL"), QStringLiteral("2")));
        run(db, contract.arg(6).arg(4800000).arg(QStringLiteral("TWD"), QStringLiteral("NULL"), QStringLiteral("5")));
        run(db, contract.arg(7).arg(99950).arg(QStringLiteral("JPY"), QStringLiteral("NULL"), QStringLiteral("NULL")));
        run(db,
            contract.arg(8).arg(1234567).arg(QStringLiteral("CNY"), QStringLiteral("NULL"), QStringLiteral("NULL")));
        // Made from the quote, then corrected in the dialog to the quote's amount typed as hundredths.
        run(db, contract.arg(9).arg(4500000).arg(QStringLiteral("TWD"), QStringLiteral("1"), QStringLiteral("NULL")));
        run(db, contract.arg(10).arg(5000).arg(QStringLiteral("KRW"), QStringLiteral("NULL"), QStringLiteral("NULL")));
    }
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_EQ(dump(book.value()->connection(), QStringLiteral("SELECT id, value_minor FROM contracts ORDER BY id")),
        (QStringList { QStringLiteral("1\t12000"), QStringLiteral("2\t45000"), QStringLiteral("3\t45000"),
            QStringLiteral("4\t45000"), QStringLiteral("5\t48000"), QStringLiteral("6\t48000"),
            QStringLiteral("7\t1000"), QStringLiteral("8\t1234567"), QStringLiteral("9\t45000"),
            QStringLiteral("10\t50") }));
}

// Format 14: a planned call chasing a quote, made before calls knew their quote, is linked by its subject in any
// of the app's languages; a done one, another customer's, or another subject is left alone.
TEST_F(DatabaseTest, UpgradeToFormatFourteenLinksPlannedQuoteChasesToTheirQuote)
{
    {
        Database::Options options;
        options.migrateTo = 13;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
        const QSqlDatabase db = old.value()->connection();
        for (int id : { 7, 8 })
            run(db,
                QStringLiteral("INSERT INTO customers (id, uuid, name, created_at, updated_at) VALUES (%1, 'c%1', "
                               "'宏達貿易', 't', 't')")
                    .arg(id));
        run(db,
            QStringLiteral("INSERT INTO quotes (id, uuid, number, customer_id, quote_date, valid_until, currency, "
                           "status, total, created_at, updated_at) VALUES (1, 'q1', 'BJ-1', 7, '2024-01-01', "
                           "'2024-02-01', 'TWD', 'sent', 45000, 't', 't')"));
        const QString call = QStringLiteral(
            "INSERT INTO activities (id, uuid, customer_id, type, subject, due_date, status, created_at, updated_at) "
            "VALUES (%1, 'a%1', %2, 'call', '%3', '2024-01-08', '%4', 't', 't')");
        run(db, call.arg(1).arg(7).arg(QStringLiteral("追蹤報價單 BJ-1"), QStringLiteral("planned")));
        run(db, call.arg(2).arg(7).arg(QStringLiteral("跟进报价单 BJ-1"), QStringLiteral("planned")));
        run(db, call.arg(3).arg(7).arg(QStringLiteral("Chase quote BJ-1"), QStringLiteral("done")));
        run(db, call.arg(4).arg(8).arg(QStringLiteral("Chase quote BJ-1"), QStringLiteral("planned")));
        run(db, call.arg(5).arg(7).arg(QStringLiteral("Chase quote BJ-10"), QStringLiteral("planned")));
    }
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_EQ(dump(book.value()->connection(), QStringLiteral("SELECT id, quote_id FROM activities ORDER BY id")),
        (QStringList { QStringLiteral("1\t1"), QStringLiteral("2\t1"), QStringLiteral("3\t<null>"),
            QStringLiteral("4\t<null>"), QStringLiteral("5\t<null>") }));
}

TEST_F(DatabaseTest, UpgradeToFormatTenKeepsFollowUpsContractsAndTheirLinks)
{
    {
        Database::Options options;
        options.migrateTo = 9;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
        fillFormatNineBook(old.value()->connection());
    }
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    const QSqlDatabase db = book.value()->connection();
    EXPECT_EQ(book.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(dump(db, QStringLiteral("SELECT id, type, priority, status, due_at, due_date, contract_id, "
                                      "renewal_threshold, complaint_id FROM activities ORDER BY id")),
        (QStringList { QStringLiteral("5\tvisit\thigh\tdone\t2025-02-02T02:00:00Z\t<null>\t2\t30\t3"),
            QStringLiteral("6\ttask\tnormal\tplanned\t<null>\t2025-03-01\t<null>\t<null>\t<null>") }));
    EXPECT_EQ(dump(db, QStringLiteral("SELECT id, number, billing_cycle, status, previous_contract_id FROM contracts "
                                      "ORDER BY id")),
        (QStringList { QStringLiteral("1\tHT-1\tquarterly\trenewed\t<null>"), QStringLiteral("2\tHT-1-R1\tyearly\tactive\t1") }));
    // Every index is back, enforcement is on again, and the links still act.
    EXPECT_EQ(count(db,
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "AND tbl_name IN ('activities', 'contracts')")),
        17); // the twelve of format 10, the calendar's two (11), contracts by status (13), activities by quote (14),
             // activities by contact (16)
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_TRUE(book.value()->checkIntegrity().ok());
    run(db, QStringLiteral("DELETE FROM contracts WHERE id = 1"));
    EXPECT_TRUE(scalar(db, QStringLiteral("SELECT previous_contract_id FROM contracts WHERE id = 2")).isNull());
    run(db, QStringLiteral("DELETE FROM complaints WHERE id = 3"));
    EXPECT_TRUE(scalar(db, QStringLiteral("SELECT complaint_id FROM activities WHERE id = 5")).isNull());
    // The rewritten checks refuse what the old ones refused.
    QSqlQuery insert(db);
    EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO activities (uuid, customer_id, type, subject, due_date, "
                                            "created_at, updated_at) VALUES ('a8', 7, 'fax', 'x', '2025-03-01', 't', "
                                            "'t')")));
    EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO activities (uuid, customer_id, type, subject, due_date, "
                                            "status, created_at, updated_at) VALUES ('a9', 7, 'call', 'x', "
                                            "'2025-03-01', 'lost', 't', 't')")));
    EXPECT_FALSE(insert.exec(QStringLiteral("UPDATE contracts SET status = 'paused' WHERE id = 2")));
    EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO activities (uuid, customer_id, type, subject, due_date, "
                                            "created_at, updated_at) VALUES ('a10', 999, 'call', 'x', '2025-03-01', "
                                            "'t', 't')")));
    run(db, QStringLiteral("DELETE FROM customers WHERE id = 7"));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM activities")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM contracts")), 0);
}

TEST_F(DatabaseTest, UpgradeThatWouldLeaveABrokenLinkIsRefusedAndLeavesTheBookAsItWas)
{
    {
        Database::Options options;
        options.migrateTo = 9;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
        const QSqlDatabase db = old.value()->connection();
        fillFormatNineBook(db);
        // A follow-up whose customer is gone: only possible in a book written without enforcement.
        run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        run(db, QStringLiteral("INSERT INTO activities (id, uuid, customer_id, type, subject, due_date, created_at, "
                               "updated_at) VALUES (9, 'a9', 404, 'call', 'orphan', '2025-03-01', 't', 't')"));
    }
    auto book = openBook(path());
    ASSERT_FALSE(book.ok());
    EXPECT_TRUE(book.error().message.contains(QStringLiteral("activities"))) << book.error().message;
    RawConnection raw(path());
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), 9);
    EXPECT_EQ(count(raw.db(), QStringLiteral("SELECT count(*) FROM activities")), 3);
    EXPECT_TRUE(scalar(raw.db(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'activities'"))
                    .toString()
                    .contains(QStringLiteral("type IN (")));
}

TEST_F(DatabaseTest, UpgradeToFormatElevenReadsFirstPhonesFromTheIndexAlone)
{
    {
        Database::Options options;
        options.migrateTo = 10;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
        const QSqlDatabase db = old.value()->connection();
        run(db, QStringLiteral("INSERT INTO customers (id, uuid, name, created_at, updated_at) VALUES (7, 'c7', "
                               "'华鑫科技有限公司', 't', 't')"));
        run(db, QStringLiteral("INSERT INTO contact_points (customer_id, kind, value, normalized, position) VALUES "
                               "(7, 'phone', '+86 138 0013 8000', '+8613800138000', 0), "
                               "(7, 'email', 'li@huaxin.cn', 'li@huaxin.cn', 0)"));
    }
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    const QSqlDatabase db = book.value()->connection();
    EXPECT_EQ(book.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(dump(db, QStringLiteral("SELECT customer_id, kind, value FROM contact_points ORDER BY id")),
        (QStringList { QStringLiteral("7\tphone\t+86 138 0013 8000"), QStringLiteral("7\temail\tli@huaxin.cn") }));
    const QStringList plan = dump(db, QStringLiteral("EXPLAIN QUERY PLAN SELECT p.value FROM contact_points p WHERE "
                                                     "p.customer_id = 7 AND p.contact_id IS NULL AND p.kind = 'phone' "
                                                     "AND p.position = 0"));
    ASSERT_EQ(plan.size(), 1);
    EXPECT_TRUE(plan.first().contains(QStringLiteral("COVERING INDEX contact_points_by_owner"))) << plan.first().toStdString();
}

// Book format 17: an order from a quote takes the rates of the quote's discount and charges; other orders none.
TEST_F(DatabaseTest, UpgradeGivesOrdersTheirQuotesDiscountAndChargesRates)
{
    {
        Database::Options options;
        options.migrateTo = 16;
        auto old = Database::open(path(), options);
        ASSERT_TRUE(old.ok()) << old.error().toString();
        const QSqlDatabase db = old.value()->connection();
        run(db,
            QStringLiteral("INSERT INTO customers (id, uuid, name, created_at, updated_at) VALUES (1, 'c1', 'A', "
                           "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
        run(db,
            QStringLiteral("INSERT INTO quotes (id, uuid, number, customer_id, quote_date, valid_until, currency, "
                           "status, discount_rate, charges, charges_tax_rate, created_at, updated_at) VALUES (7, 'q7', "
                           "'Q-7', 1, '2025-02-01', '2025-03-01', 'CNY', 'accepted', 1000, 5000, 600, 't', 't')"));
        run(db,
            QStringLiteral("INSERT INTO orders (uuid, number, customer_id, quote_id, order_date, currency, discount, "
                           "charges, created_at, updated_at) VALUES ('o1', 'SO-1', 1, 7, '2025-02-02', 'CNY', 100, "
                           "5000, 't', 't'), ('o2', 'SO-2', 1, NULL, '2025-02-03', 'CNY', 0, 0, 't', 't')"));
    }
    auto book = openBook(path());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_EQ(dump(book.value()->connection(),
                  QStringLiteral("SELECT number, discount_rate, charges_tax_rate FROM orders ORDER BY number")),
        (QStringList { QStringLiteral("SO-1\t1000\t600"), QStringLiteral("SO-2\t0\t0") }));
}

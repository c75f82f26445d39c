// Opening a book safely: the lock another process holds (and a stale one), read-only access that cannot write,
// damaged files told apart without being written to, and the newest good backup found for them.

#include "TestSupport.h"
#include "TranslationSupport.h"

#include "Clock.h"
#include "Formatting.h"
#include "LockHolderProcess.h"
#include "backup/BackupService.h"
#include "backup/BookRecovery.h"
#include "db/BookFileCheck.h"
#include "db/BookLock.h"
#include "repo/CustomerRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

using namespace TestSql;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

class BookSafetyTest : public BookTest
{
protected:
    qint64 addCustomer(const QString &name)
    {
        Customer customer;
        customer.name = name;
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    // The book closed, its write-ahead log folded into the file: the file alone is the whole book.
    void closeBook() { m_book.reset(); }

    BackupSettings backupSettings() const
    {
        BackupSettings settings;
        settings.folder = BackupSettings::defaultFolder(bookPath());
        return settings;
    }
};

TEST_F(BookSafetyTest, ALockHeldByAnotherProcessIsRefusedNamingHostUserProcessAndSince)
{
    LockHolderProcess other;
    ASSERT_TRUE(other.start(bookPath()));
    auto second = BookLock::acquire(bookPath());
    ASSERT_FALSE(second.ok());
    const QFileInfo lockFile(BookLock::lockPath(bookPath()));
    EXPECT_EQ(second.error().message,
        QStringLiteral("The book \"%1\" is already open in another Clientele window or program: user %2 on %3, "
                       "process %4, since %5.")
            .arg(QDir::toNativeSeparators(bookPath()), lockFile.owner(), QSysInfo::machineHostName())
            .arg(other.pid())
            .arg(Formatting::localDateTime(lockFile.lastModified())));
    const auto holder = BookLock::holder(bookPath());
    ASSERT_TRUE(holder.has_value());
    EXPECT_EQ(holder->pid, other.pid());
    EXPECT_EQ(holder->host, QSysInfo::machineHostName());

    other.release();
    EXPECT_FALSE(QFileInfo::exists(BookLock::lockPath(bookPath())));
    EXPECT_TRUE(BookLock::acquire(bookPath()).ok());
}

TEST_F(BookSafetyTest, ANewBookInAFolderNotMadeYetGetsItsLock)
{
    const QString path = m_dir.filePath(QStringLiteral("new folder/company.clientele"));
    auto lock = BookLock::acquire(path);
    ASSERT_TRUE(lock.ok()) << lock.error().toString();
    EXPECT_TRUE(QFileInfo::exists(BookLock::lockPath(path)));
}

TEST_F(BookSafetyTest, AStaleLockOfAProcessThatIsGoneIsTakenOver)
{
    LockHolderProcess crashed;
    ASSERT_TRUE(crashed.start(bookPath()));
    const qint64 gonePid = crashed.pid();
    crashed.kill();
    ASSERT_TRUE(QFileInfo::exists(BookLock::lockPath(bookPath()))); // left behind by the crash
    ASSERT_EQ(BookLock::holder(bookPath()).value_or(BookLock::Holder {}).pid, gonePid);

    auto lock = BookLock::acquire(bookPath());
    ASSERT_TRUE(lock.ok()) << lock.error().toString();
    EXPECT_EQ(BookLock::holder(bookPath()).value_or(BookLock::Holder {}).pid, QCoreApplication::applicationPid());
}

TEST_F(BookSafetyTest, AReadOnlyBookRefusesWritesWithAClearMessageAndItsFileStaysTheSame)
{
    addCustomer(QStringLiteral("Acme Ltd"));
    closeBook();
    const QByteArray before = bytesOf(bookPath());
    const QDateTime modified = QFileInfo(bookPath()).lastModified();

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto book = openBook(bookPath(), options);
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_TRUE(book.value()->isReadOnly());
    EXPECT_EQ(count(book.value()->connection(), QStringLiteral("SELECT count(*) FROM customers")), 1);
    Customer customer;
    customer.name = QStringLiteral("Never Saved Ltd");
    auto created = CustomerRepository(book.value()->connection()).create(customer);
    ASSERT_FALSE(created.ok());
    EXPECT_TRUE(created.error().message.endsWith(
        QStringLiteral("failed: the book is open read-only (another Clientele window or program has it open), so "
                       "nothing was changed.")))
        << created.error().message;
    book.value().reset();

    EXPECT_EQ(bytesOf(bookPath()), before);
    EXPECT_EQ(QFileInfo(bookPath()).lastModified(), modified);
}

TEST_F(BookSafetyTest, ABookNeedingAnUpgradeIsNotMigratedReadOnly)
{
    closeBook();
    QFile::remove(bookPath());
    Database::Options old;
    old.migrateTo = Database::latestSchemaVersion() - 1;
    ASSERT_TRUE(Database::open(bookPath(), old).ok());
    const QByteArray before = bytesOf(bookPath());

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto book = openBook(bookPath(), options);
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().message,
        QStringLiteral("\"%1\" is in an older format (%2) and must be upgraded to format %3 before use, which cannot "
                       "be done while it is open read-only. Close the other Clientele window that has it open, then "
                       "open it again.")
            .arg(QFileInfo(bookPath()).absoluteFilePath())
            .arg(Database::latestSchemaVersion() - 1)
            .arg(Database::latestSchemaVersion()));
    EXPECT_EQ(bytesOf(bookPath()), before);
}

TEST_F(BookSafetyTest, GarbageIsNotADatabaseAndIsNeverOpened)
{
    closeBook();
    const QByteArray garbage = QByteArray("This is not a book at all.\n").repeated(300);
    writeFile(bookPath(), garbage);
    const Status header = BookFileCheck::checkHeader(bookPath());
    ASSERT_FALSE(header.ok());
    EXPECT_EQ(header.error().message,
        QStringLiteral("\"%1\" is not a Clientele book: the file is not an SQLite database.")
            .arg(QDir::toNativeSeparators(bookPath())));
    EXPECT_FALSE(openBook(bookPath()).ok());
    EXPECT_EQ(bytesOf(bookPath()), garbage);
    EXPECT_FALSE(QFileInfo::exists(bookPath() + QStringLiteral("-wal")));
}

TEST_F(BookSafetyTest, ATruncatedCopyIsCutShortAndIsNeverOpened)
{
    for (int i = 0; i < 300; ++i)
        addCustomer(QStringLiteral("Customer %1 with a name long enough to fill pages").arg(i));
    closeBook();
    const QByteArray whole = bytesOf(bookPath());
    ASSERT_TRUE(BookFileCheck::checkHeader(bookPath()).ok());
    ASSERT_TRUE(BookFileCheck::checkFully(bookPath()).ok());
    const QByteArray truncated = whole.left(whole.size() / 2);
    writeFile(bookPath(), truncated);

    const Status header = BookFileCheck::checkHeader(bookPath());
    ASSERT_FALSE(header.ok());
    EXPECT_EQ(header.error().message,
        QStringLiteral("\"%1\" is damaged: the file is cut short (%2 bytes of the %3 its header gives).")
            .arg(QDir::toNativeSeparators(bookPath()), QLocale().toString(truncated.size()),
                QLocale().toString(whole.size())));
    auto book = openBook(bookPath());
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().message, header.error().message);
    EXPECT_EQ(bytesOf(bookPath()), truncated);
}

TEST_F(BookSafetyTest, DamagedPagesFailTheFullCheckWhileTheHeaderLooksSound)
{
    for (int i = 0; i < 300; ++i)
        addCustomer(QStringLiteral("Customer %1 with a name long enough to fill pages").arg(i));
    closeBook();
    QByteArray bytes = bytesOf(bookPath());
    // Pages 3 to 6 overwritten, the header (page 1) intact.
    const int pageSize = 4096;
    ASSERT_GT(bytes.size(), 8 * pageSize);
    bytes.replace(2 * pageSize, 4 * pageSize, QByteArray(4 * pageSize, char(0x5a)));
    writeFile(bookPath(), bytes);

    EXPECT_TRUE(BookFileCheck::checkHeader(bookPath()).ok());
    const Status full = BookFileCheck::checkFully(bookPath());
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().message.startsWith(
        QStringLiteral("\"%1\" is damaged: the database check found ").arg(QDir::toNativeSeparators(bookPath()))))
        << full.error().message;
    EXPECT_FALSE(full.error().message.contains(QLatin1String("***"))) << full.error().message;
    EXPECT_EQ(bytesOf(bookPath()), bytes);
    // Quitting stops a running check: a stopped check reports nothing (the next open checks again).
    const std::atomic_bool stop { true };
    EXPECT_TRUE(BookFileCheck::checkFully(bookPath(), &stop).ok());
}

TEST_F(BookSafetyTest, SqlitesListOfProblemsIsCountedAndOnlyTheFirstIsQuoted)
{
    // integrity_check's first row as SQLite 3.40 returned it for a backup with two pages overwritten.
    const QStringList rows { QStringLiteral("*** in database main ***\nPage 50: btreeInitPage() returns error code "
                                            "11\nPage 51: btreeInitPage() returns error code 11\nOn tree page 49 "
                                            "cell 38: invalid page number -1"),
        QStringLiteral("On tree page 49 cell 36: Extends off end of page") };
    const auto english = useLanguage(QStringLiteral("en")); // the plural
    const Status status = BookFileCheck::integrityProblems(QStringLiteral("b.clientele"), rows);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message,
        QStringLiteral("\"b.clientele\" is damaged: the database check found 4 problems in it. The first: Page 50: "
                       "btreeInitPage() returns error code 11"));
    EXPECT_TRUE(BookFileCheck::integrityProblems(QStringLiteral("b.clientele"), { QStringLiteral("ok") }).ok());
}

TEST_F(BookSafetyTest, TheNewestBackupThatPassesItsCheckIsChosenAndRestoredWithTheDamagedFileKeptAside)
{
    FixedClock fixed(QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    Clock::setInstance(&fixed);
    const std::shared_ptr<void> restoreClock(nullptr, [](void *) { Clock::setInstance(nullptr); });
    addCustomer(QStringLiteral("First Ltd"));
    auto older = BackupService(bookPath(), backupSettings()).create();
    ASSERT_TRUE(older.ok()) << older.error().toString();
    addCustomer(QStringLiteral("Second Ltd"));
    fixed.set(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC)); // the next day: rotation keeps both
    auto newer = BackupService(bookPath(), backupSettings()).create();
    ASSERT_TRUE(newer.ok()) << newer.error().toString();
    addCustomer(QStringLiteral("Third Ltd"));
    closeBook();

    // The newest backup is itself damaged: the one before it is the newest good one.
    const QByteArray newerBytes = bytesOf(newer.value().path);
    writeFile(newer.value().path, newerBytes.left(newerBytes.size() / 2));
    const QByteArray garbage = QByteArray(8192, char(0x17));
    writeFile(bookPath(), garbage);

    const auto good = BookRecovery::latestGoodBackup(bookPath());
    ASSERT_TRUE(good.has_value());
    EXPECT_EQ(good->path, older.value().path);
    EXPECT_EQ(good->customers, 1);
    EXPECT_EQ(good->takenAt, QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));

    auto damaged = BackupService::replaceDamagedBook(bookPath(), good->path);
    ASSERT_TRUE(damaged.ok()) << damaged.error().toString();
    EXPECT_EQ(damaged.value(), bookPath() + QStringLiteral(".damaged-20260310-100000"));
    EXPECT_EQ(bytesOf(damaged.value()), garbage);
    auto book = openBook(bookPath());
    ASSERT_TRUE(book.ok()) << book.error().toString();
    EXPECT_EQ(column(book.value()->connection(), QStringLiteral("SELECT name FROM customers ORDER BY id")),
        QStringList { QStringLiteral("First Ltd") });
}

TEST_F(BookSafetyTest, WithoutBackupsNoneIsFoundAndTheFoldersLookedInAreNamed)
{
    closeBook();
    EXPECT_FALSE(BookRecovery::latestGoodBackup(bookPath()).has_value());
    EXPECT_EQ(BookRecovery::backupFolders(bookPath()), QStringList { BackupSettings::defaultFolder(bookPath()) });
}

} // namespace

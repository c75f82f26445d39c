#include "TestSupport.h"

#include "Clock.h"
#include "Formatting.h"
#include "audit/AuditLog.h"
#include "backup/BackupService.h"
#include "db/BookLock.h"
#include "privacy/Eraser.h"
#include "repo/CustomerRepository.h"
#include "repo/TimelineRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace TestSql;

namespace {

const QDateTime kNoon(QDate(2026, 3, 10), QTime(12, 0, 0), Qt::UTC);

class BackupServiceTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        if (HasFatalFailure())
            return;
        Clock::setInstance(&m_clock);
        m_settings.folder = m_dir.filePath(QStringLiteral("backups"));
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
        customer.phones = { QStringLiteral("13800138000") };
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    BackupService service() const { return BackupService(bookPath(), m_settings); }

    FixedClock m_clock { kNoon };
    BackupSettings m_settings;
};

TEST_F(BackupServiceTest, BackupIsVerifiedAndListedWithItsCounts)
{
    addCustomer(QStringLiteral("上海星辰贸易有限公司"));
    addCustomer(QStringLiteral("Acme Ltd"));
    auto backup = service().create();
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    EXPECT_EQ(QFileInfo(backup.value().path).fileName(), QStringLiteral("book-20260310-120000Z.clientele"));
    EXPECT_EQ(backup.value().customers, 2);
    EXPECT_EQ(backup.value().tableCounts.value(QStringLiteral("customers")), 2);
    EXPECT_EQ(backup.value().tableCounts.value(QStringLiteral("contact_points")), 2);
    EXPECT_EQ(backup.value().tableCounts.value(QStringLiteral("audit_entries")), 2);

    auto listed = service().list();
    ASSERT_TRUE(listed.ok()) << listed.error().toString();
    ASSERT_EQ(listed.value().size(), 1);
    EXPECT_EQ(listed.value().first().takenAt, kNoon);
    EXPECT_EQ(listed.value().first().customers, 2);
    EXPECT_EQ(listed.value().first().size, QFileInfo(backup.value().path).size());
    EXPECT_EQ(listed.value().first().schemaVersion, Database::latestSchemaVersion());
    // One self-contained file: no WAL beside it.
    EXPECT_FALSE(QFileInfo::exists(backup.value().path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(backup.value().path + QStringLiteral(".part")));
}

TEST_F(BackupServiceTest, BackupTakenWhileAnotherConnectionWritesMatchesItsSnapshot)
{
    addCustomer(QStringLiteral("First"));
    std::atomic_bool stop = false;
    std::atomic_int written = 0;
    std::thread writer([&] {
        auto other = openBook(bookPath());
        ASSERT_TRUE(other.ok());
        TimelineRepository notes(other.value()->connection());
        const qint64 customerId = 1;
        while (!stop) {
            Note note;
            note.customerId = customerId;
            note.body = QStringLiteral("note %1").arg(written.load());
            if (notes.addNote(note).ok())
                ++written;
        }
    });
    while (written < 20)
        std::this_thread::yield();
    QList<BackupInfo> backups;
    for (int i = 0; i < 5; ++i) {
        auto backup = service().create(m_dir.filePath(QStringLiteral("copy-%1.clientele").arg(i)));
        ASSERT_TRUE(backup.ok()) << backup.error().toString();
        backups << backup.value();
    }
    stop = true;
    writer.join();
    for (const BackupInfo &backup : backups) {
        RawConnection copy(backup.path);
        ASSERT_TRUE(copy.isOpen());
        EXPECT_EQ(scalar(copy.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // Each note is recorded with its audit entry in one transaction: a consistent snapshot has as many of both.
        const qint64 notes = count(copy.db(), QStringLiteral("SELECT count(*) FROM notes"));
        EXPECT_EQ(count(copy.db(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity = 'note'")), notes);
        EXPECT_EQ(backup.tableCounts.value(QStringLiteral("notes")), notes);
        EXPECT_GE(notes, 20);
    }
    EXPECT_GT(written.load(), backups.first().tableCounts.value(QStringLiteral("notes")));
}

// A book of about 30 MB: a backup of it is copied in several steps of 16 MB.
void addLargeNotes(const QSqlDatabase &db, qint64 customerId)
{
    TimelineRepository notes(db);
    for (int i = 0; i < 300; ++i) {
        Note note;
        note.customerId = customerId;
        note.body = QString(100000, QLatin1Char('a' + i % 26));
        ASSERT_TRUE(notes.addNote(note).ok());
    }
}

TEST_F(BackupServiceTest, ABackupCopiedInStepsIsFollowedAndKeepsItsSnapshotWhileTheBookIsWritten)
{
    addLargeNotes(db(), addCustomer(QStringLiteral("First")));
    QList<double> fractions;
    BackupWatch watch;
    watch.copied = [&](double fraction) {
        if (fractions.isEmpty())
            addCustomer(QStringLiteral("Written during the copy")); // another connection than the backup's
        fractions << fraction;
    };
    auto backup = service().create({}, {}, watch);
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    ASSERT_GE(fractions.size(), 2);
    EXPECT_GT(fractions.first(), 0.0);
    EXPECT_LT(fractions.first(), 1.0);
    EXPECT_TRUE(std::is_sorted(fractions.cbegin(), fractions.cend()));
    EXPECT_EQ(fractions.last(), 1.0);
    EXPECT_EQ(backup.value().customers, 1);
    EXPECT_EQ(backup.value().tableCounts.value(QStringLiteral("notes")), 300);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), 2);
    RawConnection copy(backup.value().path);
    ASSERT_TRUE(copy.isOpen());
    EXPECT_EQ(scalar(copy.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(count(copy.db(), QStringLiteral("SELECT count(*) FROM customers")), 1);
}

TEST_F(BackupServiceTest, ACancelledBackupLeavesNoFileBehind)
{
    addLargeNotes(db(), addCustomer(QStringLiteral("First")));
    std::atomic_bool cancel = false;
    int steps = 0;
    BackupWatch watch;
    watch.copied = [&](double) {
        ++steps;
        cancel = true;
    };
    watch.cancel = &cancel;
    auto backup = service().create({}, {}, watch);
    ASSERT_FALSE(backup.ok());
    EXPECT_TRUE(backup.error().message.contains(QStringLiteral("cancelled"))) << backup.error().toString();
    EXPECT_EQ(steps, 1);
    EXPECT_EQ(QDir(m_settings.folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    EXPECT_FALSE(service().lastBackupTime().has_value());
}

TEST_F(BackupServiceTest, CheckingABackupStopsWhenCancelled)
{
    addLargeNotes(db(), addCustomer(QStringLiteral("First")));
    auto backup = service().create();
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    std::atomic_bool cancel = true;
    auto stopped = BackupService::verify(backup.value().path, backup.value().tableCounts, &cancel);
    ASSERT_FALSE(stopped.ok());
    EXPECT_TRUE(stopped.error().message.contains(QStringLiteral("cancelled"))) << stopped.error().toString();
    cancel = false;
    auto checked = BackupService::verify(backup.value().path, backup.value().tableCounts, &cancel);
    ASSERT_TRUE(checked.ok()) << checked.error().toString();
    EXPECT_EQ(checked.value().customers, 1);
}

TEST_F(BackupServiceTest, VerifyRejectsADamagedCopy)
{
    addCustomer(QStringLiteral("Acme Ltd"));
    auto backup = service().create();
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    QFile file(backup.value().path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_TRUE(file.resize(size / 2));
    file.close();
    auto verified = BackupService::verify(backup.value().path);
    ASSERT_FALSE(verified.ok());
    EXPECT_TRUE(verified.error().message.contains(QStringLiteral("damaged"))) << verified.error().message;

    QFile garbage(m_dir.filePath(QStringLiteral("garbage.clientele")));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    auto notABook = BackupService::verify(garbage.fileName());
    ASSERT_FALSE(notABook.ok());
    EXPECT_TRUE(notABook.error().message.contains(QStringLiteral("not an SQLite database")))
        << notABook.error().message;
}

TEST_F(BackupServiceTest, VerifyNamesATableWhoseCountDiffers)
{
    addCustomer(QStringLiteral("Acme Ltd"));
    auto backup = service().create(m_dir.filePath(QStringLiteral("copy.clientele")));
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    QMap<QString, qint64> expected = backup.value().tableCounts;
    expected[QStringLiteral("customers")] = 3;
    auto verified = BackupService::verify(backup.value().path, expected);
    ASSERT_FALSE(verified.ok());
    EXPECT_EQ(
        verified.error().message, QStringLiteral("The table customers has 1 rows in the backup but 3 in the book."));
}

// A year of daily backups at 02:00 UTC, rotated after each one, keeps exactly the newest of the last 7 days,
// of the last 4 ISO weeks and of the last 12 months. The backups are copies of one real backup under the names
// create() gives (taking 365 real ones costs minutes of fsync); create() itself rotating is tested below.
TEST_F(BackupServiceTest, RotationOverAYearKeepsDailyWeeklyAndMonthlyCopies)
{
    qputenv("TZ", "UTC");
    addCustomer(QStringLiteral("Acme Ltd"));
    auto real = service().create(m_dir.filePath(QStringLiteral("real.clientele")));
    ASSERT_TRUE(real.ok()) << real.error().toString();
    ASSERT_TRUE(QDir().mkpath(m_settings.folder));
    const QDate first(2026, 1, 1);
    const QDate last(2026, 12, 31); // a Thursday
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        m_clock.set(QDateTime(day, QTime(2, 0, 0), Qt::UTC));
        const QString name = QStringLiteral("book-%1-020000Z.clientele").arg(day.toString(QStringLiteral("yyyyMMdd")));
        ASSERT_TRUE(QFile::copy(real.value().path, QDir(m_settings.folder).filePath(name)));
        auto rotated = service().rotate();
        ASSERT_TRUE(rotated.ok()) << rotated.error().toString();
    }
    auto listed = service().list();
    ASSERT_TRUE(listed.ok());
    QStringList kept;
    for (const BackupInfo &backup : listed.value())
        kept << backup.takenAt.date().toString(Qt::ISODate);
    // Daily: Dec 25..31. Weekly (Mon-Sun weeks): Dec 31, Dec 27, Dec 20, Dec 13. Monthly: the last day of each month.
    EXPECT_EQ(kept,
        (QStringList { QStringLiteral("2026-12-31"), QStringLiteral("2026-12-30"), QStringLiteral("2026-12-29"),
            QStringLiteral("2026-12-28"), QStringLiteral("2026-12-27"), QStringLiteral("2026-12-26"),
            QStringLiteral("2026-12-25"), QStringLiteral("2026-12-20"), QStringLiteral("2026-12-13"),
            QStringLiteral("2026-11-30"), QStringLiteral("2026-10-31"), QStringLiteral("2026-09-30"),
            QStringLiteral("2026-08-31"), QStringLiteral("2026-07-31"), QStringLiteral("2026-06-30"),
            QStringLiteral("2026-05-31"), QStringLiteral("2026-04-30"), QStringLiteral("2026-03-31"),
            QStringLiteral("2026-02-28"), QStringLiteral("2026-01-31") }));
    EXPECT_EQ(QDir(m_settings.folder).entryList(QDir::Files).size(), 20);
}

TEST_F(BackupServiceTest, RotationLeavesOtherFilesInTheFolderAlone)
{
    ASSERT_TRUE(QDir().mkpath(m_settings.folder));
    QFile other(QDir(m_settings.folder).filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    m_settings.policy = BackupPolicy { 1, 0, 0 };
    for (int day = 0; day < 3; ++day) {
        m_clock.set(kNoon.addDays(day));
        ASSERT_TRUE(service().create().ok());
    }
    EXPECT_EQ(QDir(m_settings.folder).entryList(QDir::Files),
        (QStringList { QStringLiteral("book-20260312-120000Z.clientele"), QStringLiteral("notes.txt") }));
}

TEST_F(BackupServiceTest, RestoreBringsBackTheBackupAndKeepsTheCurrentBookFirst)
{
    const qint64 kept = addCustomer(QStringLiteral("Kept Ltd"));
    auto backup = service().create();
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    m_clock.set(kNoon.addSecs(3600));
    addCustomer(QStringLiteral("Added Later Ltd"));
    ASSERT_TRUE(CustomerRepository(db()).moveToTrash({ kept }).ok());

    auto safety = service().restore(*m_book, backup.value().path);
    ASSERT_TRUE(safety.ok()) << safety.error().toString();
    EXPECT_EQ(
        QFileInfo(safety.value().path).fileName(), QStringLiteral("book-20260310-130000Z-before-restore.clientele"));
    EXPECT_EQ(safety.value().customers, 1); // the book as it was: one live, one in the trash

    EXPECT_EQ(column(db(), QStringLiteral("SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY id")),
        QStringList { QStringLiteral("Kept Ltd") });
    EXPECT_EQ(column(db(), QStringLiteral("SELECT action FROM audit_entries ORDER BY id")),
        (QStringList { QStringLiteral("create"), QStringLiteral("backup_restore") }));
    reopen();
    EXPECT_EQ(scalar(db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers")), 1);
    // Search works on the restored book.
    CustomerQuery query;
    query.search = QStringLiteral("kept");
    EXPECT_EQ(CustomerRepository(db()).count(query).value_or(-1), 1);
}

// Restoring a backup taken before a customer was erased erases it again; the copy kept before the restore is not
// rotated away by the backups that follow (both found by a review).
TEST_F(BackupServiceTest, RestoreKeepsErasuresAndTheCopyOfTheBookAsItWas)
{
    const qint64 forgotten = addCustomer(QStringLiteral("Forget Me Ltd"));
    const qint64 kept = addCustomer(QStringLiteral("Kept Ltd"));
    m_settings.policy = BackupPolicy { 1, 0, 0 };
    auto backup = service().create();
    ASSERT_TRUE(backup.ok()) << backup.error().toString();
    m_clock.set(kNoon.addSecs(60));
    auto erased = Eraser(db()).erase(forgotten);
    ASSERT_TRUE(erased.ok()) << erased.error().toString();

    int erasedAgain = -1;
    auto safety = service().restore(*m_book, backup.value().path, &erasedAgain);
    ASSERT_TRUE(safety.ok()) << safety.error().toString();
    EXPECT_EQ(erasedAgain, 1);
    EXPECT_EQ(column(db(), QStringLiteral("SELECT name FROM customers ORDER BY id")),
        QStringList { QStringLiteral("Kept Ltd") });
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), { kept }), 1);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'erase' AND entity_id = ?"),
                  { forgotten }),
        1);
    EXPECT_FALSE(dump(db(), QStringLiteral("SELECT * FROM contact_points"))
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("Forget")));

    // The next scheduled backups rotate the daily ones but leave the copy made before the restore.
    for (int day = 1; day <= 3; ++day) {
        m_clock.set(kNoon.addDays(day));
        ASSERT_TRUE(service().create().ok());
    }
    EXPECT_TRUE(QFile::exists(safety.value().path));
    EXPECT_EQ(QDir(m_settings.folder).entryList(QDir::Files).size(), 2); // the newest daily one and that copy
}

TEST_F(BackupServiceTest, RestoreOfADamagedFileChangesNothing)
{
    addCustomer(QStringLiteral("Acme Ltd"));
    const QString bad = m_dir.filePath(QStringLiteral("bad.clientele"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.write(QByteArray(4096, '\0'));
    file.close();
    auto restored = service().restore(*m_book, bad);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().message.startsWith(QStringLiteral("\"%1\" cannot be restored:").arg(bad)))
        << restored.error().message;
    EXPECT_EQ(column(db(), QStringLiteral("SELECT name FROM customers")), QStringList { QStringLiteral("Acme Ltd") });
    EXPECT_FALSE(QDir(m_settings.folder).exists());
}

TEST_F(BackupServiceTest, DamagedBookIsMovedAsideAndReplacedByTheBackup)
{
    addCustomer(QStringLiteral("Acme Ltd"));
    auto backup = service().create();
    ASSERT_TRUE(backup.ok());
    m_book.reset();
    QFile book(bookPath());
    ASSERT_TRUE(book.open(QIODevice::WriteOnly));
    book.write(QByteArray(10000, 'x'));
    book.close();
    ASSERT_FALSE(openBook(bookPath()).ok());

    auto damaged = BackupService::replaceDamagedBook(bookPath(), backup.value().path);
    ASSERT_TRUE(damaged.ok()) << damaged.error().toString();
    EXPECT_EQ(damaged.value(), bookPath() + QStringLiteral(".damaged-20260310-120000"));
    QFile moved(damaged.value());
    ASSERT_TRUE(moved.open(QIODevice::ReadOnly));
    EXPECT_EQ(moved.readAll(), QByteArray(10000, 'x')); // never written to
    auto reopened = openBook(bookPath());
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString();
    EXPECT_EQ(column(reopened.value()->connection(), QStringLiteral("SELECT name FROM customers")),
        QStringList { QStringLiteral("Acme Ltd") });
}

TEST_F(BackupServiceTest, SettingsAreKeptInTheBook)
{
    auto defaults = BackupSettings::load(db(), bookPath());
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults.value().folder, m_dir.filePath(QStringLiteral("book backups")));
    EXPECT_EQ(defaults.value().policy.daily, 7);
    EXPECT_EQ(defaults.value().policy.weekly, 4);
    EXPECT_EQ(defaults.value().policy.monthly, 12);
    BackupSettings changed = defaults.value();
    changed.folder = QStringLiteral("/mnt/nas/crm");
    changed.policy = BackupPolicy { 3, 2, 6 };
    changed.intervalHours = 4;
    changed.onClose = false;
    ASSERT_TRUE(changed.save(db()).ok());
    reopen();
    auto loaded = BackupSettings::load(db(), bookPath());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value().folder, QStringLiteral("/mnt/nas/crm"));
    EXPECT_EQ(loaded.value().policy.daily, 3);
    EXPECT_EQ(loaded.value().policy.weekly, 2);
    EXPECT_EQ(loaded.value().policy.monthly, 6);
    EXPECT_EQ(loaded.value().intervalHours, 4);
    EXPECT_FALSE(loaded.value().onClose);
}

TEST_F(BackupServiceTest, ASecondLockOnTheSameBookIsRefusedWithWhoHoldsIt)
{
    auto first = BookLock::acquire(bookPath());
    ASSERT_TRUE(first.ok()) << first.error().toString();
    // QLockFile locks per process: a second process is simulated by the lock file another one left.
    first.value().reset();
    QFile lock(BookLock::lockPath(bookPath()));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    // The format QLockFile writes: pid, application name, host name; a live process of that name holds it.
    const QString holder = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    lock.write(QStringLiteral("%1\n%2\n%3\n")
                   .arg(QCoreApplication::applicationPid())
                   .arg(holder, QSysInfo::machineHostName())
                   .toUtf8());
    lock.close();
    auto second = BookLock::acquire(bookPath());
    ASSERT_FALSE(second.ok());
    const QFileInfo lockFile(BookLock::lockPath(bookPath()));
    EXPECT_EQ(second.error().message,
        QStringLiteral("The book \"%1\" is already open in another Clientele window or program: user %2 on %3, "
                       "process %4, since %5.")
            .arg(bookPath(), lockFile.owner(), QSysInfo::machineHostName())
            .arg(QCoreApplication::applicationPid())
            .arg(Formatting::localDateTime(lockFile.lastModified())));
}

} // namespace

// Files written whole or not at all, and a failed write said, not hidden: a disk that fills up is imitated with a
// file size limit (RLIMIT_FSIZE), under which the kernel refuses bytes as it does on a full disk.

#include "io/SavedFile.h"
#include "WriterTestSupport.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

TEST(SavedFileTest, ASmallFileThatDoesNotFitIsReportedAndWhatWasThereStays)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(SavedFile::write(path, "the earlier export").ok());
    const QByteArray bytes(10 * 1024, 'x'); // under QFileDevice's 16 KB buffer: written only when flushed
    Status written = Status {};
    {
        const WriterTest::FileSizeLimit limit(4096);
        written = SavedFile::write(path, bytes);
    }
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().toString().contains(QStringLiteral("export.json")))
        << written.error().toString().toStdString();
    QFile kept(path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("the earlier export"));
}

TEST(SavedFileTest, CommitFailsWhenBufferedBytesNeverReachTheDisk)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("problems.csv"));
    QSaveFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    bool committed = true;
    {
        const WriterTest::FileSizeLimit limit(1024);
        file.write(QByteArray(8 * 1024, 'y'));
        committed = SavedFile::commit(file);
    }
    EXPECT_FALSE(committed);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SavedFileTest, WritesTheWholeFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QByteArray bytes(100 * 1024, 'z');
    ASSERT_TRUE(SavedFile::write(path, bytes).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), bytes);
}

} // namespace

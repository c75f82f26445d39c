// Kills a writer process (durability_writer) with SIGKILL at a random moment, reopens the book, and checks that it
// passes integrity_check and holds every commit the writer reported as acknowledged. Rounds per test: 20 for the
// stream of customers, 5 during imports and during backups; CLIENTELE_DURABILITY_ROUNDS overrides all three
// (scripts/durability.sh runs 100, docs/RELIABILITY.md).

#include "../core/TestSupport.h"

#include "backup/BackupService.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#ifndef CLIENTELE_DURABILITY_WRITER
#error "CLIENTELE_DURABILITY_WRITER must name the durability_writer binary"
#endif

using namespace TestSql;

namespace {

int rounds(int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("CLIENTELE_DURABILITY_ROUNDS", &ok);
    return ok && value > 0 ? value : fallback;
}

// What the writer reported before it was killed: complete lines only (a line cut by the kill is not a report).
QStringList runAndKill(const QString &book, const QString &mode, int *delayMs)
{
    QProcess writer;
    writer.start(QStringLiteral(CLIENTELE_DURABILITY_WRITER), { book, mode });
    if (!writer.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start the writer: " << writer.errorString().toStdString();
        return {};
    }
    // Killed only once it is writing: after its first report, then at a random moment.
    QByteArray output;
    while (!output.contains('\n') && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(60000);
        output += writer.readAllStandardOutput();
    }
    *delayMs = int(QRandomGenerator::global()->bounded(400));
    QThread::msleep(*delayMs);
    writer.kill(); // SIGKILL
    writer.waitForFinished(10000);
    output += writer.readAllStandardOutput();
    const QByteArray errors = writer.readAllStandardError();
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
    QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    lines.removeLast(); // the text after the last newline: empty, or a line the kill cut short
    return lines;
}

class DurabilityTest : public ::testing::Test
{
protected:
    QString bookPath() const { return m_dir.filePath(QStringLiteral("durable.clientele")); }

    // Reopens the book as the app would after the crash and checks it; returns the open book.
    std::unique_ptr<Database> reopenChecked()
    {
        auto book = openBook(bookPath());
        EXPECT_TRUE(book.ok()) << book.error().toString();
        if (!book)
            return nullptr;
        const Status integrity = book.value()->checkIntegrity();
        EXPECT_TRUE(integrity.ok()) << integrity.error().toString();
        return std::move(book).value();
    }

    QTemporaryDir m_dir;
};

TEST_F(DurabilityTest, EveryAcknowledgedCommitSurvivesAKill)
{
    QSet<qint64> acknowledged;
    for (int round = 0; round < rounds(20); ++round) {
        int delay = 0;
        for (const QString &line : runAndKill(bookPath(), QStringLiteral("customers"), &delay))
            acknowledged.insert(line.section(QLatin1Char(' '), 1).toLongLong());
        auto book = reopenChecked();
        ASSERT_TRUE(book) << "round " << round << ", killed " << delay << " ms after the first commit";
        const QList<qint64> ids = TestSql::ids(book->connection(), QStringLiteral("SELECT id FROM customers"));
        const QSet<qint64> present(ids.cbegin(), ids.cend());
        ASSERT_TRUE(present.contains(acknowledged))
            << "round " << round << ", killed " << delay << " ms after the first commit: " << acknowledged.size()
            << " acknowledged, " << present.size() << " present";
        // Each customer and its audit entry were one transaction: both or neither.
        EXPECT_EQ(count(book->connection(), QStringLiteral("SELECT count(*) FROM audit_entries")), present.size());
    }
    EXPECT_GE(acknowledged.size(), rounds(20));
}

TEST_F(DurabilityTest, AnImportIsAllThereOrNotAtAll)
{
    int imported = 0;
    for (int round = 0; round < rounds(5); ++round) {
        int delay = 0;
        const QStringList lines = runAndKill(bookPath(), QStringLiteral("import"), &delay);
        if (!lines.isEmpty())
            imported += lines.last().section(QLatin1Char(' '), 1).toInt();
        auto book = reopenChecked();
        ASSERT_TRUE(book) << "round " << round;
        const qint64 imports
            = count(book->connection(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'import'"));
        EXPECT_GE(imports, imported) << "round " << round << ", killed " << delay << " ms after the first import";
        EXPECT_EQ(count(book->connection(), QStringLiteral("SELECT count(*) FROM customers")), imports * 2000)
            << "round " << round << ": an import left part of its rows";
        imported = int(imports); // the next writer counts from 1 again: compare with what is committed
    }
}

TEST_F(DurabilityTest, AKillDuringABackupLeavesTheBookAndEveryFinishedBackupGood)
{
    QSet<qint64> acknowledged;
    QStringList reportedBackups;
    for (int round = 0; round < rounds(5); ++round) {
        int delay = 0;
        for (const QString &line : runAndKill(bookPath(), QStringLiteral("backup"), &delay)) {
            if (line.startsWith(QLatin1String("backup ")))
                reportedBackups << line.mid(7);
            else
                acknowledged.insert(line.section(QLatin1Char(' '), 1).toLongLong());
        }
        auto book = reopenChecked();
        ASSERT_TRUE(book) << "round " << round;
        const QList<qint64> ids = TestSql::ids(book->connection(), QStringLiteral("SELECT id FROM customers"));
        ASSERT_TRUE(QSet<qint64>(ids.cbegin(), ids.cend()).contains(acknowledged)) << "round " << round;
    }
    // Every backup under its final name is whole: a backup cut short only ever leaves a .part file.
    const QDir folder(bookPath() + QStringLiteral(" backups"));
    const QStringList finished = folder.entryList({ QStringLiteral("*.clientele") }, QDir::Files);
    EXPECT_FALSE(finished.isEmpty());
    for (const QString &name : finished) {
        auto verified = BackupService::verify(folder.filePath(name));
        EXPECT_TRUE(verified.ok()) << name << ": " << verified.error().toString();
    }
    EXPECT_FALSE(reportedBackups.isEmpty());
}

} // namespace

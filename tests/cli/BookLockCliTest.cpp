// clientele-cli on a book another Clientele has open: commands that write are refused in one line, commands that
// only read still run (read-only), and a lock left by a crash does not stand in the way.

#include "CliTestSupport.h"
#include "LockHolderProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

class BookLockCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const CliRun added = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Acme Ltd") });
        ASSERT_EQ(added.exitCode, 0) << added;
    }

    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList { QStringLiteral("--db"), book() } + arguments);
    }

    QString book() const { return m_dir.filePath(QStringLiteral("shop.clientele")); }

    QByteArray hashOfBook() const
    {
        QFile file(book());
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    }

    QTemporaryDir m_dir;
};

TEST_F(BookLockCliTest, WriteCommandsAreRefusedWhileAnotherProgramHoldsTheBook)
{
    QFile csv(m_dir.filePath(QStringLiteral("new.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Name,City\nBeta Ltd,Wuhan\n");
    csv.close();
    ASSERT_EQ(cli({ QStringLiteral("import"), QStringLiteral("customers"), csv.fileName() }).exitCode, 0);
    const QJsonArray imports = jsonArray(cli({ QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--action"), QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(imports.size(), 1);
    const QString entry = QString::number(imports.first().toObject().value(QStringLiteral("id")).toInteger());
    LockHolderProcess app;
    ASSERT_TRUE(app.start(book()));
    const QByteArray before = hashOfBook();
    const QDateTime modified = QFileInfo(book()).lastModified();

    const QList<QStringList> writing {
        { QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Late Ltd") },
        { QStringLiteral("import"), QStringLiteral("customers"), m_dir.filePath(QStringLiteral("none.csv")) },
        { QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("1"), QStringLiteral("--yes") },
        { QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5") },
    };
    for (const QStringList &command : writing) {
        const CliRun run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << command.join(QLatin1Char(' ')) << ": " << run;
        expectOneLineError(run);
        EXPECT_TRUE(run.err.startsWith(
            QStringLiteral("clientele-cli: The book \"%1\" is already open in another Clientele window or program: "
                           "user ")
                .arg(book())))
            << run;
        EXPECT_TRUE(run.err.contains(QStringLiteral(", process %1, since ").arg(app.pid()))) << run;
        EXPECT_TRUE(run.err.endsWith(QStringLiteral(" Close it there first; commands that only read may still run.\n")))
            << run;
    }

    const CliRun listed = cli({ QStringLiteral("customers"), QStringLiteral("list") });
    EXPECT_EQ(listed.exitCode, 0) << listed;
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Acme Ltd"))) << listed;
    const CliRun checked = cli({ QStringLiteral("check") });
    EXPECT_EQ(checked.exitCode, 0) << checked;
    // Asking what undoing an import would take away only reads (it says to add --yes); doing it writes.
    const CliRun asked = cli({ QStringLiteral("import"), QStringLiteral("undo"), entry });
    EXPECT_EQ(asked.exitCode, 2) << asked;
    EXPECT_TRUE(asked.err.contains(QStringLiteral("1 customer created by import"))) << asked;
    const CliRun undone = cli({ QStringLiteral("import"), QStringLiteral("undo"), entry, QStringLiteral("--yes") });
    EXPECT_TRUE(undone.err.contains(QStringLiteral("Close it there first"))) << undone;
    EXPECT_EQ(hashOfBook(), before);
    EXPECT_EQ(QFileInfo(book()).lastModified(), modified);

    app.release();
    const CliRun added = cli(
        { QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Late Ltd") });
    EXPECT_EQ(added.exitCode, 0) << added;
}

TEST_F(BookLockCliTest, ALockLeftByACrashedAppIsTakenOver)
{
    LockHolderProcess crashed;
    ASSERT_TRUE(crashed.start(book()));
    crashed.kill();
    ASSERT_TRUE(QFileInfo::exists(book() + QStringLiteral(".lock")));
    const CliRun added = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("After The Crash Ltd") });
    EXPECT_EQ(added.exitCode, 0) << added;
    EXPECT_FALSE(QFileInfo::exists(book() + QStringLiteral(".lock"))); // released when the command ended
}

} // namespace

// clientele-cli backup, restore, audit, privacy and export --anonymise, run as a user would.

#include "CliTestSupport.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class TrustCliTest : public ::testing::Test
{
protected:
    CliRun cli(const QStringList &arguments)
    {
        return runCli(m_dir.path(), QStringList { QStringLiteral("--db"), book() } + arguments);
    }

    QString book() const { return m_dir.filePath(QStringLiteral("shop.clientele")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QString addCustomer(const QString &name, const QString &phone, const QString &email)
    {
        const CliRun run = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), name,
            QStringLiteral("--phone"), phone, QStringLiteral("--email"), email });
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out.trimmed();
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

TEST_F(TrustCliTest, BackupCreateListVerifyAndRestore)
{
    addCustomer(QStringLiteral("Kept Ltd"), QStringLiteral("13800138000"), QStringLiteral("kept@example.com"));
    const CliRun created
        = cli({ QStringLiteral("backup"), QStringLiteral("create"), file(QStringLiteral("one.clientele")) });
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.out,
        QStringLiteral("backup verified: %1 (1 customers, 0 contacts, 0 notes)\n")
            .arg(file(QStringLiteral("one.clientele"))));
    const CliRun inFolder = cli({ QStringLiteral("backup"), QStringLiteral("create") });
    ASSERT_EQ(inFolder.exitCode, 0) << inFolder.err.toStdString();
    const CliRun listed = cli({ QStringLiteral("backup"), QStringLiteral("list") });
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("path\ttaken_at\tsize\tcustomers\tcontacts\tnotes"));
    EXPECT_TRUE(lines[1].startsWith(file(QStringLiteral("shop backups/shop-")))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("\t1\t0\t0"))) << lines[1].toStdString();

    const CliRun verified
        = cli({ QStringLiteral("backup"), QStringLiteral("verify"), file(QStringLiteral("one.clientele")) });
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_EQ(verified.out, QStringLiteral("ok: 1 customers, 0 contacts, 0 notes, book format %1\n")
                                .arg(Database::latestSchemaVersion()));
    QFile junk(file(QStringLiteral("junk.clientele")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a book at all");
    junk.close();
    const CliRun bad = cli({ QStringLiteral("backup"), QStringLiteral("verify"), junk.fileName() });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("not an SQLite database"))) << bad.err.toStdString();

    addCustomer(QStringLiteral("Later Ltd"), QStringLiteral("13900139000"), QStringLiteral("later@example.com"));
    const CliRun unconfirmed = cli({ QStringLiteral("restore"), file(QStringLiteral("one.clientele")) });
    EXPECT_EQ(unconfirmed.exitCode, 2);
    const CliRun restored
        = cli({ QStringLiteral("restore"), file(QStringLiteral("one.clientele")), QStringLiteral("--yes") });
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("before-restore.clientele"))) << restored.out.toStdString();
    const CliRun names = cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray customers = QJsonDocument::fromJson(names.out.toUtf8()).array();
    ASSERT_EQ(customers.size(), 1);
    EXPECT_EQ(customers.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Kept Ltd"));
}

TEST_F(TrustCliTest, AuditListFiltersAndFormats)
{
    const QString id
        = addCustomer(QStringLiteral("Acme"), QStringLiteral("13800138000"), QStringLiteral("a@example.com"));
    addCustomer(QStringLiteral("Other"), QStringLiteral("13900139000"), QStringLiteral("o@example.com"));
    const CliRun json = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--entity"),
        QStringLiteral("customer"), QStringLiteral("--id"), id, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    EXPECT_EQ(entry.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    EXPECT_EQ(entry.value(QStringLiteral("entity_id")).toInteger(), id.toLongLong());
    EXPECT_EQ(entry.value(QStringLiteral("changes"))
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toObject()
                  .value(QStringLiteral("new")),
        QStringLiteral("Acme"));

    const CliRun csv = cli(
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2000-01-01") });
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_EQ(csv.out.count(QLatin1Char('\n')), 3); // header and two entries
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("id,at,user,action,entity,entity_id,customer_id,batch_id,changes")));
    const CliRun future = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
        QStringLiteral("2999-01-01"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(QJsonDocument::fromJson(future.out.toUtf8()).array().size(), 0);
    const CliRun badDate = cli(
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("1/2/2026") });
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_EQ(badDate.err, QStringLiteral("clientele-cli: dates are written YYYY-MM-DD, not \"1/2/2026\"\n"));
}

TEST_F(TrustCliTest, PrivacyExportThenEraseLeavesNothingOfThePerson)
{
    const QString id = addCustomer(
        QStringLiteral("Zebulon Quackenbush"), QStringLiteral("13912345678"), QStringLiteral("zq@quack.example"));
    addCustomer(QStringLiteral("Stays Ltd"), QStringLiteral("13500000000"), QStringLiteral("stays@example.com"));
    const CliRun exported = cli({ QStringLiteral("privacy"), QStringLiteral("export"), id,
        file(QStringLiteral("subject.json")), QStringLiteral("--html"), file(QStringLiteral("subject.html")) });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject subject = QJsonDocument::fromJson(read(file(QStringLiteral("subject.json")))).object();
    EXPECT_EQ(subject.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Zebulon Quackenbush"));
    EXPECT_TRUE(read(file(QStringLiteral("subject.html"))).contains("Zebulon Quackenbush"));

    const CliRun refused = cli({ QStringLiteral("privacy"), QStringLiteral("erase"), id });
    EXPECT_EQ(refused.exitCode, 2);
    const CliRun erased = cli({ QStringLiteral("privacy"), QStringLiteral("erase"), id, QStringLiteral("--yes") });
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    EXPECT_EQ(erased.err, QString());
    const QByteArray bytes = read(book()) + read(book() + QStringLiteral("-wal"));
    EXPECT_FALSE(bytes.contains("Quackenbush"));
    EXPECT_FALSE(bytes.contains("13912345678"));
    EXPECT_FALSE(bytes.contains("zq@quack.example"));
    EXPECT_TRUE(bytes.contains("Stays Ltd"));
    const CliRun shown = cli({ QStringLiteral("customers"), QStringLiteral("show"), id });
    EXPECT_EQ(shown.exitCode, 1);
    const CliRun audit = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
        QStringLiteral("erase"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(QJsonDocument::fromJson(audit.out.toUtf8()).array().size(), 1);
}

TEST_F(TrustCliTest, AnonymisedExportHoldsNoNamesPhonesOrEmails)
{
    addCustomer(
        QStringLiteral("上海星辰贸易有限公司"), QStringLiteral("13800138000"), QStringLiteral("xc@example.com"));
    addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("13900139000"), QStringLiteral("acme@example.com"));
    const CliRun exported = cli({ QStringLiteral("export"), QStringLiteral("customers"),
        file(QStringLiteral("out.csv")), QStringLiteral("--anonymise") });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString text = QString::fromUtf8(read(file(QStringLiteral("out.csv"))));
    for (const QString &value : { QStringLiteral("星辰"), QStringLiteral("Acme"), QStringLiteral("13800138000"),
             QStringLiteral("138 0013 8000"), QStringLiteral("13900139000"), QStringLiteral("xc@example.com"),
             QStringLiteral("acme@example.com") })
        EXPECT_FALSE(text.contains(value)) << value.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("Name-")), 2);
}

} // namespace

#include "Book.h"
#include "search/NameOrder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

#include "CliTestSupport.h"

namespace {

const QStringList kCsvHeader { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
    QStringLiteral("industry"), QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("phone"),
    QStringLiteral("email"), QStringLiteral("owner"), QStringLiteral("tier"), QStringLiteral("stage"),
    QStringLiteral("source"), QStringLiteral("tags"), QStringLiteral("created_at"), QStringLiteral("updated_at") };

// ---- A demo book of 200 customers, made once for the read-only tests. ----

class CliDemoBookTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        s_demo = runCli(s_dir->path(),
            { QStringLiteral("--db"), QStringLiteral("demo.clientele"), QStringLiteral("demo"),
                QStringLiteral("--customers"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3"),
                QStringLiteral("--quiet") });
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override { ASSERT_EQ(s_demo.exitCode, 0) << s_demo; }

    static CliRun cli(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("demo.clientele"));
        arguments.prepend(QStringLiteral("--db"));
        return runCli(s_dir->path(), arguments);
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline CliRun s_demo;
};

TEST_F(CliDemoBookTest, DemoReportsWhatItMadeAndIsQuiet)
{
    EXPECT_TRUE(s_demo.out.startsWith(QStringLiteral("Created 200 demo customers in "))) << s_demo;
    EXPECT_EQ(s_demo.out.count(QLatin1Char('\n')), 1) << s_demo;
    EXPECT_EQ(s_demo.err, QString());
    EXPECT_TRUE(QFile::exists(s_dir->filePath(QStringLiteral("demo.clientele"))));
}

TEST_F(CliDemoBookTest, ListAsCsv)
{
    const CliRun run = cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(run.err, QString());
    EXPECT_TRUE(run.out.startsWith(kCsvHeader.join(QLatin1Char(',')) + QStringLiteral("\r\n"))) << run;
    EXPECT_EQ(run.out.count(QStringLiteral("\r\n")), 201);

    const QList<QStringList> records = parseCsv(run.out);
    ASSERT_EQ(records.size(), 201);
    EXPECT_EQ(records.first(), kCsvHeader);
    QSet<qint64> ids;
    for (qsizetype i = 1; i < records.size(); ++i) {
        ASSERT_EQ(records[i].size(), kCsvHeader.size()) << "record " << i;
        bool ok = false;
        ids.insert(records[i][0].toLongLong(&ok));
        EXPECT_TRUE(ok) << records[i][0];
        EXPECT_TRUE(records[i][1] == QLatin1String("company") || records[i][1] == QLatin1String("individual"));
        EXPECT_FALSE(records[i][2].isEmpty());
        EXPECT_FALSE(records[i][6].isEmpty()) << "every demo customer has a phone";
        EXPECT_TRUE(records[i][13].endsWith(QLatin1Char('Z'))) << records[i][13];
    }
    EXPECT_EQ(ids.size(), 200);
    // Listed in name order: Latin names, then Chinese ones by pinyin.
    const NameOrder order(NameOrder::Kind::Pinyin);
    for (qsizetype i = 2; i < records.size(); ++i)
        EXPECT_LE(order.key(records[i - 1][2]), order.key(records[i][2])) << records[i - 1][2] << " " << records[i][2];
}

TEST_F(CliDemoBookTest, CsvIsTheDefaultFormat)
{
    const CliRun csv = cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") });
    const CliRun plain = cli({ QStringLiteral("customers"), QStringLiteral("list") });
    ASSERT_EQ(plain.exitCode, 0) << plain;
    EXPECT_EQ(plain.out, csv.out);
}

TEST_F(CliDemoBookTest, ListAsJsonAgreesWithCsv)
{
    const CliRun run = cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(run.err, QString());
    const QJsonArray array = jsonArray(run);
    ASSERT_EQ(array.size(), 200);

    const CliRun csv = cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format=csv") });
    const QList<QStringList> records = parseCsv(csv.out);
    ASSERT_EQ(records.size(), 201);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        ASSERT_TRUE(object.value(QStringLiteral("id")).isDouble());
        EXPECT_EQ(QString::number(object.value(QStringLiteral("id")).toInteger()), records[i + 1][0]);
        for (qsizetype column = 1; column < kCsvHeader.size(); ++column)
            EXPECT_EQ(object.value(kCsvHeader[column]).toString(), records[i + 1][column])
                << kCsvHeader[column] << " of row " << i;
    }
}

TEST_F(CliDemoBookTest, SearchNarrowsTheList)
{
    const QJsonArray all = jsonArray(cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(all.size(), 200);
    QStringList expected;
    for (const QJsonValue &value : all) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        if (name.contains(QStringLiteral("有限公司")))
            expected << name;
    }
    ASSERT_GT(expected.size(), 0);
    ASSERT_LT(expected.size(), 200);

    const CliRun run = cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"),
        QStringLiteral("有限公司"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    QStringList found;
    for (const QJsonValue &value : jsonArray(run))
        found << value.toObject().value(QStringLiteral("name")).toString();
    EXPECT_EQ(found, expected);
}

TEST_F(CliDemoBookTest, SearchByPhoneFindsTheCustomer)
{
    const QJsonArray all = jsonArray(cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(all.size(), 200);
    const QJsonObject someone = all[17].toObject();
    const QString phone = someone.value(QStringLiteral("phone")).toString();
    ASSERT_FALSE(phone.isEmpty());

    const CliRun run = cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"), phone,
        QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    QList<qint64> ids;
    for (const QJsonValue &value : jsonArray(run))
        ids << value.toObject().value(QStringLiteral("id")).toInteger();
    EXPECT_TRUE(ids.contains(someone.value(QStringLiteral("id")).toInteger())) << phone;
    EXPECT_LT(ids.size(), 5);
}

TEST_F(CliDemoBookTest, SearchWithoutMatchesListsNothing)
{
    const CliRun csv = cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"),
        QStringLiteral("不存在的名字") });
    ASSERT_EQ(csv.exitCode, 0) << csv;
    EXPECT_EQ(csv.out, kCsvHeader.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    const CliRun json = cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"),
        QStringLiteral("不存在的名字"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(json.exitCode, 0) << json;
    EXPECT_EQ(jsonArray(json).size(), 0);
}

TEST_F(CliDemoBookTest, LimitCutsTheList)
{
    const CliRun run = cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--limit"),
        QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(jsonArray(run).size(), 10);
}

TEST_F(CliDemoBookTest, ShowReturnsTheCustomerWithContacts)
{
    const QJsonArray all = jsonArray(cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(all.size(), 200);
    QJsonObject company;
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("company")) {
            company = value.toObject();
            break;
        }
    }
    ASSERT_FALSE(company.isEmpty());
    const qint64 id = company.value(QStringLiteral("id")).toInteger();
    const CliRun run = cli({ QStringLiteral("customers"), QStringLiteral("show"), QString::number(id) });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject shown = jsonObject(run);
    EXPECT_EQ(shown.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(shown.value(QStringLiteral("name")).toString(), company.value(QStringLiteral("name")).toString());
    // The list shows the number as stored; the customer's file as it must be typed here (an American number of the
    // demo with its +1 for a user in China), so that saving it keeps it.
    EXPECT_TRUE(shown.value(QStringLiteral("phones"))
                    .toArray()
                    .first()
                    .toString()
                    .endsWith(company.value(QStringLiteral("phone")).toString()))
        << run;
    EXPECT_EQ(shown.value(QStringLiteral("owner")).toString(), company.value(QStringLiteral("owner")).toString());
    EXPECT_EQ(shown.value(QStringLiteral("uuid")).toString().size(), 36);
    // Every demo company has one primary contact.
    const QJsonArray contacts = shown.value(QStringLiteral("contacts")).toArray();
    ASSERT_GE(contacts.size(), 1);
    EXPECT_TRUE(contacts.first().toObject().value(QStringLiteral("primary")).toBool());
    EXPECT_FALSE(contacts.first().toObject().value(QStringLiteral("name")).toString().isEmpty());
}

TEST_F(CliDemoBookTest, CheckOfAGoodBookSaysOk)
{
    const CliRun run = cli({ QStringLiteral("check") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(run.out, QStringLiteral("ok\n"));
    EXPECT_EQ(run.err, QString());
}

TEST_F(CliDemoBookTest, DemoIntoAFilledBookFails)
{
    const CliRun run = cli(
        { QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--quiet") });
    EXPECT_EQ(run.exitCode, 1) << run;
    expectOneLineError(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("already has customers"))) << run;
    const CliRun list = cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(jsonArray(list).size(), 200);
}

// ---- Each test in a folder of its own ----

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    CliRun cli(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("book.clientele"));
        arguments.prepend(QStringLiteral("--db"));
        return runCli(m_dir.path(), arguments);
    }

    // The id the CLI printed for a new customer.
    static qint64 newId(const CliRun &run)
    {
        bool ok = false;
        const qint64 id = run.out.trimmed().toLongLong(&ok);
        EXPECT_TRUE(ok && id > 0 && run.out.endsWith(QLatin1Char('\n'))) << run;
        return id;
    }

    QTemporaryDir m_dir;
};

TEST_F(CliTest, DemoProgressGoesToStderr)
{
    const CliRun run = cli({ QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
        QStringLiteral("--seed"), QStringLiteral("3") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Created 20 demo customers in "))) << run;
    EXPECT_TRUE(run.err.contains(QStringLiteral("20 of 20 customers"))) << run;
}

TEST_F(CliTest, AddThenShow)
{
    const CliRun add = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("测试公司"), QStringLiteral("--phone"), QStringLiteral("139 1234 5678"),
        QStringLiteral("--email"), QStringLiteral("t@example.com") });
    ASSERT_EQ(add.exitCode, 0) << add;
    EXPECT_EQ(add.err, QString());
    const qint64 id = newId(add);

    const CliRun show = cli({ QStringLiteral("customers"), QStringLiteral("show"), QString::number(id) });
    ASSERT_EQ(show.exitCode, 0) << show;
    const QJsonObject customer = jsonObject(show);
    EXPECT_EQ(customer.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(customer.value(QStringLiteral("name")).toString(), QStringLiteral("测试公司"));
    EXPECT_EQ(customer.value(QStringLiteral("kind")).toString(), QStringLiteral("company"));
    EXPECT_EQ(customer.value(QStringLiteral("stage")).toString(), QStringLiteral("lead"));
    EXPECT_EQ(customer.value(QStringLiteral("phones")).toArray(), QJsonArray { QStringLiteral("139 1234 5678") });
    EXPECT_EQ(customer.value(QStringLiteral("emails")).toArray(), QJsonArray { QStringLiteral("t@example.com") });
    EXPECT_EQ(customer.value(QStringLiteral("contacts")).toArray(), QJsonArray());
    EXPECT_FALSE(customer.value(QStringLiteral("in_trash")).toBool());
}

TEST_F(CliTest, AddFormatsThePhoneAndKeepsEveryOption)
{
    const CliRun owner = cli(
        { QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("0"), QStringLiteral("--quiet") });
    ASSERT_EQ(owner.exitCode, 0) << owner; // an empty demo book: just the six owners
    const CliRun add = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name=王伟芳"),
        QStringLiteral("--kind"), QStringLiteral("individual"), QStringLiteral("--phone"),
        QStringLiteral("13912345678"), QStringLiteral("--phone"), QStringLiteral("+1 415 555 2671"),
        QStringLiteral("--city"), QStringLiteral("杭州"), QStringLiteral("--owner"), QStringLiteral("李娜"),
        QStringLiteral("--tier"), QStringLiteral("A"), QStringLiteral("--stage"), QStringLiteral("prospect"),
        QStringLiteral("--tag"), QStringLiteral("VIP"), QStringLiteral("--tag"), QStringLiteral("展会") });
    ASSERT_EQ(add.exitCode, 0) << add;
    const QJsonObject customer
        = jsonObject(cli({ QStringLiteral("customers"), QStringLiteral("show"), QString::number(newId(add)) }));
    EXPECT_EQ(customer.value(QStringLiteral("name")).toString(), QStringLiteral("王伟芳"));
    EXPECT_EQ(customer.value(QStringLiteral("kind")).toString(), QStringLiteral("individual"));
    EXPECT_EQ(customer.value(QStringLiteral("phones")).toArray(),
        (QJsonArray { QStringLiteral("139 1234 5678"), QStringLiteral("+1 415-555-2671") }));
    EXPECT_EQ(customer.value(QStringLiteral("city")).toString(), QStringLiteral("杭州"));
    EXPECT_EQ(customer.value(QStringLiteral("owner")).toString(), QStringLiteral("李娜"));
    EXPECT_EQ(customer.value(QStringLiteral("tier")).toString(), QStringLiteral("A"));
    EXPECT_EQ(customer.value(QStringLiteral("stage")).toString(), QStringLiteral("prospect"));
    EXPECT_EQ(customer.value(QStringLiteral("tags")).toArray(),
        (QJsonArray { QStringLiteral("VIP"), QStringLiteral("展会") }));
}

// As in the app's phone field, "A;B" is two numbers, not B as A's extension.
TEST_F(CliTest, AddTakesSeveralNumbersInOnePhoneOption)
{
    const CliRun add = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Two Lines Co."), QStringLiteral("--phone"), QStringLiteral("13800138000;13900139000") });
    ASSERT_EQ(add.exitCode, 0) << add;
    const QJsonObject customer
        = jsonObject(cli({ QStringLiteral("customers"), QStringLiteral("show"), QString::number(newId(add)) }));
    EXPECT_EQ(customer.value(QStringLiteral("phones")).toArray(),
        (QJsonArray { QStringLiteral("138 0013 8000"), QStringLiteral("139 0013 9000") }));
}

TEST_F(CliTest, AddTakesOnlyTheBooksTiersInTheirSpelling)
{
    const CliRun unknown = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Zeta Ltd"), QStringLiteral("--tier"), QStringLiteral("Z") });
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    expectOneLineError(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("(A, B, C)"))) << unknown;
    const CliRun lower = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Beta Ltd"), QStringLiteral("--tier"), QStringLiteral("b") });
    ASSERT_EQ(lower.exitCode, 0) << lower;
    const QJsonObject customer
        = jsonObject(cli({ QStringLiteral("customers"), QStringLiteral("show"), QString::number(newId(lower)) }));
    EXPECT_EQ(customer.value(QStringLiteral("tier")).toString(), QStringLiteral("B"));
}

TEST_F(CliTest, SamePhoneIsALikelyDuplicateUnlessForced)
{
    const CliRun first = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("测试公司"), QStringLiteral("--phone"), QStringLiteral("139 1234 5678") });
    ASSERT_EQ(first.exitCode, 0) << first;
    const qint64 firstId = newId(first);

    const QStringList again { QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("另一家企业"), QStringLiteral("--phone"), QStringLiteral("13912345678") };
    const CliRun duplicate = cli(again);
    EXPECT_EQ(duplicate.exitCode, 3) << duplicate;
    EXPECT_EQ(duplicate.out, QString());
    expectOneLineError(duplicate);
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("likely duplicate of customer %1").arg(firstId))) << duplicate;
    EXPECT_EQ(jsonArray(cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json") }))
                  .size(),
        1);

    const CliRun forced = cli(QStringList(again) << QStringLiteral("--force"));
    ASSERT_EQ(forced.exitCode, 0) << forced;
    EXPECT_NE(newId(forced), firstId);
    EXPECT_EQ(jsonArray(cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json") }))
                  .size(),
        2);
}

TEST_F(CliTest, SimilarNameIsALikelyDuplicate)
{
    ASSERT_EQ(cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("深圳华鑫电子有限公司") })
                  .exitCode,
        0);
    const CliRun duplicate = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("深圳华鑫电子") });
    EXPECT_EQ(duplicate.exitCode, 3) << duplicate;
    expectOneLineError(duplicate);
}

TEST_F(CliTest, CheckReportsADamagedBook)
{
    ASSERT_EQ(
        cli({ QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--quiet") })
            .exitCode,
        0);
    QFile file(m_dir.filePath(QStringLiteral("book.clientele")));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 8192);
    ASSERT_TRUE(file.seek(4096));
    ASSERT_EQ(file.write(QByteArray(4096, char(0x5a))), 4096);
    file.close();

    const CliRun run = cli({ QStringLiteral("check") });
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_EQ(run.out, QString());
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("clientele-cli: "))) << run;
    EXPECT_TRUE(run.err.contains(QStringLiteral("damaged"))) << run;
    expectOneLineError(run);
}

// ---- Bad input: a non-zero exit code and exactly one line on stderr ----

struct BadInputCase
{
    const char *label;
    QStringList arguments; // "BOOK" stands for the book's file name
    int exitCode;
    const char *message; // a part of the one line
};

void PrintTo(const BadInputCase &c, std::ostream *os)
{
    *os << c.label;
}

class CliBadInputTest : public ::testing::TestWithParam<BadInputCase>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        ASSERT_TRUE(text.open(QIODevice::WriteOnly));
        text.write("Call Acme on Monday.\n");
        // An empty book: commands that only read refuse a path where there is none.
        ASSERT_TRUE(openBook(m_dir.filePath(QStringLiteral("book.clientele"))).ok());
    }

    QTemporaryDir m_dir;
};

TEST_P(CliBadInputTest, FailsWithOneLine)
{
    const BadInputCase &c = GetParam();
    QStringList arguments = c.arguments;
    arguments.replaceInStrings(QStringLiteral("BOOK"), QStringLiteral("book.clientele"));
    const CliRun run = runCli(m_dir.path(), arguments);
    EXPECT_EQ(run.exitCode, c.exitCode) << run;
    EXPECT_EQ(run.out, QString()) << run;
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("clientele-cli: "))) << run;
    EXPECT_TRUE(run.err.section(QLatin1Char('\n'), 0, 0).contains(QString::fromUtf8(c.message))) << run;
    expectOneLineError(run);
}

const QStringList kAdd { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"),
    QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("测试公司") };

INSTANTIATE_TEST_SUITE_P(Table, CliBadInputTest,
    ::testing::Values(BadInputCase { "MissingDb", { QStringLiteral("customers"), QStringLiteral("list") }, 2, "--db" },
        BadInputCase { "DbWithoutFile", { QStringLiteral("--db") }, 2, "--db" },
        BadInputCase { "UnknownCommand",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("frobnicate") }, 2,
            "unknown command \"frobnicate\"" },
        BadInputCase { "NoCommand", { QStringLiteral("--db"), QStringLiteral("BOOK") }, 2, "unknown command" },
        BadInputCase { "CustomersWithoutAction",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers") }, 2, "list, add or show" },
        BadInputCase { "ShowNotANumber",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("show"),
                QStringLiteral("abc") },
            2, "customer id" },
        BadInputCase { "ShowWithoutId",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("show") }, 2,
            "customer id" },
        BadInputCase { "ShowMissingCustomer",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("show"),
                QStringLiteral("999") },
            1, "no customer with id 999" },
        BadInputCase { "FormatXml",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("list"),
                QStringLiteral("--format"), QStringLiteral("xml") },
            2, "--format must be csv or json" },
        BadInputCase { "FormatWithoutValue",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("list"),
                QStringLiteral("--format") },
            2, "--format needs a value" },
        BadInputCase { "NegativeLimit",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("list"),
                QStringLiteral("--limit"), QStringLiteral("-3") },
            2, "--limit" },
        BadInputCase { "UnexpectedArgument",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("list"),
                QStringLiteral("--colour"), QStringLiteral("red") },
            2, "unexpected argument: --colour" },
        BadInputCase { "AddWithoutName",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("add"),
                QStringLiteral("--phone"), QStringLiteral("139 1234 5678") },
            2, "--name" },
        // A name given but blank: the field's own message, not "needs --name".
        BadInputCase { "BlankName",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("customers"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("   ") },
            2, "The name is required." },
        BadInputCase { "BadEmail", QStringList(kAdd) << QStringLiteral("--email") << QStringLiteral("bad"), 2,
            "\"bad\" is not an email address" },
        BadInputCase {
            "BadPhone", QStringList(kAdd) << QStringLiteral("--phone") << QStringLiteral("12"), 2, "\"12\"" },
        BadInputCase { "BadWebsite", QStringList(kAdd) << QStringLiteral("--website") << QStringLiteral("nowhere"), 2,
            "not a web address" },
        BadInputCase { "BadKind", QStringList(kAdd) << QStringLiteral("--kind") << QStringLiteral("robot"), 2,
            "--kind must be company or individual, not \"robot\"" },
        BadInputCase {
            "BadStage", QStringList(kAdd) << QStringLiteral("--stage") << QStringLiteral("won"), 2, "--stage" },
        BadInputCase { "UnknownOwner", QStringList(kAdd) << QStringLiteral("--owner") << QStringLiteral("Nobody"), 2,
            "no owner named \"Nobody\"" },
        BadInputCase { "NotADatabase",
            { QStringLiteral("--db"), QStringLiteral("notes.txt"), QStringLiteral("customers"),
                QStringLiteral("list") },
            1, "not an SQLite database" },
        BadInputCase { "DemoCountNotANumber",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("demo"), QStringLiteral("--customers"),
                QStringLiteral("lots") },
            2, "--customers must be a whole number" },
        BadInputCase { "CheckWithExtraArgument",
            { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("check"), QStringLiteral("--fast") }, 2,
            "unexpected argument: --fast" }),
    [](const ::testing::TestParamInfo<BadInputCase> &info) { return std::string(info.param.label); });

TEST(CliUsage, HelpGoesToStdoutAndNothingAtAllIsAUsageError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const CliRun help = runCli(dir.path(), { QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0) << help;
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("usage: clientele-cli --db FILE"))) << help;
    EXPECT_EQ(help.err, QString());
    const CliRun nothing = runCli(dir.path(), {});
    EXPECT_EQ(nothing.exitCode, 2) << nothing;
    EXPECT_TRUE(nothing.err.startsWith(QStringLiteral("usage: "))) << nothing;
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

TEST(CliUsage, MessagesFollowTheUsersLanguageAndTheDataDoesNot)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList unknown { QStringLiteral("--db"), QStringLiteral("BOOK"), QStringLiteral("frobnicate") };
    const auto inLanguage = [](const QString &language) {
        return QMap<QString, QString> { { QStringLiteral("LANGUAGE"), language } };
    };
    const CliRun simplified = runCli(dir.path(), unknown, inLanguage(QStringLiteral("zh_CN")));
    EXPECT_EQ(simplified.exitCode, 2) << simplified;
    EXPECT_EQ(simplified.err, QStringLiteral("clientele-cli: 未知命令“frobnicate”（参见 --help）\n"));
    const CliRun traditional = runCli(dir.path(), unknown, inLanguage(QStringLiteral("zh_TW")));
    EXPECT_EQ(traditional.err, QStringLiteral("clientele-cli: 未知的命令「frobnicate」（請參閱 --help）\n"));
    // Without LANGUAGE, the locale's own variables: Hong Kong writes Traditional Chinese.
    const CliRun hongKong = runCli(dir.path(), unknown,
        { { QStringLiteral("LANGUAGE"), QString() }, { QStringLiteral("LC_ALL"), QString() },
            { QStringLiteral("LC_MESSAGES"), QString() }, { QStringLiteral("LANG"), QStringLiteral("zh_HK.UTF-8") } });
    EXPECT_EQ(hongKong.err, traditional.err);
    const CliRun english = runCli(dir.path(), unknown, inLanguage(QStringLiteral("fr")));
    EXPECT_EQ(english.err, QStringLiteral("clientele-cli: unknown command \"frobnicate\" (see --help)\n"));

    const QStringList demo { QStringLiteral("--db"), QStringLiteral("book.clientele"), QStringLiteral("demo"),
        QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--quiet") };
    const CliRun made = runCli(dir.path(), demo, inLanguage(QStringLiteral("zh_CN")));
    ASSERT_EQ(made.exitCode, 0) << made;
    EXPECT_TRUE(made.out.startsWith(QStringLiteral("已创建 20 个演示客户"))) << made;
    const QStringList list { QStringLiteral("--db"), QStringLiteral("book.clientele"), QStringLiteral("customers"),
        QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") };
    const CliRun chinese = runCli(dir.path(), list, inLanguage(QStringLiteral("zh_CN")));
    const CliRun plain = runCli(dir.path(), list);
    ASSERT_EQ(chinese.exitCode, 0) << chinese;
    EXPECT_EQ(chinese.out, plain.out);
}

} // namespace

// ---- import and export ----

class CliImportExportTest : public CliTest
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return name;
    }

    QByteArray gbk(const QString &text)
    {
        QStringEncoder encoder("GBK");
        QByteArray bytes = encoder(text);
        EXPECT_FALSE(encoder.hasError());
        return bytes;
    }

    QStringList listedNames()
    {
        const CliRun list = cli({ QStringLiteral("customers"), QStringLiteral("list") });
        QStringList names;
        for (const QStringList &record : parseCsv(list.out).mid(1))
            names << record.value(2);
        names.sort();
        return names;
    }

    static QString python()
    {
        return QStringLiteral("/usr/bin/python3");
    }

    // Runs a Python script in the test's folder: workbooks written by another program than ours (openpyxl).
    ::testing::AssertionResult runPython(const QString &script)
    {
        QProcess writer;
        writer.setWorkingDirectory(m_dir.path());
        writer.start(python(), { QStringLiteral("-c"), script });
        if (!writer.waitForFinished(60000) || writer.exitCode() != 0)
            return ::testing::AssertionFailure() << QString::fromUtf8(writer.readAllStandardError()).toStdString();
        return ::testing::AssertionSuccess();
    }
};

TEST_F(CliImportExportTest, ImportsAGbkCsvFromChineseExcel)
{
    writeFile(QStringLiteral("客户.csv"),
              gbk(QStringLiteral("客户名称,手机,邮箱,城市\r\n上海明达贸易有限公司,13800138000,info@mingda.cn,上海\r\n"
                                 "杭州西湖茶业,13700001111,,杭州\r\n")));
    const CliRun run = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("客户.csv") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Rows read: 2 (GB18030"))) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("Created: 2, updated: 0,"))) << run;
    EXPECT_EQ(listedNames(), (QStringList { QStringLiteral("上海明达贸易有限公司"), QStringLiteral("杭州西湖茶业") }));
    const CliRun search = cli({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("0013 8000") });
    EXPECT_TRUE(search.out.contains(QStringLiteral("上海明达贸易有限公司"))) << search;
}

// An owner the book does not know becomes a new sales rep: the summary names them (a typo shows).
TEST_F(CliImportExportTest, NewSalesRepsAreNamed)
{
    writeFile(QStringLiteral("reps.csv"), "Company,Owner\nGood Co,Zhao Li\nOther Co,Zhao Lii\n");
    const CliRun checked = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("reps.csv"),
        QStringLiteral("--check") });
    EXPECT_TRUE(checked.out.contains(QStringLiteral("which an import would add: Zhao Li, Zhao Lii"))) << checked;
    const CliRun run = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("reps.csv") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("Sales reps added to the book: Zhao Li, Zhao Lii"))) << run;
}

// --check says what an import would do, and that it wrote nothing.
TEST_F(CliImportExportTest, CheckSaysWhatAnImportWouldDoAndWritesNothing)
{
    writeFile(QStringLiteral("in.csv"), "Company,Mobile\nGood Co,13800138000\nOther Co,13700001111\n");
    const CliRun run = cli(
        { QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv"), QStringLiteral("--check") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("Nothing was written (--check). An import would create 2,"))) << run;
    EXPECT_FALSE(run.out.contains(QStringLiteral("Created:"))) << run;
    EXPECT_EQ(listedNames(), QStringList());
}

// A company merged down beside its two contacts (as offices lay sheets out, written here by openpyxl): one customer
// with both contacts, by default, and the summary says so.
TEST_F(CliImportExportTest, ACompanyMergedDownBesideItsContactsKeepsThemAll)
{
    ASSERT_TRUE(runPython(QStringLiteral("from openpyxl import Workbook\n"
                                         "wb = Workbook(); ws = wb.active\n"
                                         "ws.append(['公司名称', '联系人', '手机'])\n"
                                         "ws.append(['甲贸易有限公司', '张三丰', '13800001111'])\n"
                                         "ws.append([None, '李四光', '13900002222'])\n"
                                         "ws.append(['乙商行', '王五', '13700003333'])\n"
                                         "ws.merge_cells('A2:A3')\n"
                                         "wb.save('merged.xlsx')\n")));
    const CliRun checked = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("merged.xlsx"),
        QStringLiteral("--check") });
    ASSERT_EQ(checked.exitCode, 0) << checked;
    EXPECT_TRUE(checked.out.contains(QStringLiteral("which an import would add to that customer: 1"))) << checked;
    const CliRun run = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("merged.xlsx") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("Created: 2, updated: 0, duplicates skipped: 0,"))) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("added to that customer: 1"))) << run;
    EXPECT_EQ(listedNames(), (QStringList { QStringLiteral("乙商行"), QStringLiteral("甲贸易有限公司") }));
    const CliRun search = cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("李四光") });
    EXPECT_TRUE(search.out.contains(QStringLiteral("甲贸易有限公司"))) << search;
    const QString id = parseCsv(search.out).value(1).value(0);
    const CliRun shown = cli({ QStringLiteral("customers"), QStringLiteral("show"), id });
    EXPECT_TRUE(shown.out.contains(QStringLiteral("张三丰")) && shown.out.contains(QStringLiteral("李四光"))) << shown;
    EXPECT_TRUE(shown.out.contains(QStringLiteral("139 0000 2222"))) << shown;
}

TEST_F(CliImportExportTest, AnExportNamedNeitherXlsxNorCsvIsRefused)
{
    newId(
        cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme") }));
    const CliRun run = cli({ QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("out.txt") });
    EXPECT_EQ(run.exitCode, 2) << run;
    EXPECT_TRUE(run.err.contains(QStringLiteral("must end in .xlsx or .csv"))) << run;
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("out.txt"))));
}

// What a command writes never lands on the book itself, another book, or a file that was there before a backup.
TEST_F(CliImportExportTest, OutputNeverOverwritesTheBookOrAFileThatIsThere)
{
    const qint64 id = newId(cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Harbor Point Supplies") }));
    ASSERT_GT(id, 0);
    const QList<QStringList> intoTheBook {
        { QStringLiteral("report"), QStringLiteral("customer"), QString::number(id), QStringLiteral("book.clientele") },
        { QStringLiteral("privacy"), QStringLiteral("export"), QString::number(id), QStringLiteral("book.clientele") },
        { QStringLiteral("activities"), QStringLiteral("export-ics"), QStringLiteral("./book.clientele-wal") },
        { QStringLiteral("report"), QStringLiteral("pdf"), QStringLiteral("book.clientele") },
    };
    for (const QStringList &arguments : intoTheBook) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << run;
        EXPECT_TRUE(run.err.contains(QStringLiteral("is the book itself"))) << run;
    }
    EXPECT_EQ(listedNames(), QStringList { QStringLiteral("Harbor Point Supplies") }); // the book still opens
    // Another book is not a PDF's to overwrite.
    ASSERT_TRUE(QFile::copy(
        m_dir.filePath(QStringLiteral("book.clientele")), m_dir.filePath(QStringLiteral("other.clientele"))));
    const CliRun other = cli({ QStringLiteral("report"), QStringLiteral("customer"), QString::number(id),
        QStringLiteral("other.clientele") });
    EXPECT_EQ(other.exitCode, 2) << other;
    EXPECT_TRUE(other.err.contains(QStringLiteral("is a database"))) << other;
    // A backup is a new file.
    writeFile(QStringLiteral("notes.txt"), "keep me");
    const CliRun backup = cli({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("notes.txt") });
    EXPECT_EQ(backup.exitCode, 2) << backup;
    QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::ReadOnly));
    EXPECT_EQ(notes.readAll(), QByteArray("keep me"));
}

// A mistyped --db is said; only commands that make a book (demo, import, customers add) start a new one.
TEST_F(CliTest, AMistypedBookIsSaidAndNoEmptyBookIsLeftBehind)
{
    for (const QStringList &command : { QStringList { QStringLiteral("customers"), QStringLiteral("list") },
             QStringList { QStringLiteral("check") }, QStringList { QStringLiteral("agenda") } }) {
        const CliRun run
            = runCli(m_dir.path(), QStringList { QStringLiteral("--db"), QStringLiteral("bok.clientele") } + command);
        EXPECT_EQ(run.exitCode, 1) << run;
        EXPECT_TRUE(run.err.contains(QStringLiteral("there is no book at bok.clientele"))) << run;
        EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("bok.clientele"))));
        EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("bok.clientele.lock"))));
    }
}

TEST_F(CliImportExportTest, ABadRowStopsTheWholeImportAndNamesRowAndColumn)
{
    writeFile(QStringLiteral("in.csv"), "Company,Mobile\nGood Co,13800138000\nBad Co,12\n");
    const CliRun run = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv"),
                             QStringLiteral("--errors"), QStringLiteral("problems.csv") });
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("row 3, column 2 (Mobile): "))) << run;
    EXPECT_TRUE(run.err.contains(QStringLiteral("clientele-cli: nothing was imported"))) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral("Nothing was written. The import would have created 1,"))) << run;
    EXPECT_FALSE(run.out.contains(QStringLiteral("Created:"))) << run;
    EXPECT_EQ(listedNames(), QStringList());
    QFile problems(m_dir.filePath(QStringLiteral("problems.csv")));
    ASSERT_TRUE(problems.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(problems.readAll()).remove(QChar(0xFEFF)));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].mid(0, 4), (QStringList { QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("Mobile"),
                                                   QStringLiteral("12") }));

    const CliRun validOnly = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv"),
                                   QStringLiteral("--valid-only") });
    EXPECT_EQ(validOnly.exitCode, 0) << validOnly;
    EXPECT_EQ(listedNames(), QStringList { QStringLiteral("Good Co") });
}

TEST_F(CliImportExportTest, DuplicatesAreSkippedOrUpdatedAsAsked)
{
    writeFile(QStringLiteral("in.csv"), "Company,Mobile,City\nGood Co,13800138000,Ningbo\n");
    ASSERT_EQ(cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv") }).exitCode, 0);
    writeFile(QStringLiteral("again.csv"), "Company,Mobile,City\nGood Company,138 0013 8000,Wenzhou\n");
    const CliRun skipped = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("again.csv") });
    EXPECT_EQ(skipped.exitCode, 1) << skipped;
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("duplicates skipped: 1,"))) << skipped;
    const CliRun updated = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("again.csv"),
                                 QStringLiteral("--on-duplicate"), QStringLiteral("update") });
    EXPECT_EQ(updated.exitCode, 0) << updated;
    EXPECT_TRUE(updated.out.contains(QStringLiteral("updated: 1,"))) << updated;
    const CliRun list = cli({ QStringLiteral("customers"), QStringLiteral("list") });
    EXPECT_EQ(parseCsv(list.out).value(1).value(5), QStringLiteral("Wenzhou")) << list;
    const CliRun bad = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("again.csv"),
                             QStringLiteral("--on-duplicate"), QStringLiteral("merge") });
    EXPECT_EQ(bad.exitCode, 2) << bad;
    expectOneLineError(bad);
}

TEST_F(CliImportExportTest, MappingFromAJsonFileAndUnsupportedTargets)
{
    writeFile(QStringLiteral("in.csv"), "A,B\nLake View Hotel,Hangzhou\n");
    writeFile(QStringLiteral("mapping.json"), R"({"A": "name", "B": "city"})");
    const CliRun run = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv"),
                             QStringLiteral("--mapping"), QStringLiteral("mapping.json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const CliRun list = cli({ QStringLiteral("customers"), QStringLiteral("list") });
    EXPECT_EQ(parseCsv(list.out).value(1).value(5), QStringLiteral("Hangzhou")) << list;
    // The trail says which file the rows came from (found by a review: an import could not be traced).
    {
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok());
        QSqlQuery audit(book.value()->connection());
        ASSERT_TRUE(audit.exec(QStringLiteral(
                        "SELECT json_extract(changes, '$.file') FROM audit_entries WHERE action = 'import'"))
            && audit.next());
        EXPECT_EQ(audit.value(0).toString(), QStringLiteral("in.csv"));
    }

    const CliRun unknown = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv"),
                                 QStringLiteral("--mapping"), QStringLiteral("no such preset") });
    EXPECT_EQ(unknown.exitCode, 1);
    expectOneLineError(unknown);
    const CliRun products = cli({ QStringLiteral("import"), QStringLiteral("products"), QStringLiteral("in.csv") });
    EXPECT_NE(products.exitCode, 0);
    expectOneLineError(products);
    const CliRun missing = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("nope.xlsx") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.xlsx"))) << missing;
}

TEST_F(CliImportExportTest, AWrongMappingFileIsNamedWithTheColumnAndFieldAtFault)
{
    writeFile(QStringLiteral("in.csv"), "A,B\nLake View Hotel,Hangzhou\n");
    writeFile(QStringLiteral("typo.json"), R"({"A": "name", "B": "cty"})");
    const CliRun typo = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv"),
        QStringLiteral("--mapping"), QStringLiteral("typo.json") });
    EXPECT_EQ(typo.exitCode, 1);
    expectOneLineError(typo);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("the column \"B\" the unknown field \"cty\""))
        && typo.err.contains(QStringLiteral(", city,")) && typo.err.contains(QStringLiteral("typo.json")))
        << typo;
    writeFile(QStringLiteral("list.json"), R"(["name", "city"])");
    const CliRun list = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv"),
        QStringLiteral("--mapping"), QStringLiteral("list.json") });
    EXPECT_EQ(list.exitCode, 1);
    EXPECT_TRUE(list.err.contains(QStringLiteral("not an object")) && list.err.contains(QStringLiteral("list.json")))
        << list;
    EXPECT_EQ(cli({ QStringLiteral("customers"), QStringLiteral("list") }).out.count(QLatin1Char('\n')), 1)
        << "nothing imported";
}

TEST_F(CliImportExportTest, ExportsXlsxThatOpenpyxlReadsAndGbkCsv)
{
    writeFile(QStringLiteral("in.csv"), "客户名称,手机,标签\n=危险公司,13800138000,VIP\n北京老字号,,\n");
    ASSERT_EQ(cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("in.csv") }).exitCode, 0);
    const CliRun xlsx = cli({ QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("out.xlsx"),
                              QStringLiteral("--columns"), QStringLiteral("name,phone,tags,created") });
    ASSERT_EQ(xlsx.exitCode, 0) << xlsx;
    EXPECT_TRUE(xlsx.out.startsWith(QStringLiteral("2 customers written"))) << xlsx;
    if (!QFile::exists(python()))
        GTEST_SKIP() << "/usr/bin/python3 is missing";
    QProcess reader;
    reader.setWorkingDirectory(m_dir.path());
    reader.start(python(), { QStringLiteral("-c"), QStringLiteral(
            "import openpyxl, sys\n"
            "ws = openpyxl.load_workbook('out.xlsx').active\n"
            "for row in ws.iter_rows(values_only=True):\n"
            "    print('|'.join('' if v is None else type(v).__name__ + ':' + (str(v)[:10] if type(v).__name__ == 'datetime' else str(v)) for v in row))\n") });
    ASSERT_TRUE(reader.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(reader.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << QString::fromUtf8(reader.readAllStandardError());
    EXPECT_EQ(lines[0], QStringLiteral("str:Name|str:Phone|str:Tags|str:Created"));
    // Phones with their country code: the file may be read in another phone region.
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("str:=危险公司|str:+86 138 0013 8000|str:VIP|datetime:")))
        << lines[1];
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("str:北京老字号||"))) << lines[2];

    const CliRun csv = cli({ QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("out.csv"),
                             QStringLiteral("--search"), QStringLiteral("危险"), QStringLiteral("--encoding"),
                             QStringLiteral("gbk"), QStringLiteral("--columns"), QStringLiteral("name") });
    ASSERT_EQ(csv.exitCode, 0) << csv;
    QFile file(m_dir.filePath(QStringLiteral("out.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    // The formula-like name is neutralised with an apostrophe; the bytes are GBK.
    EXPECT_EQ(file.readAll(), gbk(QStringLiteral("Name\r\n'=危险公司\r\n")));
}

// A workbook whose first sheet is a note: the failure names the sheet read and the others.
TEST_F(CliImportExportTest, AFailureOnTheFirstSheetNamesTheOthers)
{
    if (!QFile::exists(python()))
        GTEST_SKIP() << "/usr/bin/python3 is missing";
    ASSERT_TRUE(runPython(
        QStringLiteral("import openpyxl\n"
                       "wb = openpyxl.Workbook(); wb.active.title = '说明'; wb.active['A1'] = '旧系统导出'\n"
                       "c = wb.create_sheet('客户'); c.append(['客户名称', '城市']); c.append(['甲公司', '上海'])\n"
                       "wb.save('two.xlsx')\n")));
    const CliRun run = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("two.xlsx") });
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("(This is the sheet \"说明\"; the workbook also has 客户: choose one with --sheet NAME.)")))
        << run;
    EXPECT_EQ(cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("two.xlsx"),
                      QStringLiteral("--sheet"), QStringLiteral("客户") })
                  .exitCode,
        0);
}

// A workbook written by openpyxl (not by us) with a product list and a sales history on two sheets: prices and
// quantities as numbers, a tax rate as a percent cell, order dates as date cells. The sales become orders.
TEST_F(CliImportExportTest, ImportsProductsAndTheirSalesHistoryFromAnExcelWorkbook)
{
    if (!QFile::exists(python()))
        GTEST_SKIP() << "/usr/bin/python3 is missing";
    ASSERT_TRUE(
        runPython(QStringLiteral("import openpyxl, datetime\n"
                                 "wb = openpyxl.Workbook()\n"
                                 "p = wb.active; p.title = '产品'\n"
                                 "p.append(['货号', '品名', '单价', '税率'])\n"
                                 "p.append(['LR-100', '激光测距仪', 1280.5, 0.13]); p['D2'].number_format = '0%'\n"
                                 "p.append(['HM-2', '安全帽', 45, 0.13])\n"
                                 "o = wb.create_sheet('销售明细')\n"
                                 "o.append(['单号', '日期', '客户', '货号', '数量', '折扣'])\n"
                                 "o.append(['XS-1', datetime.date(2025, 3, 5), '明达贸易', 'LR-100', 2, '9折'])\n"
                                 "o.append(['XS-1', datetime.date(2025, 3, 5), '明达贸易', 'HM-2', 10, None])\n"
                                 "o.append(['XS-2', datetime.date(2025, 4, 1), '明达贸易', 'HM-2', 1, None])\n"
                                 "wb.save('sales.xlsx')\n")));
    newId(cli(
        { QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("明达贸易") }));

    const CliRun products = cli({ QStringLiteral("import"), QStringLiteral("products"), QStringLiteral("sales.xlsx"),
        QStringLiteral("--sheet"), QStringLiteral("产品") });
    ASSERT_EQ(products.exitCode, 0) << products;
    EXPECT_TRUE(products.out.contains(QStringLiteral("Created: 2,"))) << products;
    const CliRun orders = cli({ QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("sales.xlsx"),
        QStringLiteral("--sheet"), QStringLiteral("销售明细") });
    ASSERT_EQ(orders.exitCode, 0) << orders;
    EXPECT_TRUE(orders.out.contains(QStringLiteral("Rows read: 3"))) << orders;
    EXPECT_TRUE(orders.out.contains(QStringLiteral("Created: 2,"))) << orders;
    const CliRun listed
        = cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(listed.exitCode, 0) << listed;
    // 2 x 1,280.50 less 10% + 10 x 45 = 2,754.90 before 13% tax; 45 + 13% = 50.85.
    EXPECT_TRUE(listed.out.contains(QStringLiteral("XS-1"))) << listed;
    EXPECT_TRUE(listed.out.contains(QStringLiteral("2025-03-05"))) << listed;
    EXPECT_TRUE(listed.out.contains(QStringLiteral("311304")) || listed.out.contains(QStringLiteral("3113.04")))
        << listed;
    EXPECT_TRUE(listed.out.contains(QStringLiteral("5085")) || listed.out.contains(QStringLiteral("50.85"))) << listed;

    // The same file again: both orders are in the book, and are skipped.
    const CliRun again = cli({ QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("sales.xlsx"),
        QStringLiteral("--sheet"), QStringLiteral("销售明细") });
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.out.contains(QStringLiteral("duplicates skipped: 2"))) << again;
}

TEST_F(CliImportExportTest, BrokenFilesChangeNothing)
{
    writeFile(QStringLiteral("good.csv"), "Company,Mobile\nKeep Me Co,13800138000\n");
    ASSERT_EQ(cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("good.csv") }).exitCode, 0);
    const QStringList before = listedNames();

    // Valid rows first, then a quote that never closes: the rows before it are not kept either.
    writeFile(QStringLiteral("quote.csv"), "Company,Mobile\nFirst Co,13700000001\nSecond Co,13700000002\n\"Broken,1\n");
    const CliRun quote = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("quote.csv"),
                               QStringLiteral("--valid-only") });
    EXPECT_EQ(quote.exitCode, 1) << quote;
    EXPECT_TRUE(quote.err.contains(QStringLiteral("quote.csv"))) << quote;
    expectOneLineError(quote);

    // A workbook cut short, and a file that is no table at all.
    writeFile(QStringLiteral("cut.xlsx"), QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'));
    const CliRun cut = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("cut.xlsx") });
    EXPECT_EQ(cut.exitCode, 1) << cut;
    expectOneLineError(cut);
    writeFile(QStringLiteral("binary.csv"), QByteArray("\x00\x01\x02\x03\xff\xfe\x00\x00", 8).repeated(64));
    const CliRun binary = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("binary.csv") });
    EXPECT_EQ(binary.exitCode, 1) << binary;
    expectOneLineError(binary);
    writeFile(QStringLiteral("header-only.csv"), "Company,Mobile\n");
    const CliRun headerOnly = cli({ QStringLiteral("import"), QStringLiteral("customers"),
                                    QStringLiteral("header-only.csv") });
    EXPECT_EQ(headerOnly.exitCode, 1) << headerOnly;

    EXPECT_EQ(listedNames(), before);
}

// clientele-cli exports in the audit trail, and `export --with-consent` keeping the same customers as the
// customer list's consent filter.

#include "Book.h"
#include "CliTestSupport.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

class AuditCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(bookPath());
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        QSqlDatabase db = book.value()->connection();
        addCustomer(db, QStringLiteral("同意公司"), MarketingConsent::Given);
        addCustomer(db, QStringLiteral("拒绝公司"), MarketingConsent::Refused);
        addCustomer(db, QStringLiteral("未问公司"), MarketingConsent::Unknown);
    }

    static void addCustomer(const QSqlDatabase &db, const QString &name, MarketingConsent consent)
    {
        Customer customer;
        customer.name = name;
        auto id = CustomerRepository(db).create(customer);
        ASSERT_TRUE(id.ok());
        Contact contact;
        contact.customerId = id.value();
        contact.name = name + QStringLiteral("联系人");
        contact.marketingConsent = consent;
        contact.consentDate = QDate(2026, 5, 1);
        ASSERT_TRUE(ContactRepository(db).create(contact).ok());
    }

    QString bookPath() const { return m_dir.filePath(QStringLiteral("shop.clientele")); }

    CliRun cli(const QStringList &arguments)
    {
        return runCli(m_dir.path(), QStringList { QStringLiteral("--db"), bookPath() } + arguments);
    }

    QJsonArray exportsOf(const QString &entity)
    {
        const CliRun run = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--entity"), entity,
            QStringLiteral("--action"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") });
        EXPECT_EQ(run.exitCode, 0) << run;
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QTemporaryDir m_dir;
};

TEST_F(AuditCliTest, ExportWithConsentKeepsCustomersWhoseContactAgreedAndIsRecorded)
{
    const CliRun run = cli({ QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("agreed.csv"),
        QStringLiteral("--columns"), QStringLiteral("name"), QStringLiteral("--encoding"), QStringLiteral("utf8"),
        QStringLiteral("--with-consent") });
    ASSERT_EQ(run.exitCode, 0) << run;
    QFile file(m_dir.filePath(QStringLiteral("agreed.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(parseCsv(QString::fromUtf8(file.readAll())),
        (QList<QStringList> { { QStringLiteral("Name") }, { QStringLiteral("同意公司") } }));
    const QJsonArray entries = exportsOf(QStringLiteral("customer"));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(QJsonDocument(entries.first().toObject().value(QStringLiteral("changes")).toObject())
                  .toJson(QJsonDocument::Compact),
        QByteArray("{\"anonymised\":false,\"columns\":[\"name\"],\"file\":\"agreed.csv\",\"rows\":1,"
                   "\"with_marketing_consent\":true}"));
}

TEST_F(AuditCliTest, CalendarExportIsOneEntryAndAFailedOneNone)
{
    const CliRun run
        = cli({ QStringLiteral("activities"), QStringLiteral("export-ics"), QStringLiteral("follow-ups.ics") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const CliRun failed = cli({ QStringLiteral("activities"), QStringLiteral("export-ics"),
        m_dir.filePath(QStringLiteral("no/such/dir/x.ics")) });
    EXPECT_EQ(failed.exitCode, 1) << failed;
    const QJsonArray entries = exportsOf(QStringLiteral("activity"));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(QJsonDocument(entries.first().toObject().value(QStringLiteral("changes")).toObject())
                  .toJson(QJsonDocument::Compact),
        QByteArray("{\"anonymised\":false,\"file\":\"follow-ups.ics\",\"rows\":0}"));
}

TEST_F(AuditCliTest, AnImportIsUndoneByItsEntryAndOnlyWithYes)
{
    QFile csv(m_dir.filePath(QStringLiteral("new.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("客户名称,城市\n新客户一,上海\n新客户二,北京\n");
    csv.close();
    const CliRun imported = cli({ QStringLiteral("import"), QStringLiteral("customers"), csv.fileName() });
    ASSERT_EQ(imported.exitCode, 0) << imported;
    const CliRun listed = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
        QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(entries.size(), 1) << listed;
    const QString entry = QString::number(entries.first().toObject().value(QStringLiteral("id")).toInteger());
    const auto names = [this] {
        return cli(
            { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") })
            .out.count(QStringLiteral("新客户"));
    };
    ASSERT_EQ(names(), 2);

    const CliRun asked = cli({ QStringLiteral("import"), QStringLiteral("undo"), entry });
    EXPECT_EQ(asked.exitCode, 2) << asked;
    EXPECT_TRUE(asked.err.contains(QStringLiteral("add --yes"))) << asked;
    EXPECT_EQ(names(), 2);
    const CliRun undone = cli({ QStringLiteral("import"), QStringLiteral("undo"), entry, QStringLiteral("--yes") });
    EXPECT_EQ(undone.exitCode, 0) << undone;
    EXPECT_EQ(names(), 0);
    const CliRun trashed = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
        QStringLiteral("delete"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray moves = QJsonDocument::fromJson(trashed.out.toUtf8()).array();
    ASSERT_EQ(moves.size(), 1) << trashed;
    EXPECT_EQ(
        moves.first().toObject().value(QStringLiteral("changes")).toObject().value(QStringLiteral("undoes_import")),
        QStringLiteral("new.csv"));
    EXPECT_EQ(cli({ QStringLiteral("import"), QStringLiteral("undo"), entry, QStringLiteral("--yes") }).exitCode, 1);
    EXPECT_EQ(cli({ QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("x") }).exitCode, 2);
}

// A workbook laid out for people, with group headings and a total merged across the columns (written by openpyxl,
// not by us): those rows are no customers. The import says which it left out, and its audit entry records them.
TEST_F(AuditCliTest, AnImportLeavesOutHeadingsAndTotalsMergedAcrossTheColumnsAndSaysWhich)
{
    const CliRun written = runProgram(
        QStringLiteral("/usr/bin/python3"), m_dir.path(), { QStringLiteral("-c"), QStringLiteral(R"(import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["客户名称", "城市", "手机", "金额"])
ws.append(["华北区客户"]); ws.merge_cells("A2:D2")
ws.append(["北京星光科技有限公司", "北京", "13800001001", 100])
ws.append(["华南区客户"]); ws.merge_cells("A4:D4")
ws.append(["广州白云电器", "广州", "13800001003", 300])
ws.append(["合计：2 家", None, None, 400]); ws.merge_cells("A6:C6")
wb.save("grouped.xlsx")
)") });
    ASSERT_EQ(written.exitCode, 0) << written;
    const CliRun imported
        = cli({ QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("grouped.xlsx") });
    ASSERT_EQ(imported.exitCode, 0) << imported;
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Rows read: 2 (xlsx). Created: 2,"))) << imported;
    EXPECT_TRUE(imported.out.contains(QStringLiteral("3 rows left out as headings or totals merged across the "
                                                     "columns: row 2 (A2:D2) “华北区客户”, row 4 (A4:D4) “华南区客户”, "
                                                     "row 6 (A6:C6) “合计：2 家  400”.")))
        << imported;
    const CliRun customers = cli(
        { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") });
    EXPECT_FALSE(customers.out.contains(QStringLiteral("区客户"))) << customers;
    EXPECT_FALSE(customers.out.contains(QStringLiteral("合计"))) << customers;
    const CliRun listed = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
        QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(entries.size(), 1) << listed;
    EXPECT_EQ(
        entries.first().toObject().value(QStringLiteral("changes")).toObject().value(QStringLiteral("left_out_rows")),
        QStringLiteral("2,4,6"));
}

// An import that updates a customer adds the notes written after its numbers to the customer's notes, once, and
// keeps what the notes said (found by a review: the note was dropped).
TEST_F(AuditCliTest, AnUpdatingImportAddsThePhoneNotesToTheNotes)
{
    const CliRun added = cli({ QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("广州甲公司"), QStringLiteral("--phone"), QStringLiteral("13800003004"),
        QStringLiteral("--notes"), QStringLiteral("VIP客户，账期60天") });
    ASSERT_EQ(added.exitCode, 0) << added;
    QFile csv(m_dir.filePath(QStringLiteral("noted.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("客户名称,手机\n广州甲公司,13800003004（微信同号）\n");
    csv.close();
    for (int run = 0; run < 2; ++run) {
        const CliRun imported = cli({ QStringLiteral("import"), QStringLiteral("customers"), csv.fileName(),
            QStringLiteral("--on-duplicate"), QStringLiteral("update") });
        ASSERT_EQ(imported.exitCode, 0) << imported;
    }
    const CliRun shown = cli({ QStringLiteral("customers"), QStringLiteral("show"), added.out.trimmed() });
    EXPECT_EQ(jsonObject(shown).value(QStringLiteral("notes")).toString(),
        QStringLiteral("VIP客户，账期60天\n138 0000 3004: 微信同号"))
        << shown;
}

} // namespace

#include "io/CustomerExporter.h"
#include "../core/TestSupport.h"
#include "WriterTestSupport.h"
#include "domain/PhoneNumbers.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

#include <QJsonArray>

namespace {

class CustomerExporterTest : public BookTest
{
protected:
    void SetUp() override
    {
        BookTest::SetUp();
        const qint64 owner = LookupRepository(db()).addOwner(QStringLiteral("王芳")).value_or(0);
        add(QStringLiteral("北京星辰科技有限公司"), QStringLiteral("13800138000"), { QStringLiteral("VIP"), QStringLiteral("展会") },
            owner);
        add(QStringLiteral("=HYPERLINK(\"http://x\")"), {}, {}, 0);
        add(QStringLiteral("Acme Trading"), QStringLiteral("+1 415 555 0100"), {}, 0);
    }

    void add(const QString &name, const QString &phone, const QStringList &tags, qint64 owner)
    {
        Customer customer;
        customer.name = name;
        if (!phone.isEmpty())
            customer.phones << phone;
        customer.tags = tags;
        customer.ownerId = owner;
        ASSERT_TRUE(CustomerRepository(db()).create(customer).ok());
    }

    QString out(const QString &name) const { return m_dir.filePath(name); }
};

TEST_F(CustomerExporterTest, CsvFollowsTheListsSortColumnsAndSearch)
{
    CustomerQuery query;
    query.order = Qt::DescendingOrder;
    auto summary = CustomerExporter(db()).exportTo(out(QStringLiteral("all.csv")), query,
                                                   { CustomerColumn::Name, CustomerColumn::Phone, CustomerColumn::Owner,
                                                     CustomerColumn::Tags });
    ASSERT_TRUE(summary.ok()) << summary.error().toString();
    EXPECT_EQ(summary.value().rows, 3);
    // Descending by name (code point order); text a spreadsheet could run as a formula gets an apostrophe.
    EXPECT_EQ(QString::fromUtf8(WriterTest::readAll(out(QStringLiteral("all.csv")))),
              QString::fromUtf8(QByteArray("\xEF\xBB\xBFName,Phone,Owner,Tags\r\n")
                                + QStringLiteral("北京星辰科技有限公司,13800138000,王芳,\"VIP, 展会\"\r\n").toUtf8()
                                + QByteArray("Acme Trading,'+1 415 555 0100,,\r\n"
                                             "\"'=HYPERLINK(\"\"http://x\"\")\",,,\r\n")));

    query.search = QStringLiteral("星辰");
    auto found = CustomerExporter(db()).exportTo(out(QStringLiteral("search.csv")), query, { CustomerColumn::Name });
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value().rows, 1);
}

TEST_F(CustomerExporterTest, XlsxHasTypedDatesThatOpenpyxlReads)
{
    if (!WriterTest::pythonHas(QStringLiteral("openpyxl")))
        GTEST_SKIP() << "python3-openpyxl is not installed";
    auto summary = CustomerExporter(db()).exportTo(out(QStringLiteral("all.xlsx")), {},
                                                   { CustomerColumn::Name, CustomerColumn::Created });
    ASSERT_TRUE(summary.ok()) << summary.error().toString();
    const QJsonDocument cells = WriterTest::runPythonJson(
            QStringLiteral("import json, sys, openpyxl\n"
                           "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                           "print(json.dumps([[type(c.value).__name__ for c in row] for row in ws.iter_rows()]))\n"),
            { out(QStringLiteral("all.xlsx")) });
    ASSERT_EQ(cells.array().size(), 4);
    EXPECT_EQ(cells.array()[1].toArray()[0].toString(), QStringLiteral("str"));
    EXPECT_EQ(cells.array()[1].toArray()[1].toString(), QStringLiteral("datetime"));
}

TEST_F(CustomerExporterTest, CancelOrFailureLeavesNoFile)
{
    std::atomic_bool cancel = true;
    CustomerExporter exporter(db());
    exporter.setCancelFlag(&cancel);
    auto cancelled = exporter.exportTo(out(QStringLiteral("cancelled.xlsx")), {}, CustomerExporter::allColumns());
    ASSERT_TRUE(cancelled.ok());
    EXPECT_TRUE(cancelled.value().cancelled);
    QStringList others = WriterTest::filesIn(m_dir.path());
    others.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("book.clientele")); });
    EXPECT_EQ(others, QStringList()); // no partial or temporary file
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("cancelled.xlsx"))));

    auto failed = CustomerExporter(db()).exportTo(out(QStringLiteral("no/such/dir/x.csv")), {},
                                                  CustomerExporter::allColumns());
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().toString().contains(QStringLiteral("x.csv"))) << failed.error().toString();
}

TEST_F(CustomerExporterTest, ColumnsHaveStableKeysForTheCli)
{
    for (CustomerColumn column : CustomerExporter::allColumns(true))
        EXPECT_EQ(CustomerExporter::columnFromKey(CustomerExporter::key(column)), column);
    EXPECT_EQ(CustomerExporter::columnFromKey(QStringLiteral("shoe")), std::nullopt);
    EXPECT_EQ(CustomerExporter::allColumns().size(), 19);
    EXPECT_EQ(CustomerExporter::allColumns(true).size(), 20);
}

// The whole file: address, website, notes, and every phone and email after the first. A phone stored in another
// region's national format is written in E.164, so that it does not read as a number of the importing user's.
TEST_F(CustomerExporterTest, EveryDetailOfTheFileIsWrittenOnRequest)
{
    PhoneNumbers::setDefaultRegion(QStringLiteral("US"));
    Customer customer;
    customer.name = QStringLiteral("Harbor Oak Supply");
    customer.address = QStringLiteral("3257 Taylor Street, New York");
    customer.website = QStringLiteral("https://harbor.example");
    customer.notes = QStringLiteral("Prefers calls\nafter 10");
    customer.phones = { QStringLiteral("(206) 601-3253"), QStringLiteral("+86 138 0013 8001") };
    customer.emails = { QStringLiteral("a@harbor.example"), QStringLiteral("b@harbor.example"),
        QStringLiteral("c@harbor.example") };
    ASSERT_TRUE(CustomerRepository(db()).create(customer).ok());
    PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));

    CustomerQuery query;
    query.search = QStringLiteral("Harbor");
    auto summary = CustomerExporter(db()).exportTo(out(QStringLiteral("file.csv")), query,
        { CustomerColumn::Name, CustomerColumn::Address, CustomerColumn::Phone, CustomerColumn::OtherPhones,
            CustomerColumn::Email, CustomerColumn::OtherEmails, CustomerColumn::Website, CustomerColumn::Notes },
        { TableFormat::Csv, CsvEncoding::Utf8 });
    ASSERT_TRUE(summary.ok()) << summary.error().toString();
    EXPECT_EQ(QString::fromUtf8(WriterTest::readAll(out(QStringLiteral("file.csv")))),
        QStringLiteral("Name,Address,Phone,Other phones,Email,Other emails,Website,Notes\r\n"
                       "Harbor Oak Supply,\"3257 Taylor Street, New York\",+12066013253,'+86 138 0013 8001,"
                       "a@harbor.example,b@harbor.example; c@harbor.example,https://harbor.example,"
                       "\"Prefers calls\nafter 10\"\r\n"));
}

} // namespace

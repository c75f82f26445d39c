#include "io/SalesImporter.h"
#include "../core/TestSupport.h"
#include "ListTableReader.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/ProductRepository.h"

namespace {

using Rows = QList<QVariantList>;

QVariantList cells(std::initializer_list<const char *> texts)
{
    QVariantList row;
    for (const char *text : texts)
        row << QString::fromUtf8(text);
    return row;
}

const QVariantList kProductHeader = cells({ "产品编码", "品名", "单位", "单价", "成本价", "税率", "类别" });
const QVariantList kOrderHeader
    = cells({ "订单号", "日期", "客户名称", "城市", "产品编码", "品名", "数量", "单价", "折扣" });

class SalesImporterTest : public BookTest
{
protected:
    Result<ImportSummary> import(const Rows &rows, ImportTarget target, ImportOptions options = {}, bool write = true)
    {
        ListTableReader reader(rows);
        QStringList headers;
        for (const QVariant &cell : rows.first())
            headers << cell.toString();
        options.target = target;
        return importTable(db(), reader, ImportMapping::guess(headers, target), options, write);
    }

    qint64 customer(const char *name, const char *city, const char *owner = "")
    {
        Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.city = QString::fromUtf8(city);
        if (*owner)
            customer.ownerId = LookupRepository(db()).addOwner(QString::fromUtf8(owner)).value_or(0);
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    qint64 product(const char *code, const char *name, qint64 price, qint64 cost, qint64 taxRate = 1300)
    {
        Product product;
        product.code = QString::fromUtf8(code);
        product.name = QString::fromUtf8(name);
        product.unitPrice = price;
        product.costPrice = cost;
        product.taxRate = taxRate;
        auto id = ProductRepository(db()).save(product);
        EXPECT_TRUE(id.ok()) << id.error().toString();
        return id.value_or(0);
    }

    QStringList orderTables()
    {
        QStringList all;
        for (const char *table : { "orders", "order_lines", "owners", "document_counters" })
            all << TestSql::dump(db(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        return all;
    }
};

TEST(SalesRowParserTest, ReadsPricesPercentagesAndChannelsAsTypedInChineseAndEnglishSheets)
{
    EXPECT_EQ(SalesRowParser::parseMoney(QStringLiteral("¥1,280.50"), 2).value_or(-1), 128050);
    EXPECT_EQ(SalesRowParser::parseMoney(QStringLiteral("1280.5元"), 2).value_or(-1), 128050);
    EXPECT_EQ(SalesRowParser::parseMoney(QStringLiteral("NT$ 3,000"), 0).value_or(-1), 3000);
    EXPECT_EQ(SalesRowParser::parseMoney(QStringLiteral("12.500"), 2).value_or(-1), 1250);
    EXPECT_FALSE(SalesRowParser::parseMoney(QStringLiteral("12.345"), 2).ok());
    EXPECT_FALSE(SalesRowParser::parseMoney(QStringLiteral("-5"), 2).ok());
    EXPECT_FALSE(SalesRowParser::parseMoney(QStringLiteral("abc"), 2).ok());

    EXPECT_EQ(SalesRowParser::parsePercent(QStringLiteral("13%"), false), 1300);
    EXPECT_EQ(SalesRowParser::parsePercent(QStringLiteral("0.13"), false), 1300);
    EXPECT_EQ(SalesRowParser::parsePercent(QStringLiteral("6"), false), 600);
    EXPECT_EQ(SalesRowParser::parsePercent(QStringLiteral("9折"), true), 1000);
    EXPECT_EQ(SalesRowParser::parsePercent(QStringLiteral("85折"), true), 1500);
    EXPECT_EQ(SalesRowParser::parsePercent(QStringLiteral("8.5折"), true), 1500);
    EXPECT_FALSE(SalesRowParser::parsePercent(QStringLiteral("9折"), false));
    EXPECT_FALSE(SalesRowParser::parsePercent(QStringLiteral("120%"), true));
    EXPECT_FALSE(SalesRowParser::parsePercent(QStringLiteral("lots"), true));

    EXPECT_EQ(SalesRowParser::parseChannel(QString()), QStringLiteral("direct"));
    EXPECT_EQ(SalesRowParser::parseChannel(QStringLiteral("网店")), QStringLiteral("online"));
    EXPECT_EQ(SalesRowParser::parseChannel(QStringLiteral("經銷商")), QStringLiteral("distributor"));
    EXPECT_EQ(SalesRowParser::parseChannel(QStringLiteral("Phone")), QStringLiteral("phone"));
    EXPECT_FALSE(SalesRowParser::parseChannel(QStringLiteral("carrier pigeon")));
}

TEST(SalesImportMappingTest, GuessesProductAndSalesColumnsFromChineseAndEnglishHeaders)
{
    const QStringList products { QStringLiteral("SKU"), QStringLiteral("名称"), QStringLiteral("单位"),
        QStringLiteral("售价"), QStringLiteral("Cost"), QStringLiteral("稅率"), QStringLiteral("Category"),
        QStringLiteral("Description") };
    EXPECT_EQ(ImportMapping::guess(products, ImportTarget::Products).columns(),
        (QList<ImportField> { ImportField::ProductCode, ImportField::ProductName, ImportField::ProductUnit,
            ImportField::UnitPrice, ImportField::CostPrice, ImportField::TaxRate, ImportField::ProductCategory,
            ImportField::ProductDescription }));
    // "单位" is a customer's name in a customer list, a product's unit here.
    EXPECT_EQ(ImportMapping::guess({ QStringLiteral("单位") }, ImportTarget::Customers).field(0), ImportField::Name);

    const QStringList orders { QStringLiteral("單號"), QStringLiteral("Order date"), QStringLiteral("客戶名稱"),
        QStringLiteral("城市"), QStringLiteral("貨號"), QStringLiteral("Product"), QStringLiteral("Qty"),
        QStringLiteral("Unit price"), QStringLiteral("折扣"), QStringLiteral("渠道"), QStringLiteral("业务员") };
    EXPECT_EQ(ImportMapping::guess(orders, ImportTarget::Orders).columns(),
        (QList<ImportField> { ImportField::OrderNumber, ImportField::OrderDate, ImportField::Name, ImportField::City,
            ImportField::ProductCode, ImportField::ProductName, ImportField::Quantity, ImportField::UnitPrice,
            ImportField::Discount, ImportField::Channel, ImportField::Owner }));
    const QList<Error> missing = ImportMapping(QList<ImportField> { ImportField::Name }).check(ImportTarget::Orders);
    EXPECT_EQ(missing.size(), 3); // the date, the product, the quantity
}

TEST_F(SalesImporterTest, ProductsComeInWithTheirPricesAndAreFoundAgainByCode)
{
    auto summary = import({ kProductHeader, cells({ "LR-100", "激光测距仪", "台", "¥1,280.50", "800", "13%", "工具" }),
                              cells({ "", "安全帽", "顶", "45", "20", "0.13", "劳保" }) },
        ImportTarget::Products);
    ASSERT_TRUE(summary.ok()) << summary.error().toString();
    EXPECT_TRUE(summary.value().committed);
    EXPECT_EQ(summary.value().created, 2);
    EXPECT_EQ(TestSql::dump(db(),
                  QStringLiteral("SELECT code, name, unit, currency, unit_price, cost_price, tax_rate, category FROM "
                                 "products ORDER BY id")),
        (QStringList { QStringLiteral("LR-100\t激光测距仪\t台\tCNY\t128050\t80000\t1300\t工具"),
            QStringLiteral("\t安全帽\t顶\tCNY\t4500\t2000\t1300\t劳保") }));

    // A second list with the new price only: matched by code (and by name without one), only the price changes.
    ImportOptions update;
    update.setAllDuplicateActions(DuplicateAction::Update);
    auto updated = import({ cells({ "产品编码", "品名", "单价" }), cells({ "lr-100", "激光测距仪 Pro", "1300" }),
                              cells({ "", "安全帽", "48" }) },
        ImportTarget::Products, update);
    ASSERT_TRUE(updated.ok()) << updated.error().toString();
    EXPECT_EQ(updated.value().updated, 2);
    EXPECT_EQ(updated.value().duplicates.value(0).rule, DuplicateRule::ProductCode);
    EXPECT_EQ(updated.value().duplicates.value(1).rule, DuplicateRule::ProductName);
    EXPECT_EQ(TestSql::dump(
                  db(), QStringLiteral("SELECT code, name, unit, unit_price, cost_price FROM products ORDER BY id")),
        (QStringList {
            QStringLiteral("LR-100\t激光测距仪 Pro\t台\t130000\t80000"), QStringLiteral("\t安全帽\t顶\t4800\t2000") }));
}

TEST_F(SalesImporterTest, AProductRowWithABadPriceOrATakenCodeLeavesTheCatalogueAsItWas)
{
    product("LR-100", "激光测距仪", 128050, 80000);
    const QStringList before = TestSql::dump(db(), QStringLiteral("SELECT * FROM products ORDER BY id"));
    ImportOptions create;
    create.setAllDuplicateActions(DuplicateAction::Create);
    auto summary = import({ kProductHeader, cells({ "NEW-1", "卷尺", "把", "12.345", "5", "13%", "工具" }),
                              cells({ "LR-100", "另一台", "台", "10", "5", "13%", "工具" }),
                              cells({ "NEW-2", "手套", "副", "6", "2", "250%", "劳保" }) },
        ImportTarget::Products, create);
    ASSERT_TRUE(summary.ok()) << summary.error().toString();
    EXPECT_FALSE(summary.value().committed);
    ASSERT_EQ(summary.value().problems.size(), 3);
    EXPECT_EQ(summary.value().problems[0].row, 2);
    EXPECT_EQ(summary.value().problems[0].header, QStringLiteral("单价"));
    EXPECT_EQ(summary.value().problems[1].row, 3);
    EXPECT_EQ(summary.value().problems[1].header, QStringLiteral("产品编码"));
    EXPECT_TRUE(summary.value().problems[1].message.contains(QStringLiteral("激光测距仪")));
    EXPECT_EQ(summary.value().problems[2].row, 4);
    EXPECT_EQ(summary.value().problems[2].header, QStringLiteral("税率"));
    EXPECT_EQ(TestSql::dump(db(), QStringLiteral("SELECT * FROM products ORDER BY id")), before);
}

TEST_F(SalesImporterTest, LinesOfOneOrderNumberMakeOneOrderWithTheTotalsOfAQuote)
{
    const qint64 pioneer = customer("Pioneer Bay Electronics", "Boston", "Wang Fang");
    customer("Pioneer Bay Electronics", "Shanghai");
    const qint64 bright = customer("明亮贸易", "上海");
    const qint64 meter = product("LR-100", "激光测距仪", 128050, 80000);
    const qint64 helmet = product("", "安全帽", 4500, 2000);
    auto summary
        = import({ kOrderHeader,
                     cells({ "X-1", "2025-03-05", "Pioneer Bay Electronics", "Boston", "LR-100", "", "2", "", "10%" }),
                     cells({ "X-2", "2025年4月1日", "明亮贸易", "", "", "安装服务", "1", "500", "" }),
                     cells({ "X-1", "2025-03-05", "Pioneer Bay Electronics", "Boston", "", "安全帽", "10", "", "" }) },
            ImportTarget::Orders);
    ASSERT_TRUE(summary.ok()) << summary.error().toString();
    EXPECT_TRUE(summary.value().committed);
    EXPECT_EQ(summary.value().rows, 3);
    EXPECT_EQ(summary.value().created, 2);
    EXPECT_EQ(TestSql::dump(db(),
                  QStringLiteral("SELECT o.number, o.customer_id, o.order_date, o.currency, o.channel, o.subtotal, "
                                 "o.tax, o.total, o.cost, coalesce(w.name, '') FROM orders o LEFT JOIN owners w ON "
                                 "w.id = o.owner_id ORDER BY o.id")),
        (QStringList { // 2 x 1,280.50 less 10% = 2,304.90, + 10 x 45.00 = 2,754.90; 13% tax 358.14; cost 1,600 + 200.
            QStringLiteral("X-1\t%1\t2025-03-05\tCNY\tdirect\t275490\t35814\t311304\t180000\tWang Fang").arg(pioneer),
            QStringLiteral("X-2\t%1\t2025-04-01\tCNY\tdirect\t50000\t0\t50000\t0\t").arg(bright) }));
    EXPECT_EQ(TestSql::dump(db(),
                  QStringLiteral("SELECT position, coalesce(product_id, 0), description, quantity, unit_price, "
                                 "discount_rate, tax_rate, amount FROM order_lines ORDER BY order_id, position")),
        (QStringList { QStringLiteral("1\t%1\t激光测距仪\t2000\t128050\t1000\t1300\t230490").arg(meter),
            QStringLiteral("2\t%1\t安全帽\t10000\t4500\t0\t1300\t45000").arg(helmet),
            QStringLiteral("1\t0\t安装服务\t1000\t50000\t0\t0\t50000") }));
    EXPECT_EQ(TestSql::count(db(),
                  QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'import' AND "
                                 "entity = 'order'")),
        1);
}

// A history exported from another book says what the goods cost then; without it, the catalogue's cost is used.
TEST_F(SalesImporterTest, ALinesUnitCostIsTheRowsWhenItGivesOne)
{
    customer("明亮贸易", "上海");
    product("LR-100", "激光测距仪", 128050, 80000);
    const QVariantList header = cells({ "订单号", "订单日期", "客户", "产品编码", "数量", "单位成本" });
    EXPECT_EQ(
        ImportMapping::guess({ QStringLiteral("单位成本") }, ImportTarget::Orders).field(0), ImportField::CostPrice);
    EXPECT_EQ(
        ImportMapping::guess({ QStringLiteral("Unit cost") }, ImportTarget::Orders).field(0), ImportField::CostPrice);
    auto summary = import({ header, cells({ "X-1", "2025-03-05", "明亮贸易", "LR-100", "2", "750.00" }),
                              cells({ "X-2", "2025-03-06", "明亮贸易", "LR-100", "1", "" }) },
        ImportTarget::Orders);
    ASSERT_TRUE(summary.ok()) << summary.error().toString();
    EXPECT_EQ(summary.value().created, 2);
    EXPECT_EQ(TestSql::dump(db(), QStringLiteral("SELECT unit_cost, cost FROM order_lines ORDER BY order_id")),
        (QStringList { QStringLiteral("75000\t150000"), QStringLiteral("80000\t80000") }));

    const QStringList before = orderTables();
    auto bad
        = import({ header, cells({ "X-3", "2025-03-07", "明亮贸易", "LR-100", "1", "cheap" }) }, ImportTarget::Orders);
    ASSERT_TRUE(bad.ok()) << bad.error().toString();
    ASSERT_EQ(bad.value().problems.size(), 1);
    EXPECT_EQ(bad.value().problems[0].row, 2);
    EXPECT_EQ(bad.value().problems[0].header, QStringLiteral("单位成本"));
    EXPECT_EQ(orderTables(), before);
}

TEST_F(SalesImporterTest, EachProblemNamesItsRowAndColumnAndNothingIsWrittenUnlessValidOnly)
{
    customer("Pioneer Bay Electronics", "Boston");
    customer("Pioneer Bay Electronics", "Shanghai");
    customer("明亮贸易", "上海");
    product("LR-100", "激光测距仪", 128050, 80000);
    const Rows rows { kOrderHeader, cells({ "A-1", "2025-03-05", "明亮贸易", "", "LR-100", "", "1", "", "" }),
        cells({ "A-1", "2025-03-05", "明亮贸易", "", "NOPE-9", "", "1", "", "" }), // unknown code: A-1 left out
        cells({ "A-2", "2025-03-06", "Pioneer Bay Electronics", "", "LR-100", "", "1", "", "" }), // two of them
        cells({ "A-3", "2025-03-07", "无名公司", "", "LR-100", "", "1", "", "" }), // not in the book
        cells({ "A-4", "2025-03-08", "明亮贸易", "", "", "未上架商品", "1", "", "" }), // free text needs a price
        cells({ "A-5", "2999-01-01", "明亮贸易", "", "LR-100", "", "0", "", "" }), // future, no quantity
        cells({ "A-6", "2025-03-09", "明亮贸易", "", "LR-100", "", "3", "", "" }) };
    const QStringList before = orderTables();
    auto all = import(rows, ImportTarget::Orders);
    ASSERT_TRUE(all.ok()) << all.error().toString();
    EXPECT_FALSE(all.value().committed);
    EXPECT_EQ(orderTables(), before);

    QStringList seen;
    for (const ImportProblem &problem : all.value().problems)
        seen << QStringLiteral("%1:%2").arg(problem.row).arg(problem.header);
    EXPECT_EQ(seen,
        (QStringList { QStringLiteral("3:产品编码"), QStringLiteral("4:客户名称"), QStringLiteral("5:客户名称"),
            QStringLiteral("6:单价"), QStringLiteral("7:日期"), QStringLiteral("7:数量"), QStringLiteral("2:") }));
    EXPECT_TRUE(all.value().problems[1].message.contains(QStringLiteral("City")));
    EXPECT_TRUE(all.value().problems.last().message.contains(QStringLiteral("A-1")));

    ImportOptions validOnly;
    validOnly.validOnly = true;
    auto some = import(rows, ImportTarget::Orders, validOnly);
    ASSERT_TRUE(some.ok()) << some.error().toString();
    EXPECT_TRUE(some.value().committed);
    EXPECT_EQ(some.value().created, 1);
    EXPECT_EQ(
        TestSql::column(db(), QStringLiteral("SELECT number FROM orders")), QStringList { QStringLiteral("A-6") });
}

TEST_F(SalesImporterTest, AnOrderNumberTheBookHasIsSkippedReplacedOrImportedUnderANewNumber)
{
    customer("明亮贸易", "上海");
    product("LR-100", "激光测距仪", 100000, 50000, 0);
    const Rows first { kOrderHeader, cells({ "B-1", "2025-03-05", "明亮贸易", "", "LR-100", "", "1", "", "" }) };
    ASSERT_TRUE(import(first, ImportTarget::Orders).value().committed);
    const Rows corrected { kOrderHeader, cells({ "B-1", "2025-03-05", "明亮贸易", "", "LR-100", "", "3", "", "" }) };

    auto skipped = import(corrected, ImportTarget::Orders);
    EXPECT_EQ(skipped.value().skipped, 1);
    EXPECT_EQ(skipped.value().duplicates.value(0).rule, DuplicateRule::OrderNumber);
    EXPECT_EQ(
        TestSql::column(db(), QStringLiteral("SELECT total FROM orders")), QStringList { QStringLiteral("100000") });

    ImportOptions replace;
    replace.setAllDuplicateActions(DuplicateAction::Update);
    auto replaced = import(corrected, ImportTarget::Orders, replace);
    EXPECT_EQ(replaced.value().updated, 1);
    EXPECT_EQ(TestSql::column(db(), QStringLiteral("SELECT number || ' ' || total FROM orders")),
        QStringList { QStringLiteral("B-1 300000") });
    EXPECT_EQ(TestSql::count(db(), QStringLiteral("SELECT count(*) FROM order_lines")), 1);

    ImportOptions create;
    create.setAllDuplicateActions(DuplicateAction::Create);
    auto created = import(corrected, ImportTarget::Orders, create);
    EXPECT_EQ(created.value().created, 1);
    EXPECT_EQ(TestSql::column(db(), QStringLiteral("SELECT number FROM orders ORDER BY id")),
        (QStringList { QStringLiteral("B-1"), QStringLiteral("SO-2025-0001") }));
}

} // namespace

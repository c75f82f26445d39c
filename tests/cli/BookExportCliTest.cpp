// The book's tables exported with clientele-cli and imported into another book: what went out comes back in.
#include "Book.h"
#include "CliTestSupport.h"
#include "repo/QuoteRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

namespace {

// The rows a query gives, each as its columns joined by " | ", sorted: two books compared without their ids.
QStringList rowsOf(const QString &bookPath, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(bookPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString() << " in " << sql.toStdString();
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns << query.value(i).toString();
            rows << columns.join(QStringLiteral(" | "));
        }
    }
    QSqlDatabase::removeDatabase(name);
    rows.sort();
    return rows;
}

void execute(const QString &bookPath, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(bookPath);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

class BookExportCliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    CliRun cli(const QString &book, QStringList arguments, const QMap<QString, QString> &environment = {})
    {
        arguments.prepend(book);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(m_dir.path(), arguments, environment);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A demo book's customers, contacts, catalogue and sales history, exported in `language` and imported into a
    // new book in that order.
    void moveBook(const QString &suffix, const QString &language)
    {
        const QMap<QString, QString> locale { { QStringLiteral("LANGUAGE"), language } };
        const CliRun demo = cli(QStringLiteral("from.clientele"),
            { QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--seed"),
                QStringLiteral("7") });
        ASSERT_EQ(demo.exitCode, 0) << demo;
        execute(path(QStringLiteral("from.clientele")),
            QStringLiteral("UPDATE products SET active = 0 WHERE id = (SELECT min(id) FROM products)"));
        // A customer none of whose contacts is primary: the import must not make its first one so.
        execute(path(QStringLiteral("from.clientele")),
            QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE customer_id = (SELECT min(customer_id) FROM "
                           "contacts WHERE deleted_at IS NULL)"));
        addOrderWithTerms();
        for (const QString &table : { QStringLiteral("customers"), QStringLiteral("products"),
                 QStringLiteral("contacts"), QStringLiteral("orders") }) {
            const QString file = table + suffix;
            const CliRun exported
                = cli(QStringLiteral("from.clientele"), { QStringLiteral("export"), table, file }, locale);
            ASSERT_EQ(exported.exitCode, 0) << exported;
            const CliRun imported = cli(QStringLiteral("to.clientele"),
                { QStringLiteral("import"), table, file, QStringLiteral("--errors"),
                    table + QStringLiteral("-problems.csv") },
                locale);
            ASSERT_EQ(imported.exitCode, 0) << table << ": " << imported;
            QFile problems(path(table + QStringLiteral("-problems.csv")));
            ASSERT_TRUE(problems.open(QIODevice::ReadOnly)) << imported;
            EXPECT_LE(problems.readAll().count('\n'), 1) << "no problem below the header: " << imported;
        }
    }

    // An order accepted from a quote with a discount of the whole quote and shipping at a tax rate of its own: its
    // terms must come back with it (they were left out, and the imported order had another total).
    void addOrderWithTerms()
    {
        auto book = openBook(path(QStringLiteral("from.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString();
        QuoteRepository quotes(book.value()->connection());
        Quote quote;
        quote.customerId = 1;
        QSqlQuery owner(book.value()->connection());
        ASSERT_TRUE(owner.exec(QStringLiteral("SELECT owner_id FROM customers WHERE id = 1")) && owner.next());
        quote.ownerId = owner.value(0).toLongLong(); // an import gives an order without a rep the customer's
        quote.date = QDate::currentDate().addDays(-20);
        quote.validUntil = quote.date.addDays(30);
        quote.discount = 1000; // 10%
        quote.charges = 5000; // 50.00
        quote.chargesTaxRate = 600; // 6%
        for (const auto &[description, price] : { std::pair { "Installation", 120000 }, std::pair { "Cable", 3550 } }) {
            QuoteLine line;
            line.description = QString::fromLatin1(description);
            line.quantity = 2000;
            line.unitPrice = price;
            line.taxRate = 1300;
            quote.lines << line;
        }
        auto id = quotes.create(quote);
        ASSERT_TRUE(id.ok()) << id.error().toString();
        auto order = quotes.accept(id.value(), QDate::currentDate().addDays(-10), QStringLiteral("direct"));
        ASSERT_TRUE(order.ok()) << order.error().toString();
    }

    // What each book holds, compared table by table.
    void expectSameBooks()
    {
        const QString from = path(QStringLiteral("from.clientele"));
        const QString to = path(QStringLiteral("to.clientele"));
        const QString customers = QStringLiteral(
            "SELECT c.name, c.kind, c.industry, c.province, c.city, c.address, c.website, c.notes, c.tier, c.stage, "
            "c.source, o.name, (SELECT group_concat(v, ';') FROM (SELECT p.normalized AS v FROM contact_points p "
            "WHERE p.customer_id = c.id AND p.contact_id IS NULL ORDER BY p.kind, p.position)), "
            "(SELECT group_concat(v, ';') FROM (SELECT t.name AS v FROM customer_tags ct JOIN tags t ON t.id = "
            "ct.tag_id WHERE ct.customer_id = c.id ORDER BY t.name)) "
            "FROM customers c LEFT JOIN owners o ON o.id = c.owner_id WHERE c.deleted_at IS NULL");
        const QStringList fromCustomers = rowsOf(from, customers);
        ASSERT_EQ(fromCustomers.size(), 40);
        EXPECT_EQ(rowsOf(to, customers), fromCustomers);

        const QString contacts
            = QStringLiteral("SELECT c.name, k.name, k.title, k.is_primary, k.birthday, k.notes, k.marketing_consent, "
                             "k.consent_at, "
                             "k.consent_source, (SELECT group_concat(v, ';') FROM (SELECT p.normalized AS v FROM "
                             "contact_points p WHERE p.contact_id = k.id ORDER BY p.kind, p.position)) "
                             "FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE k.deleted_at IS NULL "
                             "AND c.deleted_at IS NULL");
        const QStringList fromContacts = rowsOf(from, contacts);
        ASSERT_GT(fromContacts.size(), 20);
        // The demo's contacts have birthdays and consents, given and refused, to carry over.
        for (const char *kept : { "birthday IS NOT NULL", "marketing_consent = 1", "marketing_consent = -1" })
            EXPECT_FALSE(
                rowsOf(from, QStringLiteral("SELECT id FROM contacts WHERE %1").arg(QLatin1String(kept))).isEmpty())
                << kept;
        EXPECT_EQ(rowsOf(to, contacts), fromContacts);

        const QString products
            = QStringLiteral("SELECT code, name, description, unit, category, currency, "
                             "unit_price, cost_price, tax_rate, active FROM products WHERE deleted_at IS NULL");
        EXPECT_EQ(rowsOf(from, QStringLiteral("SELECT count(*) FROM products WHERE active = 0")),
            QStringList { QStringLiteral("1") });
        EXPECT_EQ(rowsOf(to, products), rowsOf(from, products));

        // Every line with its product, amounts and rates; and each order's date, customer, rep, channel, totals,
        // and the discount and charges of the whole order with their rates.
        const QString lines = QStringLiteral(
            "SELECT o.number, l.position, p.code, l.description, l.quantity, l.unit_price, l.discount_rate, "
            "l.tax_rate, l.amount, l.unit_cost, l.cost FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "LEFT JOIN products p ON p.id = l.product_id JOIN customers c ON c.id = o.customer_id "
            "WHERE o.deleted_at IS NULL AND c.deleted_at IS NULL");
        const QStringList fromLines = rowsOf(from, lines);
        ASSERT_GT(fromLines.size(), 40);
        EXPECT_EQ(rowsOf(to, lines), fromLines);
        const QString orders = QStringLiteral(
            "SELECT o.number, o.order_date, c.name, w.name, o.channel, o.currency, o.subtotal, o.discount, "
            "o.discount_rate, o.charges, o.charges_tax_rate, o.tax, o.total "
            "FROM orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN owners w ON w.id = o.owner_id "
            "WHERE o.deleted_at IS NULL AND c.deleted_at IS NULL");
        EXPECT_EQ(rowsOf(from,
                      QStringLiteral("SELECT discount, charges FROM orders WHERE discount_rate = 1000 AND "
                                     "charges_tax_rate = 600")),
            QStringList { QStringLiteral("24710 | 5000") }); // 10% of 2 × 1,200.00 + 2 × 35.50
        EXPECT_EQ(rowsOf(to, orders), rowsOf(from, orders));
    }

    QTemporaryDir m_dir;
};

TEST_F(BookExportCliTest, ABookMovesToAnotherBookThroughItsExcelExports)
{
    moveBook(QStringLiteral(".xlsx"), QStringLiteral("en"));
    expectSameBooks();
}

// Chinese headers, written as Excel on Traditional Chinese Windows reads them, are read back the same way.
TEST_F(BookExportCliTest, ABookMovesThroughCsvFilesWithTraditionalChineseHeaders)
{
    moveBook(QStringLiteral(".csv"), QStringLiteral("zh_TW"));
    QFile orders(path(QStringLiteral("orders.csv")));
    ASSERT_TRUE(orders.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(orders.readLine()).contains(QStringLiteral("訂單號"))) << "a Chinese header";
    expectSameBooks();
}

// Dates are dates, amounts numbers with two decimals, rates percentages: read by openpyxl, not by us.
TEST_F(BookExportCliTest, TheSalesHistoryIsTypedInExcel)
{
    ASSERT_EQ(cli(QStringLiteral("from.clientele"),
                  { QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                      QStringLiteral("--seed"), QStringLiteral("2") })
                  .exitCode,
        0);
    const CliRun run = cli(QStringLiteral("from.clientele"),
        { QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("o.xlsx"), QStringLiteral("--from"),
            QStringLiteral("2000-01-01") });
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.contains(QStringLiteral(" order lines written to o.xlsx"))) << run;
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        GTEST_SKIP() << "/usr/bin/python3 is missing";
    QProcess python;
    python.setWorkingDirectory(m_dir.path());
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import openpyxl\n"
                           "ws = openpyxl.load_workbook('o.xlsx').active\n"
                           "h = [c.value for c in ws[1]]\n"
                           "r = ws[2]\n"
                           "def c(name): return r[h.index(name)]\n"
                           "print(ws.title, ws.freeze_panes, type(c('Order date').value).__name__,\n"
                           "      type(c('Quantity').value).__name__, c('Unit price').number_format,\n"
                           "      c('Discount').number_format, c('Tax rate').number_format, c('Tax rate').value,\n"
                           "      c('Currency').value, sep='|')\n") });
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << QString::fromUtf8(python.readAllStandardError()).toStdString();
    const QStringList seen = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));
    ASSERT_EQ(seen.size(), 9) << seen.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(seen[0], QStringLiteral("Sales history"));
    EXPECT_EQ(seen[1], QStringLiteral("A2"));
    EXPECT_EQ(seen[2], QStringLiteral("datetime"));
    EXPECT_TRUE(seen[3] == QStringLiteral("int") || seen[3] == QStringLiteral("float")) << seen[3];
    EXPECT_EQ(seen[4], QStringLiteral("#,##0.00"));
    EXPECT_EQ(seen[5], QStringLiteral("0.0%"));
    EXPECT_EQ(seen[6], QStringLiteral("0.0%"));
    EXPECT_GT(seen[7].toDouble(), 0.0);
    EXPECT_LT(seen[7].toDouble(), 1.0) << "13% is 0.13";
    EXPECT_EQ(seen[8].size(), 3) << "a currency code";
}

TEST_F(BookExportCliTest, OptionsOfAnotherListAreRefused)
{
    ASSERT_EQ(
        cli(QStringLiteral("b.clientele"),
            { QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme") })
            .exitCode,
        0);
    const CliRun products = cli(QStringLiteral("b.clientele"),
        { QStringLiteral("export"), QStringLiteral("products"), QStringLiteral("p.csv"), QStringLiteral("--from"),
            QStringLiteral("2025-01-01") });
    EXPECT_EQ(products.exitCode, 2) << products;
    expectOneLineError(products);
    EXPECT_TRUE(products.err.contains(QStringLiteral("--from/--to does not apply to export products"))) << products;
    const CliRun backwards = cli(QStringLiteral("b.clientele"),
        { QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("o.csv"), QStringLiteral("--from"),
            QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-01-01") });
    EXPECT_EQ(backwards.exitCode, 2) << backwards;
    const CliRun customers = cli(QStringLiteral("b.clientele"),
        { QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("c.csv"), QStringLiteral("--to"),
            QStringLiteral("2025-01-01") });
    EXPECT_EQ(customers.exitCode, 2) << customers;
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("c.csv"))));
    const CliRun unknown = cli(QStringLiteral("b.clientele"),
        { QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("i.csv") });
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("p.csv"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("o.csv"))));
}

} // namespace

namespace {

// A list of American numbers without +1: read as American with --phone-region US, as Chinese without it; a region
// that does not exist is a usage error.
TEST_F(BookExportCliTest, PhoneRegionSaysWhoseNumbersAFileHolds)
{
    QFile file(path(QStringLiteral("us.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Company,Phone\nAcme,(415) 555-2671\n");
    file.close();
    const CliRun us = cli(QStringLiteral("us.clientele"),
        { QStringLiteral("--phone-region"), QStringLiteral("us"), QStringLiteral("import"), QStringLiteral("customers"),
            QStringLiteral("us.csv") });
    ASSERT_EQ(us.exitCode, 0) << us;
    EXPECT_EQ(rowsOf(path(QStringLiteral("us.clientele")), QStringLiteral("SELECT normalized FROM contact_points")),
        QStringList { QStringLiteral("+14155552671") });
    ASSERT_EQ(cli(QStringLiteral("cn.clientele"),
                  { QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("us.csv") })
                  .exitCode,
        0);
    EXPECT_EQ(rowsOf(path(QStringLiteral("cn.clientele")), QStringLiteral("SELECT normalized FROM contact_points")),
        QStringList { QStringLiteral("+864155552671") });
    const CliRun unknown = cli(QStringLiteral("cn.clientele"),
        { QStringLiteral("--phone-region"), QStringLiteral("XX"), QStringLiteral("customers"),
            QStringLiteral("list") });
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    expectOneLineError(unknown);
}

} // namespace

namespace {

// Exported phones carry their country code: a book in Beijing read in New York keeps its Chinese numbers.
TEST_F(BookExportCliTest, PhonesKeepTheirCountryWhenReadInAnotherRegion)
{
    ASSERT_EQ(cli(QStringLiteral("cn.clientele"),
                  { QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40"),
                      QStringLiteral("--seed"), QStringLiteral("7") })
                  .exitCode,
        0);
    for (const char *table : { "customers", "contacts" }) {
        const QString file = QLatin1String(table) + QStringLiteral(".csv");
        const CliRun exported
            = cli(QStringLiteral("cn.clientele"), { QStringLiteral("export"), QLatin1String(table), file });
        ASSERT_EQ(exported.exitCode, 0) << exported;
        const CliRun imported = cli(QStringLiteral("us.clientele"),
            { QStringLiteral("--phone-region"), QStringLiteral("US"), QStringLiteral("import"), QLatin1String(table),
                file });
        ASSERT_EQ(imported.exitCode, 0) << imported;
    }
    const QString points
        = QStringLiteral("SELECT coalesce(k.name, c.name), p.kind, p.position, p.normalized FROM contact_points p "
                         "JOIN customers c ON c.id = p.customer_id LEFT JOIN contacts k ON k.id = p.contact_id");
    const QStringList chinese = rowsOf(path(QStringLiteral("cn.clientele")), points);
    ASSERT_GT(chinese.size(), 60);
    EXPECT_EQ(rowsOf(path(QStringLiteral("us.clientele")), points), chinese);
}

} // namespace

namespace {

// --duplicates lists the rows that matched, what they matched and what was done; a formula in a name stays text.
TEST_F(BookExportCliTest, DuplicatesAreListedRowByRow)
{
    QFile file(path(QStringLiteral("list.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Company,Mobile\nAcme,13800138000\n=Evil,13900139000\nAcme again,13800138000\n");
    file.close();
    ASSERT_EQ(cli(QStringLiteral("d.clientele"),
                  { QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Old"),
                      QStringLiteral("--phone"), QStringLiteral("13900139000") })
                  .exitCode,
        0);
    const CliRun run = cli(QStringLiteral("d.clientele"),
        { QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("list.csv"),
            QStringLiteral("--duplicates"), QStringLiteral("dup.csv") });
    ASSERT_EQ(run.exitCode, 0) << run;
    QFile listed(path(QStringLiteral("dup.csv")));
    ASSERT_TRUE(listed.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(listed.readAll()).remove(QChar(0xFEFF)));
    ASSERT_EQ(rows.size(), 3) << run;
    EXPECT_EQ(rows[0],
        (QStringList { QStringLiteral("Row"), QStringLiteral("In the file"), QStringLiteral("Matches"),
            QStringLiteral("Match"), QStringLiteral("Done") }));
    EXPECT_EQ(
        rows[1].mid(0, 3), (QStringList { QStringLiteral("3"), QStringLiteral("'=Evil"), QStringLiteral("Old") }));
    // Row 2 is in the book by the time row 4 is written, yet the match names the row, as a check (--check) does.
    EXPECT_EQ(rows[2].mid(0, 3),
        (QStringList { QStringLiteral("4"), QStringLiteral("Acme again"), QStringLiteral("row 2 of the file") }));
}

} // namespace

// clientele-cli report customer: the printed one-customer report of a hand-made book, read back with poppler's
// pdftotext in English and Chinese.
#include "CliTestSupport.h"

#include "../core/CustomerReportFixture.h"
#include "Book.h"
#include "Clock.h"
#include "print/Letterhead.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

class CustomerReportCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        const FixedClock clock(QDateTime(QDate(2026, 6, 29), QTime(12, 0), Qt::UTC));
        Clock::setInstance(&clock);
        {
            auto book = openBook(s_dir->filePath(QStringLiteral("book.clientele")));
            ASSERT_TRUE(book.ok()) << book.error().toString();
            const QSqlDatabase db = book.value()->connection();
            s_fixture.build(db);
            Letterhead letterhead;
            letterhead.companyName = QStringLiteral("Seaside Trading Co.");
            letterhead.phone = QStringLiteral("+86 21 5555 0100");
            ASSERT_TRUE(letterhead.save(db).ok());
            Customer many;
            many.name = QStringLiteral("Long Story Ltd");
            auto id = CustomerRepository(db).create(many);
            ASSERT_TRUE(id.ok());
            s_longStory = id.value();
            s_fixture.addComplaints(db, s_longStory, 60);
            Customer longName;
            longName.name
                = QStringLiteral("上海浦东新区张江高科技园区国际贸易与供应链管理服务集团股份有限公司华东分公司"
                                 "暨长三角区域采购结算与物流配送中心第二事业部");
            id = CustomerRepository(db).create(longName);
            ASSERT_TRUE(id.ok());
            s_longName = id.value();
        }
        Clock::setInstance(nullptr);
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }

    static CliRun report(
        qint64 id, const QString &pdf, const QString &language, const QMap<QString, QString> &environment = {})
    {
        return runCli(s_dir->path(),
            { QStringLiteral("--db"), QStringLiteral("book.clientele"), QStringLiteral("report"),
                QStringLiteral("customer"), QString::number(id), pdf, QStringLiteral("--as-of"),
                QStringLiteral("2026-06-30"), QStringLiteral("--lang"), language },
            environment);
    }

    // The PDF's text (one page of it when page > 0) in its layout, so that a table row is one line; every run of
    // white space made one space and ligatures (the "fi" of "profit") taken apart.
    static QString pdfText(const QString &pdf, int page = 0)
    {
        QStringList arguments { QStringLiteral("-layout") };
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        QProcess process;
        process.start(QStringLiteral("pdftotext"), arguments << s_dir->filePath(pdf) << QStringLiteral("-"));
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0);
        return QString::fromUtf8(process.readAllStandardOutput())
            .replace(QChar(0xfb01), QStringLiteral("fi"))
            .replace(QChar(0xfb02), QStringLiteral("fl"))
            .simplified();
    }

    static int pdfPages(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdfinfo"), { s_dir->filePath(pdf) });
        EXPECT_TRUE(process.waitForFinished(60000));
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(QString::fromUtf8(process.readAllStandardOutput()));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    static void expectAll(const QString &text, const QStringList &expected)
    {
        for (const QString &item : expected)
            EXPECT_TRUE(text.contains(item)) << "missing " << item << " in " << text;
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline CustomerReportFixture s_fixture;
    static inline qint64 s_longStory = 0;
    static inline qint64 s_longName = 0;
};

} // namespace

TEST_F(CustomerReportCliTest, EnglishReportShowsEverySectionsFigures)
{
    const CliRun run = report(s_fixture.harbour, QStringLiteral("harbour-en.pdf"), QStringLiteral("en"));
    ASSERT_EQ(run.exitCode, 0) << run;
    const QString text = pdfText(QStringLiteral("harbour-en.pdf"));
    expectAll(text,
        { QStringLiteral("Seaside Trading Co."), QStringLiteral("CUSTOMER REPORT"), QStringLiteral("As of 30 Jun 2026"),
            QStringLiteral("Harbour Tools Ltd"),
            // profile and contacts
            QStringLiteral("Manufacturing"), QStringLiteral("浙江省, 杭州市"), QStringLiteral("Li Na"),
            QStringLiteral("29 Jun 2026, through Trade fair"), QStringLiteral("export, vip"),
            QStringLiteral("Wang Fang (primary) Purchasing manager"), QStringLiteral("Chen Jie Engineer"),
            // RFM
            QStringLiteral("Days since the last purchase: 51"), QStringLiteral("Purchases: 3"),
            QStringLiteral("Segment: At risk."),
            QStringLiteral("among all customers with purchases in CNY up to 30 Jun 2026 (4 customers)"),
            // value
            QStringLiteral("Revenue ¥3,400.00"), QStringLiteral("Gross profit ¥1,360.00"),
            QStringLiteral("Margin 40.0%"), QStringLiteral("Orders 4"), QStringLiteral("Average order value ¥1,133.33"),
            QStringLiteral("First purchase 15 Sep 2025"), QStringLiteral("Last purchase 10 May 2026"),
            QStringLiteral("Lifetime value (est.) ¥4,080.00"),
            // history
            QStringLiteral("Revenue per month, the last 24 months (CNY)"),
            QStringLiteral("GP-100 Gear pump 5 2 ¥2,500.00"), QStringLiteral("VK-7 Valve kit 5 3 ¥900.00"),
            // timeline
            QStringLiteral("Li Na — Visited the plant; a second line is planned"),
            // quotes
            QStringLiteral("Q-2026-0002 15 Jun 2026 ¥452.00 Sent 15 Jul 2026"),
            QStringLiteral("Q-2026-0001 10 Jun 2026 ¥904.00 Draft 10 Jul 2026"),
            // contracts (a title may wrap in its column; the period's end is on a line of its own)
            QStringLiteral("K-2026-01 Maintenance"), QStringLiteral("1 Jan 2026 – ¥12,000.00 Active 1 Dec 2026"),
            QStringLiteral("2026 31 Dec 2026"), QStringLiteral("K-2025-01 Maintenance"),
            QStringLiteral("1 Jan 2025 – ¥10,000.00 Renewed renewed"), QStringLiteral("2025 31 Dec 2025"),
            // complaints
            QStringLiteral("C-2026-0002 Late delivery Medium In progress 20 Jun 2026"),
            QStringLiteral("C-2026-0001 Pump leaks oil High Closed 1 Feb 2026 3 Feb 2026 4/5"),
            QStringLiteral("Page 1 of") });
    EXPECT_FALSE(text.contains(QStringLiteral("Q-2026-0003"))) << "an accepted quote is not open";
}

TEST_F(CustomerReportCliTest, ChineseReportShowsTheSameFigures)
{
    const CliRun run = report(s_fixture.harbour, QStringLiteral("harbour-zh.pdf"), QStringLiteral("zh_CN"));
    ASSERT_EQ(run.exitCode, 0) << run;
    const QString text = pdfText(QStringLiteral("harbour-zh.pdf"));
    expectAll(text,
        { QStringLiteral("客户报告"), QStringLiteral("截至 2026年6月30日"), QStringLiteral("Harbour Tools Ltd"),
            QStringLiteral("浙江省杭州市"), QStringLiteral("客户分群：有流失风险。"), QStringLiteral("收入 ¥3,400.00"),
            QStringLiteral("毛利 ¥1,360.00"), QStringLiteral("毛利率 40.0%"),
            QStringLiteral("客户终身价值（估算） ¥4,080.00"), QStringLiteral("GP-100 Gear pump 5 2 ¥2,500.00"),
            QStringLiteral("Q-2026-0002 2026年6月15日 ¥452.00"), QStringLiteral("K-2026-01 Maintenance 2026"),
            QStringLiteral("C-2026-0001 Pump leaks oil"), QStringLiteral("4/5"), QStringLiteral("第 1 页") });
    EXPECT_FALSE(text.contains(QStringLiteral("CUSTOMER REPORT")));
}

TEST_F(CustomerReportCliTest, TheReportsLanguageWinsOverTheUsersLocale)
{
    // A user working in Chinese prints an English report for a client abroad: all of it is English.
    const CliRun run = report(s_fixture.harbour, QStringLiteral("harbour-en-from-zh.pdf"), QStringLiteral("en"),
        { { QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN") } });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QString text = pdfText(QStringLiteral("harbour-en-from-zh.pdf"));
    expectAll(
        text, { QStringLiteral("CUSTOMER REPORT"), QStringLiteral("Segment: At risk."), QStringLiteral("Page 1 of") });
    EXPECT_FALSE(text.contains(QStringLiteral("客户"))) << text.toStdString();
}

TEST_F(CustomerReportCliTest, ACustomerWithoutOrdersSaysSoInEachSection)
{
    const CliRun run = report(s_fixture.prospect, QStringLiteral("prospect.pdf"), QStringLiteral("en"));
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(pdfPages(QStringLiteral("prospect.pdf")), 1);
    const QString text = pdfText(QStringLiteral("prospect.pdf"));
    expectAll(text,
        { QStringLiteral("Quiet Prospect Co"), QStringLiteral("No contacts recorded."),
            QStringLiteral("No purchases up to 30 Jun 2026: not scored."), QStringLiteral("No orders yet."),
            QStringLiteral("No orders in the last 24 months."), QStringLiteral("No products bought yet."),
            QStringLiteral("No open quotes."), QStringLiteral("No contracts."), QStringLiteral("No complaints."),
            QStringLiteral("Page 1 of 1") });
}

TEST_F(CustomerReportCliTest, LongSectionsFlowOverPagesWithoutCuttingRows)
{
    const CliRun run = report(s_longStory, QStringLiteral("long.pdf"), QStringLiteral("en"));
    ASSERT_EQ(run.exitCode, 0) << run;
    const int pages = pdfPages(QStringLiteral("long.pdf"));
    ASSERT_GE(pages, 2);
    // A row cut at a page break would be painted on both pages; each complaint is on exactly one.
    int rows = 0;
    int pagesWithRows = 0;
    int headers = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(QStringLiteral("long.pdf"), page);
        const int here
            = int(text.count(QRegularExpression(QStringLiteral("L-\\d{4} Damaged carton number \\d+ Low New"))));
        rows += here;
        pagesWithRows += here > 0 ? 1 : 0;
        headers += int(text.count(QStringLiteral("Number Summary Severity Status Received Resolved CSAT")));
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << text;
    }
    EXPECT_EQ(rows, 60);
    EXPECT_GE(pagesWithRows, 2);
    EXPECT_EQ(headers, pagesWithRows); // the header row repeats on every page the table runs over
}

// The footer's company and customer name is shortened beside the page number, not printed over it.
TEST_F(CustomerReportCliTest, ALongNameInTheFooterStopsBeforeThePageNumber)
{
    const CliRun run = report(s_longName, QStringLiteral("long-name.pdf"), QStringLiteral("zh_CN"));
    ASSERT_EQ(run.exitCode, 0) << run;
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), s_dir->filePath(QStringLiteral("long-name.pdf")), QStringLiteral("-") });
    ASSERT_TRUE(process.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    const auto footer = std::find_if(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.contains(QStringLiteral("第 1 页，共 1 页")); });
    ASSERT_NE(footer, lines.cend());
    EXPECT_TRUE(footer->contains(QStringLiteral("Seaside Trading Co. · 上海浦东新区"))) << *footer;
    EXPECT_TRUE(footer->contains(QStringLiteral("…"))) << *footer;
    EXPECT_TRUE(footer->trimmed().endsWith(QStringLiteral("第 1 页，共 1 页"))) << *footer;
}

TEST_F(CustomerReportCliTest, AnUnknownCustomerFailsWithOneLine)
{
    const CliRun run = report(9999, QStringLiteral("nobody.pdf"), QStringLiteral("en"));
    EXPECT_EQ(run.exitCode, 1);
    expectOneLineError(run);
    EXPECT_EQ(run.err, QStringLiteral("clientele-cli: There is no customer with id 9999.\n"));
    EXPECT_FALSE(QFile::exists(s_dir->filePath(QStringLiteral("nobody.pdf"))));
}

TEST_F(CustomerReportCliTest, BadArgumentsAreUsageErrors)
{
    const CliRun noFile = runCli(s_dir->path(),
        { QStringLiteral("--db"), QStringLiteral("book.clientele"), QStringLiteral("report"),
            QStringLiteral("customer"), QString::number(s_fixture.harbour) });
    EXPECT_EQ(noFile.exitCode, 2);
    expectOneLineError(noFile);
    const CliRun badLanguage = report(s_fixture.harbour, QStringLiteral("x.pdf"), QStringLiteral("fr"));
    EXPECT_EQ(badLanguage.exitCode, 2);
    EXPECT_EQ(badLanguage.err, QStringLiteral("clientele-cli: --lang must be en, zh_CN or zh_TW, not \"fr\"\n"));
}

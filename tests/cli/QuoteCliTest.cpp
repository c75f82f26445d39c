#include "Book.h"
#include "CliTestSupport.h"
#include "print/Letterhead.h"
#include "repo/CustomerRepository.h"
#include "repo/QuoteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

namespace {

QuoteLine line(const QString &description, qint64 quantity, qint64 unitPrice, qint64 taxRate)
{
    QuoteLine result;
    result.code = QStringLiteral("SKU-%1").arg(unitPrice);
    result.description = description;
    result.unit = QStringLiteral("pc");
    result.quantity = quantity;
    result.unitPrice = unitPrice;
    result.taxRate = taxRate;
    result.unitCost = unitPrice / 2;
    return result;
}

// A book with one customer and two quotes: #1 totals exactly 12,345.67 yuan; #2 has 60 lines.
class QuoteCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(bookPath());
        ASSERT_TRUE(book.ok()) << book.error().toString();
        const QSqlDatabase db = book.value()->connection();
        Letterhead letterhead;
        letterhead.companyName = QStringLiteral("Harbor Point Supplies");
        letterhead.taxId = QStringLiteral("91310000TESTTAX01");
        letterhead.bank = QStringLiteral("Bank of Testing 6222 0000 1111");
        ASSERT_TRUE(letterhead.save(db).ok());
        Customer customer;
        customer.name = QStringLiteral("杭州华鑫科技有限公司");
        customer.city = QStringLiteral("杭州");
        auto customerId = CustomerRepository(db).create(customer);
        ASSERT_TRUE(customerId.ok()) << customerId.error().toString();
        Quote quote;
        quote.customerId = customerId.value();
        quote.date = QDate(2026, 3, 2);
        quote.validUntil = QDate(2099, 4, 1);
        // 10,925.37 + 13% tax (1,420.2981 -> 1,420.30) = 12,345.67.
        quote.lines << line(QStringLiteral("Warehouse labelling kit"), 1000, 1092537, 1300);
        auto first = QuoteRepository(db).create(quote);
        ASSERT_TRUE(first.ok()) << first.error().toString();
        m_quoteId = first.value();
        quote.lines.clear();
        for (int i = 1; i <= 60; ++i)
            quote.lines << line(QStringLiteral("Item number %1").arg(i), 1000 * i, 1000, 600);
        auto second = QuoteRepository(db).create(quote);
        ASSERT_TRUE(second.ok()) << second.error().toString();
        m_longQuoteId = second.value();
    }

    QString bookPath() const { return m_dir.filePath(QStringLiteral("book.clientele")); }
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList { QStringLiteral("--db"), bookPath() } + arguments);
    }
    // The text of a PDF (or of one page of it), as poppler's pdftotext reads it.
    QString pdfText(const QString &pdf, int page = 0) const
    {
        QStringList arguments { QStringLiteral("-layout") };
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        const CliRun run
            = runProgram(QStringLiteral("pdftotext"), m_dir.path(), arguments << pdf << QStringLiteral("-"));
        EXPECT_EQ(run.exitCode, 0) << run;
        return run.out;
    }
    int pdfPages(const QString &pdf) const
    {
        const CliRun run = runProgram(QStringLiteral("pdfinfo"), m_dir.path(), { pdf });
        EXPECT_EQ(run.exitCode, 0) << run;
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    QTemporaryDir m_dir;
    qint64 m_quoteId = 0;
    qint64 m_longQuoteId = 0;
};

TEST_F(QuoteCliTest, ShowPrintsLinesAndTotalsAsJson)
{
    const CliRun run = cli({ QStringLiteral("quote"), QStringLiteral("show"), QString::number(m_quoteId),
        QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject quote = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(quote.value(QStringLiteral("number")).toString(), QStringLiteral("Q-2026-0001"));
    EXPECT_EQ(quote.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(quote.value(QStringLiteral("customer")).toString(), QStringLiteral("杭州华鑫科技有限公司"));
    EXPECT_EQ(quote.value(QStringLiteral("subtotal")).toString(), QStringLiteral("10925.37"));
    EXPECT_EQ(quote.value(QStringLiteral("tax")).toString(), QStringLiteral("1420.30"));
    EXPECT_EQ(quote.value(QStringLiteral("total")).toString(), QStringLiteral("12345.67"));
    EXPECT_EQ(quote.value(QStringLiteral("margin")).toString(), QStringLiteral("5462.69"));
    const QJsonArray lines = quote.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("10925.37"));
    EXPECT_EQ(lines[0].toObject().value(QStringLiteral("quantity")).toString(), QStringLiteral("1.000"));
    const QJsonArray taxes = quote.value(QStringLiteral("taxes")).toArray();
    ASSERT_EQ(taxes.size(), 1);
    EXPECT_EQ(taxes[0].toObject().value(QStringLiteral("rate_percent")).toString(), QStringLiteral("13.00"));
}

TEST_F(QuoteCliTest, EnglishPdfHasTheTotalsAndNoMargin)
{
    const QString pdf = m_dir.filePath(QStringLiteral("en.pdf"));
    const CliRun run = cli({ QStringLiteral("quote"), QStringLiteral("pdf"), QString::number(m_quoteId), pdf });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("QUOTATION"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Harbor Point Supplies")));
    EXPECT_TRUE(text.contains(QStringLiteral("91310000TESTTAX01")));
    EXPECT_TRUE(text.contains(QStringLiteral("杭州华鑫科技有限公司")));
    EXPECT_TRUE(text.contains(QStringLiteral("10,925.37")));
    EXPECT_TRUE(text.contains(QStringLiteral("1,420.30")));
    EXPECT_TRUE(text.contains(QStringLiteral("¥12,345.67")));
    EXPECT_FALSE(text.contains(QStringLiteral("5,462.69"))) << "the margin is never printed";
    EXPECT_FALSE(text.contains(QStringLiteral("壹万"))) << "capital numerals are for Chinese quotations";
    EXPECT_EQ(pdfPages(pdf), 1);
}

TEST_F(QuoteCliTest, ChinesePdfShowsTheTotalInCapitalNumerals)
{
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    const CliRun run = cli({ QStringLiteral("quote"), QStringLiteral("pdf"), QString::number(m_quoteId), pdf,
        QStringLiteral("--language"), QStringLiteral("zh_CN") });
    ASSERT_EQ(run.exitCode, 0) << run;
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("¥12,345.67"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("报价单"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026年3月2日"))) << text.toStdString();

    const QString traditional = m_dir.filePath(QStringLiteral("tw.pdf"));
    ASSERT_EQ(cli({ QStringLiteral("quote"), QStringLiteral("pdf"), QString::number(m_quoteId), traditional,
                      QStringLiteral("--language"), QStringLiteral("zh_TW") })
                  .exitCode,
        0);
    const QString twText = pdfText(traditional);
    EXPECT_TRUE(twText.contains(QStringLiteral("壹萬貳仟參佰肆拾伍元陸角柒分"))) << twText.toStdString();
    EXPECT_TRUE(twText.contains(QStringLiteral("報價單"))) << twText.toStdString();
}

TEST_F(QuoteCliTest, LongQuoteBreaksAcrossPagesWithTheHeaderRepeated)
{
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    const CliRun run = cli({ QStringLiteral("quote"), QStringLiteral("pdf"), QString::number(m_longQuoteId), pdf });
    ASSERT_EQ(run.exitCode, 0) << run;
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << text.toStdString();
        if (page < pages) {
            EXPECT_TRUE(text.contains(QStringLiteral("Unit price"))) << "page " << page << ": " << text.toStdString();
        }
    }
    // 1 + 2 + ... + 60 = 1,830 at 10.00 = 18,300.00; 6% tax 1,098.00.
    const QString last = pdfText(pdf, pages);
    EXPECT_TRUE(last.contains(QStringLiteral("¥19,398.00"))) << last.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Item number 60")));
}

TEST_F(QuoteCliTest, AcceptCreatesTheOrderThatOrdersListShows)
{
    const CliRun accept
        = cli({ QStringLiteral("quote"), QStringLiteral("accept"), QString::number(m_quoteId), QStringLiteral("--date"),
            QStringLiteral("2026-03-09"), QStringLiteral("--channel"), QStringLiteral("online") });
    ASSERT_EQ(accept.exitCode, 0) << accept;
    const QJsonObject order = QJsonDocument::fromJson(accept.out.toUtf8()).object();
    EXPECT_EQ(order.value(QStringLiteral("number")).toString(), QStringLiteral("SO-2026-0001"));
    EXPECT_EQ(order.value(QStringLiteral("total")).toString(), QStringLiteral("12345.67"));

    const CliRun csv
        = cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(csv.exitCode, 0) << csv;
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 2) << csv;
    EXPECT_EQ(rows[0],
        QStringLiteral("id,number,date,customer_id,customer,quote,owner,channel,currency,subtotal,"
                       "discount,charges,tax,total,cost"));
    EXPECT_EQ(rows[1].section(QLatin1Char(','), 1),
        QStringLiteral("SO-2026-0001,2026-03-09,1,杭州华鑫科技有限公司,"
                       "Q-2026-0001,,online,CNY,10925.37,0.00,0.00,"
                       "1420.30,12345.67,5462.68"));

    const CliRun again = cli({ QStringLiteral("quote"), QStringLiteral("accept"), QString::number(m_quoteId) });
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.err.contains(QStringLiteral("Q-2026-0001"))) << again;
    const CliRun json
        = cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 1) << json;
}

TEST_F(QuoteCliTest, BadInputIsAOneLineMessage)
{
    const CliRun notANumber = cli({ QStringLiteral("quote"), QStringLiteral("show"), QStringLiteral("abc") });
    EXPECT_EQ(notANumber.exitCode, 2) << notANumber;
    EXPECT_EQ(notANumber.err.trimmed(), QStringLiteral("clientele-cli: \"abc\" is not a quote ID"));
    const CliRun missing = cli({ QStringLiteral("quote"), QStringLiteral("show"), QStringLiteral("999") });
    EXPECT_EQ(missing.exitCode, 1) << missing;
    EXPECT_EQ(missing.err.trimmed(), QStringLiteral("clientele-cli: There is no quote 999."));
    const CliRun language = cli({ QStringLiteral("quote"), QStringLiteral("pdf"), QString::number(m_quoteId),
        m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--language"), QStringLiteral("fr") });
    EXPECT_EQ(language.exitCode, 2) << language;
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    const CliRun unwritable = cli({ QStringLiteral("quote"), QStringLiteral("pdf"), QString::number(m_quoteId),
        m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")) });
    EXPECT_EQ(unwritable.exitCode, 1) << unwritable;
}

} // namespace

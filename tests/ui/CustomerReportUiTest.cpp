// The customer report from the customer file: Ctrl+P opens the print preview, the button's menu writes the PDF.
#include "../core/CustomerReportFixture.h"

#include "Appearance.h"
#include "Book.h"
#include "Clock.h"
#include "CustomerFilePanel.h"
#include "FileDialog.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace {

class CustomerReportUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Clock::setInstance(&m_clock);
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString();
        m_book = std::move(book).value();
        m_fixture.build(m_book->connection());
        m_panel = std::make_unique<CustomerFilePanel>(m_book->connection());
        m_panel->resize(900, 600);
        m_panel->show();
    }
    void TearDown() override
    {
        m_panel.reset();
        m_book.reset();
        Clock::setInstance(nullptr);
    }

    QToolButton *reportButton() const
    {
        return m_panel->findChild<QToolButton *>(QStringLiteral("customerReportToolButton"));
    }

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 6, 30), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<Database> m_book;
    CustomerReportFixture m_fixture;
    std::unique_ptr<CustomerFilePanel> m_panel;
};

} // namespace

TEST_F(CustomerReportUiTest, TheReportIsOnlyOfferedForACustomer)
{
    ASSERT_NE(reportButton(), nullptr);
    EXPECT_FALSE(reportButton()->isEnabled());
    m_panel->showCustomer(m_fixture.harbour);
    EXPECT_TRUE(reportButton()->isEnabled());
    EXPECT_EQ(reportButton()->defaultAction()->shortcut(), QKeySequence(QKeySequence::Print));
}

TEST_F(CustomerReportUiTest, SaveAsPdfFromTheButtonMenuWritesTheReport)
{
    m_panel->showCustomer(m_fixture.harbour);
    const QString pdf = m_dir.filePath(QStringLiteral("harbour.pdf"));
    FileDialog::setNextFileName(pdf);
    auto *save = m_panel->findChild<QAction *>(QStringLiteral("customerReportPdfAction"));
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(reportButton()->actions().contains(save)); // offered in the button's menu
    save->trigger();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(5), QByteArray("%PDF-"));
    file.close();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(content.contains(QStringLiteral("Harbour Tools Ltd"))) << content;
    EXPECT_TRUE(content.contains(QStringLiteral("As of 30 Jun 2026"))) << content;
    EXPECT_TRUE(content.contains(QStringLiteral("Revenue ¥3,400.00"))) << content;
    EXPECT_TRUE(content.contains(QStringLiteral("Segment: At risk."))) << content;
}

TEST_F(CustomerReportUiTest, APdfSavedInDarkColoursIsBlackOnWhite)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftoppm and pdftotext (poppler-utils) are not installed";
    // Paper is white whatever the screen's colours: text printed in the dark palette's light grey all but vanished.
    Appearance::apply(Appearance::Mode::Dark);
    const auto restore = qScopeGuard([] { Appearance::apply(Appearance::Mode::System); });
    m_panel->showCustomer(m_fixture.harbour);
    const QString pdf = m_dir.filePath(QStringLiteral("dark.pdf"));
    FileDialog::setNextFileName(pdf);
    m_panel->findChild<QAction *>(QStringLiteral("customerReportPdfAction"))->trigger();

    // Where the first page prints the customer's industry (in points), and the page at 72 dpi (a pixel a point).
    QProcess words;
    words.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
            pdf, QStringLiteral("-") });
    ASSERT_TRUE(words.waitForFinished(60000));
    const QRegularExpression word(QStringLiteral("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                                 "yMax=\"([\\d.]+)\">Manufacturing</word>"));
    const QRegularExpressionMatch box = word.match(QString::fromUtf8(words.readAllStandardOutput()));
    ASSERT_TRUE(box.hasMatch());
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
            QStringLiteral("1"), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
            m_dir.filePath(QStringLiteral("page")) });
    ASSERT_TRUE(render.waitForFinished(60000));
    const QImage page(m_dir.filePath(QStringLiteral("page.png")));
    ASSERT_FALSE(page.isNull());
    int darkest = 255;
    for (int y = int(box.captured(2).toDouble()); y <= int(box.captured(4).toDouble()); ++y) {
        for (int x = int(box.captured(1).toDouble()); x <= int(box.captured(3).toDouble()); ++x)
            darkest = std::min(darkest, qGray(page.pixel(x, y)));
    }
    EXPECT_LT(darkest, 80) << "the word \"Manufacturing\" is printed in grey " << darkest;
}

TEST_F(CustomerReportUiTest, CtrlPInTheCustomerFileOpensThePrintPreview)
{
    m_panel->showCustomer(m_fixture.harbour);
    m_panel->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_panel.get()));
    auto *tabs = m_panel->findChild<QWidget *>(QStringLiteral("customerTabWidget"));
    ASSERT_NE(tabs, nullptr);
    tabs->setFocus();
    QString shown;
    // The preview opens once the report is gathered off the GUI thread: look for it again and again from timers
    // (a blocking wait here would hold up the event loop that waits for the gathering).
    auto attempt = std::make_shared<std::function<void()>>();
    auto left = std::make_shared<int>(1000); // ten seconds, then the test fails instead of waiting for ever
    *attempt = [&shown, attempt, left] {
        if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            shown = dialog->objectName() + QLatin1Char('|') + dialog->windowTitle();
            dialog->reject();
        } else if (--*left > 0) {
            QTimer::singleShot(10, *attempt);
        }
    };
    QTimer::singleShot(0, *attempt);
    QTest::keyClick(tabs, Qt::Key_P, Qt::ControlModifier);
    *left = 0; // no more looking once the shortcut's work is over
    EXPECT_EQ(shown, QStringLiteral("customerReportPrintPreview|Customer report: Harbour Tools Ltd"));
}

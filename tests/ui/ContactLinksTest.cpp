// Links in the customer file, and plain text in message boxes: e-mail addresses and the website open with the desktop's
// programs, a contact's right-click menu writes them an e-mail, and what the user typed is never rendered as HTML.
// Offscreen, on a real book; the desktop's programs are replaced by QDesktopServices URL handlers.

#include "ContactLinks.h"
#include "Book.h"
#include "CustomerFilePanel.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

// Stands in for the mail program and the browser: records what it was asked to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

namespace {

TEST(ContactLinksTest, MailtoAcceptsAddressesOnly)
{
    EXPECT_EQ(ContactLinks::mailto(QStringLiteral(" li.na@example.cn ")).toString(),
        QStringLiteral("mailto:li.na@example.cn"));
    EXPECT_TRUE(ContactLinks::mailto(QStringLiteral("not an address")).isEmpty());
    EXPECT_TRUE(ContactLinks::mailto(QStringLiteral("a@b@c")).isEmpty());
    EXPECT_TRUE(ContactLinks::mailto(QString()).isEmpty());
}

TEST(ContactLinksTest, WebsiteGetsHttpsAndRefusesOtherSchemes)
{
    EXPECT_EQ(
        ContactLinks::website(QStringLiteral("www.example.cn")).toString(), QStringLiteral("https://www.example.cn"));
    EXPECT_EQ(ContactLinks::website(QStringLiteral("http://shop.example.com/a?b=1")).toString(),
        QStringLiteral("http://shop.example.com/a?b=1"));
    EXPECT_TRUE(ContactLinks::website(QStringLiteral("javascript:alert(1)")).isEmpty());
    EXPECT_TRUE(ContactLinks::website(QStringLiteral("file:///etc/passwd")).isEmpty());
    EXPECT_TRUE(ContactLinks::website(QStringLiteral("ask at the front desk")).isEmpty());
}

TEST(ContactLinksTest, HtmlEscapesWhatIsNotALink)
{
    EXPECT_EQ(ContactLinks::emailsHtml({ QStringLiteral("a@x.com"), QStringLiteral("<b>none</b>") }),
        QStringLiteral("<a href=\"mailto:a@x.com\">a@x.com</a><br>&lt;b&gt;none&lt;/b&gt;"));
    EXPECT_EQ(ContactLinks::websiteHtml(QStringLiteral("javascript:alert(1)")), QStringLiteral("javascript:alert(1)"));
    EXPECT_EQ(ContactLinks::websiteHtml(QStringLiteral("x.com/?a=1&b=2")),
        QStringLiteral("<a href=\"https://x.com/?a=1&amp;b=2\">x.com/?a=1&amp;b=2</a>"));
}

class CustomerFileLinksTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        m_book = std::move(book).value();
        Customer customer;
        customer.name = QStringLiteral("<b>Bold</b> & 星辰贸易");
        customer.emails = { QStringLiteral("sales@xingchen.cn"), QStringLiteral("li@xingchen.cn") };
        customer.website = QStringLiteral("www.xingchen.cn");
        customer.notes = QStringLiteral("<i>not italic</i>");
        auto id = CustomerRepository(db()).create(customer);
        ASSERT_TRUE(id.ok());
        m_customer = id.value();
        Contact withEmail;
        withEmail.customerId = m_customer;
        withEmail.name = QStringLiteral("李娜");
        withEmail.email = QStringLiteral("li.na@xingchen.cn");
        ASSERT_TRUE(ContactRepository(db()).create(withEmail).ok());
        Contact withoutEmail;
        withoutEmail.customerId = m_customer;
        withoutEmail.name = QStringLiteral("王伟");
        ASSERT_TRUE(ContactRepository(db()).create(withoutEmail).ok());
        for (const char *scheme : { "mailto", "https" })
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_recorder, "open");
    }

    void TearDown() override
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    QSqlDatabase db() const { return m_book->connection(); }

    // The customer file, shown, on the fixture's customer.
    std::unique_ptr<CustomerFilePanel> showPanel() const
    {
        auto panel = std::make_unique<CustomerFilePanel>(db());
        panel->show();
        panel->showCustomer(m_customer);
        return panel;
    }

    // The hrefs of the label's links, in order.
    static QStringList hrefs(const QLabel *label)
    {
        QStringList result;
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (auto it = href.globalMatch(label->text()); it.hasNext();)
            result << it.next().captured(1);
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
    qint64 m_customer = 0;
    UrlRecorder m_recorder;
};

TEST_F(CustomerFileLinksTest, EmailsAndWebsiteOpenWithTheDesktopsPrograms)
{
    const auto panel = showPanel();
    auto emails = panel->findChild<QLabel *>(QStringLiteral("customerEmailsLabel"));
    auto website = panel->findChild<QLabel *>(QStringLiteral("customerWebsiteLabel"));
    ASSERT_TRUE(emails && website);
    const QStringList emailLinks = hrefs(emails);
    ASSERT_EQ(emailLinks,
        (QStringList { QStringLiteral("mailto:sales@xingchen.cn"), QStringLiteral("mailto:li@xingchen.cn") }));
    ASSERT_EQ(hrefs(website), QStringList { QStringLiteral("https://www.xingchen.cn") });

    emit emails->linkActivated(emailLinks.last());
    emit website->linkActivated(hrefs(website).first());
    EXPECT_EQ(m_recorder.opened,
        (QList<QUrl> {
            QUrl(QStringLiteral("mailto:li@xingchen.cn")), QUrl(QStringLiteral("https://www.xingchen.cn")) }));
}

TEST_F(CustomerFileLinksTest, WhatTheUserTypedIsShownAsPlainText)
{
    const auto panel = showPanel();
    auto title = panel->findChild<QLabel *>(QStringLiteral("customerTitleLabel"));
    ASSERT_TRUE(title);
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_EQ(title->text(), QStringLiteral("<b>Bold</b> & 星辰贸易"));
    bool notesShownAsTyped = false;
    for (auto label : panel->findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("<i>not italic</i>"))
            notesShownAsTyped = label->textFormat() == Qt::PlainText;
    }
    EXPECT_TRUE(notesShownAsTyped);
}

TEST_F(CustomerFileLinksTest, AContactsMenuWritesThemAnEmail)
{
    const auto panel = showPanel();
    auto contacts = panel->findChild<QTableWidget *>(QStringLiteral("contactsTableWidget"));
    auto write = panel->findChild<QAction *>(QStringLiteral("writeEmailAction"));
    ASSERT_TRUE(contacts && write);
    ASSERT_EQ(contacts->rowCount(), 2);
    EXPECT_EQ(contacts->contextMenuPolicy(), Qt::ActionsContextMenu);
    EXPECT_TRUE(contacts->actions().contains(write));

    const int withEmail = contacts->item(0, 3)->text().isEmpty() ? 1 : 0;
    contacts->selectRow(1 - withEmail);
    EXPECT_FALSE(write->isEnabled());
    contacts->selectRow(withEmail);
    ASSERT_TRUE(write->isEnabled());
    write->trigger();
    EXPECT_EQ(m_recorder.opened, QList<QUrl> { QUrl(QStringLiteral("mailto:li.na@xingchen.cn")) });
}

TEST(MessageBoxTextTest, AQuestionShowsANameAsTyped)
{
    Qt::TextFormat format = Qt::AutoText;
    QString shown;
    QTimer::singleShot(0, [&] {
        waitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr; });
        if (auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            format = box->textFormat();
            shown = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    const auto answer = MessageBox::question(nullptr, QStringLiteral("Remove contact"),
        QStringLiteral("Remove <b>Li</b> from this customer?"), QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    EXPECT_EQ(answer, QMessageBox::No);
    EXPECT_EQ(format, Qt::PlainText);
    EXPECT_EQ(shown, QStringLiteral("Remove <b>Li</b> from this customer?"));
}

} // namespace

#include "ContactLinksTest.moc"

// Marketing consent in the contact dialog and the customer list's consent filter, and the Audit view's record
// kinds, offscreen on a real book.

#include "Book.h"
#include "ContactDialog.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "UiTestSupport.h"
#include "audit/AuditDescriber.h"
#include "audit/AuditLog.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "trust/AuditPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class ConsentUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings().clear();
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        m_book = std::move(book).value();
        Customer customer;
        customer.name = QStringLiteral("星辰贸易");
        auto id = CustomerRepository(db()).create(customer);
        ASSERT_TRUE(id.ok());
        m_customer = id.value();
    }

    QSqlDatabase db() const { return m_book->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
    qint64 m_customer = 0;
};

TEST_F(ConsentUiTest, TheContactDialogRecordsConsentWithItsDateAndSource)
{
    Contact fresh;
    fresh.customerId = m_customer;
    ContactDialog dialog(db(), fresh);
    dialog.show();
    auto consent = dialog.findChild<QComboBox *>(QStringLiteral("contactConsentComboBox"));
    auto date = dialog.findChild<QDateEdit *>(QStringLiteral("contactConsentDateEdit"));
    auto source = dialog.findChild<QComboBox *>(QStringLiteral("contactConsentSourceComboBox"));
    ASSERT_TRUE(consent && date && source);
    EXPECT_EQ(consent->currentText(), QStringLiteral("Not asked"));
    EXPECT_FALSE(date->isEnabled());
    EXPECT_FALSE(source->isEnabled());
    EXPECT_GE(source->findText(QStringLiteral("Trade fair")), 0); // a suggestion
    // QTest types ASCII only: Chinese text goes in as an input method would put it.
    dialog.findChild<QLineEdit *>(QStringLiteral("contactNameLineEdit"))->insert(QStringLiteral("李娜"));
    consent->setCurrentIndex(consent->findData(QStringLiteral("given")));
    EXPECT_TRUE(date->isEnabled());
    EXPECT_TRUE(source->isEnabled());
    date->setDate(QDate(2026, 5, 1));
    source->lineEdit()->insert(QStringLiteral("展会"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    auto contacts = ContactRepository(db()).forCustomer(m_customer);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts.value().size(), 1);
    Contact stored = contacts.value().first();
    EXPECT_EQ(stored.name, QStringLiteral("李娜"));
    EXPECT_EQ(stored.marketingConsent, MarketingConsent::Given);
    EXPECT_EQ(stored.consentDate, QDate(2026, 5, 1));
    EXPECT_EQ(stored.consentSource, QStringLiteral("展会"));

    // Withdrawn later: the dialog shows what is stored, and the change is audited.
    ContactDialog edit(db(), stored);
    edit.show();
    auto editConsent = edit.findChild<QComboBox *>(QStringLiteral("contactConsentComboBox"));
    auto editDate = edit.findChild<QDateEdit *>(QStringLiteral("contactConsentDateEdit"));
    auto editSource = edit.findChild<QComboBox *>(QStringLiteral("contactConsentSourceComboBox"));
    EXPECT_EQ(editConsent->currentData().toString(), QStringLiteral("given"));
    EXPECT_EQ(editDate->date(), QDate(2026, 5, 1));
    EXPECT_EQ(editSource->currentText(), QStringLiteral("展会"));
    EXPECT_EQ(editSource->itemText(0), QStringLiteral("展会")); // sources in use come first
    editConsent->setCurrentIndex(editConsent->findData(QStringLiteral("refused")));
    editDate->setDate(QDate(2026, 5, 20));
    edit.accept();
    EXPECT_EQ(edit.result(), QDialog::Accepted);
    stored = ContactRepository(db()).find(stored.id).value_or(Contact {});
    EXPECT_EQ(stored.marketingConsent, MarketingConsent::Refused);
    EXPECT_EQ(stored.consentDate, QDate(2026, 5, 20));
    AuditFilter filter;
    filter.entity = QStringLiteral("contact");
    auto entries = AuditLog(db()).list(filter);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().size(), 2);
    EXPECT_EQ(AuditDescriber(db()).describe(entries.value().first()).toStdString(),
        QStringLiteral("Marketing consent: Agreed → Refused or withdrawn; Consent date: %1 → %2")
            .arg(QLocale().toString(QDate(2026, 5, 1), QLocale::ShortFormat),
                QLocale().toString(QDate(2026, 5, 20), QLocale::ShortFormat))
            .toStdString());
}

TEST_F(ConsentUiTest, TheListFilterShowsOnlyCustomersWithAConsentingContact)
{
    Customer other;
    other.name = QStringLiteral("远航物流");
    ASSERT_TRUE(CustomerRepository(db()).create(other).ok());
    Contact contact;
    contact.customerId = m_customer;
    contact.name = QStringLiteral("李娜");
    contact.marketingConsent = MarketingConsent::Given;
    contact.consentDate = QDate(2026, 5, 1);
    ASSERT_TRUE(ContactRepository(db()).create(contact).ok());

    CustomerListPanel list(db());
    list.show();
    EXPECT_EQ(list.model()->rowCount(), 2);
    auto consent = list.findChild<QCheckBox *>(QStringLiteral("consentFilterCheckBox"));
    ASSERT_TRUE(consent);
    QTest::mouseClick(consent, Qt::LeftButton);
    EXPECT_TRUE(list.model()->query().withMarketingConsent);
    EXPECT_EQ(list.model()->rowCount(), 1);
    EXPECT_EQ(list.model()->idAt(0), m_customer);
    consent->setChecked(false);
    EXPECT_EQ(list.model()->rowCount(), 2);
}

TEST_F(ConsentUiTest, TheAuditViewFiltersOnEveryKindOfRecord)
{
    AuditPanel panel(db());
    auto entity = panel.findChild<QComboBox *>(QStringLiteral("auditEntityComboBox"));
    ASSERT_TRUE(entity);
    QStringList kinds;
    for (int i = 1; i < entity->count(); ++i)
        kinds << entity->itemText(i);
    EXPECT_EQ(kinds,
        (QStringList { QStringLiteral("Customer"), QStringLiteral("Contact"), QStringLiteral("Note"),
            QStringLiteral("Follow-up"), QStringLiteral("Contract"), QStringLiteral("Product"), QStringLiteral("Quote"),
            QStringLiteral("Order"), QStringLiteral("Complaint"), QStringLiteral("Sales rep"),
            QStringLiteral("Audit trail"), QStringLiteral("Book") }));
}

} // namespace

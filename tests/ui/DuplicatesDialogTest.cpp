#include "../core/TestSupport.h"

#include "Book.h"
#include "DuplicatesDialog.h"
#include "MessageBox.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {

// Widgets added to a shown dialog (the comparison of a pair) appear with the next turn of the event loop.
void settle()
{
    QTest::qWait(20);
}

// Clicks a radio button or check box on its indicator: the middle of a wide button can lie past its text, where a
// click does nothing.
void clickChoice(QAbstractButton *button)
{
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

// A book with one company entered twice (same phone typed differently, same name apart from the legal suffix)
// and an unrelated customer.
class DuplicatesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(m_dir.filePath(QStringLiteral("book.clientele")));
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        m_book = std::move(book).value();
        LookupRepository lookups(db());
        const qint64 zhang = lookups.addOwner(QStringLiteral("Zhang Wei")).value_or(0);
        const qint64 li = lookups.addOwner(QStringLiteral("Li Na")).value_or(0);

        Customer kept;
        kept.name = QStringLiteral("Northwind Trading Co., Ltd.");
        kept.phones = QStringList { QStringLiteral("021 6888 1234") };
        kept.emails = QStringList { QStringLiteral("sales@northwind.cn") };
        kept.province = QStringLiteral("Shanghai");
        kept.city = QStringLiteral("Shanghai");
        kept.address = QStringLiteral("88 Century Avenue, Pudong");
        kept.source = QStringLiteral("Trade fair");
        kept.ownerId = zhang;
        kept.tier = QStringLiteral("A");
        kept.stage = LifecycleStage::Customer;
        kept.tags = QStringList { QStringLiteral("VIP") };
        kept.notes = QStringLiteral("Pays within 30 days.");
        m_kept = create(kept);

        Customer duplicate;
        duplicate.name = QStringLiteral("NORTHWIND TRADING");
        duplicate.phones = QStringList { QStringLiteral("+86 21 6888 1234"), QStringLiteral("139 1234 5678") };
        duplicate.emails = QStringList { QStringLiteral("info@northwind.cn") };
        duplicate.industry = QStringLiteral("Wholesale");
        duplicate.province = QStringLiteral("Shanghai");
        duplicate.city = QStringLiteral("Shanghai Pudong");
        duplicate.website = QStringLiteral("https://northwind.cn");
        duplicate.source = QStringLiteral("Website");
        duplicate.ownerId = li;
        duplicate.tier = QStringLiteral("B");
        duplicate.stage = LifecycleStage::Prospect;
        duplicate.tags = QStringList { QStringLiteral("Export"), QStringLiteral("VIP") };
        m_duplicate = create(duplicate);

        Customer other;
        other.name = QStringLiteral("Contoso Foods");
        other.phones = QStringList { QStringLiteral("010 8888 0000") };
        create(other);

        Contact contact;
        contact.customerId = m_duplicate;
        contact.name = QStringLiteral("Wang Fang");
        contact.phones = QStringList { QStringLiteral("13600000002") };
        m_contact = ContactRepository(db()).create(contact).value_or(0);
    }

    QSqlDatabase db() const { return m_book->connection(); }

    qint64 create(const Customer &customer)
    {
        auto id = CustomerRepository(db()).create(customer);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.value_or(0);
    }

    Customer find(qint64 id) const { return CustomerRepository(db()).find(id).value_or(Customer {}); }

    template <typename T> static T *child(const QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
    qint64 m_kept = 0;
    qint64 m_duplicate = 0;
    qint64 m_contact = 0;
};

TEST_F(DuplicatesDialogTest, NamesTypedAlikeAreCalledTheSameName)
{
    Customer twin;
    twin.name = QStringLiteral("Contoso Foods");
    twin.city = QStringLiteral("Beijing");
    create(twin);
    DuplicatesDialog dialog(db());
    dialog.show();
    auto tree = child<QTreeWidget>(dialog, "groupsTreeWidget");
    ASSERT_NE(tree, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 2; }, 10000));
    QStringList reasons;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        reasons << tree->topLevelItem(i)->text(0) + QStringLiteral(" | ") + tree->topLevelItem(i)->text(1);
    EXPECT_TRUE(reasons.contains(QStringLiteral("Contoso Foods · Contoso Foods | Same name"))) << reasons.join(u'\n');
}

TEST_F(DuplicatesDialogTest, ListsTheGroupAndMergesTheChosenValues)
{
    DuplicatesDialog dialog(db());
    QSignalSpy merged(&dialog, &DuplicatesDialog::customersMerged);
    dialog.show();
    auto tree = child<QTreeWidget>(dialog, "groupsTreeWidget");
    ASSERT_NE(tree, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->topLevelItemCount() > 0; }, 10000));
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *group = tree->topLevelItem(0);
    EXPECT_EQ(group->text(0), QStringLiteral("Northwind Trading Co., Ltd. · NORTHWIND TRADING"));
    // The names differ in case and legal form: the reason says so rather than showing the folded key.
    EXPECT_EQ(group->text(1),
        QStringLiteral("Same phone: 021 6888 1234; Same name apart from case, punctuation or legal form"));
    EXPECT_EQ(child<QLabel>(dialog, "summaryLabel")->text(), QStringLiteral("1 group(s) of likely duplicates found."));

    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(group).center());
    settle();
    EXPECT_EQ(child<QComboBox>(dialog, "leftComboBox")->currentText(),
        QStringLiteral("Northwind Trading Co., Ltd. (Shanghai)"));
    EXPECT_EQ(child<QComboBox>(dialog, "rightComboBox")->currentText(),
        QStringLiteral("NORTHWIND TRADING (Shanghai Pudong)"));
    // Defaults: the kept customer's values, blanks filled from the other one, lists from both.
    EXPECT_TRUE(child<QRadioButton>(dialog, "nameLeftRadioButton")->isChecked());
    EXPECT_TRUE(child<QRadioButton>(dialog, "industryRightRadioButton")->isChecked());
    EXPECT_FALSE(child<QRadioButton>(dialog, "provinceLeftRadioButton")->isEnabled()); // the same on both sides
    EXPECT_TRUE(child<QCheckBox>(dialog, "phonesLeftCheckBox")->isChecked());
    EXPECT_TRUE(child<QCheckBox>(dialog, "phonesRightCheckBox")->isChecked());
    EXPECT_EQ(
        child<QCheckBox>(dialog, "phonesRightCheckBox")->text(), QStringLiteral("+86 21 6888 1234, 139 1234 5678"));
    EXPECT_FALSE(child<QCheckBox>(dialog, "notesRightCheckBox")->isEnabled()); // nothing to keep

    // The user takes the city and the tier from the right and drops the right-hand emails.
    clickChoice(child<QRadioButton>(dialog, "cityRightRadioButton"));
    clickChoice(child<QRadioButton>(dialog, "tierRightRadioButton"));
    clickChoice(child<QCheckBox>(dialog, "emailsRightCheckBox"));
    EXPECT_TRUE(child<QRadioButton>(dialog, "cityRightRadioButton")->isChecked());
    EXPECT_FALSE(child<QRadioButton>(dialog, "cityLeftRadioButton")->isChecked());

    if (const QByteArray folder = qgetenv("CLIENTELE_SCREENSHOTS"); !folder.isEmpty()) {
        dialog.resize(1200, 700);
        QTest::qWait(50);
        EXPECT_TRUE(dialog.grab().save(
            QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("duplicates-merge-en.png"))));
    }

    // "No" changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog, "mergeButton"), Qt::LeftButton);
    EXPECT_EQ(MessageBox::lastText(),
        QStringLiteral("Merge “NORTHWIND TRADING” into “Northwind Trading Co., Ltd.”?\n\n“NORTHWIND TRADING” goes to "
                       "the trash and its contacts and notes move to “Northwind Trading Co., Ltd.”, which keeps the "
                       "values chosen here. Restoring “NORTHWIND TRADING” from the trash undoes the merge."));
    EXPECT_FALSE(find(m_duplicate).deletedAt.isValid());
    EXPECT_EQ(merged.count(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "mergeButton"), Qt::LeftButton);
    ASSERT_EQ(merged.count(), 1);
    EXPECT_EQ(merged.first().at(0).toLongLong(), m_kept);
    EXPECT_EQ(merged.first().at(1).toLongLong(), m_duplicate);

    const Customer kept = find(m_kept);
    EXPECT_EQ(kept.name, QStringLiteral("Northwind Trading Co., Ltd."));
    EXPECT_EQ(kept.city, QStringLiteral("Shanghai Pudong"));
    EXPECT_EQ(kept.tier, QStringLiteral("B"));
    EXPECT_EQ(kept.industry, QStringLiteral("Wholesale"));
    EXPECT_EQ(kept.ownerName, QStringLiteral("Zhang Wei"));
    EXPECT_EQ(kept.stage, LifecycleStage::Customer);
    EXPECT_EQ(kept.phones, (QStringList { QStringLiteral("021 6888 1234"), QStringLiteral("139 1234 5678") }));
    EXPECT_EQ(kept.emails, QStringList { QStringLiteral("sales@northwind.cn") });
    EXPECT_EQ(kept.tags, (QStringList { QStringLiteral("Export"), QStringLiteral("VIP") }));
    EXPECT_EQ(kept.notes, QStringLiteral("Pays within 30 days."));
    EXPECT_TRUE(find(m_duplicate).deletedAt.isValid());
    auto contacts = ContactRepository(db()).forCustomer(m_kept);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts.value().size(), 1);
    EXPECT_EQ(contacts.value().first().id, m_contact);

    // The group is done.
    EXPECT_EQ(tree->topLevelItemCount(), 0);
    EXPECT_EQ(child<QLabel>(dialog, "summaryLabel")->text(), QStringLiteral("No likely duplicates found."));
    EXPECT_FALSE(child<QPushButton>(dialog, "mergeButton")->isEnabled());
}

TEST_F(DuplicatesDialogTest, SwapSidesKeepsTheOtherCustomer)
{
    DuplicatesDialog dialog(db());
    dialog.show();
    auto tree = child<QTreeWidget>(dialog, "groupsTreeWidget");
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->topLevelItemCount() > 0; }, 10000));
    settle();
    QTest::mouseClick(child<QPushButton>(dialog, "swapButton"), Qt::LeftButton);
    settle();
    EXPECT_EQ(child<QComboBox>(dialog, "leftComboBox")->currentData().toLongLong(), m_duplicate);
    EXPECT_EQ(child<QRadioButton>(dialog, "nameLeftRadioButton")->text(), QStringLiteral("NORTHWIND TRADING"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "mergeButton"), Qt::LeftButton);
    EXPECT_TRUE(find(m_kept).deletedAt.isValid());
    EXPECT_EQ(find(m_duplicate).name, QStringLiteral("NORTHWIND TRADING"));
    EXPECT_EQ(find(m_duplicate).emails,
        (QStringList { QStringLiteral("info@northwind.cn"), QStringLiteral("sales@northwind.cn") }));
}

TEST_F(DuplicatesDialogTest, RestoringTheMergedCustomerUndoesTheMerge)
{
    DuplicatesDialog dialog(db());
    dialog.show();
    auto tree = child<QTreeWidget>(dialog, "groupsTreeWidget");
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->topLevelItemCount() > 0; }, 10000));
    settle();
    clickChoice(child<QRadioButton>(dialog, "nameRightRadioButton"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "mergeButton"), Qt::LeftButton);
    ASSERT_EQ(find(m_kept).name, QStringLiteral("NORTHWIND TRADING"));

    ASSERT_TRUE(CustomerRepository(db()).restore({ m_duplicate }).ok());
    EXPECT_EQ(find(m_kept).name, QStringLiteral("Northwind Trading Co., Ltd."));
    EXPECT_EQ(ContactRepository(db()).forCustomer(m_duplicate).value_or({}).size(), 1);
    // A new search finds the pair again.
    QTest::mouseClick(child<QPushButton>(dialog, "findAgainButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, 10000));
}

} // namespace

// File ▸ Settings: what the dialog suggests and what it keeps. Offscreen, with real widgets.

#include "SettingsDialog.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "UiTestSupport.h"
#include "domain/PhoneNumbers.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>

#include <gtest/gtest.h>

namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        const QLocale::Territory system = QLocale::system().territory();
        if (system == QLocale::HongKong || system == QLocale::Macao || system == QLocale::Singapore
            || system == QLocale::Malaysia)
            GTEST_SKIP() << "the system's own region is suggested here for Chinese";
    }
    void TearDown() override
    {
        QSettings().clear();
        PhoneNumbers::setDefaultRegion(QStringLiteral("CN"));
    }

    static void choose(QComboBox *combo, const QString &data) { combo->setCurrentIndex(combo->findData(data)); }
};

TEST_F(SettingsDialogTest, ChosenLanguageAndPhoneRegionAreKept)
{
    EXPECT_EQ(Preferences::language(), QStringLiteral("system"));
    SettingsDialog dialog;
    auto language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    auto region = dialog.findChild<QLineEdit *>(QStringLiteral("phoneRegionLineEdit"));
    region->clear();
    typeText(region, QStringLiteral("tw"));
    MessageBox::setNextAnswer(QMessageBox::Ok); // "used from the next start"
    dialog.accept();
    EXPECT_EQ(Preferences::language(), QStringLiteral("zh_TW"));
    EXPECT_EQ(Preferences::effectiveLanguage(), QStringLiteral("zh_TW"));
    EXPECT_EQ(Preferences::phoneRegion(), QStringLiteral("TW"));
    EXPECT_EQ(PhoneNumbers::defaultRegion(), QStringLiteral("TW"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("next start")));
}

TEST_F(SettingsDialogTest, ThePhoneRegionFollowsTheLanguageUntilTheUserChoosesOne)
{
    SettingsDialog dialog;
    auto language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    auto region = dialog.findChild<QLineEdit *>(QStringLiteral("phoneRegionLineEdit"));
    ASSERT_TRUE(language && region);

    choose(language, QStringLiteral("zh_TW"));
    EXPECT_EQ(region->text(), QStringLiteral("TW"));
    choose(language, QStringLiteral("zh_CN"));
    EXPECT_EQ(region->text(), QStringLiteral("CN"));

    region->setText(QStringLiteral("HK"));
    choose(language, QStringLiteral("zh_TW"));
    EXPECT_EQ(region->text(), QStringLiteral("HK"));
    MessageBox::setNextAnswer(QMessageBox::Ok); // "The new language is used from the next start"
    dialog.accept();
    EXPECT_EQ(Preferences::language(), QStringLiteral("zh_TW"));
    EXPECT_EQ(Preferences::phoneRegion(), QStringLiteral("HK"));
}

TEST_F(SettingsDialogTest, WithoutAChosenRegionTraditionalChineseDialsTaiwan)
{
    Preferences::setLanguage(QStringLiteral("zh_TW"));
    EXPECT_EQ(Preferences::phoneRegion(), QStringLiteral("TW"));
    SettingsDialog dialog;
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("phoneRegionLineEdit"))->text(), QStringLiteral("TW"));
}

} // namespace

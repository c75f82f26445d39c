// Light and dark colours: Settings ▸ Colours switches the running app at once, the colours the app picks itself
// read on either background, and charts on screen follow the palette. Offscreen, with real widgets.

#include "Appearance.h"
#include "Preferences.h"
#include "SettingsDialog.h"
#include "reports/ChartStyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace {

using Appearance::contrast;

class AppearanceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_startWindow = QApplication::palette().color(QPalette::Window);
        m_startStyle = QApplication::style()->name();
    }

    void TearDown() override
    {
        Appearance::apply(Appearance::Mode::System);
        QSettings().clear();
    }

    // Every colour the app picks itself, against both backgrounds text is drawn on.
    static void expectReadable(const char *mode)
    {
        const QPalette palette = QApplication::palette();
        const QList<std::pair<const char *, QColor>> colours { { "error", Appearance::errorText() },
            { "warning", Appearance::warningText() }, { "accent", Appearance::accentText() },
            { "secondary", Appearance::secondaryText() } };
        for (const auto &[name, colour] : colours) {
            for (const QPalette::ColorRole background : { QPalette::Window, QPalette::Base }) {
                EXPECT_GE(contrast(colour, palette.color(background)), 4.5)
                    << mode << ": " << name << " " << colour.name().toStdString() << " on "
                    << palette.color(background).name().toStdString();
            }
        }
    }

    QColor m_startWindow;
    QString m_startStyle;
};

TEST_F(AppearanceTest, ModesAreSavedByName)
{
    for (const auto mode : { Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark })
        EXPECT_EQ(Appearance::fromName(Appearance::name(mode)), mode);
    EXPECT_EQ(Appearance::fromName(QStringLiteral("purple")), Appearance::Mode::System);
    EXPECT_EQ(Preferences::appearance(), QStringLiteral("system"));
}

TEST_F(AppearanceTest, TheAppsOwnColoursReadOnLightAndDarkPalettes)
{
    Appearance::apply(Appearance::Mode::Dark);
    ASSERT_TRUE(Appearance::isDark());
    auto proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    ASSERT_NE(proxy, nullptr);
    EXPECT_EQ(proxy->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_GE(
        contrast(QApplication::palette().color(QPalette::Text), QApplication::palette().color(QPalette::Base)), 7.0);
    expectReadable("dark");
    EXPECT_NE(QApplication::palette().color(QPalette::Inactive, QPalette::Highlight),
        QApplication::palette().color(QPalette::Active, QPalette::Highlight))
        << "a window in the background shows its selection in grey";

    Appearance::apply(Appearance::Mode::Light);
    ASSERT_FALSE(Appearance::isDark());
    expectReadable("light");
}

TEST_F(AppearanceTest, SystemGivesBackThePaletteTheAppStartedWith)
{
    Appearance::apply(Appearance::Mode::Dark);
    ASSERT_NE(QApplication::palette().color(QPalette::Window), m_startWindow);
    Appearance::apply(Appearance::Mode::System);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), m_startWindow);
    EXPECT_EQ(QApplication::style()->name(), m_startStyle);
}

TEST_F(AppearanceTest, SettingsSwitchTheRunningAppAndRememberTheChoice)
{
    SettingsDialog dialog;
    auto colours = dialog.findChild<QComboBox *>(QStringLiteral("appearanceComboBox"));
    ASSERT_NE(colours, nullptr);
    EXPECT_EQ(colours->currentData().toString(), QStringLiteral("system"));
    colours->setCurrentIndex(colours->findData(QStringLiteral("dark")));
    dialog.accept();
    EXPECT_EQ(Preferences::appearance(), QStringLiteral("dark"));
    EXPECT_TRUE(Appearance::isDark());

    SettingsDialog again;
    EXPECT_EQ(again.findChild<QComboBox *>(QStringLiteral("appearanceComboBox"))->currentData().toString(),
        QStringLiteral("dark"));
}

TEST_F(AppearanceTest, AChartOnScreenFollowsThePaletteWhenItChanges)
{
    QChartView view;
    auto chart = new QChart;
    auto set = new QBarSet(QStringLiteral("Customers"));
    *set << 3 << 5;
    auto series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto x = new QBarCategoryAxis;
    x->append({ QStringLiteral("A"), QStringLiteral("B") });
    auto y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::show(&view, chart);
    view.show();
    const QColor barColour = set->color();

    Appearance::apply(Appearance::Mode::Dark);
    QCoreApplication::processEvents();
    const QPalette dark = QApplication::palette();
    EXPECT_EQ(chart->backgroundBrush().color(), dark.color(QPalette::Base));
    EXPECT_EQ(chart->titleBrush().color(), dark.color(QPalette::Text));
    EXPECT_EQ(y->labelsColor(), dark.color(QPalette::Text));
    EXPECT_EQ(chart->legend()->labelColor(), dark.color(QPalette::Text));
    EXPECT_GT(set->color().lightnessF(), barColour.lightnessF()) << "bars drawn lighter on a dark background";
    EXPECT_EQ(set->color().hslHue(), barColour.hslHue());
    EXPECT_EQ(set->borderColor(), dark.color(QPalette::Base));

    Appearance::apply(Appearance::Mode::Light);
    QCoreApplication::processEvents();
    EXPECT_GT(chart->backgroundBrush().color().lightnessF(), 0.9);
    EXPECT_LT(x->labelsColor().lightnessF(), 0.2);
    EXPECT_EQ(set->color(), barColour) << "back to the colour it was made with";
}

TEST_F(AppearanceTest, DarkSlicesOfAScaleStayVisibleAndInOrder)
{
    QChartView view;
    auto chart = new QChart;
    auto series = new QPieSeries;
    const QList<QColor> scale { QColor(0x09, 0x2d, 0x40), QColor(0x0f, 0x4a, 0x68), QColor(0x20, 0x9f, 0xdf) };
    for (const QColor &colour : scale)
        series->append(colour.name(), 1)->setColor(colour);
    chart->addSeries(series);
    Appearance::apply(Appearance::Mode::Dark);
    ChartStyle::show(&view, chart);
    const QColor base = view.palette().color(QPalette::Base);
    double previous = 0;
    for (QPieSlice *slice : series->slices()) {
        EXPECT_GE(contrast(slice->color(), base), 2.0) << slice->label().toStdString();
        EXPECT_GT(slice->color().lightnessF(), previous) << "the scale keeps its order";
        previous = slice->color().lightnessF();
        EXPECT_EQ(slice->borderColor(), base);
    }
}

TEST_F(AppearanceTest, AlertRowsAndDialogButtonsReadInTheDark)
{
    for (const auto mode : { Appearance::Mode::Light, Appearance::Mode::Dark }) {
        Appearance::apply(mode);
        for (const QColor &row : { Appearance::overdueRowBackground(), Appearance::dueSoonRowBackground() })
            EXPECT_GE(contrast(Appearance::alertRowText(), row), 7.0) << Appearance::name(mode).toStdString();
    }
    EXPECT_EQ(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 0)
        << "icons drawn for light buttons are left off dark ones";
}

} // namespace

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
#include <QSettings>
#include <QStyle>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace {

// WCAG's contrast ratio between two colours, from 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

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
            { "warning", Appearance::warningText() }, { "accent", Appearance::accentText() } };
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
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_GE(
        contrast(QApplication::palette().color(QPalette::Text), QApplication::palette().color(QPalette::Base)), 7.0);
    expectReadable("dark");

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
    EXPECT_EQ(set->color(), barColour) << "the series keep their colours";

    Appearance::apply(Appearance::Mode::Light);
    QCoreApplication::processEvents();
    EXPECT_GT(chart->backgroundBrush().color().lightnessF(), 0.9);
    EXPECT_LT(x->labelsColor().lightnessF(), 0.2);
}

} // namespace

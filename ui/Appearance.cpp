#include "Appearance.h"

#include <QApplication>
#include <QEvent>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace Appearance {

namespace {

    const QString kFusion = QStringLiteral("Fusion");

    // Fusion for the dark palette. Where the platform puts icons on dialog buttons (Linux), they are drawn for light
    // backgrounds: the black cross of Close all but vanished on a dark button. Dark buttons show their text only.
    class DarkFusionStyle : public QProxyStyle
    {
    public:
        DarkFusionStyle()
            : QProxyStyle(QStyleFactory::create(kFusion))
        {
        }

        int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
            QStyleHintReturn *returnData) const override
        {
            if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
                return 0;
            return QProxyStyle::styleHint(hint, option, widget, returnData);
        }
    };

    struct Startup
    {
        QString styleName;
        bool saved = false;
    };

    Startup &startup()
    {
        static Startup s;
        return s;
    }

    void saveStartup()
    {
        Startup &s = startup();
        if (s.saved)
            return;
        s.styleName = QApplication::style()->name();
        s.saved = true;
    }

    QPalette darkPalette()
    {
        const QColor window(45, 45, 48);
        const QColor base(30, 30, 32);
        const QColor text(224, 224, 224);
        const QColor disabledText(150, 150, 150); // greyed out, still readable on the buttons' grey
        QPalette p(window);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(53, 53, 56));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, QColor(255, 110, 110));
        p.setColor(QPalette::Highlight, QColor(42, 110, 190));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(110, 175, 255));
        p.setColor(QPalette::LinkVisited, QColor(190, 150, 255));
        p.setColor(QPalette::ToolTipBase, QColor(53, 53, 56));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        p.setColor(QPalette::Light, QColor(75, 75, 78));
        p.setColor(QPalette::Midlight, QColor(62, 62, 65));
        p.setColor(QPalette::Mid, QColor(120, 120, 124));
        p.setColor(QPalette::Dark, QColor(25, 25, 27));
        p.setColor(QPalette::Shadow, QColor(10, 10, 10));
        for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, disabledText);
        p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 74));
        // A list without the keyboard shows its selection in grey, so that the one with it stands out.
        p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(72, 72, 78));
        p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
        return p;
    }

    // Qt 6.4 tells only the application, not its windows, that the application's palette changed, so widgets
    // already open keep their old colours (later versions send it to the windows, and a second notice changes
    // nothing). Each window then hands the palette down to its children.
    void tellWindows()
    {
        QEvent changed(QEvent::ApplicationPaletteChange);
        for (QWidget *window : QApplication::topLevelWidgets())
            QCoreApplication::sendEvent(window, &changed);
    }

    QColor pick(const QColor &onLight, const QColor &onDark)
    {
        return isDark() ? onDark : onLight;
    }

} // namespace

Mode fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

void apply(Mode mode)
{
    saveStartup();
    if (mode == Mode::System) {
        if (QApplication::style()->name().compare(startup().styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(startup().styleName);
        // A palette without any colour set gives the application back the platform's own.
        QApplication::setPalette(QPalette());
        tellWindows();
        return;
    }
    if (mode == Mode::Dark)
        QApplication::setStyle(new DarkFusionStyle);
    else
        QApplication::setStyle(QStyleFactory::create(kFusion));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : QApplication::style()->standardPalette());
    tellWindows();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

bool isDark()
{
    return isDark(QApplication::palette());
}

QColor errorText()
{
    return pick(QColor(0xb0, 0x00, 0x20), QColor(0xff, 0x7b, 0x7b));
}

QColor warningText()
{
    return pick(QColor(0x8a, 0x5a, 0x00), QColor(0xf0, 0xb4, 0x29));
}

QColor accentText()
{
    return pick(QColor(0x15, 0x65, 0xc0), QColor(0x7c, 0xbc, 0xff));
}

QColor secondaryText()
{
    return pick(QColor(0x5f, 0x63, 0x68), QColor(0xa8, 0xa8, 0xae));
}

QColor overdueRowBackground()
{
    return pick(QColor(0xf8, 0xd7, 0xda), QColor(0x5c, 0x22, 0x28));
}

QColor dueSoonRowBackground()
{
    return pick(QColor(0xff, 0xf0, 0xc2), QColor(0x52, 0x40, 0x10));
}

QColor alertRowText()
{
    return pick(QColor(0x21, 0x25, 0x29), QColor(0xf2, 0xf2, 0xf2));
}

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

} // namespace Appearance

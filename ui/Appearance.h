#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Light or dark: the colours the user chose for the app (Settings), and the few colours the app picks itself
// (error text, overdue dates, planned activities) in a shade that reads on the current background.
namespace Appearance {

enum class Mode
{
    System, // the platform's style and palette (dark where the system is dark and Qt follows it)
    Light, // the Fusion style with a light palette, the same on every platform
    Dark, // the Fusion style with a dark palette, also where Qt does not follow the system (Linux, Qt 6.4)
};

// "system", "light" or "dark"; anything else reads as System.
Mode fromName(const QString &name);
QString name(Mode mode);

// Applies a mode to the running application. Open windows change at once; switching back to System restores the
// style and palette the application started with.
void apply(Mode mode);

// Whether text on this palette's windows is light on dark.
bool isDark(const QPalette &palette);
bool isDark();

// Colours for text on the application's current palette: dark shades on a light background, light shades on a
// dark one, each with a contrast of at least 4.5:1 against both the window and the list background.
QColor errorText(); // errors, overdue dates and cases
QColor warningText(); // due soon
QColor accentText(); // planned activities in a timeline
QColor secondaryText(); // a subtitle under a heading

// Rows that need attention in a list (complaints past or near their service level), and their text.
QColor overdueRowBackground();
QColor dueSoonRowBackground();
QColor alertRowText();

// WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);

} // namespace Appearance

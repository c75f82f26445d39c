#pragma once

#include <QIcon>
#include <QString>

// The app's own line icons (resources/icons/pages: 24×24 SVG drawn in "currentColor"), painted in the colour of
// the text beside them: the palette's text colour, the highlighted text colour on a selected row, the greyed-out
// colour when disabled. They follow Settings › Colours and look alike on Windows, macOS and Linux, where the
// style's standard icons differ per platform and name other things (a CD for products, a red cross for
// complaints).
namespace LineIcons {

// name: a file in resources/icons/pages without ".svg", e.g. "customers". An unknown name gives a null icon.
QIcon icon(const QString &name);

} // namespace LineIcons

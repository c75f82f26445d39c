#pragma once

#include <QString>

class QLabel;

// The line in a dialog or page that says what is wrong: the same red everywhere, wrapped. It shows whatever text
// it is given; a caller that shows and hides it (rather than emptying it) hides it at first.
QLabel *makeErrorLabel(const QString &objectName = QStringLiteral("errorLabel"));
// The red of error text and marked fields, in a shade that reads on the current palette (Appearance).
QString errorColor();

#pragma once

class QDialogButtonBox;
class QWidget;

// Ctrl+S (Cmd+S on macOS) clicks the Save button of a dialog's button box, as in the quote editor. A QShortcut on
// the dialog rather than the button's own shortcut, which would replace its Alt+letter.
void saveOnCtrlS(QWidget *dialog, QDialogButtonBox *buttons);

#pragma once

class QAbstractButton;
class QWidget;

// Buttons that change the book, in a window whose book is open read-only (another window or program has it):
// disabled, with a tooltip that says why, instead of refusing with a message once clicked.
namespace ReadOnlyUi {

// Marks `button` as one that changes the book. Call where the button is made.
void marksAChange(QAbstractButton *button);

// Disables every marked button in `root` and its children (the main window of a read-only book).
void disableChanges(QWidget *root);

// button->setEnabled(enabled) for a marked button whose panel turns it on and off (a row chosen or not): it stays
// disabled once disableChanges() has disabled it.
void setEnabled(QAbstractButton *button, bool enabled);

} // namespace ReadOnlyUi

#pragma once

class QAbstractButton;
class QObject;
class QWidget;

// Buttons that change the book, in a window whose book is open read-only (another window or program has it):
// disabled, with a tooltip that says why, instead of refusing with a message once clicked.
namespace ReadOnlyUi {

// Marks `control` as one that changes the book: a button, an action or a shortcut, or an item view whose drag and
// drop moves things (the calendar). Call where it is made.
void marksAChange(QObject *control);

// Marks a text that explains how to change the book ("drag … to reschedule"): hidden when the book is read-only.
void marksAHint(QWidget *hint);

// Turns off every marked control in `root` and its children (the main window of a read-only book): buttons and
// actions disabled with a tooltip saying why, shortcuts disabled, views without drag and drop.
void disableChanges(QWidget *root);

// What disableChanges() does to one control; and whether it was done. A panel that makes new controls later (the
// calendar's days, when it switches between week and month) is marked itself and turns its new ones off.
void turnOff(QObject *control);
bool isOff(const QObject *control);

// button->setEnabled(enabled) for a marked button whose panel turns it on and off (a row chosen or not): it stays
// disabled once disableChanges() has disabled it.
void setEnabled(QAbstractButton *button, bool enabled);

} // namespace ReadOnlyUi

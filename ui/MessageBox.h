#pragma once

#include <QMessageBox>

#include <utility>

// QMessageBox with a seam for tests: setNextAnswer() makes the next box return that button without showing;
// setNextAnswers() does so for the next few boxes, in order.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // A box with buttons of its own wording ("Open read-only"), each standing for a standard button, which is
    // what it returns (and what setNextAnswer() answers). The screenshots show it with build().
    using Choices = QList<std::pair<QMessageBox::StandardButton, QString>>;
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
        const QString &text, const Choices &choices, QMessageBox::StandardButton defaultButton);
    static QMessageBox *build(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
        const Choices &choices, QMessageBox::StandardButton defaultButton);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // The text of the last box asked or shown (for tests to assert on).
    static QString lastText();

private:
    static bool takeAnswer(QMessageBox::StandardButton *answer);
};

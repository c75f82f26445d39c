#pragma once

#include <QMessageBox>

// QMessageBox with a seam for tests: setNextAnswer() makes the next box return that button without showing;
// setNextAnswers() does so for the next few boxes, in order.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // The text of the last box asked or shown (for tests to assert on).
    static QString lastText();

private:
    static bool takeAnswer(QMessageBox::StandardButton *answer);
};

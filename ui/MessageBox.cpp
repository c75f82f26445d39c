#include "MessageBox.h"

#include <QPushButton>

#include <memory>

namespace {
QList<QMessageBox::StandardButton> g_nextAnswers;
QString g_lastText;
} // namespace

bool MessageBox::takeAnswer(QMessageBox::StandardButton *answer)
{
    if (g_nextAnswers.isEmpty())
        return false;
    *answer = g_nextAnswers.takeFirst();
    return true;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    QMessageBox::StandardButton answer;
    if (takeAnswer(&answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    QMessageBox::StandardButton answer;
    if (!takeAnswer(&answer))
        QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    QMessageBox::StandardButton answer;
    if (!takeAnswer(&answer))
        QMessageBox::information(parent, title, text);
}

QMessageBox *MessageBox::build(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const Choices &choices, QMessageBox::StandardButton defaultButton)
{
    auto box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    for (const auto &[button, label] : choices) {
        box->addButton(button);
        box->button(button)->setText(label);
    }
    box->setDefaultButton(defaultButton);
    return box;
}

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
    const QString &text, const Choices &choices, QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    QMessageBox::StandardButton answer;
    if (takeAnswer(&answer))
        return answer;
    std::unique_ptr<QMessageBox> box(build(parent, icon, title, text, choices, defaultButton));
    box->exec();
    return box->standardButton(box->clickedButton());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswers = { answer };
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    g_nextAnswers = answers;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

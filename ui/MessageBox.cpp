#include "MessageBox.h"

#include <QPushButton>

#include <memory>

namespace {
QList<QMessageBox::StandardButton> g_nextAnswers;
QString g_lastText;

// As QMessageBox's static functions, but the text is plain text: a customer named "<b>Acme</b>" in a question
// is shown as typed, not rendered as HTML.
QMessageBox::StandardButton showBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}
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
    return showBox(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    QMessageBox::StandardButton answer;
    if (!takeAnswer(&answer))
        showBox(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    QMessageBox::StandardButton answer;
    if (!takeAnswer(&answer))
        showBox(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

QMessageBox *MessageBox::build(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const Choices &choices, QMessageBox::StandardButton defaultButton)
{
    auto box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText);
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

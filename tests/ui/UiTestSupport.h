#pragma once

#include "../QStringPrinting.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QStringList>
#include <QTest>

#include <gtest/gtest.h>

#include <ostream>

// Processes events until `done` holds or the timeout passes; true when it holds. QTest's QTRY_* macros report
// to QTest's own log, which a GoogleTest run never reads: a failure there would pass silently.
template<typename Predicate>
bool waitFor(Predicate done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

// EXPECT_EQ once the two sides become equal, or after the timeout (then failing with both values).
#define EXPECT_EVENTUALLY_EQ(actual, expected)                                                                        \
    do {                                                                                                              \
        waitFor([&] { return (actual) == (expected); });                                                             \
        EXPECT_EQ(actual, expected);                                                                                  \
    } while (false)

// The letter after "&" in a menu, button or label text ("Co&mplaints" → 'M', "编辑(&T)…" → 'T'), or none.
inline QChar altLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// Buttons and labels with a buddy in `root` that share an Alt letter with another ("&Date: / Save as P&DF…"):
// pressing it then only moves between them. Widgets hidden from `root` (other tab pages) are left out.
inline QStringList sharedAltLetters(const QWidget *root)
{
    QHash<QChar, QString> seen;
    QStringList shared;
    const auto check = [&](const QWidget *widget, const QString &text) {
        const QChar letter = altLetter(text);
        if (letter.isNull() || !widget->isVisibleTo(root))
            return;
        if (seen.contains(letter))
            shared << seen.value(letter) + QStringLiteral(" / ") + text;
        else
            seen.insert(letter, text);
    };
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        check(button, button->text());
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            check(label, label->text());
    }
    return shared;
}

// Controls in `root` that the keyboard reaches but a screen reader could only call "edit", "table" or "list":
// shown, focusable and without an accessible name (a label's buddy, a button's text or setAccessibleName). Qt's
// own parts (named "qt_...": a date box's text field, a tab bar's scroll buttons) and a scroll area's viewport
// speak through the control they belong to.
inline QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (auto area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget()); area && area->viewport() == widget)
            continue;
        if (qobject_cast<QComboBox *>(widget->parentWidget())) // an editable box's text field
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2 in %3")
                           .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                               widget->parentWidget() ? QLatin1String(widget->parentWidget()->metaObject()->className())
                                                      : QLatin1String(""));
    }
    return unnamed;
}

// Types text key by key as a user would. QTest::keyClicks only knows ASCII, so other characters (Chinese)
// arrive as key events carrying their text, the way an input method delivers them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

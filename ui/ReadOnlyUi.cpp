#include "ReadOnlyUi.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QShortcut>
#include <QWidget>

namespace ReadOnlyUi {

namespace {
    constexpr const char *kChanges = "clienteleChangesTheBook";
    constexpr const char *kReadOnly = "clienteleBookReadOnly";
    constexpr const char *kHint = "clienteleHintForChanges";
} // namespace

void marksAChange(QObject *control)
{
    control->setProperty(kChanges, true);
}

void marksAHint(QWidget *hint)
{
    hint->setProperty(kChanges, true);
    hint->setProperty(kHint, true);
}

void turnOff(QObject *control)
{
    const QString why = QCoreApplication::translate(
        "ReadOnlyUi", "The book is open read-only: another Clientele window or program has it open.");
    control->setProperty(kReadOnly, true);
    if (control->property(kHint).toBool() && control->isWidgetType()) {
        static_cast<QWidget *>(control)->hide();
    } else if (auto button = qobject_cast<QAbstractButton *>(control)) {
        button->setEnabled(false);
        button->setToolTip(why);
    } else if (auto action = qobject_cast<QAction *>(control)) {
        action->setEnabled(false);
        action->setStatusTip(why);
    } else if (auto shortcut = qobject_cast<QShortcut *>(control)) {
        shortcut->setEnabled(false);
    } else if (auto view = qobject_cast<QAbstractItemView *>(control)) {
        view->setDragEnabled(false);
        view->setAcceptDrops(false);
        view->setDragDropMode(QAbstractItemView::NoDragDrop);
    }
}

bool isOff(const QObject *control)
{
    return control->property(kReadOnly).toBool();
}

void disableChanges(QWidget *root)
{
    for (QObject *control : root->findChildren<QObject *>()) {
        if (control->property(kChanges).toBool())
            turnOff(control);
    }
}

void setEnabled(QAbstractButton *button, bool enabled)
{
    button->setEnabled(enabled && !isOff(button));
}

} // namespace ReadOnlyUi

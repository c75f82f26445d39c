#include "ReadOnlyUi.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace ReadOnlyUi {

namespace {
    constexpr const char *kChanges = "clienteleChangesTheBook";
    constexpr const char *kReadOnly = "clienteleBookReadOnly";
} // namespace

void marksAChange(QAbstractButton *button)
{
    button->setProperty(kChanges, true);
}

void disableChanges(QWidget *root)
{
    const QString why = QCoreApplication::translate(
        "ReadOnlyUi", "The book is open read-only: another Clientele window or program has it open.");
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->property(kChanges).toBool())
            continue;
        button->setProperty(kReadOnly, true);
        button->setEnabled(false);
        button->setToolTip(why);
    }
}

void setEnabled(QAbstractButton *button, bool enabled)
{
    button->setEnabled(enabled && !button->property(kReadOnly).toBool());
}

} // namespace ReadOnlyUi

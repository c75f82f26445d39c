#include "SaveShortcut.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QShortcut>

void saveOnCtrlS(QWidget *dialog, QDialogButtonBox *buttons)
{
    auto *shortcut = new QShortcut(QKeySequence::Save, dialog);
    QObject::connect(shortcut, &QShortcut::activated, buttons, [buttons] {
        QPushButton *save = buttons->button(QDialogButtonBox::Save);
        if (save && save->isEnabled() && save->isVisible())
            save->click();
    });
}

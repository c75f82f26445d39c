#pragma once

#include <QWidget>

namespace DialogSize {

// Sizes a dialog to `width` and the height its contents need at that width: wrapped labels measured by
// sizeHint() at another width were cut off (the erase dialog lost its first and last lines).
inline void fitToWidth(QWidget *dialog, int width)
{
    const int height = dialog->hasHeightForWidth() ? dialog->heightForWidth(width) : dialog->sizeHint().height();
    dialog->setMinimumHeight(height);
    dialog->resize(width, height);
}

} // namespace DialogSize

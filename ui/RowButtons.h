#pragma once

#include <QList>

class QAbstractButton;
class QAbstractItemView;

// Buttons that act on the chosen rows of a list (Edit…, Open…, Restore, Delete for good…): enabled only while a
// row is selected, so that an empty list offers nothing that cannot be done. Buttons turned off because the book
// is read-only stay off (ReadOnlyUi).
namespace RowButtons {

// Call once the view has its model.
void followSelection(QAbstractItemView *view, const QList<QAbstractButton *> &buttons);

} // namespace RowButtons

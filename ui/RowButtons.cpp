#include "RowButtons.h"
#include "ReadOnlyUi.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QPointer>

namespace RowButtons {

void followSelection(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
{
    QList<QPointer<QAbstractButton>> guarded(buttons.begin(), buttons.end());
    const auto update = [view, guarded] {
        const bool chosen = view->selectionModel() && view->selectionModel()->hasSelection();
        for (const QPointer<QAbstractButton> &button : guarded) {
            if (button)
                ReadOnlyUi::setEnabled(button, chosen);
        }
    };
    // The viewport receives: it goes before a view's own model (a QTableWidget's) is cleared on destruction.
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view->viewport(), update);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view->viewport(), update);
    QObject::connect(view->model(), &QAbstractItemModel::rowsRemoved, view->viewport(), update);
    update();
}

} // namespace RowButtons

#include "CalendarDayList.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

const QString CalendarDayList::kMimeType = QStringLiteral("application/x-clientele-activity");

CalendarDayList::CalendarDayList(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit activityOpened(item->data(Qt::UserRole).toLongLong()); });
}

QStringList CalendarDayList::mimeTypes() const
{
    return { kMimeType };
}

QMimeData *CalendarDayList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty() || !(items.first()->flags() & Qt::ItemIsDragEnabled))
        return nullptr;
    auto data = new QMimeData;
    data->setData(kMimeType, QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
    return data;
}

void CalendarDayList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarDayList::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(kMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarDayList::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(kMimeType)) {
        event->ignore();
        return;
    }
    const qint64 id = event->mimeData()->data(kMimeType).toLongLong();
    // The calendar reloads the days itself; the item is not moved by the view.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (id > 0)
        emit activityDropped(id, m_date);
}

#pragma once

#include <QDate>
#include <QListWidget>

// One day of the calendar: its activities as items that can be dragged to another day.
class CalendarDayList : public QListWidget
{
    Q_OBJECT

public:
    static const QString kMimeType;

    explicit CalendarDayList(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date) { m_date = date; }

signals:
    void activityDropped(qint64 activityId, const QDate &day);
    void activityOpened(qint64 activityId);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDate m_date;
};

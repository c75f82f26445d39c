#pragma once

#include "domain/Activity.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class CalendarDayList;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

// A month or week calendar of follow-ups (planned and done) for one owner or the team. Dragging an activity to
// another day reschedules it (same time of day); double-clicking opens it.
class CalendarPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Span
    {
        Month,
        Week
    };

    explicit CalendarPanel(QSqlDatabase db, QWidget *parent = nullptr);

    void setSpan(Span span);
    Span span() const { return m_span; }
    void showDate(const QDate &date);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(qint64(m_days.size()) - 1); }
    // The list of one day's activities, nullptr when the day is not shown.
    CalendarDayList *dayList(const QDate &date) const;

    // 0: the whole team.
    void setOwnerId(qint64 ownerId);
    void reload();
    // Moves a planned activity to another day (what a drop does); false with a message when it cannot.
    bool moveActivity(qint64 activityId, const QDate &day);
    void openActivity(qint64 activityId);

signals:
    void activitiesChanged();

private:
    // A day shows this many follow-ups and "+ N more"; a busy team's day can have thousands.
    static constexpr int kShownPerDay = 40;

    void rebuildGrid();
    void addItem(CalendarDayList *list, const Activity &activity, const QDate &today);

    QSqlDatabase m_db;
    Span m_span = Span::Month;
    QDate m_anchor;
    QDate m_first;
    QLabel *m_title = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_spanBox = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<CalendarDayList *> m_days;
    QList<QLabel *> m_dayLabels;
};

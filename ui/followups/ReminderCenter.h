#pragma once

#include "domain/Activity.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

class QDialog;
class QListWidget;
class QSystemTrayIcon;
class QTimer;
class QWidget;

// Reminders while the app runs: every minute it looks for planned items that fell due (and, at the start, those
// missed while the app was closed), shows them in a small window with Open, Snooze and Dismiss, and through the
// system tray when there is one. Renewal reminders for contracts are created on the same beat, once a day.
class ReminderCenter : public QObject
{
    Q_OBJECT

public:
    ReminderCenter(QSqlDatabase db, const QString &bookPath, QWidget *window);
    ~ReminderCenter() override;

    // Creates due renewal follow-ups and shows missed reminders; then checks every `intervalMs`.
    void start(int intervalMs = 60000);
    void check();

    QDialog *popup() const { return m_popup; }
    QListWidget *list() const { return m_list; }
    void snoozeSelected(int minutes);
    void dismissSelected();
    void dismissAll();
    void openSelected();

signals:
    void openActivityRequested(qint64 activityId);
    // Renewal follow-ups were created or reminders changed what the agenda shows.
    void activitiesChanged();

private:
    void show(const QList<Activity> &due);
    QList<qint64> selectedIds() const;
    void removeIds(const QList<qint64> &ids);

    QSqlDatabase m_db;
    QString m_settingsKey;
    QWidget *m_window = nullptr;
    QTimer *m_timer = nullptr;
    QDialog *m_popup = nullptr;
    QListWidget *m_list = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QDate m_renewalsCheckedOn;
};

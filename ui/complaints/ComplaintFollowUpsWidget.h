#pragma once

#include "domain/Activity.h"
#include "domain/Complaint.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

// The follow-ups of a complaint case: due, kind, subject, owner and whether done or open. schedule() plans a new
// call or visit for the case (the case dialog's "Call back…" and "Visit…"); a double-click opens one; "Mark done…"
// completes the selected one.
class ComplaintFollowUpsWidget : public QWidget
{
    Q_OBJECT

public:
    // `current` gives the case as the user sees it (edited but unsaved owner or contact included).
    ComplaintFollowUpsWidget(QSqlDatabase db, std::function<Complaint()> current, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    qint64 schedule(ActivityType type);
    void openSelected();
    void completeSelected();
    int count() const;

signals:
    // A follow-up was planned, edited or completed (the case history and the agenda change with it).
    void followUpsChanged();

private:
    qint64 selectedId() const;
    void updateButtons();

    QSqlDatabase m_db;
    std::function<Complaint()> m_current;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_done = nullptr;
    QList<Activity> m_activities;
};

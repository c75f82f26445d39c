#pragma once

#include "repo/ActivityRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// What needs doing: overdue items, today's and the next seven days', for one owner or the whole team. Items open
// for editing, are completed with a next one, and export to an iCalendar file.
class AgendaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaPanel(QSqlDatabase db, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_tree; }
    // 0: the whole team.
    qint64 ownerId() const;
    void setOwnerId(qint64 ownerId);
    qint64 currentActivityId() const;
    bool selectActivity(qint64 id);

    void reload();
    void editCurrent();
    void completeCurrent();
    void exportCalendar();

signals:
    void overdueCountChanged(qint64 count);
    void openCustomerRequested(qint64 customerId);
    // The user wants a new activity (for the customer shown in the customer list).
    void newActivityRequested();
    void activitiesChanged();

private:
    QTreeWidgetItem *addSection(const QString &title, const AgendaSection &section, bool overdue);
    void updateButtons();

    QSqlDatabase m_db;
    QLabel *m_title = nullptr;
    QComboBox *m_owner = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
};

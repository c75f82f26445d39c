#pragma once

#include "domain/Activity.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

// "Done, and schedule the next one": the outcome of a planned activity and its follow-up, proposed from the
// series (repeating ones) or from the customer's tier interval, saved in one step.
class CompleteActivityDialog : public QDialog
{
    Q_OBJECT

public:
    CompleteActivityDialog(QSqlDatabase db, const Activity &activity, QWidget *parent = nullptr);

    // The follow-up scheduled with it, 0 when none.
    qint64 nextId() const { return m_nextId; }

    void accept() override;

private:
    std::optional<Activity> next() const;

    QSqlDatabase m_db;
    Activity m_activity;
    Activity m_proposed;
    qint64 m_nextId = 0;
    QLineEdit *m_outcome = nullptr;
    QGroupBox *m_scheduleNext = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QCheckBox *m_allDay = nullptr;
    QLabel *m_error = nullptr;
};

#pragma once

#include "Result.h"
#include "domain/Activity.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

// Plans a new follow-up or edits one: type, subject, contact, owner, date and time (or all day), duration,
// priority, repetition and notes. A planned one can be completed from here ("Done and schedule next…"). A callback
// or visit about a complaint shows its case, and a new one is saved linked to it and recorded in its history.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(QSqlDatabase db, const Activity &activity, QWidget *parent = nullptr);

    // The activity saved (new or edited); 0 when nothing was saved.
    qint64 savedId() const { return m_savedId; }
    // The edited values as an Activity (not saved).
    Activity activity() const;

    void accept() override;
    // Shows the case of a complaint follow-up as plain text rather than a link that opens it (when the activity
    // was opened from that case).
    void setCaseLinkEnabled(bool enabled);

private:
    void buildForm();
    void load();
    void completeWithNext();
    void showError(const Error &error);
    void showCase();
    void openCase();

    QSqlDatabase m_db;
    Activity m_activity;
    qint64 m_savedId = 0;
    QLabel *m_customer = nullptr;
    QLabel *m_case = nullptr;
    bool m_caseLink = true;
    QComboBox *m_type = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_contact = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_allDay = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_doneNext = nullptr;
};

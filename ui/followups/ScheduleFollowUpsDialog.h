#pragma once

#include "Result.h"
#include "services/BulkFollowUpScheduler.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

class BackgroundJob;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

// Follow-ups for many customers in one step (a report's segment, a selection in the customer list): kind, a
// subject with the customer's name put in, the day (or spread over working days), each customer's owner or one
// rep, and a note. The activities are written in one transaction off the GUI thread, with progress and cancel.
class ScheduleFollowUpsDialog : public QDialog
{
    Q_OBJECT

public:
    ScheduleFollowUpsDialog(QSqlDatabase db, const QList<qint64> &customerIds, QWidget *parent = nullptr);
    ~ScheduleFollowUpsDialog() override;

    FollowUpBatch batch() const;
    // What the last run did (valid once the dialog was accepted).
    BulkScheduleSummary summary() const { return m_summary; }
    bool isRunning() const;

    void accept() override;
    void reject() override;

private:
    void buildForm();
    void finished();
    void setRunning(bool running);
    void showError(const Error &error);

    QSqlDatabase m_db;
    QList<qint64> m_ids;
    BulkScheduleSummary m_summary;
    BackgroundJob *m_job = nullptr;
    std::shared_ptr<std::optional<Result<BulkScheduleSummary>>> m_result;
    QComboBox *m_type = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QCheckBox *m_allDay = nullptr;
    QCheckBox *m_spread = nullptr;
    QSpinBox *m_spreadDays = nullptr;
    QRadioButton *m_eachOwner = nullptr;
    QRadioButton *m_oneRep = nullptr;
    QComboBox *m_rep = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

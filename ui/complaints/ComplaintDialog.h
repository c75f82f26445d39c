#pragma once

#include "domain/Activity.h"
#include "domain/Complaint.h"

#include <QDialog>
#include <QSqlDatabase>

class ComplaintFollowUpsWidget;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

// One complaint: logging a new one (for a given customer or one picked here), or the case page of an existing
// one with its details, resolution, satisfaction, history and the buttons that move it through the workflow.
// Each button is one transaction: edited details are saved together with the move.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    // complaintId 0: a new complaint, for customerId when it is not 0.
    ComplaintDialog(QSqlDatabase db, qint64 complaintId, qint64 customerId, QWidget *parent = nullptr);

    qint64 complaintId() const { return m_complaint.id; }
    const Complaint &complaint() const { return m_complaint; }

    void accept() override;
    // Moves the case to `to` (asking for satisfaction when closing); false with a message when refused.
    bool moveTo(ComplaintStatus to);
    // "Call back…" / "Visit…": plans a follow-up for the case; returns its id, 0 when none was saved.
    qint64 scheduleFollowUp(ActivityType type);
    ComplaintFollowUpsWidget *followUps() const { return m_followUps; }

signals:
    void complaintChanged(qint64 id);
    // A follow-up of the case was planned, edited or completed.
    void followUpsChanged();

private:
    QWidget *buildCaseTab();
    QWidget *buildResolutionTab();
    void load();
    void loadHistory();
    void afterFollowUpsChanged();
    void fillChoices();
    void fillCustomers(const QString &search);
    void fillContacts();
    void showStatus();
    void rebuildActions();
    void recordSatisfaction();
    Complaint collect() const;
    static QString actionButtonText(ComplaintStatus from, ComplaintStatus to);
    void showError(const QString &message);
    QString actor() const;

    QSqlDatabase m_db;
    Complaint m_complaint;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_dueTimes = nullptr;
    QLabel *m_errors = nullptr;
    QLineEdit *m_customerSearch = nullptr;
    QComboBox *m_customer = nullptr;
    QLabel *m_customerName = nullptr; // the customer of a case whose customer is settled, as text
    QComboBox *m_contact = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_owner = nullptr;
    bool m_ownerChosen = false; // by the user: a new complaint's owner no longer follows its customer's
    QDateTimeEdit *m_received = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_order = nullptr;
    QPlainTextEdit *m_resolution = nullptr;
    QPlainTextEdit *m_rootCause = nullptr;
    QPlainTextEdit *m_correctiveAction = nullptr;
    QLabel *m_satisfaction = nullptr;
    QPushButton *m_satisfactionButton = nullptr;
    QTreeWidget *m_history = nullptr;
    ComplaintFollowUpsWidget *m_followUps = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QDateTime m_shownReceived; // local time put into m_received
};

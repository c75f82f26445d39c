#pragma once

#include "domain/Activity.h"
#include "TableExport.h"

#include <QSqlDatabase>
#include <QWidget>

class ComplaintTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

// The complaints page: every case, filtered by status, severity, category, owner, overdue and text; overdue
// and about-to-breach cases highlighted. Opening the page escalates the cases that missed a due time. A case can be
// given a callback or a visit from here (buttons, context menu, Ctrl+Shift+B and Ctrl+Shift+I).
class ComplaintsPanel : public QWidget, public ExportableTable
{
    Q_OBJECT

public:
    explicit ComplaintsPanel(QSqlDatabase db, QWidget *parent = nullptr);

    ComplaintTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const QTableView *exportView() const override;
    QString exportName() const override;
    QString exportEntity() const override;
    // Escalates what is overdue, refreshes the filters' choices and reloads the list.
    void reload();
    // Opens the dialog for a new complaint (for customerId when not 0); returns the new case's id or 0.
    qint64 logComplaint(qint64 customerId = 0);
    void openComplaint(qint64 id);
    // "Call back…" / "Visit…" for the selected case; returns the new follow-up's id or 0.
    qint64 scheduleFollowUp(ActivityType type);
    qint64 currentId() const;
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    // A complaint was logged or changed (the customer file shows them too).
    void complaintsChanged(qint64 customerId);
    // A follow-up of a case was planned or changed (the agenda shows it).
    void followUpsChanged();

private:
    void setColumnWidths();
    void stretchSummary();
    void applyFilter();
    void fillFilterChoices();
    void showCounts();
    void editSettings();

    QSqlDatabase m_db;
    ComplaintTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_counts = nullptr;
};

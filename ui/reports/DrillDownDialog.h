#pragma once

#include "Result.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class TableWriter;
class QStandardItemModel;
class QTableView;

// The customers behind a bar, slice or row of a report: listed by name, opened with a double-click, tagged in
// one step (so the segment becomes a filter in the customer list), exported to .xlsx or CSV, or given a follow-up
// each in one step.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(QSqlDatabase db, const QString &title, const QList<qint64> &customerIds, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void tagCustomers(const QString &tag);
    bool exportTo(const QString &fileName);
    // Opens the "Schedule follow-ups" dialog for these customers; true when follow-ups were created.
    bool scheduleFollowUps();

signals:
    void openCustomerRequested(qint64 id);
    // Customers were tagged: the customer list's filters should offer the tag.
    void customersChanged();
    // Follow-ups were scheduled for these customers: the agenda should show them.
    void followUpsScheduled();

private:
    void load();
    void askForTag();
    void askForExportFile();
    Status finishExport(TableWriter &writer, const QString &fileName);

    QSqlDatabase m_db;
    QList<qint64> m_ids;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
};

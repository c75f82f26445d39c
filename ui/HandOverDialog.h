#pragma once

#include "services/SalesRepHandover.h"
#include "services/SalesReps.h"

#include <QDialog>
#include <QSqlDatabase>

class BackgroundJob;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

// Hands one sales rep's customers and open work to another (SalesRepHandover), e.g. when someone leaves: the rep to
// give them to, what will move, and what stays as history. The work moves when the user presses Hand over, off the
// GUI thread with a progress bar (a large rep's handover takes seconds in a big book); Cancel stops it and changes
// nothing.
class HandOverDialog : public QDialog
{
    Q_OBJECT

public:
    // `others`: the reps the work can go to.
    HandOverDialog(
        QSqlDatabase db, const SalesReps::Rep &from, const QList<SalesReps::Rep> &others, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;
    bool isRunning() const;
    // What moved, after the dialog was accepted.
    const SalesRepHandover::Work &moved() const { return m_moved; }
    QString receiverName() const;
    // "1,234 customers, 56 planned follow-ups and 2 contracts", the kinds with none left out.
    static QString describe(const SalesRepHandover::Work &work);

private:
    void finished(const Result<SalesRepHandover::Work> &result);

    QSqlDatabase m_db;
    SalesReps::Rep m_from;
    SalesRepHandover::Work m_moved;
    QComboBox *m_to = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_handOver = nullptr;
    QProgressBar *m_progress = nullptr;
    BackgroundJob *m_job = nullptr;
};

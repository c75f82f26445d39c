#pragma once

#include "TableEditDialog.h"

#include <QSqlDatabase>

// The book's sales reps (Edit ▸ Sales reps…): add one, change a name or e-mail address in place, hand one's
// customers and open work to another (HandOverDialog, saved at once), remove one who has none left (SalesReps).
// The customer, follow-up, quote and complaint dialogs offer the reps listed here.
class SalesRepsDialog : public TableEditDialog
{
    Q_OBJECT

public:
    explicit SalesRepsDialog(QSqlDatabase db, QWidget *parent = nullptr);
    void accept() override;
    // Whether work was handed over while the dialog was open (saved already, even if the dialog is cancelled).
    bool handedOver() const { return m_handedOver; }

private:
    void addRow(qint64 id, const QString &name, const QString &email, qint64 customers);
    void removeRep();
    void handOver();
    void refreshCounts();

    QSqlDatabase m_db;
    bool m_handedOver = false;
};

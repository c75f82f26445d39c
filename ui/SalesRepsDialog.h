#pragma once

#include "TableEditDialog.h"

#include <QSqlDatabase>

// The book's sales reps (Edit ▸ Sales reps…): add one, change a name or e-mail address in place, remove one who
// owns nothing (SalesReps). The customer, follow-up, quote and complaint dialogs offer the reps listed here.
class SalesRepsDialog : public TableEditDialog
{
    Q_OBJECT

public:
    explicit SalesRepsDialog(QSqlDatabase db, QWidget *parent = nullptr);
    void accept() override;

private:
    void addRow(qint64 id, const QString &name, const QString &email, qint64 customers);
    void removeRep();

    QSqlDatabase m_db;
};

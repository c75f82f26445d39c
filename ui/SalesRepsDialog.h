#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

// The book's sales reps (Edit ▸ Sales reps…): add one, change a name or e-mail address in place, remove one who
// owns nothing (SalesReps). The customer, follow-up, quote and complaint dialogs offer the reps listed here.
class SalesRepsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SalesRepsDialog(QSqlDatabase db, QWidget *parent = nullptr);
    void accept() override;

    QTableWidget *table() const { return m_table; }

private:
    void addRow(qint64 id, const QString &name, const QString &email, qint64 customers);
    void addRep();
    void removeRep();
    void showError(const QString &message);

    QSqlDatabase m_db;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

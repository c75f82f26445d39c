#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QPushButton;

// "Erase this customer…" (right to erasure): says what goes for good, that earlier backups still hold it until they
// rotate away, and asks the user to confirm before privacy/Eraser does it.
class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    EraseDialog(QSqlDatabase db, qint64 customerId, QWidget *parent = nullptr);

    void accept() override;
    QCheckBox *confirmation() const { return m_confirm; }
    QPushButton *eraseButton() const { return m_erase; }

private:
    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_erase = nullptr;
};

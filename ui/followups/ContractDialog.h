#pragma once

#include "domain/Contract.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// A new contract for a customer, or the successor of a contract being renewed (dates, value and terms proposed
// from the old one, all editable).
class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        New,
        Renew
    };

    ContractDialog(QSqlDatabase db, const Contract &contract, Mode mode, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    // The contract as edited; nullopt (with the message shown) when the value is not an amount.
    std::optional<Contract> contract();

    void accept() override;

private:
    void showError(const QString &message);

    QSqlDatabase m_db;
    Contract m_contract;
    Mode m_mode;
    qint64 m_savedId = 0;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_cycle = nullptr;
    QCheckBox *m_autoRenew = nullptr;
    QSpinBox *m_notice = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

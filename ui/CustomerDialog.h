#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Create or edit a customer. Validates as the user types the fields that can be wrong, warns about a likely
// duplicate on create, and saves through the repository; it closes only when the save succeeded.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // customerId 0 creates a new customer.
    CustomerDialog(QSqlDatabase db, qint64 customerId, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    void buildForm();
    void loadChoices();
    void load(const Customer &customer);
    Customer customerFromForm() const;
    void showErrors(const QList<Error> &errors);
    bool confirmNoDuplicate(const Customer &customer);

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    qint64 m_savedId = 0;
    Customer m_original;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_province = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_emails = nullptr;
    QLineEdit *m_website = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

#pragma once

#include "domain/Customer.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Add or edit a person at a customer: name, title, phones, email, birthday, notes, primary flag, and their marketing
// consent (agreed, refused or withdrawn, or not asked; when; and where it came from).
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(QSqlDatabase db, Contact contact, QWidget *parent = nullptr);
    void accept() override;

private:
    void createConsentFields();
    void consentChanged();

    QSqlDatabase m_db;
    Contact m_contact;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_hasBirthday = nullptr;
    QDateEdit *m_birthday = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_primary = nullptr;
    QComboBox *m_consent = nullptr;
    QDateEdit *m_consentDate = nullptr;
    QComboBox *m_consentSource = nullptr;
    QLabel *m_errors = nullptr;
};

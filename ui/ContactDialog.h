#pragma once

#include "domain/Customer.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Add or edit a person at a customer: name, title, phones, email, birthday, notes, primary flag.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(QSqlDatabase db, Contact contact, QWidget *parent = nullptr);
    void accept() override;

private:
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
    QLabel *m_errors = nullptr;
};

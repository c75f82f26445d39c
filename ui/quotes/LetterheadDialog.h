#pragma once

#include "print/Letterhead.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The book's letterhead for printed quotations: company name, address, contact, tax id, bank, logo, paper,
// default terms. Stored in the book, so every user of the book prints the same letterhead.
class LetterheadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterheadDialog(QSqlDatabase db, QWidget *parent = nullptr);
    void accept() override;

private:
    void chooseLogo();
    void showLogo();

    QSqlDatabase m_db;
    Letterhead m_letterhead;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_taxId = nullptr;
    QPlainTextEdit *m_bank = nullptr;
    QComboBox *m_paper = nullptr;
    QPlainTextEdit *m_terms = nullptr;
    QLabel *m_logo = nullptr;
};

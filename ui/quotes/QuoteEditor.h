#pragma once

#include "Result.h"
#include "domain/Quote.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QTableWidget;

// Prepares one quote: customer, contact, owner, dates, currency, lines from the catalogue or free text, quote
// discount and charges, terms; totals and margin update as the rep types. Status actions: save (a sent quote
// is saved as its next revision), mark sent, accept (creates the order), reject, duplicate; print preview and
// PDF in the language chosen for the customer.
class QuoteEditor : public QDialog
{
    Q_OBJECT

public:
    // quoteId 0: a new quote for customerId.
    QuoteEditor(QSqlDatabase db, qint64 quoteId, qint64 customerId, QWidget *parent = nullptr);

    qint64 quoteId() const { return m_quote.id; }
    const Quote &quote() const { return m_quote; }

    void addProduct(qint64 productId);
    void addFreeLine();
    bool save();
    void markSent();
    void acceptQuote();
    void rejectQuote();
    void duplicateQuote();
    void printPreview();
    void saveAsPdf();
    // Esc, Close or the window's close button: unsaved changes are saved, discarded or kept open, as the user says.
    void reject() override;

signals:
    // Something was written to the book (lists showing quotes and orders reload).
    void quotesChanged();

private:
    void buildForm();
    void load(qint64 quoteId);
    void showQuote();
    void setLineRow(int row, const QuoteLine &line);
    void fitLineColumns();
    Result<Quote> collect() const;
    void updateTotals();
    void updateActions();
    void pickProduct();
    bool saveIfChanged();
    void paint(QPrinter *printer);
    void reportStatus(const Status &status);
    int currencyDecimals() const;

    QSqlDatabase m_db;
    Quote m_quote;
    bool m_dirty = false;
    bool m_filling = false;
    QLabel *m_header = nullptr;
    QLabel *m_customer = nullptr;
    QComboBox *m_contact = nullptr;
    QComboBox *m_owner = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QComboBox *m_currency = nullptr;
    QTableWidget *m_lines = nullptr;
    QDoubleSpinBox *m_discount = nullptr;
    QDoubleSpinBox *m_charges = nullptr;
    QDoubleSpinBox *m_chargesTax = nullptr;
    QPlainTextEdit *m_terms = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_margin = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_removeLine = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QList<QWidget *> m_editors;
};

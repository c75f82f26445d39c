#pragma once

#include "domain/Product.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits one product of the catalogue; saving is one transaction, and an error names the field.
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(QSqlDatabase db, qint64 productId, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    void updateDecimals();

    QSqlDatabase m_db;
    Product m_product;
    qint64 m_savedId = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_currency = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    QDoubleSpinBox *m_tax = nullptr;
    QLineEdit *m_category = nullptr;
    QCheckBox *m_active = nullptr;
};

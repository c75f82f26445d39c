#pragma once

#include "services/CustomerBulkEdit.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QPushButton;

// Asks for the tier and/or lifecycle stage to give the selected customers; each starts at "(unchanged)". The main
// window then changes them with BulkEditCommand.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const QSqlDatabase &db, int customers, QWidget *parent = nullptr);

    CustomerBulkEdit::Change change() const;
    // "tier B, stage Customer", for the undo text and the status bar.
    QString describe() const;

private:
    QComboBox *m_tier = nullptr;
    QComboBox *m_stage = nullptr;
    QPushButton *m_ok = nullptr;
};

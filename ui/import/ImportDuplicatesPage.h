#pragma once

#include "io/CustomerImporter.h"

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QFormLayout;
class QLabel;
class QTableWidget;

// Step 5: rows that match customers (products, orders) already in the book (or earlier rows): skip, update or
// create, per rule; only the target's rules are shown.
class ImportDuplicatesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDuplicatesPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QComboBox *> m_actions; // by DuplicateRule
    QTableWidget *m_table = nullptr;
};

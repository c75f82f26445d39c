#pragma once

#include "io/CustomerImporter.h"

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;

// Step 5: rows that match customers already in the book (or earlier rows): skip, update or create, per rule.
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
    QList<QComboBox *> m_actions; // by DuplicateRule
    QTableWidget *m_table = nullptr;
};

#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;

// Step 1: which file, and what it holds (customers, or contacts of customers already in the book).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_error = nullptr;
};

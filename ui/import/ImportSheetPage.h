#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;

// Step 2: the sheet to import (workbooks) and a preview of its first rows, as the file was understood.
class ImportSheetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSheetPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    static constexpr int kPreviewRows = 50;

private:
    void loadPreview();

    ImportWizard *m_wizard;
    QComboBox *m_sheet = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_leftOut = nullptr; // headings and totals the preview passed over
    QTableWidget *m_preview = nullptr;
    bool m_loaded = false;
};

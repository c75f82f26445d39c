#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Step 3: what each column becomes. Guessed from the headers; saved mappings ("presets") can be applied and
// the current one saved under a name.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showMapping();
    void fieldChosen(int column, int index);
    void applyPreset(const QString &name);
    void savePreset();
    void reloadPresets();
    void updateProblems();

    ImportWizard *m_wizard;
    QComboBox *m_presets = nullptr;
    QLineEdit *m_presetName = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problems = nullptr;
};

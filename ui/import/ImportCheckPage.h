#pragma once

#include "ImportJobPage.h"

class QCheckBox;

// Step 4: every row checked before anything is written; every problem listed by row and column.
class ImportCheckPage : public ImportJobPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void jobFinished(const Result<ImportSummary> &result) override;

private:
    QCheckBox *m_validOnly = nullptr;
};

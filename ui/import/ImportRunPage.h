#pragma once

#include "ImportJobPage.h"

// Step 6: the import itself, in one transaction, with progress and Cancel; then what it did.
class ImportRunPage : public ImportJobPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

signals:
    void imported();

protected:
    void jobFinished(const Result<ImportSummary> &result) override;
};

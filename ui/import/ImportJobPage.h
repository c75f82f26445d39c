#pragma once

#include "io/CustomerImporter.h"

#include <QWizardPage>

#include <memory>

class BackgroundJob;
class ImportWizard;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

// A wizard page that runs the importer off the GUI thread (checking or importing) with a progress bar and
// Cancel, then shows the summary and the problems by row and column.
class ImportJobPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportJobPage(ImportWizard *wizard, bool write);

    bool isRunning() const;
    // Blocks until the running check or import ends (tests; closing the wizard).
    void waitForJob();

protected:
    void startJob();
    virtual void jobFinished(const Result<ImportSummary> &result) = 0;
    void showProblems(const ImportSummary &summary);
    QString countsText(const ImportSummary &summary) const;
    // How many rows repeated an earlier row's customer and brought another contact, phone or e-mail of it.
    QString joinedRowsText(const ImportSummary &summary, bool done) const;

    ImportWizard *m_wizard;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_saveProblems = nullptr;

private:
    void saveProblems();

    bool m_write;
    BackgroundJob *m_job = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<std::optional<Result<ImportSummary>>> m_result;
};

#include "ImportRunPage.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QLocale>

ImportRunPage::ImportRunPage(ImportWizard *wizard) : ImportJobPage(wizard, true)
{
    setTitle(tr("Import"));
    setFinalPage(true);
}

void ImportRunPage::initializePage()
{
    m_wizard->state().result.reset();
    startJob();
}

void ImportRunPage::jobFinished(const Result<ImportSummary> &result)
{
    if (!result) {
        m_status->setText(tr("Nothing was imported; the book is as it was.\n%1").arg(result.error().toString()));
        return;
    }
    const ImportSummary &summary = result.value();
    m_wizard->state().result = summary;
    const QLocale locale;
    if (summary.cancelled) {
        m_status->setText(tr("Cancelled. Nothing was imported; the book is as it was."));
    } else if (!summary.committed) {
        m_status->setText(tr("Nothing was imported: %1 rows have problems. The book is as it was.")
                                  .arg(locale.toString(summary.invalidRows)));
    } else {
        m_status->setText(tr("Done. Created: %1. Updated: %2. Duplicates skipped: %3. Rows with problems left out: %4.")
                              .arg(locale.toString(summary.created), locale.toString(summary.updated),
                                  locale.toString(summary.skipped), locale.toString(summary.invalidRows))
            + (summary.joinedRows > 0 ? u'\n' + joinedRowsText(summary, true) : QString())
            + (summary.leftOut.isEmpty() ? QString() : u'\n' + CustomerImporter::leftOutText(summary.leftOut)));
        emit imported();
    }
    showProblems(summary);
}

bool ImportRunPage::isComplete() const
{
    return !isRunning();
}

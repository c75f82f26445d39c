#include "ImportCheckPage.h"
#include "ImportWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

ImportCheckPage::ImportCheckPage(ImportWizard *wizard) : ImportJobPage(wizard, false)
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Nothing has been written yet. By default the import is all or nothing: fix the problems in "
                   "the file, or import only the valid rows."));
    m_validOnly = new QCheckBox(tr("Import only the &valid rows and leave out the rows with problems"), this);
    m_validOnly->setObjectName(QStringLiteral("validOnlyCheckBox"));
    connect(m_validOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->state().options.validOnly = on;
        emit completeChanged();
    });
    m_layout->addWidget(m_validOnly);
}

void ImportCheckPage::initializePage()
{
    m_wizard->state().checked.reset();
    m_validOnly->setChecked(m_wizard->state().options.validOnly);
    m_validOnly->setEnabled(false);
    setCommitPage(false);
    startJob();
}

void ImportCheckPage::jobFinished(const Result<ImportSummary> &result)
{
    if (!result) {
        m_status->setText(tr("The file cannot be imported: %1").arg(result.error().toString()));
        return;
    }
    const ImportSummary &summary = result.value();
    if (summary.cancelled) {
        m_status->setText(tr("The check was cancelled. Go back and forward again to check once more."));
        return;
    }
    m_wizard->state().checked = summary;
    QString text = countsText(summary);
    if (!summary.newOwners.isEmpty())
        text += QLatin1Char('\n')
            + tr("New owners will be added: %1.").arg(QLocale().createSeparatedList(summary.newOwners));
    if (!summary.leftOut.isEmpty())
        text += QLatin1Char('\n') + CustomerImporter::leftOutText(summary.leftOut);
    if (summary.problemCount > summary.problems.size())
        text += QLatin1Char('\n')
                + tr("%1 problems in all; the first %2 are listed.")
                          .arg(QLocale().toString(summary.problemCount), QLocale().toString(summary.problems.size()));
    m_status->setText(text);
    showProblems(summary);
    m_validOnly->setEnabled(summary.invalidRows > 0);
    if (summary.duplicateCount == 0) {
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));
    }
}

bool ImportCheckPage::isComplete() const
{
    const auto &checked = m_wizard->state().checked;
    if (isRunning() || !checked)
        return false;
    const bool someValid = checked->rows > checked->invalidRows;
    return someValid && (checked->invalidRows == 0 || m_validOnly->isChecked());
}

int ImportCheckPage::nextId() const
{
    const auto &checked = m_wizard->state().checked;
    return checked && checked->duplicateCount == 0 ? ImportWizard::RunPageId : ImportWizard::DuplicatesPageId;
}

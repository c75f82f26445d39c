#include "ImportJobPage.h"
#include "BackgroundJob.h"
#include "FileDialog.h"
#include "ImportWizard.h"
#include "MessageBox.h"
#include "db/Database.h"
#include "io/SalesImporter.h"
#include "io/TableReader.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

Result<ImportSummary> importInThisThread(const QString &bookPath, const ImportWizard::State &state, bool write,
                                         const std::function<void(double)> &progress, const std::atomic_bool &cancel)
{
    auto book = Database::open(bookPath);
    if (!book)
        return book.error();
    auto reader = openTable(state.filePath);
    if (!reader)
        return reader.error();
    if (Status selected = reader.value()->selectSheet(state.sheet); !selected)
        return selected.error();
    return importTable(
        book.value()->connection(), *reader.value(), state.mapping, state.options, write, progress, &cancel);
}

} // namespace

ImportJobPage::ImportJobPage(ImportWizard *wizard, bool write)
    : QWizardPage(wizard), m_wizard(wizard), m_write(write), m_job(new BackgroundJob(this))
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    auto progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_problems = new QTableWidget(0, 5, this);
    m_problems->setObjectName(QStringLiteral("problemsTableWidget"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Header"), tr("Value"), tr("Problem") });
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saveProblems = new QPushButton(tr("Save the problems as CSV…"), this);
    m_saveProblems->setObjectName(QStringLiteral("saveProblemsPushButton"));
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportJobPage::saveProblems);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(progressRow);
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_problems, 1);
    m_layout->addWidget(m_saveProblems, 0, Qt::AlignLeft);

    connect(m_job, &BackgroundJob::progressed, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_job, &BackgroundJob::finished, this, [this] {
        m_cancel->setEnabled(false);
        m_progress->setValue(m_progress->maximum());
        jobFinished(m_result->value_or(Error(tr("The import stopped unexpectedly."))));
        emit completeChanged();
    });
}

bool ImportJobPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportJobPage::waitForJob()
{
    m_job->wait();
}

void ImportJobPage::startJob()
{
    m_problems->setRowCount(0);
    m_problems->hide();
    m_saveProblems->hide();
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(m_write ? tr("Importing…") : tr("Checking every row…"));
    m_result = std::make_shared<std::optional<Result<ImportSummary>>>();
    const QString bookPath = m_wizard->bookPath();
    const ImportWizard::State state = m_wizard->state();
    const bool write = m_write;
    auto result = m_result;
    m_job->start([bookPath, state, write, result](const auto &progress, const auto &cancel) {
        result->emplace(importInThisThread(bookPath, state, write, progress, cancel));
    });
    emit completeChanged();
}

QString ImportJobPage::countsText(const ImportSummary &summary) const
{
    const QLocale locale;
    QString text
        = tr("Rows read: %1. To create: %2. To update: %3. Duplicates to skip: %4. With problems: %5.")
              .arg(locale.toString(summary.rows), locale.toString(summary.created), locale.toString(summary.updated),
                  locale.toString(summary.skipped), locale.toString(summary.invalidRows));
    if (summary.joinedRows > 0)
        text = tr("%1 %2", "one sentence after another (no space between them in Chinese)")
                   .arg(text, joinedRowsText(summary, false));
    return text;
}

QString ImportJobPage::joinedRowsText(const ImportSummary &summary, bool done) const
{
    const int count = int(std::min<qint64>(summary.joinedRows, std::numeric_limits<int>::max()));
    return done ? tr("%n row(s) repeated the customer of an earlier row with another contact, phone or e-mail "
                     "address: these were added to that customer.",
               nullptr, count)
                : tr("%n row(s) repeat the customer of an earlier row with another contact, phone or e-mail "
                     "address: with “Skip the row”, these are added to that customer.",
                    nullptr, count);
}

void ImportJobPage::showProblems(const ImportSummary &summary)
{
    m_problems->setRowCount(int(summary.problems.size()));
    const QLocale locale;
    for (int i = 0; i < summary.problems.size(); ++i) {
        const ImportProblem &problem = summary.problems[i];
        const QStringList cells { locale.toString(problem.row),
                                  problem.column > 0 ? locale.toString(problem.column) : QString(), problem.header,
                                  problem.value, problem.message };
        for (int column = 0; column < cells.size(); ++column)
            m_problems->setItem(i, column, new QTableWidgetItem(cells[column]));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(!summary.problems.isEmpty());
    m_saveProblems->setVisible(!summary.problems.isEmpty());
}

void ImportJobPage::saveProblems()
{
    const auto &summary = m_write ? m_wizard->state().result : m_wizard->state().checked;
    if (!summary)
        return;
    const QFileInfo source(m_wizard->state().filePath);
    const QString suggested = source.absoluteDir().filePath(tr("%1 - problems.csv").arg(source.completeBaseName()));
    const QString path = FileDialog::getSaveFileName(this, tr("Save the problems"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status saved = CustomerImporter::writeProblems(*summary, path); !saved)
        MessageBox::warning(this, tr("Save the problems"), saved.error().toString());
}

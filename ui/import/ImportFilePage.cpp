#include "ImportFilePage.h"
#include "ErrorLabel.h"
#include "FileDialog.h"
#include "ImportWizard.h"
#include "io/TableReader.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV or text file (any encoding, comma, semicolon or tab) or an Excel workbook (.xlsx)."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathLineEdit"));
    auto browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
    auto pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_target->addItem(tr("Customers (one contact per row where given)"), toString(ImportTarget::Customers));
    m_target->addItem(tr("Contacts of customers already in the book"), toString(ImportTarget::Contacts));
    m_target->addItem(tr("Products for the catalogue"), toString(ImportTarget::Products));
    m_target->addItem(tr("Orders (sales history, one row per order line)"), toString(ImportTarget::Orders));

    m_error = makeErrorLabel();

    auto form = new QFormLayout(this);
    auto *fileLabel = new QLabel(tr("&File:")); // a row of widgets: the label needs its buddy set by hand
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Import:"), m_target);
    form->addRow(m_error);
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_path->text()).absolutePath();
    const QString path = FileDialog::getOpenFileName(
            this, tr("Import from"), start,
            tr("Spreadsheets and CSV files (*.xlsx *.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    auto reader = openTable(path);
    if (!reader) {
        m_error->setText(reader.error().toString());
        return false;
    }
    ImportWizard::State &state = m_wizard->state();
    state.filePath = path;
    state.target = importTargetFromString(m_target->currentData().toString()).value_or(ImportTarget::Customers);
    state.options.target = state.target;
    state.options.source = QFileInfo(path).fileName();
    state.sheets = reader.value()->sheetNames();
    state.format = reader.value()->formatDescription();
    if (!state.sheets.contains(state.sheet))
        state.sheet = state.sheets.value(0);
    return true;
}

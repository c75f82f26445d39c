#include "ImportMappingPage.h"
#include "ErrorLabel.h"
#include "ImportWizard.h"
#include "MessageBox.h"
#include "io/ImportRowParser.h"
#include "repo/ImportPresetRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { FileColumn, SampleColumn, FieldColumn };
constexpr int kSamples = 3;
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column of the file becomes. Columns set to \"(Do not import)\" are left out."));

    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("presetComboBox"));
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(m_presets->itemText(index));
    });
    m_presetName = new QLineEdit(this);
    m_presetName->setObjectName(QStringLiteral("presetNameLineEdit"));
    m_presetName->setPlaceholderText(tr("Name for this mapping"));
    m_presetName->setAccessibleName(m_presetName->placeholderText());
    auto save = new QPushButton(tr("Save &mapping"), this);
    save->setObjectName(QStringLiteral("savePresetPushButton"));
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::savePreset);
    auto presetRow = new QHBoxLayout;
    auto presetLabel = new QLabel(tr("Saved &mappings:"), this);
    presetLabel->setBuddy(m_presets);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presets, 1);
    presetRow->addSpacing(16);
    presetRow->addWidget(m_presetName, 1);
    presetRow->addWidget(save);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("mappingTableWidget"));
    m_table->setAccessibleName(tr("Columns in the file and what they are imported as"));
    m_table->setHorizontalHeaderLabels({ tr("Column in the file"), tr("First values"), tr("Import as") });
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(FileColumn, 180);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_problems = makeErrorLabel(QStringLiteral("problemsLabel"));

    auto layout = new QVBoxLayout(this);
    layout->addLayout(presetRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
}

void ImportMappingPage::initializePage()
{
    ImportWizard::State &state = m_wizard->state();
    if (state.mapping.columnCount() != state.headers.size())
        state.mapping = ImportMapping::guess(state.headers, state.target);
    reloadPresets();
    showMapping();
}

void ImportMappingPage::reloadPresets()
{
    m_presets->clear();
    m_presets->addItem(tr("(Choose a saved mapping)"));
    const auto names = ImportPresetRepository(m_wizard->db()).names(m_wizard->state().target);
    m_presets->addItems(names.value_or({}));
}

void ImportMappingPage::showMapping()
{
    const ImportWizard::State &state = m_wizard->state();
    const QList<ImportField> fields = importFields(state.target);
    m_table->setRowCount(int(state.headers.size()));
    for (int column = 0; column < state.headers.size(); ++column) {
        m_table->setItem(column, FileColumn, new QTableWidgetItem(state.headers[column]));
        QStringList samples;
        for (int row = 0; row < state.preview.size() && samples.size() < kSamples; ++row) {
            const QString text = ImportRowParser::cellText(state.preview[row].value(column));
            if (!text.isEmpty())
                samples << text;
        }
        m_table->setItem(column, SampleColumn, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldComboBox%1").arg(column));
        for (ImportField field : fields)
            combo->addItem(displayName(field), toString(field));
        combo->setCurrentIndex(std::max(0, int(fields.indexOf(state.mapping.field(column)))));
        connect(combo, &QComboBox::activated, this, [this, column](int index) { fieldChosen(column, index); });
        m_table->setCellWidget(column, FieldColumn, combo);
    }
    updateProblems();
}

void ImportMappingPage::fieldChosen(int column, int index)
{
    ImportWizard::State &state = m_wizard->state();
    state.mapping.setField(column, importFields(state.target).value(index, ImportField::Ignore));
    showMapping(); // a field chosen here may have left another column
}

void ImportMappingPage::applyPreset(const QString &name)
{
    ImportWizard::State &state = m_wizard->state();
    auto json = ImportPresetRepository(m_wizard->db()).mapping(state.target, name);
    auto mapping = json ? ImportMapping::fromJson(json.value(), state.headers) : Result<ImportMapping>(json.error());
    if (!mapping) {
        MessageBox::warning(this, tr("Saved mapping"), mapping.error().toString());
        return;
    }
    state.mapping = mapping.value();
    m_presetName->setText(name);
    showMapping();
}

void ImportMappingPage::savePreset()
{
    const ImportWizard::State &state = m_wizard->state();
    const QString name = m_presetName->text().trimmed();
    const Status saved = ImportPresetRepository(m_wizard->db())
                                 .save(state.target, name, state.mapping.toJson(state.headers));
    if (!saved) {
        MessageBox::warning(this, tr("Saved mapping"), saved.error().toString());
        return;
    }
    reloadPresets();
    m_presets->setCurrentText(name);
}

void ImportMappingPage::updateProblems()
{
    QStringList messages;
    for (const Error &problem : m_wizard->state().mapping.check(m_wizard->state().target))
        messages << problem.message;
    m_problems->setText(messages.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->state().mapping.check(m_wizard->state().target).isEmpty();
}

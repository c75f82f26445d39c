#include "ImportSheetPage.h"
#include "ErrorLabel.h"
#include "ImportWizard.h"
#include "io/ImportRowParser.h"
#include "io/TableReader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr qsizetype kShownCharacters = 500;
constexpr qsizetype kTooltipCharacters = 2000;
} // namespace

ImportSheetPage::ImportSheetPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check the preview"));
    setSubTitle(tr("The first row holds the column names. Check that the characters and columns look right."));

    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetComboBox"));
    connect(m_sheet, &QComboBox::currentTextChanged, this, [this](const QString &sheet) {
        if (sheet.isEmpty())
            return;
        m_wizard->state().sheet = sheet;
        loadPreview();
    });
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("formatLabel"));
    m_error = makeErrorLabel();
    m_leftOut = new QLabel(this);
    m_leftOut->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOut->setWordWrap(true);
    m_leftOut->hide();
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTableWidget"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    // One line per row, as in the file: a wrapped value was cut in half by the row's height, hiding the very space
    // or character a user looks for. The whole value is in the cell's tooltip.
    m_preview->setWordWrap(false);

    auto form = new QFormLayout;
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("Read as:"), m_format);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_leftOut);
}

void ImportSheetPage::initializePage()
{
    const ImportWizard::State &state = m_wizard->state();
    m_format->setText(state.format);
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(state.sheets);
    m_sheet->setCurrentText(state.sheet);
    m_sheet->setEnabled(state.sheets.size() > 1);
    loadPreview();
}

void ImportSheetPage::loadPreview()
{
    ImportWizard::State &state = m_wizard->state();
    m_loaded = false;
    m_error->clear();
    m_leftOut->hide();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    state.headers.clear();
    state.preview.clear();

    auto reader = openTable(state.filePath);
    Status selected = reader ? reader.value()->selectSheet(state.sheet) : Status(reader.error());
    if (!selected) {
        m_error->setText(selected.error().toString());
        emit completeChanged();
        return;
    }
    TableReader &table = *reader.value();
    QVariantList cells;
    if (!table.readRow(cells)) {
        m_error->setText(table.error() ? table.error()->toString() : tr("This sheet is empty."));
        emit completeChanged();
        return;
    }
    for (const QVariant &cell : std::as_const(cells))
        state.headers << ImportRowParser::cellText(cell);
    // Rows numbered as in the file (the header is row 1, empty rows count): as the problems found later name them.
    QStringList rowNumbers;
    while (state.preview.size() < kPreviewRows && table.readRow(cells)) {
        state.preview << cells;
        rowNumbers << QLocale().toString(table.rowNumber());
    }
    if (table.error())
        m_error->setText(table.error()->toString());
    // The rows are numbered as in the file: where headings were passed over, say so, or the gaps look like loss.
    m_leftOut->setText(CustomerImporter::leftOutText(table.leftOutRows()));
    m_leftOut->setVisible(!m_leftOut->text().isEmpty());

    m_preview->setColumnCount(int(state.headers.size()));
    m_preview->setHorizontalHeaderLabels(state.headers);
    m_preview->setRowCount(int(state.preview.size()));
    m_preview->setVerticalHeaderLabels(rowNumbers);
    for (int row = 0; row < state.preview.size(); ++row) {
        for (int column = 0; column < state.preview[row].size() && column < state.headers.size(); ++column) {
            const QString whole = ImportRowParser::cellText(state.preview[row][column]);
            // A 1 MB cell is previewed, not laid out whole; its tooltip has more of it.
            const auto cut
                = [&whole](qsizetype size) { return whole.size() > size ? whole.left(size) + QChar(0x2026) : whole; };
            auto *item = new QTableWidgetItem(cut(kShownCharacters));
            item->setToolTip(cut(kTooltipCharacters));
            m_preview->setItem(row, column, item);
        }
    }
    // Wide enough for most values; a sheet of thousands of columns keeps the default width.
    if (m_preview->columnCount() <= 200) {
        m_preview->resizeColumnsToContents();
        for (int column = 0; column < m_preview->columnCount(); ++column)
            m_preview->setColumnWidth(column, std::clamp(m_preview->columnWidth(column), 60, 320));
    }
    m_loaded = !table.error();
    emit completeChanged();
}

bool ImportSheetPage::isComplete() const
{
    return m_loaded && !m_wizard->state().headers.isEmpty();
}

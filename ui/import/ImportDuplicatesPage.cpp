#include "ImportDuplicatesPage.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Duplicates"));
    setSubTitle(tr("These rows match a customer already in the book or an earlier row of the file. Choose what "
                   "to do for each kind of match."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_form = new QFormLayout;
    const QList<std::pair<DuplicateRule, QString>> rules {
        { DuplicateRule::Phone, QStringLiteral("phoneActionComboBox") },
        { DuplicateRule::Email, QStringLiteral("emailActionComboBox") },
        { DuplicateRule::NameAndCity, QStringLiteral("nameCityActionComboBox") },
        { DuplicateRule::ProductCode, QStringLiteral("productCodeActionComboBox") },
        { DuplicateRule::ProductName, QStringLiteral("productNameActionComboBox") },
        { DuplicateRule::OrderNumber, QStringLiteral("orderNumberActionComboBox") },
    };
    for (const auto &[rule, objectName] : rules) {
        auto combo = new QComboBox(this);
        combo->setObjectName(objectName);
        m_form->addRow(tr("%1:", "a duplicate rule as the label of its choice").arg(displayName(rule)), combo);
        m_actions << combo;
    }
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("duplicatesTableWidget"));
    m_table->setAccessibleName(tr("Rows matching customers in the book"));
    m_table->setHorizontalHeaderLabels({ tr("Row"), tr("Customer in the file"), tr("Matches"), tr("Because of") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addWidget(m_table, 1);
}

void ImportDuplicatesPage::initializePage()
{
    const ImportWizard::State &state = m_wizard->state();
    const QList<DuplicateRule> applied = duplicateRules(state.target);
    const bool customers = state.target == ImportTarget::Customers || state.target == ImportTarget::Contacts;
    setSubTitle(customers ? tr("These rows match a customer already in the book or an earlier row of the file. Choose "
                               "what to do for each kind of match.")
            : state.target == ImportTarget::Products
            ? tr("These rows match a product already in the catalogue or an earlier row of the file. "
                 "Choose what to do for each kind of match.")
            : tr("These orders have a number the book already has. Choose what to do with them."));
    m_table->setHorizontalHeaderItem(1,
        new QTableWidgetItem(customers                   ? tr("Customer in the file")
                : state.target == ImportTarget::Products ? tr("Product in the file")
                                                         : tr("Order in the file")));
    for (int rule = 0; rule < m_actions.size(); ++rule) {
        QComboBox *combo = m_actions[rule];
        combo->clear();
        for (DuplicateAction action : { DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Create })
            combo->addItem(displayName(action, state.target), toString(action));
        combo->setCurrentIndex(combo->findData(toString(state.options.onDuplicate[rule])));
        m_form->setRowVisible(combo, applied.contains(DuplicateRule(rule)));
    }
    if (!state.checked)
        return;
    const QLocale locale;
    QString summary = tr("Rows that match: %1.").arg(locale.toString(state.checked->duplicateCount));
    if (state.checked->joinedRows > 0)
        summary
            = tr("%1 %2", "one sentence after another (no space between them in Chinese)")
                  .arg(summary,
                      tr("%n of them repeat the customer of an earlier row with another contact, phone or e-mail "
                         "address: "
                         "with “Skip the row”, these are added to that customer.",
                          nullptr, int(std::min<qint64>(state.checked->joinedRows, std::numeric_limits<int>::max()))));
    m_summary->setText(summary);
    m_summary->setWordWrap(true);
    const QList<ImportDuplicate> &duplicates = state.checked->duplicates;
    m_table->setRowCount(int(duplicates.size()));
    for (int i = 0; i < duplicates.size(); ++i) {
        const ImportDuplicate &duplicate = duplicates[i];
        const QString matches = duplicate.existingId > 0
                ? duplicate.existingName
                : tr("Row %1 of the file").arg(locale.toString(duplicate.earlierRow));
        const QString because = duplicate.added.isEmpty()
            ? displayName(duplicate.rule)
            : tr("%1; adds %2").arg(displayName(duplicate.rule), locale.createSeparatedList(duplicate.added));
        const QStringList cells { locale.toString(duplicate.row), duplicate.name, matches, because };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(i, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

bool ImportDuplicatesPage::validatePage()
{
    ImportOptions &options = m_wizard->state().options;
    for (int rule = 0; rule < m_actions.size(); ++rule) {
        options.onDuplicate[rule] = duplicateActionFromString(m_actions[rule]->currentData().toString())
                                            .value_or(DuplicateAction::Skip);
    }
    return true;
}

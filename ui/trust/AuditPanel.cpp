#include "AuditPanel.h"
#include "Accessible.h"
#include "Clock.h"
#include "EmptyState.h"
#include "FileDialog.h"
#include "Formatting.h"
#include "MessageBox.h"
#include "ReadOnlyUi.h"
#include "audit/AuditDescriber.h"
#include "audit/AuditLog.h"
#include "import/UndoImport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

AuditPanel::AuditPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("auditPanel"));
    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("auditUserComboBox"));
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("auditEntityComboBox"));
    m_entity->addItem(tr("All records"));
    for (const QString &entity : allAuditEntities())
        m_entity->addItem(auditEntityDisplayName(entity), entity);
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_action->addItem(tr("All actions"));
    for (AuditEntry::Action action : allAuditActions())
        m_action->addItem(displayName(action), toString(action));
    const QDate today = Clock::instance().today();
    m_from = new QDateEdit(today.addDays(-30));
    m_from->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("auditToDateEdit"));
    m_to->setCalendarPopup(true);
    auto *exportButton = new QPushButton(tr("E&xport…"));
    exportButton->setObjectName(QStringLiteral("auditExportButton"));

    m_undoImport = new QPushButton(tr("&Undo import…"));
    m_undoImport->setObjectName(QStringLiteral("auditUndoImportButton"));
    m_undoImport->setToolTip(tr("Moves the customers the selected import created to the trash"));
    m_undoImport->setEnabled(false);
    ReadOnlyUi::marksAChange(m_undoImport);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:")));
    filters->addWidget(m_user);
    filters->addWidget(m_entity);
    filters->addWidget(m_action);
    filters->addWidget(Accessible::labelFor(tr("From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(Accessible::labelFor(tr("To:"), m_to));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_undoImport);
    filters->addWidget(exportButton);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("auditTableWidget"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("User"), tr("Action"), tr("Record"), tr("Changes") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));

    EmptyState::attach(m_table, [] { return tr("No changes in this period, or none that match the filters."); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    for (QComboBox *box : { m_user, m_entity, m_action })
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPanel::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPanel::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditPanel::exportEntries);
    connect(m_undoImport, &QPushButton::clicked, this, &AuditPanel::undoSelectedImport);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { ReadOnlyUi::setEnabled(m_undoImport, selectedImport() > 0); });
    fillUsers();
}

void AuditPanel::fillUsers()
{
    const QString current = m_user->currentData().toString();
    QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("Everyone"));
    for (const QString &user : AuditLog(m_db).users().value_or({}))
        m_user->addItem(user, user);
    m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
}

AuditFilter AuditPanel::filter() const
{
    AuditFilter filter;
    filter.user = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.action = auditActionFromString(m_action->currentData().toString());
    filter.from = m_from->date();
    filter.to = m_to->date();
    return filter;
}

void AuditPanel::reload()
{
    fillUsers();
    auto entries = AuditLog(m_db).list(filter(), kShown);
    if (!entries) {
        m_status->setText(entries.error().toString());
        return;
    }
    m_table->setRowCount(int(entries.value().size()));
    const AuditDescriber describer(m_db);
    for (int row = 0; row < entries.value().size(); ++row) {
        const AuditEntry &entry = entries.value()[row];
        const QStringList cells { Formatting::localDateTime(entry.at), AuditLog::displayUser(entry.user),
            displayName(entry.action), describer.record(entry), describer.describe(entry) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        const bool customerImport
            = entry.action == AuditEntry::Action::Import && entry.entity == QLatin1String("customer");
        m_table->item(row, 0)->setData(Qt::UserRole, customerImport ? entry.id : 0);
        m_table->item(row, cells.size() - 1)->setToolTip(cells.last()); // long changes are cut short in the row
    }
    // The changes take the room that is left (the last column stretches): sized to their longest entry, they ran
    // off the page behind a scroll bar.
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->resizeColumnToContents(column);
    m_status->setText(entries.value().size() >= kShown
            ? tr("The newest %1 entries are shown; narrow the filter or export to see all.").arg(kShown)
            : tr("%Ln entry(s).", nullptr, int(entries.value().size())));
    ReadOnlyUi::setEnabled(m_undoImport, selectedImport() > 0);
}

qint64 AuditPanel::selectedImport() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) // one import at a time
        return 0;
    const QTableWidgetItem *first = m_table->item(rows.first().row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void AuditPanel::undoSelectedImport()
{
    const qint64 entry = selectedImport();
    if (entry <= 0 || !UndoImport::run(this, m_db, entry))
        return;
    reload(); // the move to the trash is an entry of its own
    emit customersChanged();
}

void AuditPanel::exportEntries()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export the audit trail"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("Audit trail.xlsx")),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auto rows = AuditLog(m_db).exportTo(path, filter());
    if (!rows) {
        MessageBox::warning(this, tr("Export the audit trail"), rows.error().toString());
        return;
    }
    reload(); // the export is itself an entry of the trail
    m_status->setText(
        tr("%Ln entry(s) exported to %1.", nullptr, int(rows.value())).arg(QDir::toNativeSeparators(path)));
}

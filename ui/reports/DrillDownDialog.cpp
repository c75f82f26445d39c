#include "DrillDownDialog.h"
#include "BackgroundJob.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "followups/ScheduleFollowUpsDialog.h"
#include "io/TableWriter.h"
#include "repo/CustomerRepository.h"
#include "repo/TagRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kIdsPerQuery = 500;
} // namespace

DrillDownDialog::DrillDownDialog(
    QSqlDatabase db, const QString &title, const QList<qint64> &customerIds, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_ids(customerIds)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    resize(760, 520);
    m_count = new QLabel;
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("City"), tr("Owner"), tr("Tier"), tr("Phone") });
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("drillDownTableView"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openCustomerRequested(m_model->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *tag = buttons->addButton(tr("Add a &tag…"), QDialogButtonBox::ActionRole);
    tag->setObjectName(QStringLiteral("drillDownTagButton"));
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("drillDownExportButton"));
    QPushButton *followUps = buttons->addButton(tr("Schedule &follow-ups…"), QDialogButtonBox::ActionRole);
    followUps->setObjectName(QStringLiteral("drillDownFollowUpsButton"));
    followUps->setEnabled(!m_ids.isEmpty());
    connect(followUps, &QPushButton::clicked, this, &DrillDownDialog::scheduleFollowUps);
    connect(tag, &QPushButton::clicked, this, &DrillDownDialog::askForTag);
    connect(exportButton, &QPushButton::clicked, this, &DrillDownDialog::askForExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    load();
}

void DrillDownDialog::load()
{
    CustomerRepository customers(m_db);
    for (qsizetype start = 0; start < m_ids.size(); start += kIdsPerQuery) {
        auto rows = customers.rows(m_ids.mid(start, kIdsPerQuery));
        if (!rows) {
            m_count->setText(rows.error().toString());
            return;
        }
        for (const CustomerRow &row : rows.value()) {
            auto *name = new QStandardItem(row.name);
            name->setData(row.id, Qt::UserRole);
            m_model->appendRow({ name, new QStandardItem(row.city), new QStandardItem(row.ownerName),
                new QStandardItem(row.tier), new QStandardItem(row.phone) });
        }
    }
    m_count->setText(tr("%Ln customer(s). Double-click one to open it.", nullptr, int(m_model->rowCount())));
    m_table->resizeColumnsToContents();
}

void DrillDownDialog::tagCustomers(const QString &tag)
{
    // A segment of a large book can hold a hundred thousand customers, each tagged and audited: off the GUI thread.
    auto result = std::make_shared<std::optional<Result<QList<qint64>>>>();
    const QString path = m_db.databaseName();
    const QList<qint64> ids = m_ids;
    BackgroundJob::runWithProgress(this, tr("Tagging %Ln customer(s)…", nullptr, int(ids.size())),
        [result, path, ids, tag](const auto &progress, const std::atomic_bool &cancel) {
            auto book = Database::open(path);
            if (book)
                result->emplace(TagRepository(book.value()->connection()).addTag(ids, tag, progress, &cancel));
            else
                result->emplace(book.error());
        });
    const Result<QList<qint64>> tagged = result->value_or(Error(tr("Tagging stopped unexpectedly.")));
    if (!tagged) {
        MessageBox::warning(this, windowTitle(), tagged.error().toString());
        return;
    }
    emit customersChanged();
    MessageBox::information(this, windowTitle(),
        tr("The tag \"%1\" was added to %Ln customer(s).", nullptr, int(tagged.value().size())).arg(tag));
}

bool DrillDownDialog::scheduleFollowUps()
{
    ScheduleFollowUpsDialog dialog(m_db, m_ids, this);
    if (dialog.exec() != QDialog::Accepted || dialog.summary().created == 0)
        return false;
    emit followUpsScheduled();
    return true;
}

void DrillDownDialog::askForTag()
{
    bool ok = false;
    const QString tag = QInputDialog::getText(
        this, tr("Add a tag"), tr("Tag for these customers:"), QLineEdit::Normal, windowTitle(), &ok);
    if (ok && !tag.trimmed().isEmpty())
        tagCustomers(tag);
}

bool DrillDownDialog::exportTo(const QString &fileName)
{
    auto writer = createTableWriter(fileName);
    Status status = writer ? Status() : Status(writer.error());
    if (status)
        status = writer.value()->begin(
            tr("Customers"), { { tr("Name") }, { tr("City") }, { tr("Owner") }, { tr("Tier") }, { tr("Phone") } });
    for (int row = 0; status && row < m_model->rowCount(); ++row) {
        QVariantList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->item(row, column)->text();
        status = writer.value()->writeRow(cells);
    }
    if (status)
        status = finishExport(*writer.value(), fileName);
    if (!status)
        MessageBox::warning(this, windowTitle(), status.error().toString());
    return status.ok();
}

Status DrillDownDialog::finishExport(TableWriter &writer, const QString &fileName)
{
    // The audit entry and the file stand or fall together.
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    AuditTrail::ExportRecord record;
    record.entity = QStringLiteral("customer");
    record.file = fileName;
    record.rows = m_model->rowCount();
    record.details.insert(QStringLiteral("list"), windowTitle());
    if (Status status = AuditTrail::recordExport(m_db, record); !status)
        return status;
    if (Status status = writer.finish(); !status)
        return status;
    return transaction.commit();
}

void DrillDownDialog::askForExportFile()
{
    const QString fileName = FileDialog::getSaveFileName(this, tr("Export customers"),
        windowTitle() + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (!fileName.isEmpty())
        exportTo(fileName);
}

#include "ComplaintFollowUpsWidget.h"
#include "ComplaintCallback.h"
#include "MessageBox.h"
#include "followups/ActivityDialog.h"
#include "followups/CompleteActivityDialog.h"
#include "followups/FollowUpFormatting.h"
#include "repo/ActivityRepository.h"
#include "services/ComplaintFollowUps.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    DueColumn,
    TypeColumn,
    SubjectColumn,
    OwnerColumn,
    StatusColumn,
    ColumnCount
};

} // namespace

ComplaintFollowUpsWidget::ComplaintFollowUpsWidget(QSqlDatabase db, std::function<Complaint()> current, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_current(std::move(current))
{
    setObjectName(QStringLiteral("complaintFollowUpsWidget"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("complaintFollowUpsTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Due"), tr("Type"), tr("Subject"), tr("Owner"), tr("Status") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::cellActivated, this, &ComplaintFollowUpsWidget::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ComplaintFollowUpsWidget::updateButtons);

    m_open = new QPushButton(tr("&Open…"));
    m_open->setObjectName(QStringLiteral("followUpOpenButton"));
    connect(m_open, &QPushButton::clicked, this, &ComplaintFollowUpsWidget::openSelected);
    m_done = new QPushButton(tr("&Mark done…"));
    m_done->setObjectName(QStringLiteral("followUpDoneButton"));
    connect(m_done, &QPushButton::clicked, this, &ComplaintFollowUpsWidget::completeSelected);

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_done);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
}

int ComplaintFollowUpsWidget::count() const
{
    return int(m_activities.size());
}

void ComplaintFollowUpsWidget::reload()
{
    const qint64 selected = selectedId();
    const qint64 complaintId = m_current().id;
    auto found = ComplaintFollowUps(m_db).followUps(complaintId);
    m_activities = found ? found.value() : QList<Activity>();
    m_table->setRowCount(int(m_activities.size()));
    for (int row = 0; row < m_activities.size(); ++row) {
        const Activity &a = m_activities.at(row);
        auto due = new FollowUpFormatting::NumberItem(FollowUpFormatting::due(a), a.dueMomentUtc().toSecsSinceEpoch());
        due->setData(Qt::UserRole, a.id);
        const QString status = a.status == ActivityStatus::Planned ? tr("Open") : displayName(a.status);
        auto statusItem = new QTableWidgetItem(status);
        if (a.status == ActivityStatus::Done && a.completedAt.isValid())
            statusItem->setToolTip(a.outcome);
        m_table->setItem(row, DueColumn, due);
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(displayName(a.type)));
        m_table->setItem(row, SubjectColumn, new QTableWidgetItem(a.subject));
        m_table->setItem(row, OwnerColumn, new QTableWidgetItem(a.ownerName.isEmpty() ? tr("(nobody)") : a.ownerName));
        m_table->setItem(row, StatusColumn, statusItem);
        if (a.status != ActivityStatus::Planned) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (a.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(DueColumn);
    m_table->resizeColumnToContents(TypeColumn);
    m_table->resizeColumnToContents(OwnerColumn);
    if (!found)
        m_table->setToolTip(found.error().message);
    updateButtons();
}

qint64 ComplaintFollowUpsWidget::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *due = m_table->item(selected.first()->row(), DueColumn);
    return due ? due->data(Qt::UserRole).toLongLong() : 0;
}

void ComplaintFollowUpsWidget::updateButtons()
{
    const qint64 id = selectedId();
    m_open->setEnabled(id > 0);
    const auto it
        = std::find_if(m_activities.cbegin(), m_activities.cend(), [id](const Activity &a) { return a.id == id; });
    m_done->setEnabled(it != m_activities.cend() && it->status == ActivityStatus::Planned);
}

qint64 ComplaintFollowUpsWidget::schedule(ActivityType type)
{
    const qint64 id = ComplaintCallback::schedule(this, m_db, m_current(), type);
    if (id == 0)
        return 0;
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, DueColumn)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(row);
    }
    emit followUpsChanged();
    return id;
}

void ComplaintFollowUpsWidget::openSelected()
{
    auto activity = ActivityRepository(m_db).find(selectedId());
    if (!activity)
        return;
    ActivityDialog dialog(m_db, activity.value(), this);
    dialog.setCaseLinkEnabled(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit followUpsChanged();
}

void ComplaintFollowUpsWidget::completeSelected()
{
    auto activity = ActivityRepository(m_db).find(selectedId());
    if (!activity || activity.value().status != ActivityStatus::Planned)
        return;
    CompleteActivityDialog dialog(m_db, activity.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit followUpsChanged();
}

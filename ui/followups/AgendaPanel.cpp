#include "AgendaPanel.h"
#include "ActivityDialog.h"
#include "Appearance.h"
#include "Clock.h"
#include "CompleteActivityDialog.h"
#include "EmptyState.h"
#include "FileDialog.h"
#include "FollowUpFormatting.h"
#include "MessageBox.h"
#include "ReadOnlyUi.h"
#include "io/CalendarExporter.h"
#include "repo/ActivityRepository.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    WhenColumn,
    TypeColumn,
    SubjectColumn,
    CustomerColumn,
    OwnerColumn,
    PriorityColumn
};
constexpr int kIdRole = Qt::UserRole;
constexpr int kCustomerRole = Qt::UserRole + 1;
const QString kOwnerSetting = QStringLiteral("agenda/owner");

} // namespace

AgendaPanel::AgendaPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("agendaPanel"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("agendaTitleLabel"));
    FollowUpFormatting::makeTitle(m_title);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("agendaOwnerComboBox"));
    FollowUpFormatting::fillOwners(m_owner, m_db, tr("Whole team"));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(QSettings().value(kOwnerSetting, 0).toLongLong())));
    auto ownerLabel = new QLabel(tr("&Show:"));
    ownerLabel->setBuddy(m_owner);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("agendaTreeWidget"));
    m_tree->setAccessibleName(tr("Follow-ups"));
    m_tree->setHeaderLabels({ tr("When"), tr("Type"), tr("Subject"), tr("Customer"), tr("Owner"), tr("Priority") });
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);

    m_new = new QPushButton(tr("&New activity…"));
    m_new->setObjectName(QStringLiteral("newActivityButton"));
    ReadOnlyUi::marksAChange(m_new);
    m_done = new QPushButton(tr("&Done and next…"));
    m_done->setObjectName(QStringLiteral("completeButton"));
    ReadOnlyUi::marksAChange(m_done);
    m_done->setToolTip(tr("Mark the selected activity done and schedule the next one (Ctrl+Return)"));
    m_edit = new QPushButton(tr("Edi&t…"));
    m_edit->setObjectName(QStringLiteral("editActivityButton"));
    ReadOnlyUi::marksAChange(m_edit);
    m_open = new QPushButton(tr("Open &customer"));
    m_open->setObjectName(QStringLiteral("openCustomerButton"));
    m_export = new QPushButton(tr("E&xport calendar…"));
    m_export->setObjectName(QStringLiteral("exportIcsButton"));
    m_export->setToolTip(tr("Save the planned follow-ups as an iCalendar (.ics) file for Outlook, Apple or Google "
                            "calendars"));

    auto top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_done);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);

    connect(m_owner, &QComboBox::activated, this, [this] {
        QSettings().setValue(kOwnerSetting, ownerId());
        reload();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kIdRole).toLongLong() > 0)
            editCurrent();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AgendaPanel::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &AgendaPanel::newActivityRequested);
    connect(m_done, &QPushButton::clicked, this, &AgendaPanel::completeCurrent);
    connect(m_edit, &QPushButton::clicked, this, &AgendaPanel::editCurrent);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem(); item && item->data(0, kCustomerRole).toLongLong() > 0)
            emit openCustomerRequested(item->data(0, kCustomerRole).toLongLong());
    });
    connect(m_export, &QPushButton::clicked, this, &AgendaPanel::exportCalendar);
    auto doneShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_tree);
    doneShortcut->setContext(Qt::WidgetShortcut);
    ReadOnlyUi::marksAChange(doneShortcut);
    connect(doneShortcut, &QShortcut::activated, this, &AgendaPanel::completeCurrent);
    reload();
}

qint64 AgendaPanel::ownerId() const
{
    return m_owner->currentData().toLongLong();
}

void AgendaPanel::setOwnerId(qint64 ownerId)
{
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(ownerId)));
    reload();
}

qint64 AgendaPanel::currentActivityId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

bool AgendaPanel::selectActivity(qint64 id)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(0, kIdRole).toLongLong() == id) {
                m_tree->setCurrentItem(section->child(i));
                return true;
            }
        }
    }
    return false;
}

QTreeWidgetItem *AgendaPanel::addSection(const QString &title, const AgendaSection &section, bool overdue)
{
    auto header = new QTreeWidgetItem(m_tree, { title.arg(QLocale().toString(section.total)) });
    header->setFirstColumnSpanned(true);
    QFont bold = header->font(0);
    bold.setBold(true);
    header->setFont(0, bold);
    header->setFlags(Qt::ItemIsEnabled);
    if (overdue && section.total > 0)
        header->setForeground(0, Appearance::errorText());
    for (const Activity &a : section.items) {
        auto item = new QTreeWidgetItem(header,
            { FollowUpFormatting::due(a), displayName(a.type), a.subject, a.customerName, a.ownerName,
                displayName(a.priority) });
        item->setData(0, kIdRole, a.id);
        item->setData(0, kCustomerRole, a.customerId);
        const QString about = a.notes.isEmpty() ? a.subject : a.notes;
        item->setToolTip(SubjectColumn,
            a.complaintNumber.isEmpty() ? about : tr("About complaint %1.\n%2").arg(a.complaintNumber, about));
        if (!a.recurrence.isNone())
            item->setToolTip(WhenColumn, a.recurrence.displayText());
        if (overdue)
            item->setForeground(WhenColumn, Appearance::errorText());
        if (a.priority == ActivityPriority::High) {
            QFont font = item->font(PriorityColumn);
            font.setBold(true);
            item->setFont(PriorityColumn, font);
        }
    }
    if (section.total > section.items.size()) {
        auto more
            = new QTreeWidgetItem(header, { tr("… and %Ln more", nullptr, int(section.total - section.items.size())) });
        more->setFirstColumnSpanned(true);
        more->setFlags(Qt::ItemIsEnabled);
    }
    return header;
}

void AgendaPanel::reload()
{
    const qint64 current = currentActivityId();
    const QDate today = Clock::instance().today();
    m_title->setText(tr("Agenda for %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    m_tree->clear();
    auto agenda = ActivityRepository(m_db).agenda({ today, ownerId(), 500 });
    if (!agenda) {
        auto error = new QTreeWidgetItem(m_tree, { agenda.error().toString() });
        error->setFirstColumnSpanned(true);
        updateButtons();
        return;
    }
    addSection(tr("Overdue (%1)"), agenda.value().overdue, true);
    addSection(tr("Today (%1)"), agenda.value().today, false);
    addSection(tr("Next 7 days (%1)"), agenda.value().nextDays, false);
    m_tree->expandAll();
    const bool nothing = agenda.value().overdue.total + agenda.value().today.total + agenda.value().nextDays.total == 0;
    EmptyState::show(m_tree->viewport(),
        nothing ? tr("Nothing is planned for the next 7 days. New activity… (Ctrl+Shift+A) plans a call, visit or "
                     "task for the customer selected on the Customers page.")
                : QString());
    for (int column : { WhenColumn, TypeColumn, CustomerColumn, OwnerColumn })
        m_tree->resizeColumnToContents(column);
    if (!selectActivity(current)) {
        for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
            if (m_tree->topLevelItem(s)->childCount() > 0) {
                m_tree->setCurrentItem(m_tree->topLevelItem(s)->child(0));
                break;
            }
        }
    }
    updateButtons();
    emit overdueCountChanged(agenda.value().overdue.total);
}

void AgendaPanel::updateButtons()
{
    const bool hasItem = currentActivityId() > 0;
    ReadOnlyUi::setEnabled(m_done, hasItem);
    ReadOnlyUi::setEnabled(m_edit, hasItem);
    m_open->setEnabled(hasItem);
}

void AgendaPanel::editCurrent()
{
    auto activity = ActivityRepository(m_db).find(currentActivityId());
    if (!activity)
        return;
    ActivityDialog dialog(m_db, activity.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit activitiesChanged();
}

void AgendaPanel::completeCurrent()
{
    auto activity = ActivityRepository(m_db).find(currentActivityId());
    if (!activity)
        return;
    CompleteActivityDialog dialog(m_db, activity.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit activitiesChanged();
}

void AgendaPanel::exportCalendar()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export follow-ups"), QDir(documents).filePath(tr("follow-ups.ics")), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    auto written = CalendarExporter(m_db).exportPlanned(path, ownerId(), Clock::instance().nowUtc());
    if (!written) {
        MessageBox::warning(this, tr("Export follow-ups"), written.error().toString());
        return;
    }
    MessageBox::information(this, tr("Export follow-ups"),
        tr("Saved %Ln follow-up(s) to %1.", nullptr, int(written.value())).arg(QDir::toNativeSeparators(path)));
}

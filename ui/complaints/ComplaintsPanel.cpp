#include "ComplaintsPanel.h"
#include "Clock.h"
#include "ComplaintCallback.h"
#include "ComplaintDialog.h"
#include "ComplaintSettingsDialog.h"
#include "ComplaintTableModel.h"
#include "EmptyState.h"
#include "Formatting.h"
#include "ReadOnlyUi.h"
#include "RowButtons.h"
#include "repo/ComplaintRepository.h"
#include "repo/LookupRepository.h"
#include "services/ComplaintSettings.h"
#include "services/ComplaintWorkflow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// "Open" in the status filter: every case still waiting for something.
const QString kOpenStatuses = QStringLiteral("open");
} // namespace

ComplaintsPanel::ComplaintsPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("complaintsPanel"));
    m_model = new ComplaintTableModel(m_db, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("complaintsTableView"));
    m_view->setAccessibleName(tr("Complaints"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ComplaintTableModel::ReceivedColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    setColumnWidths();
    stretchSummary();
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { openComplaint(m_model->idAt(index.row())); });

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("complaintStatusFilterComboBox"));
    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("Open"), kOpenStatuses);
    for (ComplaintStatus status : allComplaintStatuses())
        m_status->addItem(displayName(status), toString(status));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("complaintSeverityFilterComboBox"));
    m_severity->addItem(tr("All severities"));
    for (ComplaintSeverity severity : allComplaintSeverities())
        m_severity->addItem(displayName(severity), toString(severity));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("complaintCategoryFilterComboBox"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("complaintOwnerFilterComboBox"));
    m_overdue = new QCheckBox(tr("Overd&ue only"));
    m_overdue->setObjectName(QStringLiteral("complaintOverdueCheckBox"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("complaintSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search number, summary, customer"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    fillFilterChoices();
    for (QComboBox *combo : { m_status, m_severity, m_category, m_owner })
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintsPanel::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ComplaintsPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ComplaintsPanel::applyFilter);

    auto newButton = new QPushButton(tr("&Log complaint…"));
    newButton->setObjectName(QStringLiteral("logComplaintButton"));
    ReadOnlyUi::marksAChange(newButton);
    connect(newButton, &QPushButton::clicked, this, [this] { logComplaint(); });
    auto openButton = new QPushButton(tr("&Open…"));
    openButton->setObjectName(QStringLiteral("openComplaintButton"));
    connect(openButton, &QPushButton::clicked, this, [this] { openComplaint(currentId()); });
    auto settingsButton = new QPushButton(tr("Service levels and categories…"));
    settingsButton->setObjectName(QStringLiteral("complaintSettingsButton"));
    ReadOnlyUi::marksAChange(settingsButton);
    connect(settingsButton, &QPushButton::clicked, this, &ComplaintsPanel::editSettings);
    auto callBack = new QPushButton(tr("Call &back…"));
    callBack->setObjectName(QStringLiteral("complaintListCallBackButton"));
    ReadOnlyUi::marksAChange(callBack);
    auto visit = new QPushButton(tr("V&isit…"));
    visit->setObjectName(QStringLiteral("complaintListVisitButton"));
    ReadOnlyUi::marksAChange(visit);
    auto openAction = new QAction(tr("&Open…"), this);
    connect(openAction, &QAction::triggered, this, [this] { openComplaint(currentId()); });
    auto callBackAction = new QAction(tr("Call &back…"), this);
    callBackAction->setObjectName(QStringLiteral("complaintCallBackAction"));
    ReadOnlyUi::marksAChange(callBackAction);
    callBackAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    callBackAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(callBackAction, &QAction::triggered, this, [this] { scheduleFollowUp(ActivityType::Call); });
    auto visitAction = new QAction(tr("V&isit…"), this);
    visitAction->setObjectName(QStringLiteral("complaintVisitAction"));
    ReadOnlyUi::marksAChange(visitAction);
    visitAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    visitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(visitAction, &QAction::triggered, this, [this] { scheduleFollowUp(ActivityType::Visit); });
    connect(callBack, &QPushButton::clicked, callBackAction, &QAction::trigger);
    connect(visit, &QPushButton::clicked, visitAction, &QAction::trigger);
    callBack->setToolTip(callBackAction->shortcut().toString(QKeySequence::NativeText));
    visit->setToolTip(visitAction->shortcut().toString(QKeySequence::NativeText));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ openAction, callBackAction, visitAction });
    // The shortcuts work anywhere on the page, also while the search field has the focus.
    addActions({ callBackAction, visitAction });
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("complaintCountsLabel"));

    auto filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_severity, 1);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_overdue);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(callBack);
    buttons->addWidget(visit);
    buttons->addWidget(m_counts, 1);
    buttons->addWidget(settingsButton);
    EmptyState::attach(m_view, [] {
        return tr("No complaints to show with these filters. Log complaint… (Ctrl+Shift+L) records one for the "
                  "customer selected on the Customers page.");
    });
    RowButtons::followSelection(m_view, { openButton, callBack, visit });
    auto layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    applyFilter();
}

void ComplaintsPanel::fillFilterChoices()
{
    const QSignalBlocker categoryBlocker(m_category);
    const QSignalBlocker ownerBlocker(m_owner);
    const QVariant category = m_category->currentData();
    const QVariant owner = m_owner->currentData();
    m_category->clear();
    m_category->addItem(tr("All categories"));
    for (const QString &code : ComplaintSettings(m_db).categories().value_or({}))
        m_category->addItem(complaintCategoryDisplayName(code), code);
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    m_owner->addItem(tr("No owner"), qint64(0));
    for (const Owner &o : LookupRepository(m_db).owners().value_or({}))
        m_owner->addItem(o.name, o.id);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
}

void ComplaintsPanel::applyFilter()
{
    ComplaintFilter filter;
    const QString status = m_status->currentData().toString();
    if (status == kOpenStatuses)
        filter.openOnly = true;
    else if (!status.isEmpty())
        filter.status = complaintStatusFromString(status);
    if (m_severity->currentData().isValid())
        filter.severity = complaintSeverityFromString(m_severity->currentData().toString());
    filter.category = m_category->currentData().toString();
    if (m_owner->currentData().isValid())
        filter.ownerId = m_owner->currentData().toLongLong();
    if (m_overdue->isChecked())
        filter.overdueAt = Clock::instance().nowUtc();
    filter.search = m_search->text();
    m_model->setFilter(filter);
    showCounts();
}

void ComplaintsPanel::showCounts()
{
    ComplaintFilter overdue;
    overdue.overdueAt = Clock::instance().nowUtc();
    ComplaintFilter open;
    open.openOnly = true;
    ComplaintRepository repository(m_db);
    m_counts->setText(tr("%1 open, %2 overdue")
                          .arg(QLocale().toString(repository.count(open).value_or(0)),
                              QLocale().toString(repository.count(overdue).value_or(0))));
}

void ComplaintsPanel::reload()
{
    ComplaintWorkflow(m_db).escalateOverdue(Clock::instance().nowUtc(), tr("Service level check")).value_or(0);
    fillFilterChoices();
    applyFilter();
}

qint64 ComplaintsPanel::currentId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

qint64 ComplaintsPanel::logComplaint(qint64 customerId)
{
    ComplaintDialog dialog(m_db, 0, customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = dialog.complaintId();
    applyFilter();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    emit complaintsChanged(dialog.complaint().customerId);
    return id;
}

void ComplaintsPanel::openComplaint(qint64 id)
{
    if (id <= 0)
        return;
    ComplaintDialog dialog(m_db, id, 0, this);
    bool changed = false;
    connect(&dialog, &ComplaintDialog::complaintChanged, this, [&changed] { changed = true; });
    connect(&dialog, &ComplaintDialog::followUpsChanged, this, [this, &changed] {
        changed = true;
        emit followUpsChanged();
    });
    dialog.exec();
    if (!changed)
        return;
    const int row = m_view->currentIndex().row();
    applyFilter();
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(row);
    emit complaintsChanged(dialog.complaint().customerId);
}

qint64 ComplaintsPanel::scheduleFollowUp(ActivityType type)
{
    const qint64 complaintId = currentId();
    if (complaintId <= 0)
        return 0;
    auto complaint = ComplaintRepository(m_db).get(complaintId);
    if (!complaint)
        return 0;
    const qint64 id = ComplaintCallback::schedule(this, m_db, complaint.value(), type);
    if (id > 0)
        emit followUpsChanged();
    return id;
}

void ComplaintsPanel::editSettings()
{
    ComplaintSettingsDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ComplaintsPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("complaints/header"), m_view->horizontalHeader()->saveState());
}

void ComplaintsPanel::restoreState(const QSettings &settings)
{
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("complaints/header")).toByteArray());
    stretchSummary(); // a layout saved by an earlier version stretched the last column
}

// Each column as wide as its longest value in this language and font (fixed pixel widths cut "10 Dec 2026 11:08"
// and "Acknowledged" off); customer and owner names as wide as ten Chinese characters and a Western name.
void ComplaintsPanel::setColumnWidths()
{
    const QFontMetrics metrics(m_view->font());
    const auto fit = [&](int column, const QStringList &samples) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + 3 * metrics.averageCharWidth());
    };
    const QString latest = Formatting::localDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toUTC());
    QStringList severities, statuses, categories;
    for (ComplaintSeverity severity : allComplaintSeverities())
        severities << displayName(severity);
    for (ComplaintStatus status : allComplaintStatuses())
        statuses << displayName(status);
    for (const char *code : { "product_quality", "delivery", "service_attitude", "billing", "other" })
        categories << complaintCategoryDisplayName(QString::fromLatin1(code));
    fit(ComplaintTableModel::NumberColumn, { ComplaintTableModel::tr("%1 ▲").arg(QStringLiteral("C-2026-0000")) });
    fit(ComplaintTableModel::ReceivedColumn, { latest });
    fit(ComplaintTableModel::DueColumn, { latest });
    fit(ComplaintTableModel::SeverityColumn, severities);
    fit(ComplaintTableModel::StatusColumn, statuses);
    fit(ComplaintTableModel::CategoryColumn, categories);
    fit(ComplaintTableModel::ServiceLevelColumn,
        { ComplaintTableModel::tr("Overdue"), ComplaintTableModel::tr("Due soon"),
            ComplaintTableModel::tr("On track") });
    m_view->setColumnWidth(ComplaintTableModel::CustomerColumn, metrics.horizontalAdvance(QString(10, QChar(0x56fd))));
    m_view->setColumnWidth(ComplaintTableModel::OwnerColumn, metrics.horizontalAdvance(QStringLiteral("David Brown")));
}

// The summary takes the width the other columns leave, so the service level (last) is in view in a window
// 1,280 pixels wide.
void ComplaintsPanel::stretchSummary()
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ComplaintTableModel::SummaryColumn, QHeaderView::Stretch);
}

const QTableView *ComplaintsPanel::exportView() const
{
    return m_view;
}

QString ComplaintsPanel::exportName() const
{
    return tr("Complaints");
}

QString ComplaintsPanel::exportEntity() const
{
    return QStringLiteral("complaint");
}

#include "ComplaintTableModel.h"
#include "Appearance.h"
#include "Clock.h"
#include "Formatting.h"
#include "TableExport.h"
#include "services/ServiceLevels.h"

#include <QBrush>
#include <QColor>

namespace {
constexpr int kPageSize = 200;

QString shortTime(const QDateTime &utc)
{
    return utc.isValid() ? Formatting::localDateTime(utc) : QString();
}
} // namespace

ComplaintTableModel::ComplaintTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void ComplaintTableModel::setFilter(const ComplaintFilter &filter)
{
    m_filter = filter;
    reload();
}

void ComplaintTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_now = Clock::instance().nowUtc();
    ComplaintFilter filter = m_filter;
    if (filter.overdueAt.isValid())
        filter.overdueAt = m_now;
    auto page = ComplaintRepository(m_db).list(filter, m_order, kPageSize, 0, m_reversed);
    if (page) {
        m_rows = page.value();
        m_more = m_rows.size() == kPageSize;
    } else {
        m_more = false;
    }
    endResetModel();
    if (!page)
        emit loadFailed(page.error().toString());
}

bool ComplaintTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void ComplaintTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    ComplaintFilter filter = m_filter;
    if (filter.overdueAt.isValid())
        filter.overdueAt = m_now;
    auto page = ComplaintRepository(m_db).list(filter, m_order, kPageSize, int(m_rows.size()), m_reversed);
    if (!page) {
        m_more = false;
        emit loadFailed(page.error().toString());
        return;
    }
    m_more = page.value().size() == kPageSize;
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size() - 1));
    m_rows += page.value();
    endInsertRows();
}

void ComplaintTableModel::sort(int column, Qt::SortOrder order)
{
    // Ascending in the header: oldest or lowest number first, A to Z, most severe first, earliest status first,
    // soonest due first.
    bool naturalIsDescending = false;
    switch (column) {
    case NumberColumn:
        m_order = ComplaintRepository::Order::Number;
        naturalIsDescending = true;
        break;
    case CustomerColumn:
        m_order = ComplaintRepository::Order::Customer;
        break;
    case SeverityColumn:
        m_order = ComplaintRepository::Order::Severity;
        break;
    case StatusColumn:
        m_order = ComplaintRepository::Order::Status;
        break;
    case DueColumn:
    case ServiceLevelColumn:
        m_order = ComplaintRepository::Order::ResolutionDueFirst;
        break;
    default:
        m_order = ComplaintRepository::Order::ReceivedNewestFirst;
        naturalIsDescending = true;
        break;
    }
    m_reversed = (order == Qt::DescendingOrder) != naturalIsDescending;
    reload();
}

qint64 ComplaintTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ComplaintTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

int ComplaintTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintTableModel::dueText(const Complaint &c) const
{
    if (!isOpen(c.status))
        return {};
    return shortTime(c.respondedAt.isValid() ? c.resolutionDueAt : c.responseDueAt);
}

QVariant ComplaintTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Complaint &c = m_rows[index.row()];
    const ServiceLevelState state = ServiceLevels::state(c, m_now);
    if (role == IdRole)
        return c.id;
    if (role == StateRole)
        return int(state);
    if (role == Qt::BackgroundRole) {
        if (state == ServiceLevelState::Overdue)
            return QBrush(Appearance::overdueRowBackground());
        if (state == ServiceLevelState::AtRisk)
            return QBrush(Appearance::dueSoonRowBackground());
        return {};
    }
    if (role == Qt::ForegroundRole && (state == ServiceLevelState::Overdue || state == ServiceLevelState::AtRisk))
        return QBrush(Appearance::alertRowText());
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return c.description.isEmpty() ? c.summary : c.description;
    if (role == Qt::ToolTipRole && index.column() == NumberColumn && c.escalationLevel > 0)
        return c.escalationLevel > 1 ? tr("Escalated: not resolved in time") : tr("Escalated: no response in time");
    if (role == TableExport::ValueRole) {
        // Exported as date-times in local time, as shown (not as their text), so a spreadsheet sorts and filters them.
        if (index.column() == ReceivedColumn)
            return c.receivedAt.toLocalTime();
        if (index.column() == DueColumn && isOpen(c.status))
            return (c.respondedAt.isValid() ? c.resolutionDueAt : c.responseDueAt).toLocalTime();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return c.escalationLevel > 0 ? tr("%1 ▲").arg(c.number) : c.number;
    case ReceivedColumn:
        return shortTime(c.receivedAt);
    case CustomerColumn:
        return c.customerName;
    case SummaryColumn:
        return c.summary;
    case CategoryColumn:
        return complaintCategoryDisplayName(c.category);
    case SeverityColumn:
        return displayName(c.severity);
    case StatusColumn:
        return displayName(c.status);
    case OwnerColumn:
        return c.ownerName;
    case DueColumn:
        return dueText(c);
    case ServiceLevelColumn:
        switch (state) {
        case ServiceLevelState::Overdue:
            return tr("Overdue");
        case ServiceLevelState::AtRisk:
            return tr("Due soon");
        case ServiceLevelState::OnTrack:
            return tr("On track");
        case ServiceLevelState::Done:
            return c.resolvedAt.isValid() && c.resolvedAt <= c.resolutionDueAt ? tr("Met") : tr("Missed");
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("Number");
    case ReceivedColumn:
        return tr("Received");
    case CustomerColumn:
        return tr("Customer");
    case SummaryColumn:
        return tr("Summary");
    case CategoryColumn:
        return tr("Category");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case ServiceLevelColumn:
        return tr("Service level");
    case ColumnCount:
        break;
    }
    return {};
}

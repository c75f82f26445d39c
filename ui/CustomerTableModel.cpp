#include "CustomerTableModel.h"
#include "repo/CustomerRepository.h"

#include <QLocale>

namespace {

std::optional<CustomerSort> sortFor(int column)
{
    switch (column) {
    case CustomerTableModel::Name:
        return CustomerSort::Name;
    case CustomerTableModel::Kind:
        return CustomerSort::Kind;
    case CustomerTableModel::Industry:
        return CustomerSort::Industry;
    case CustomerTableModel::Province:
        return CustomerSort::Province;
    case CustomerTableModel::City:
        return CustomerSort::City;
    case CustomerTableModel::Owner:
        return CustomerSort::Owner;
    case CustomerTableModel::Tier:
        return CustomerSort::Tier;
    case CustomerTableModel::Stage:
        return CustomerSort::Stage;
    case CustomerTableModel::Source:
        return CustomerSort::Source;
    case CustomerTableModel::Created:
        return CustomerSort::Created;
    case CustomerTableModel::Updated:
        return CustomerSort::Updated;
    default:
        return std::nullopt;
    }
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CustomerTableModel::CustomerTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_repository(std::make_unique<CustomerRepository>(db))
{
    loadFirstPage();
}

CustomerTableModel::~CustomerTableModel() = default;

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerRow &row = m_rows[index.row()];
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Kind:
        return displayName(row.kind);
    case Industry:
        return row.industry;
    case Province:
        return row.province;
    case City:
        return row.city;
    case Phone:
        return row.phone;
    case Email:
        return row.email;
    case Owner:
        return row.ownerName;
    case Tier:
        return row.tier;
    case Stage:
        return displayName(row.stage);
    case Source:
        return row.source;
    case Tags:
        return row.tags;
    case Created:
        return localTime(row.createdAt);
    case Updated:
        return localTime(row.updatedAt);
    case Deleted:
        return localTime(row.deletedAt);
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Type");
    case Industry:
        return tr("Industry");
    case Province:
        return tr("Region");
    case City:
        return tr("City");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case Owner:
        return tr("Owner");
    case Tier:
        return tr("Tier");
    case Stage:
        return tr("Stage");
    case Source:
        return tr("Source");
    case Tags:
        return tr("Tags");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Deleted:
        return tr("Deleted");
    }
    return {};
}

bool CustomerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    auto page = m_repository->page(m_query, m_rows.last(), PageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().toString());
        return;
    }
    m_atEnd = page.value().size() < PageSize;
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

bool CustomerTableModel::isSortable(int column)
{
    return sortFor(column).has_value();
}

int CustomerTableModel::columnFor(CustomerSort sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortFor(column) == sort)
            return column;
    }
    return Name;
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort || (m_query.sort == *sort && m_query.order == order))
        return;
    CustomerQuery query = m_query;
    query.sort = *sort;
    query.order = order;
    setQuery(query);
}

void CustomerTableModel::setQuery(const CustomerQuery &query)
{
    m_query = query;
    reload();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    loadFirstPage();
    endResetModel();
}

void CustomerTableModel::loadFirstPage()
{
    m_rows.clear();
    auto page = m_repository->page(m_query, std::nullopt, PageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().toString());
        return;
    }
    m_rows = page.value();
    m_atEnd = m_rows.size() < PageSize;
}

qint64 CustomerTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int CustomerTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void CustomerTableModel::refreshRow(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    auto fresh = m_repository->row(id);
    if (!fresh)
        return;
    m_rows[row] = fresh.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

#include "CustomerTableModel.h"
#include "repo/CustomerRepository.h"

#include "Formatting.h"

#include <QLocale>

#include <algorithm>

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

} // namespace

CustomerTableModel::CustomerTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_repository(std::make_unique<CustomerRepository>(db))
{
    loadFirstPage();
}

CustomerTableModel::~CustomerTableModel() = default;

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_ids.size()))
        return {};
    if (role == IdRole)
        return m_ids[index.row()];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const CustomerRow *found = rowAt(index.row());
    if (!found)
        return {};
    const CustomerRow &row = *found;
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
        return Formatting::localDateTime(row.createdAt);
    case Updated:
        return Formatting::localDateTime(row.updatedAt);
    case Deleted:
        return Formatting::localDateTime(row.deletedAt);
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
    if (parent.isValid() || m_atEnd || !m_last)
        return;
    auto page = m_repository->page(m_query, m_last, PageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().toString());
        return;
    }
    m_atEnd = page.value().size() < PageSize;
    if (page.value().isEmpty())
        return;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    for (const CustomerRow &row : page.value())
        m_ids.push_back(row.id);
    m_last = page.value().last();
    cachePage(first / PageSize, page.value());
    endInsertRows();
}

// Rows come in pages of PageSize, so page n holds rows n*PageSize .. n*PageSize + PageSize - 1.
const CustomerRow *CustomerTableModel::rowAt(int row) const
{
    const int pageIndex = row / PageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        const int first = pageIndex * PageSize;
        const int last = std::min<int>(first + PageSize, int(m_ids.size()));
        QList<qint64> ids(m_ids.begin() + first, m_ids.begin() + last);
        auto rows = m_repository->rows(ids);
        if (!rows || rows.value().size() != ids.size())
            return nullptr; // a row deleted meanwhile: shown empty until the list is reloaded
        cachePage(pageIndex, rows.value());
        it = m_pages.find(pageIndex);
    }
    it->lastUse = ++m_useCounter;
    return &it->rows[row - pageIndex * PageSize];
}

void CustomerTableModel::cachePage(int page, QList<CustomerRow> rows) const
{
    if (m_pages.size() >= CachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, Page { std::move(rows), ++m_useCounter });
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
    m_ids.clear();
    m_pages.clear();
    m_last.reset();
    auto page = m_repository->page(m_query, std::nullopt, PageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().toString());
        return;
    }
    m_atEnd = page.value().size() < PageSize;
    for (const CustomerRow &row : page.value())
        m_ids.push_back(row.id);
    if (!page.value().isEmpty()) {
        m_last = page.value().last();
        cachePage(0, page.value());
    }
}

qint64 CustomerTableModel::idAt(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids[row] : 0;
}

int CustomerTableModel::rowOfId(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

void CustomerTableModel::refreshRow(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    m_pages.remove(row / PageSize);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

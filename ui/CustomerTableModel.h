#pragma once

#include "domain/CustomerQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

class CustomerRepository;

// The customer list over the book: pages of rows fetched on demand (keyset paging), so a list of a million
// customers opens at once. Only the ids of the rows scrolled past are kept; the full rows of the most recently
// shown pages sit in a small cache and are read again by id when the user scrolls back, so memory stays flat
// however far the list is scrolled. Sorting and filtering go back to the database; no proxy model.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Industry, Province, City, Phone, Email, Owner, Tier, Stage, Source, Tags, Created,
                  Updated, Deleted, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 40;

    explicit CustomerTableModel(QSqlDatabase db, QObject *parent = nullptr);
    ~CustomerTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static bool isSortable(int column);
    static int columnFor(CustomerSort sort);
    const CustomerQuery &query() const { return m_query; }
    void setQuery(const CustomerQuery &query);
    // Reads the first page again (after a change), keeping the query.
    void reload();
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // Reads one row again after an edit, without reloading the list.
    void refreshRow(qint64 id);

signals:
    void loadFailed(const QString &message);

private:
    struct Page
    {
        QList<CustomerRow> rows;
        quint64 lastUse = 0;
    };

    void loadFirstPage();
    const CustomerRow *rowAt(int row) const;
    void cachePage(int page, QList<CustomerRow> rows) const;

    std::unique_ptr<CustomerRepository> m_repository;
    CustomerQuery m_query;
    std::vector<qint64> m_ids;
    std::optional<CustomerRow> m_last; // where the next page starts
    bool m_atEnd = false;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
};

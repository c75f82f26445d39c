#pragma once

#include "domain/CustomerQuery.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class CustomerRepository;

// The customer list over the book: pages of rows fetched on demand (keyset paging), so a list of a million
// customers opens at once. Sorting and filtering go back to the database; no proxy model.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Industry, Province, City, Phone, Email, Owner, Tier, Stage, Source, Tags, Created,
                  Updated, Deleted, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

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
    // Replaces one row in place after an edit, without reloading the list.
    void refreshRow(qint64 id);

signals:
    void loadFailed(const QString &message);

private:
    void loadFirstPage();

    std::unique_ptr<CustomerRepository> m_repository;
    CustomerQuery m_query;
    QList<CustomerRow> m_rows;
    bool m_atEnd = false;
};

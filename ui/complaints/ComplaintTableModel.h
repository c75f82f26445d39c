#pragma once

#include "domain/Complaint.h"
#include "repo/ComplaintRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

// The complaint list: filtered in SQL, loaded a page at a time (fetchMore), sorted by the column the user
// clicked. Overdue cases are shown on a red background and cases about to breach on an amber one.
class ComplaintTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ReceivedColumn,
        CustomerColumn,
        SummaryColumn,
        CategoryColumn,
        SeverityColumn,
        StatusColumn,
        OwnerColumn,
        DueColumn,
        ServiceLevelColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // ServiceLevelState as int

    explicit ComplaintTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const ComplaintFilter &filter);
    const ComplaintFilter &filter() const { return m_filter; }
    void reload();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    const Complaint &complaintAt(int row) const { return m_rows.at(row); }
    // The moment the service levels are judged against (the Clock's now at the last reload).
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString &message);

private:
    QString dueText(const Complaint &complaint) const;

    QSqlDatabase m_db;
    ComplaintFilter m_filter;
    ComplaintRepository::Order m_order = ComplaintRepository::Order::ReceivedNewestFirst;
    bool m_reversed = false;
    QList<Complaint> m_rows;
    bool m_more = false;
    QDateTime m_now;
};

#pragma once

#include "domain/CustomerQuery.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class BookReader;
class CustomerTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

// The customer list: search as you type, filters (owner, tier, stage, tag, region, marketing consent), sortable columns that
// the user can choose and reorder (remembered), paged from the database as it scrolls.
class CustomerListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerListPanel(QSqlDatabase db, QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void focusSearch();
    void reload();
    void reloadFilterChoices();
    void selectCustomer(qint64 id);
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void currentCustomerChanged(qint64 id);
    void openRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Moves the keyboard to the list, on its first row if none is current.
    void focusResults();

private:
    void applyFilters();
    void updateCount();
    void showColumnMenu(const QPoint &position);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    QComboBox *filterCombo(const QString &objectName, const QString &allText);

    QSqlDatabase m_db;
    CustomerTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_count = nullptr;
    // How many customers the list's query finds, counted in the background while the list shows its first pages.
    BookReader *m_counter = nullptr;
    std::optional<CustomerQuery> m_counting; // asked for, not yet known
    std::optional<CustomerQuery> m_countedQuery;
    qint64 m_counted = 0;
    qint64 m_beyondLoaded = 0; // the current customer when its row is not loaded (selectCustomer)
    QTimer *m_searchDelay = nullptr;
};

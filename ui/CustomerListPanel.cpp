#include "CustomerListPanel.h"
#include "BookReader.h"
#include "CustomerTableModel.h"
#include "EmptyState.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

CustomerListPanel::CustomerListPanel(QSqlDatabase db, QWidget *parent) : QWidget(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("customerListPanel"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search names, contacts, phones, emails (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomerListPanel::applyFilters);

    m_owner = filterCombo(QStringLiteral("ownerFilterComboBox"), tr("All owners"));
    m_tier = filterCombo(QStringLiteral("tierFilterComboBox"), tr("All tiers"));
    m_stage = filterCombo(QStringLiteral("stageFilterComboBox"), tr("All stages"));
    m_tag = filterCombo(QStringLiteral("tagFilterComboBox"), tr("All tags"));
    m_region = filterCombo(QStringLiteral("regionFilterComboBox"), tr("All regions"));
    for (LifecycleStage stage : allLifecycleStages())
        m_stage->addItem(displayName(stage), toString(stage));
    m_consent = new QCheckBox(tr("Marketing consent"));
    m_consent->setObjectName(QStringLiteral("consentFilterCheckBox"));
    m_consent->setToolTip(tr("Only customers with a contact who agreed to receive marketing"));
    connect(m_consent, &QCheckBox::toggled, this, &CustomerListPanel::applyFilters);
    auto clear = new QPushButton(tr("Clear filters"));
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clear, &QPushButton::clicked, this, [this] {
        for (QComboBox *combo : { m_owner, m_tier, m_stage, m_tag, m_region })
            combo->setCurrentIndex(0);
        m_consent->setChecked(false);
        m_search->clear();
    });

    m_model = new CustomerTableModel(m_db, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("customerTableView"));
    m_view->setAccessibleName(tr("Customers"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(CustomerTableModel::Name, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // What a list shows before the user chooses: the rest is one right-click on the header away.
    for (int column : { CustomerTableModel::Kind, CustomerTableModel::Province, CustomerTableModel::Source,
                        CustomerTableModel::Created, CustomerTableModel::Updated, CustomerTableModel::Deleted })
        header->setSectionHidden(column, true);
    // Room for common values ("Manufacturing", "San Francisco", a company of about thirty letters) in this font;
    // longer ones are cut and the user's widths are kept.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    header->resizeSection(
        CustomerTableModel::Name, metrics.horizontalAdvance(QStringLiteral("Anderson & Williams Technolog")) + padding);
    header->resizeSection(CustomerTableModel::Industry,
        std::max(80, metrics.horizontalAdvance(QStringLiteral("Manufacturing")) + padding));
    header->resizeSection(
        CustomerTableModel::City, std::max(80, metrics.horizontalAdvance(QStringLiteral("San Francisco")) + padding));
    // Wide enough for a number with its country code, as numbers of other countries are shown.
    header->resizeSection(CustomerTableModel::Phone,
        std::max(120, m_view->fontMetrics().horizontalAdvance(QStringLiteral("+1 (212) 555-0123")) + 16));
    header->resizeSection(CustomerTableModel::Email, 160);
    header->resizeSection(CustomerTableModel::Tier, 40);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CustomerListPanel::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomerListPanel::onSortIndicatorChanged);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit openRequested(m_model->idAt(index.row())); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                m_beyondLoaded = 0; // the user chose a row
            emit currentCustomerChanged(m_model->idAt(current.row()));
        });
    m_counter = new BookReader(m_db.databaseName(), this);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_beyondLoaded = 0;
        m_countedQuery.reset(); // a new query, or the book changed
        m_counting.reset();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CustomerListPanel::updateCount);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));

    // The search field with the consent filter, Clear and the count; the five lists below it, sharing the width.
    // Two rows, so that the window fits a screen 1,280 pixels wide with the customer file beside the list.
    auto searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_consent);
    searchRow->addWidget(clear);
    searchRow->addWidget(m_count);
    auto filters = new QHBoxLayout;
    for (QComboBox *combo : { m_owner, m_tier, m_stage, m_tag, m_region })
        filters->addWidget(combo);
    EmptyState::attach(m_view, [this] {
        CustomerQuery unfiltered;
        unfiltered.sort = m_model->query().sort;
        unfiltered.order = m_model->query().order;
        return m_model->query() == unfiltered
            ? tr("No customers yet.\nAdd one with New customer… (Ctrl+N), or bring your list in with File › "
                 "Import… (Ctrl+Shift+I).")
            : tr("No customer matches the search or the filters. Clear filters shows them all.");
    });
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    reloadFilterChoices();
    updateCount();
}

QComboBox *CustomerListPanel::filterCombo(const QString &objectName, const QString &allText)
{
    auto combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(allText, QVariant());
    // As wide as "All owners", not as the longest region or tag of the book: a book's data must not widen
    // the window past the screen. The popup list is as wide as its items.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(qMax(8, int(allText.size())));
    connect(combo, &QComboBox::currentIndexChanged, this, &CustomerListPanel::applyFilters);
    return combo;
}

void CustomerListPanel::reloadFilterChoices()
{
    LookupRepository lookups(m_db);
    auto refill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<std::pair<QString, QVariant>> owners, tiers, tags, regions;
    for (const Owner &owner : lookups.owners().value_or({}))
        owners.append({ owner.name, owner.id });
    for (const QString &tier : lookups.tiers().value_or({}))
        tiers.append({ tier, tier });
    for (const auto &tag : lookups.tags().value_or({}))
        tags.append({ tag.name, tag.id });
    for (const QString &region : lookups.distinctValues(QStringLiteral("province")).value_or({}))
        regions.append({ region, region });
    refill(m_owner, owners);
    refill(m_tier, tiers);
    refill(m_tag, tags);
    refill(m_region, regions);
}

void CustomerListPanel::applyFilters()
{
    CustomerQuery query = m_model->query();
    query.search = m_search->text();
    query.ownerId = m_owner->currentData().toLongLong();
    query.tier = m_tier->currentData().toString();
    query.stage = lifecycleStageFromString(m_stage->currentData().toString());
    query.tagId = m_tag->currentData().toLongLong();
    query.province = m_region->currentData().toString();
    query.withMarketingConsent = m_consent->isChecked();
    if (query == m_model->query())
        return;
    m_model->setQuery(query);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        emit currentCustomerChanged(0);
}

void CustomerListPanel::updateCount()
{
    const int rows = m_model->rowCount();
    const CustomerQuery &query = m_model->query();
    if (!m_model->canFetchMore({})) {
        m_count->setText(tr("%Ln customer(s)", nullptr, rows));
        return;
    }
    if (m_countedQuery == query) {
        m_count->setText(tr("%Ln customer(s)", nullptr, int(m_counted)));
        return;
    }
    // More pages to come: "200+" at once, the exact number when counted (a book of a million takes a moment).
    m_count->setText(tr("%1+ customers").arg(QLocale().toString(rows)));
    if (m_counting == query)
        return;
    m_counting = query;
    m_counter->read(
        [this, query](const QSqlDatabase &book) -> Result<std::function<void()>> {
            auto total = CustomerRepository(book).count(query);
            if (!total)
                return total.error();
            return std::function<void()>([this, query, total = total.value()] {
                if (m_counting != query)
                    return; // the list moved on
                m_counting.reset();
                m_countedQuery = query;
                m_counted = total;
                updateCount();
            });
        },
        [this](const Error &) { m_counting.reset(); }); // the list still shows "200+"
}

void CustomerListPanel::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!CustomerTableModel::isSortable(column)) {
        // Phones, emails and tags have several values per customer: no single order to sort on.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(CustomerTableModel::columnFor(m_model->query().sort),
                                                     m_model->query().order);
        return;
    }
    const qint64 current = currentId();
    m_model->sort(column, order);
    selectCustomer(current);
}

void CustomerListPanel::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == CustomerTableModel::Deleted)
            continue;
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != CustomerTableModel::Name);
        connect(action, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(position));
}

bool CustomerListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down (or Enter) in the search field goes to the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            focusResults();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && currentId() > 0) {
            emit openRequested(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListPanel::focusResults()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
}

QList<qint64> CustomerListPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    if (ids.isEmpty() && m_beyondLoaded > 0)
        ids << m_beyondLoaded;
    return ids;
}

qint64 CustomerListPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : m_beyondLoaded;
}

void CustomerListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CustomerListPanel::reload()
{
    const qint64 current = currentId();
    reloadFilterChoices();
    m_model->reload();
    selectCustomer(current);
}

// A customer further down than the rows loaded so far (a new one whose name sorts late) is looked for a few pages
// on; beyond those it stays the current customer without a row, so that Edit and Delete act on it and not on the
// first row, which is what selecting row 0 instead did (found by a review).
void CustomerListPanel::selectCustomer(qint64 id)
{
    constexpr int kPagesLookedFor = 25; // 5,000 rows: a few milliseconds each
    int row = m_model->rowOfId(id);
    for (int page = 0; row < 0 && id > 0 && page < kPagesLookedFor && m_model->canFetchMore({}); ++page) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    m_beyondLoaded = 0;
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else if (id > 0 && m_model->rowCount() > 0) {
        m_view->selectionModel()->clear();
        m_beyondLoaded = id;
        emit currentCustomerChanged(id);
    } else if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    } else {
        emit currentCustomerChanged(0);
    }
}

void CustomerListPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("customerList/header"), m_view->horizontalHeader()->saveState());
}

void CustomerListPanel::restoreState(const QSettings &settings)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->restoreState(settings.value(QStringLiteral("customerList/header")).toByteArray());
    header->setSectionHidden(CustomerTableModel::Deleted, true);
    header->setSectionHidden(CustomerTableModel::Name, false);
    onSortIndicatorChanged(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

#include "NeglectedPanel.h"
#include "Clock.h"
#include "EmptyState.h"
#include "FollowUpFormatting.h"
#include "repo/ActivityRepository.h"
#include "repo/LookupRepository.h"
#include "services/FollowUpService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

NeglectedPanel::NeglectedPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("neglectedPanel"));
    auto title = new QLabel(tr("Neglected customers"));
    FollowUpFormatting::makeTitle(title);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("neglectedOwnerComboBox"));
    FollowUpFormatting::fillOwners(m_owner, m_db, tr("Whole team"));
    auto ownerLabel = new QLabel(tr("&Show:"));
    ownerLabel->setBuddy(m_owner);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("neglectedSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("neglectedTableWidget"));
    m_table->setAccessibleName(tr("Neglected customers"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({ tr("Customer"), tr("Tier"), tr("Owner"), tr("Last activity"), tr("Days since"),
        tr("Interval"), tr("Contract value") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    EmptyState::attach(m_table,
        [] { return tr("No neglected customers: each had an activity within the interval their tier asks for."); });
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_owner, &QComboBox::activated, this, &NeglectedPanel::reload);
    connect(m_table, &QTableWidget::cellActivated, this,
        [this](int row) { emit openCustomerRequested(m_table->item(row, 0)->data(Qt::UserRole).toLongLong()); });
}

void NeglectedPanel::reload()
{
    const QDate today = Clock::instance().today();
    FollowUpService service(m_db);
    const QMap<QString, int> intervals = service.tierIntervals().value_or({});
    const QString currency = LookupRepository(m_db)
                                 .setting(QStringLiteral("currency"), QStringLiteral("CNY"))
                                 .value_or(QStringLiteral("CNY"));
    auto neglected
        = ActivityRepository(m_db).neglected(today, intervals, currency, m_owner->currentData().toLongLong(), 1000);
    QStringList rules;
    for (auto it = intervals.cbegin(); it != intervals.cend(); ++it)
        rules << tr("tier %1: %Ln day(s)", nullptr, it.value()).arg(it.key());
    if (!neglected) {
        m_summary->setText(neglected.error().toString());
        return;
    }
    m_summary->setText(tr("No completed activity for longer than the tier's follow-up interval (%1). Double-click a "
                          "customer to open their file.")
                           .arg(rules.join(tr(", ", "between the follow-up intervals of the tiers"))));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(neglected.value().size()));
    const QLocale locale;
    for (int row = 0; row < neglected.value().size(); ++row) {
        const NeglectedCustomer &n = neglected.value()[row];
        auto name = new QTableWidgetItem(n.name);
        name->setData(Qt::UserRole, n.customerId);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(n.tier));
        m_table->setItem(row, 2, new QTableWidgetItem(n.ownerName));
        const QDate last = n.lastActivityAt.toLocalTime().date();
        m_table->setItem(row, 3,
            new FollowUpFormatting::NumberItem(
                n.lastActivityAt.isValid() ? FollowUpFormatting::date(last) : tr("never"),
                n.lastActivityAt.isValid() ? last.toJulianDay() : 0));
        auto days = new FollowUpFormatting::NumberItem(locale.toString(n.daysSince), n.daysSince);
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 4, days);
        auto interval = new FollowUpFormatting::NumberItem(tr("%Ln day(s)", nullptr, n.intervalDays), n.intervalDays);
        interval->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 5, interval);
        auto value = new FollowUpFormatting::NumberItem(
            FollowUpFormatting::money(Amount { n.valueMinor, currency }), n.valueMinor);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 6, value);
        if (n.lastActivityAt.isValid())
            m_table->item(row, 3)->setData(TableExport::ValueRole, last);
        m_table->item(row, 4)->setData(TableExport::ValueRole, n.daysSince);
        m_table->item(row, 5)->setData(TableExport::ValueRole, n.intervalDays);
        TableExport::setMoney(value, n.valueMinor, currency);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

const QTableView *NeglectedPanel::exportView() const
{
    return m_table;
}

QString NeglectedPanel::exportName() const
{
    return tr("Neglected customers");
}

QString NeglectedPanel::exportEntity() const
{
    return QStringLiteral("customer");
}

#include "OrdersPanel.h"
#include "Accessible.h"
#include "Clock.h"
#include "EmptyState.h"
#include "ValueItem.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "repo/OrderRepository.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace {

constexpr int kMaxRows = 5000;

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto item = new ValueItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OrdersPanel::OrdersPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("ordersPanel"));
    const QDate today = Clock::instance().today();
    m_from = new QDateEdit(today.addMonths(-3));
    m_from->setObjectName(QStringLiteral("ordersFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("ordersToDateEdit"));
    m_to->setCalendarPopup(true);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("ordersSummaryLabel"));
    m_table = new QTableWidget(0, 9);
    m_table->setObjectName(QStringLiteral("ordersTableWidget"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setHorizontalHeaderLabels({ tr("Number"), tr("Date"), tr("Customer"), tr("Quote"), tr("Owner"),
        tr("Channel"), tr("Total"), tr("Cost"), tr("Margin") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder); // newest first, as listed
    auto filters = new QHBoxLayout;
    filters->addWidget(Accessible::labelFor(tr("Orders from"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(Accessible::labelFor(tr("to"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(m_summary, 1);
    EmptyState::attach(m_table, [this] {
        if (m_span.count > 0) {
            const QLocale locale;
            return tr("No orders in this period. The book has %n order(s) from %1 to %2: widen the dates to see "
                      "them.",
                nullptr, int(m_span.count))
                .arg(locale.toString(m_span.first, QLocale::ShortFormat),
                    locale.toString(m_span.last, QLocale::ShortFormat));
        }
        return tr("No orders in this period. A quote the customer accepts becomes an order, and File › Import… "
                  "brings in earlier sales.");
    });
    auto layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    connect(m_from, &QDateEdit::dateChanged, this, &OrdersPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &OrdersPanel::reload);
}

void OrdersPanel::reload()
{
    OrderFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.limit = kMaxRows;
    auto orders = OrderRepository(m_db).list(filter);
    m_span = orders && orders.value().isEmpty() ? OrderRepository(m_db).span().value_or(OrderSpan {}) : OrderSpan {};
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!orders) {
        m_summary->setText(orders.error().message);
        return;
    }
    m_table->setRowCount(int(orders.value().size()));
    std::map<QString, qint64> totals;
    for (int row = 0; row < orders.value().size(); ++row) {
        const Order &o = orders.value()[row];
        const qint64 margin = o.subtotal - o.discount - o.cost;
        m_table->setItem(row, 0, cell(o.number));
        m_table->setItem(row, 1, cell(QLocale().toString(o.date, QLocale::ShortFormat)));
        m_table->item(row, 1)->setData(TableExport::ValueRole, o.date);
        m_table->setItem(row, 2, cell(o.customerName));
        m_table->setItem(row, 3, cell(o.quoteNumber));
        m_table->setItem(row, 4, cell(o.ownerName));
        m_table->setItem(row, 5, cell(OrderChannel::displayName(o.channel)));
        m_table->setItem(row, 6, cell(Money::formatWithSymbol(o.total, o.currency), true));
        m_table->setItem(row, 7, cell(Money::formatWithSymbol(o.cost, o.currency), true));
        m_table->setItem(row, 8, cell(Money::formatWithSymbol(margin, o.currency), true));
        TableExport::setMoney(m_table->item(row, 6), o.total, o.currency);
        TableExport::setMoney(m_table->item(row, 7), o.cost, o.currency);
        TableExport::setMoney(m_table->item(row, 8), margin, o.currency);
        totals[o.currency] += o.total;
    }
    QStringList sums;
    for (const auto &[currency, total] : totals)
        sums << Money::formatWithSymbol(total, currency);
    const int shown = int(orders.value().size());
    m_summary->setText(shown == kMaxRows ? tr("The newest %1 orders; narrow the dates to see the others.").arg(shown)
            : shown == 0                 ? QString() // the empty list says so
                         : tr("%Ln order(s), %1", nullptr, shown).arg(sums.join(QStringLiteral(" + "))));
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

const QTableView *OrdersPanel::exportView() const
{
    return m_table;
}

QString OrdersPanel::exportName() const
{
    return tr("Orders");
}

QString OrdersPanel::exportEntity() const
{
    return QStringLiteral("order");
}

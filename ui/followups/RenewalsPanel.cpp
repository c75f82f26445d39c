#include "RenewalsPanel.h"
#include "Appearance.h"
#include "BookReader.h"
#include "Clock.h"
#include "ContractDialog.h"
#include "EmptyState.h"
#include "FollowUpFormatting.h"
#include "MessageBox.h"
#include "ReadOnlyUi.h"
#include "reports/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kCustomerRole = Qt::UserRole + 1;

QTableWidget *contractTable(const QString &objectName)
{
    auto table = new QTableWidget;
    table->setObjectName(objectName);
    table->setColumnCount(9);
    table->setHorizontalHeaderLabels(
        { RenewalsPanel::tr("Number"), RenewalsPanel::tr("Customer"), RenewalsPanel::tr("Title"),
            RenewalsPanel::tr("Ends"), RenewalsPanel::tr("Days left"), RenewalsPanel::tr("Value"),
            RenewalsPanel::tr("Owner"), RenewalsPanel::tr("Status"), RenewalsPanel::tr("Auto-renew") });
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(true);
    return table;
}

} // namespace

RenewalsPanel::RenewalsPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_reader(new BookReader(m_db.databaseName(), this))
{
    setObjectName(QStringLiteral("renewalsPanel"));
    auto title = new QLabel(tr("Renewals"));
    FollowUpFormatting::makeTitle(title);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("renewalsOwnerComboBox"));
    FollowUpFormatting::fillOwners(m_owner, m_db, tr("Whole team"));
    auto ownerLabel = new QLabel(tr("&Show:"));
    ownerLabel->setBuddy(m_owner);

    auto figures = new QGridLayout;
    const int horizons[3] = { 30, 60, 90 };
    for (int i = 0; i < 3; ++i) {
        auto caption = new QLabel(tr("Ending within %Ln day(s)", nullptr, horizons[i]));
        m_stake[i] = new QLabel;
        m_stake[i]->setObjectName(QStringLiteral("valueAtStake%1Label").arg(horizons[i]));
        QFont big = m_stake[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        m_stake[i]->setFont(big);
        m_stake[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Amounts in several currencies wrap instead of widening the window.
        m_stake[i]->setWordWrap(true);
        caption->setWordWrap(true);
        figures->addWidget(caption, 0, i);
        figures->addWidget(m_stake[i], 1, i);
    }
    m_rate = new QLabel;
    m_rate->setObjectName(QStringLiteral("renewalRateLabel"));
    auto rateCaption = new QLabel(tr("Renewal rate, last 12 months"));
    rateCaption->setWordWrap(true);
    m_rate->setWordWrap(true);
    figures->addWidget(rateCaption, 0, 3);
    figures->addWidget(m_rate, 1, 3);
    QFont big = m_stake[0]->font();
    m_rate->setFont(big);

    m_ending = contractTable(QStringLiteral("endingTableWidget"));
    m_lapsed = contractTable(QStringLiteral("lapsedTableWidget"));
    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("renewalRateChartView"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("renewalsTabWidget"));
    m_tabs->setAccessibleName(tr("Renewals"));
    m_ending->setAccessibleName(tr("Ending in 90 days"));
    m_lapsed->setAccessibleName(tr("Expired, not renewed"));
    m_tabs->addTab(m_ending, tr("Ending in 90 days"));
    m_tabs->addTab(m_lapsed, tr("Expired, not renewed"));
    m_tabs->addTab(m_chart, tr("Renewal rate by month"));

    m_renew = new QPushButton(tr("&Renew…"));
    m_renew->setObjectName(QStringLiteral("renewButton"));
    ReadOnlyUi::marksAChange(m_renew);
    m_open = new QPushButton(tr("Open &customer"));
    m_open->setObjectName(QStringLiteral("openContractCustomerButton"));

    auto top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_renew);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_owner, &QComboBox::activated, this, &RenewalsPanel::reload);
    connect(m_renew, &QPushButton::clicked, this, &RenewalsPanel::renewSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTableWidget *table = currentTable(); table && table->currentRow() >= 0)
            emit openCustomerRequested(table->item(table->currentRow(), 0)->data(kCustomerRole).toLongLong());
    });
    EmptyState::attach(m_ending, [] { return tr("No contract ends in the next 90 days."); });
    EmptyState::attach(m_lapsed, [] { return tr("No contract has expired without being renewed."); });
    for (QTableWidget *table : { m_ending, m_lapsed })
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RenewalsPanel::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RenewalsPanel::updateButtons);
    updateButtons();
    for (QTableWidget *table : { m_ending, m_lapsed })
        connect(table, &QTableWidget::cellDoubleClicked, this, &RenewalsPanel::renewSelected);
    // Read when its page is shown (MainWindow::showPage): reading the 200,000 contracts of a book of a million
    // customers held up the start of the app.
}

void RenewalsPanel::updateButtons()
{
    const QTableWidget *table = currentTable();
    const bool chosen = table && table->selectionModel()->hasSelection();
    ReadOnlyUi::setEnabled(m_renew, chosen);
    m_open->setEnabled(chosen);
}

QTableWidget *RenewalsPanel::currentTable() const
{
    if (m_tabs->currentWidget() == m_ending)
        return m_ending;
    if (m_tabs->currentWidget() == m_lapsed)
        return m_lapsed;
    return nullptr;
}

qint64 RenewalsPanel::selectedContractId() const
{
    QTableWidget *table = currentTable();
    if (!table || table->currentRow() < 0)
        return 0;
    return table->item(table->currentRow(), 0)->data(kIdRole).toLongLong();
}

void RenewalsPanel::fillTable(QTableWidget *table, const QList<Contract> &contracts, const QDate &today)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(contracts.size()));
    for (int row = 0; row < contracts.size(); ++row) {
        const Contract &k = contracts[row];
        auto number = new QTableWidgetItem(k.number);
        number->setData(kIdRole, k.id);
        number->setData(kCustomerRole, k.customerId);
        const qint64 daysLeft = today.daysTo(k.endDate);
        table->setItem(row, 0, number);
        table->setItem(row, 1, new QTableWidgetItem(k.customerName));
        table->setItem(row, 2, new QTableWidgetItem(k.title));
        table->setItem(
            row, 3, new FollowUpFormatting::NumberItem(FollowUpFormatting::date(k.endDate), k.endDate.toJulianDay()));
        auto days = new FollowUpFormatting::NumberItem(QLocale().toString(daysLeft), daysLeft);
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 4, days);
        auto value = new FollowUpFormatting::NumberItem(FollowUpFormatting::money(k.value), k.value.minor);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 5, value);
        table->item(row, 3)->setData(TableExport::ValueRole, k.endDate);
        table->item(row, 4)->setData(TableExport::ValueRole, daysLeft);
        TableExport::setMoney(value, k.value.minor, k.value.currency);
        table->setItem(row, 6, new QTableWidgetItem(k.ownerName));
        table->setItem(row, 7, new QTableWidgetItem(displayName(k.statusOn(today))));
        table->setItem(row, 8, new QTableWidgetItem(k.autoRenew ? tr("Yes") : tr("No")));
        if (daysLeft >= 0 && daysLeft <= 7)
            table->item(row, 4)->setForeground(Appearance::errorText());
    }
    table->setSortingEnabled(true);
    table->resizeColumnsToContents();
    if (!contracts.isEmpty())
        table->selectRow(0);
}

void RenewalsPanel::fillChart()
{
    auto chart = new QChart;
    chart->setTitle(tr("Renewed contracts as a share of those that ended, by month"));
    chart->legend()->hide();
    auto set = new QBarSet(tr("Renewal rate"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList months;
    for (const RenewalMonth &month : std::as_const(m_overview.months)) {
        // Whole percents: the labels of twelve bars are read side by side.
        *set << (month.due > 0 ? std::round(100.0 * month.renewed / month.due) : 0.0);
        months << QLocale().toString(month.month, tr("MMM yy", "date format of a month under a bar of the chart"));
    }
    auto series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto x = new QBarCategoryAxis;
    x->append(months);
    auto y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = m_chart->chart();
    ChartStyle::show(m_chart, chart);
    delete old;
}

void RenewalsPanel::reload()
{
    const QDate today = Clock::instance().today();
    const qint64 ownerId = m_owner->currentData().toLongLong();
    m_rate->setText(tr("Reading the contracts…"));
    m_reader->read(
        [this, today, ownerId](const QSqlDatabase &book) -> Result<std::function<void()>> {
            auto overview = RenewalService(book).overview(today, ownerId);
            if (!overview)
                return overview.error();
            return std::function<void()>([this, today, overview = std::move(overview).value()] {
                m_overview = overview;
                showOverview(today);
            });
        },
        [this](const Error &error) {
            m_rate->clear();
            MessageBox::warning(this, tr("Renewals"), error.toString());
        });
}

void RenewalsPanel::waitForOverview()
{
    m_reader->wait();
}

void RenewalsPanel::showOverview(const QDate &today)
{
    const int horizons[3] = { 30, 60, 90 };
    for (int i = 0; i < 3; ++i) {
        m_stake[i]->setText(FollowUpFormatting::moneyByCurrency(m_overview.valueAtStake.value(horizons[i])));
        m_stake[i]->setToolTip(tr("%Ln contract(s)", nullptr, m_overview.endingCount.value(horizons[i])));
    }
    int due = 0;
    int renewed = 0;
    for (const RenewalMonth &month : std::as_const(m_overview.months)) {
        due += month.due;
        renewed += month.renewed;
    }
    m_rate->setText(due > 0 ? tr("%1% (%2 of %3)")
                                  .arg(QLocale().toString(100.0 * renewed / due, 'f', 0), QLocale().toString(renewed),
                                      QLocale().toString(due))
                            : tr("no contracts ended"));
    fillTable(m_ending, m_overview.ending90, today);
    fillTable(m_lapsed, m_overview.lapsed, today);
    m_tabs->setTabText(0, tr("Ending in 90 days (%1)").arg(QLocale().toString(m_overview.ending90Total)));
    m_tabs->setTabToolTip(0,
        m_overview.ending90Total > m_overview.ending90.size()
            ? tr("The %1 soonest are listed; choose a sales rep to see theirs.")
                  .arg(QLocale().toString(m_overview.ending90.size()))
            : QString());
    m_tabs->setTabText(1, tr("Expired, not renewed (%1)").arg(QLocale().toString(m_overview.lapsedTotal)));
    m_tabs->setTabToolTip(1,
        m_overview.lapsedTotal > m_overview.lapsed.size()
            ? tr("The %1 latest are listed; choose a sales rep to see theirs.")
                  .arg(QLocale().toString(m_overview.lapsed.size()))
            : QString());
    fillChart();
}

void RenewalsPanel::renewSelected()
{
    const qint64 id = selectedContractId();
    if (id <= 0)
        return;
    auto proposal = RenewalService(m_db).proposeRenewal(id);
    if (!proposal) {
        MessageBox::warning(this, tr("Renew contract"), proposal.error().toString());
        return;
    }
    ContractDialog dialog(m_db, proposal.value(), ContractDialog::Mode::Renew, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit contractsChanged();
}

const QTableView *RenewalsPanel::exportView() const
{
    return currentTable();
}

QString RenewalsPanel::exportName() const
{
    return tr("Contracts");
}

QString RenewalsPanel::exportEntity() const
{
    return QStringLiteral("contract");
}

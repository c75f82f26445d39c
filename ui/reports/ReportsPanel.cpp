#include "ReportsPanel.h"
#include "BackgroundJob.h"
#include "ChartPanel.h"
#include "Clock.h"
#include "db/Database.h"
#include "domain/Money.h"
#include "repo/LookupRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPieSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(100.0 * fraction, 0, 'f', 1);
}

QComboBox *comboBox(const QString &objectName)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContentsOnFirstShow);
    return box;
}

// Replaces a combo box's items, keeping the current choice when it is still there.
void fillChoices(QComboBox *box, const QString &allText, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = box->currentData();
    box->clear();
    if (!allText.isEmpty())
        box->addItem(allText, QVariant());
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QList<std::pair<QString, QVariant>> plain(const QStringList &values)
{
    QList<std::pair<QString, QVariant>> items;
    for (const QString &value : values)
        items.append({ value, value });
    return items;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

ReportsPanel::ReportsPanel(const QString &bookPath, QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_bookPath(bookPath)
    , m_db(std::move(db))
    , m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("reportsPanel"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reportsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportsTabWidget"));
    const QList<std::pair<QString, QString>> tabs { { QStringLiteral("segments"), tr("RFM segments") },
        { QStringLiteral("pareto"), tr("Pareto / ABC") }, { QStringLiteral("pyramid"), tr("Value pyramid") },
        { QStringLiteral("lifecycle"), tr("Lifecycle") }, { QStringLiteral("churn"), tr("Churn") },
        { QStringLiteral("clusters"), tr("Clusters") } };
    for (const auto &[name, title] : tabs) {
        auto *panel = new ChartPanel(name);
        m_panels << panel;
        m_tabs->addTab(panel, title);
    }
    connect(m_panels[SegmentsTab], &ChartPanel::rowActivated, this,
        [this](int row) { requestSegment(m_panels[SegmentsTab]->model()->item(row, 0)->data(Qt::UserRole).toInt()); });
    connect(m_panels[ParetoTab], &ChartPanel::rowActivated, this, [this](int row) { requestDecile(row); });
    connect(m_panels[PyramidTab], &ChartPanel::rowActivated, this,
        [this](int row) { requestTier(m_panels[PyramidTab]->model()->item(row, 0)->data(Qt::UserRole).toInt()); });
    connect(m_panels[LifecycleTab], &ChartPanel::rowActivated, this,
        [this](int row) { requestState(m_panels[LifecycleTab]->model()->item(row, 0)->data(Qt::UserRole).toInt()); });
    connect(m_panels[ClustersTab], &ChartPanel::rowActivated, this,
        [this](int row) { requestCluster(m_panels[ClustersTab]->model()->item(row, 0)->data(Qt::UserRole).toInt()); });
    connect(m_job, &BackgroundJob::finished, this, &ReportsPanel::analysisFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

ReportsPanel::~ReportsPanel()
{
    m_job->cancel();
    m_job->wait();
}

ChartPanel *ReportsPanel::panel(int tab) const
{
    return m_panels.value(tab);
}

QWidget *ReportsPanel::buildFilterBar()
{
    m_period = comboBox(QStringLiteral("reportsPeriodComboBox"));
    m_period->addItem(tr("Last 12 months"), 12);
    m_period->addItem(tr("Last 24 months"), 24);
    m_period->addItem(tr("Last 36 months"), 36);
    m_period->addItem(tr("All history"), 0);
    m_asOf = new QDateEdit(Clock::instance().nowUtc().toLocalTime().date());
    m_asOf->setObjectName(QStringLiteral("reportsAsOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_currency = comboBox(QStringLiteral("reportsCurrencyComboBox"));
    m_owner = comboBox(QStringLiteral("reportsOwnerComboBox"));
    m_province = comboBox(QStringLiteral("reportsProvinceComboBox"));
    m_tier = comboBox(QStringLiteral("reportsTierComboBox"));
    m_category = comboBox(QStringLiteral("reportsCategoryComboBox"));
    m_clusters = comboBox(QStringLiteral("reportsClustersComboBox"));
    m_clusters->addItem(tr("Suggested"), 0);
    for (int k = 2; k <= 8; ++k)
        m_clusters->addItem(QString::number(k), k);
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(QStringLiteral("reportsRefreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Run the analysis again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPanel::startAnalysis);

    // Two rows of four filters, so that the page fits beside the navigation on a small screen.
    auto *bar = new QWidget;
    auto *layout = new QGridLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QWidget *>> fields { { tr("Period:"), m_period }, { tr("As of:"), m_asOf },
        { tr("Currency:"), m_currency }, { tr("Clusters:"), m_clusters }, { tr("Owner:"), m_owner },
        { tr("Province:"), m_province }, { tr("Tier:"), m_tier }, { tr("Category:"), m_category } };
    for (int i = 0; i < fields.size(); ++i) {
        auto *text = new QLabel(fields[i].first);
        text->setBuddy(fields[i].second);
        fields[i].second->setMinimumWidth(110);
        layout->addWidget(text, i / 4, 2 * (i % 4), Qt::AlignRight);
        layout->addWidget(fields[i].second, i / 4, 2 * (i % 4) + 1);
    }
    layout->setColumnStretch(8, 1);
    layout->addWidget(m_refresh, 0, 9);
    return bar;
}

void ReportsPanel::loadFilterChoices()
{
    LookupRepository lookup(m_db);
    SalesHistoryRepository history(m_db);
    fillChoices(m_currency, {}, plain(history.currencies().value_or({ QStringLiteral("CNY") })));
    QList<std::pair<QString, QVariant>> owners;
    for (const Owner &owner : lookup.owners().value_or({}))
        owners.append({ owner.name, owner.id });
    fillChoices(m_owner, tr("All owners"), owners);
    fillChoices(m_province, tr("All provinces"), plain(lookup.distinctValues(QStringLiteral("province")).value_or({})));
    fillChoices(m_tier, tr("All tiers"), plain(lookup.tiers().value_or({})));
    fillChoices(m_category, tr("All categories"), plain(history.productCategories().value_or({})));
}

void ReportsPanel::refresh()
{
    loadFilterChoices();
    startAnalysis();
}

SalesAnalysisOptions ReportsPanel::currentOptions() const
{
    SalesAnalysisOptions options;
    options.asOf = m_asOf->date();
    const int months = m_period->currentData().toInt();
    options.sales.to = options.asOf;
    if (months > 0)
        options.sales.from = options.asOf.addMonths(-months).addDays(1);
    options.sales.currency = m_currency->currentText().isEmpty() ? QStringLiteral("CNY") : m_currency->currentText();
    options.sales.ownerId = m_owner->currentData().toLongLong();
    options.sales.province = m_province->currentData().toString();
    options.sales.tier = m_tier->currentData().toString();
    options.sales.productCategory = m_category->currentData().toString();
    options.clusters = m_clusters->currentData().toInt();
    return options;
}

void ReportsPanel::startAnalysis()
{
    if (m_job->isRunning()) {
        m_rerun = true; // the filters changed while it ran: run again with them once it stops
        m_job->cancel();
        return;
    }
    m_summary->setText(tr("Analysing the sales history…"));
    m_refresh->setEnabled(false);
    const SalesAnalysisOptions options = currentOptions();
    const QString path = m_bookPath;
    m_job->start([this, options, path](const std::function<void(double)> &, const std::atomic_bool &cancel) {
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        auto book = Database::open(path, readOnly);
        if (!book) {
            m_pending = book.error();
            return;
        }
        m_pending = SalesAnalysis::run(book.value()->connection(), options, &cancel);
    });
}

void ReportsPanel::waitForAnalysis()
{
    m_job->wait();
    QCoreApplication::processEvents();
}

void ReportsPanel::analysisFinished()
{
    m_refresh->setEnabled(true);
    if (m_rerun) {
        m_rerun = false;
        startAnalysis();
        return;
    }
    if (!m_pending) {
        m_summary->setText(tr("The analysis failed: %1").arg(m_pending.error().toString()));
        return;
    }
    m_result = std::move(m_pending).value();
    m_pending = Error {};
    showResult();
}

QString ReportsPanel::money(qint64 minorUnits) const
{
    return Money::formatWithSymbol(minorUnits, m_result->options.sales.currency);
}

void ReportsPanel::showResult()
{
    const SalesAnalysisResult &r = *m_result;
    m_summary->setText(tr("%1 customers bought in the period. Revenue %2, gross profit %3. %4")
                           .arg(QLocale().toString(qlonglong(r.rfm.size())), money(r.revenue), money(r.profit),
                               Pareto::headline(r.paretoByProfit, true)));
    showSegments();
    showPareto();
    showPyramid();
    showLifecycle();
    showChurn();
    showClusters();
}

void ReportsPanel::showSegments()
{
    const SalesAnalysisResult &r = *m_result;
    auto *set = new QBarSet(tr("Customers"));
    QStringList names;
    QList<QStringList> rows;
    // The horizontal bars are drawn bottom-up: list the best segment last so that it is on top.
    for (auto it = r.segments.crbegin(); it != r.segments.crend(); ++it) {
        *set << it->customers;
        names << Rfm::name(it->segment);
    }
    for (const RfmSegmentSummary &s : r.segments)
        rows.append({ Rfm::name(s.segment), QLocale().toString(s.customers), percent(s.customerShare), money(s.revenue),
            percent(s.revenueShare), Rfm::suggestedAction(s.segment) });
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    const int segmentCount = int(r.segments.size());
    connect(
        set, &QBarSet::clicked, this, [this, segmentCount](int index) { requestSegment(segmentCount - 1 - index); });
    QChart *chart = newChart(tr("Customers per RFM segment"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    ChartPanel *panel = m_panels[SegmentsTab];
    panel->setChart(chart);
    panel->setTable({ tr("Segment"), tr("Customers"), tr("Share of customers"), tr("Revenue"), tr("Share of revenue"),
                        tr("Suggested action") },
        rows);
    for (int i = 0; i < rows.size(); ++i)
        panel->model()->item(i, 0)->setData(int(r.segments[i].segment), Qt::UserRole);
}

void ReportsPanel::showPareto()
{
    const ParetoResult &pareto = m_result->paretoByProfit;
    const qsizetype n = pareto.rows.size();
    auto *shares = new QBarSet(tr("Share of gross profit"));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    QStringList deciles;
    QList<QStringList> rows;
    double running = 0;
    for (int d = 0; d < 10; ++d) {
        qint64 value = 0;
        for (qsizetype i = d * n / 10; i < (d + 1) * n / 10; ++i)
            value += std::max<qint64>(pareto.rows[i].value, 0);
        const double share = pareto.positiveTotal > 0 ? double(value) / double(pareto.positiveTotal) : 0;
        running += share;
        *shares << 100 * share;
        cumulative->append(d, 100 * running);
        deciles << tr("Top %1%").arg((d + 1) * 10);
        rows.append({ deciles.last(), QLocale().toString(qlonglong((d + 1) * n / 10 - d * n / 10)), money(value),
            percent(share), percent(running) });
    }
    auto *bars = new QBarSeries;
    bars->append(shares);
    connect(shares, &QBarSet::clicked, this, &ReportsPanel::requestDecile);
    QChart *chart = newChart(Pareto::headline(pareto, true));
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(deciles);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    ChartPanel *panel = m_panels[ParetoTab];
    panel->setChart(chart);
    QStringList abc;
    for (const ParetoClassSummary &c : pareto.classes)
        abc << tr("Class %1: %2 customers (%3), %4 of the gross profit")
                   .arg(Pareto::key(c.abc), QLocale().toString(c.customers), percent(c.customerShare),
                       percent(c.valueShare));
    panel->setTable({ tr("Customers ranked by gross profit"), tr("Customers"), tr("Gross profit"), tr("Share"),
                        tr("Cumulative share") },
        rows);
    panel->table()->setToolTip(abc.join(QLatin1Char('\n')));
}

void ReportsPanel::showPyramid()
{
    const ValuePyramidResult &pyramid = m_result->pyramid;
    auto *set = new QBarSet(tr("Share of gross profit"));
    QStringList names;
    for (auto it = pyramid.tiers.crbegin(); it != pyramid.tiers.crend(); ++it) {
        *set << 100 * it->valueShare;
        names << tr("%1 (%2 customers)").arg(ValuePyramid::name(it->tier), QLocale().toString(it->customers));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    const int tierCount = int(pyramid.tiers.size());
    connect(set, &QBarSet::clicked, this, [this, tierCount](int index) { requestTier(tierCount - 1 - index); });
    QChart *chart = newChart(tr("Value pyramid: share of gross profit per tier"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    QList<QStringList> rows;
    for (const ValueTierSummary &t : pyramid.tiers)
        rows.append({ ValuePyramid::name(t.tier), QLocale().toString(t.customers), percent(t.customerShare),
            money(t.value), percent(t.valueShare), money(t.lowestValue) });
    ChartPanel *panel = m_panels[PyramidTab];
    panel->setChart(chart);
    panel->setTable({ tr("Tier"), tr("Customers"), tr("Share of customers"), tr("Gross profit"),
                        tr("Share of gross profit"), tr("Entry bar") },
        rows);
    for (int i = 0; i < rows.size(); ++i)
        panel->model()->item(i, 0)->setData(int(pyramid.tiers[i].tier), Qt::UserRole);
}

void ReportsPanel::showLifecycle()
{
    const SalesAnalysisResult &r = *m_result;
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    QList<QStringList> rows;
    const double all = std::max<qsizetype>(r.lifecycle.size(), 1);
    for (LifecycleState state : Lifecycle::allStates()) {
        const int count = r.count(state);
        QPieSlice *slice = series->append(tr("%1: %2").arg(Lifecycle::name(state), QLocale().toString(count)), count);
        slice->setLabelVisible(count > 0);
        connect(slice, &QPieSlice::clicked, this, [this, state] { requestState(int(state)); });
        rows.append({ Lifecycle::name(state), QLocale().toString(count), percent(count / all) });
    }
    QChart *chart = newChart(
        tr("Customers by lifecycle stage on %1").arg(QLocale().toString(r.options.asOf, QLocale::ShortFormat)));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    ChartPanel *panel = m_panels[LifecycleTab];
    panel->setChart(chart);
    panel->setTable({ tr("Stage"), tr("Customers"), tr("Share") }, rows);
    for (int i = 0; i < rows.size(); ++i)
        panel->model()->item(i, 0)->setData(int(Lifecycle::allStates()[i]), Qt::UserRole);
}

void ReportsPanel::showChurn()
{
    auto *churn = new QLineSeries;
    churn->setName(tr("Churn rate"));
    auto *reactivation = new QLineSeries;
    reactivation->setName(tr("Reactivation rate"));
    QStringList months;
    QList<QStringList> rows;
    double highest = 1;
    for (const MonthlyChurn &m : m_result->churn) {
        const int x = int(months.size());
        churn->append(x, 100 * m.churnRate);
        reactivation->append(x, 100 * m.reactivationRate);
        highest = std::max({ highest, 100 * m.churnRate, 100 * m.reactivationRate });
        months << m.month.toString(QStringLiteral("yyyy-MM"));
        rows.append(
            { months.last(), QLocale().toString(m.aliveAtStart), QLocale().toString(m.churned), percent(m.churnRate),
                QLocale().toString(m.lapsedAtStart), QLocale().toString(m.reactivated), percent(m.reactivationRate) });
    }
    QChart *chart = newChart(tr("Monthly churn and reactivation"));
    chart->addSeries(churn);
    chart->addSeries(reactivation);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setLabelsAngle(-60);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::ceil(highest * 1.1));
    axisY->setLabelFormat(QStringLiteral("%.1f%%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    ChartPanel *panel = m_panels[ChurnTab];
    panel->setChart(chart);
    panel->setTable({ tr("Month"), tr("Active at start"), tr("Churned"), tr("Churn rate"), tr("Lapsed at start"),
                        tr("Reactivated"), tr("Reactivation rate") },
        rows);
}

void ReportsPanel::showClusters()
{
    const SalesAnalysisResult &r = *m_result;
    const ClusteringResult &clustering = r.clustering;
    const int decimals = std::max(Money::decimals(r.options.sales.currency), 0);
    const double unit = double(Money::pow10(decimals));
    QChart *chart = newChart(tr("Customers by recency and revenue, coloured by cluster"));
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("Days since the last purchase"));
    axisX->setLabelFormat(QStringLiteral("%d"));
    auto *axisY = new QLogValueAxis;
    axisY->setTitleText(tr("Revenue (%1)").arg(r.options.sales.currency));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    // At most about 1,500 points per cluster, taken at even steps, keep the chart quick with any book.
    const qsizetype step = std::max<qsizetype>(
        1, r.rfm.size() * qsizetype(std::max<qsizetype>(clustering.clusters.size(), 1)) / 1500 / 4);
    QList<QScatterSeries *> series;
    for (const ClusterProfile &profile : clustering.clusters) {
        auto *s = new QScatterSeries;
        s->setName(tr("Cluster %1: %2").arg(profile.cluster + 1).arg(profile.description));
        s->setMarkerSize(7);
        s->setBorderColor(Qt::transparent);
        const int cluster = profile.cluster;
        connect(s, &QScatterSeries::clicked, this, [this, cluster] { requestCluster(cluster); });
        series << s;
    }
    for (qsizetype i = 0; i < r.rfm.size(); i += step) {
        if (r.rfm[i].monetary > 0)
            series[clustering.assignment[i]]->append(r.rfm[i].recencyDays, double(r.rfm[i].monetary) / unit);
    }
    double lowest = 1;
    double highest = 10;
    for (const RfmScore &score : r.rfm) {
        if (score.monetary > 0) {
            lowest = lowest == 1 ? double(score.monetary) / unit : std::min(lowest, double(score.monetary) / unit);
            highest = std::max(highest, double(score.monetary) / unit);
        }
    }
    axisY->setRange(std::max(lowest / 2, 0.01), highest * 2);
    for (QScatterSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    QList<QStringList> rows;
    for (const ClusterProfile &p : clustering.clusters)
        rows.append({ tr("Cluster %1").arg(p.cluster + 1), QLocale().toString(p.customers),
            QString::number(p.meanRecencyDays, 'f', 0), QString::number(p.meanFrequency, 'f', 1),
            money(qint64(p.meanMonetary)), p.description });
    ChartPanel *panel = m_panels[ClustersTab];
    panel->setChart(chart);
    panel->setTable({ tr("Cluster"), tr("Customers"), tr("Mean days since last purchase"), tr("Mean purchases"),
                        tr("Mean revenue"), tr("Profile") },
        rows);
    for (int i = 0; i < rows.size(); ++i)
        panel->model()->item(i, 0)->setData(clustering.clusters[i].cluster, Qt::UserRole);
}

void ReportsPanel::requestSegment(int segment)
{
    QList<qint64> ids;
    for (const RfmScore &score : m_result->rfm) {
        if (int(score.segment) == segment)
            ids << score.customerId;
    }
    emit customersRequested(tr("RFM segment: %1").arg(Rfm::name(RfmSegment(segment))), ids);
}

void ReportsPanel::requestDecile(int decile)
{
    const QList<ParetoRow> &rows = m_result->paretoByProfit.rows;
    const qsizetype n = rows.size();
    QList<qint64> ids;
    for (qsizetype i = decile * n / 10; i < (decile + 1) * n / 10; ++i)
        ids << rows[i].customerId;
    emit customersRequested(tr("Customers ranked %1–%2% by gross profit").arg(decile * 10).arg((decile + 1) * 10), ids);
}

void ReportsPanel::requestTier(int tier)
{
    QList<qint64> ids;
    for (const auto &[id, customerTier] : m_result->pyramid.customers) {
        if (int(customerTier) == tier)
            ids << id;
    }
    emit customersRequested(tr("Value tier: %1").arg(ValuePyramid::name(ValueTier(tier))), ids);
}

void ReportsPanel::requestState(int state)
{
    QList<qint64> ids;
    for (const LifecycleRow &row : m_result->lifecycle) {
        if (int(row.state) == state)
            ids << row.customerId;
    }
    emit customersRequested(tr("Lifecycle stage: %1").arg(Lifecycle::name(LifecycleState(state))), ids);
}

void ReportsPanel::requestCluster(int cluster)
{
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_result->rfm.size(); ++i) {
        if (m_result->clustering.assignment[i] == cluster)
            ids << m_result->rfm[i].customerId;
    }
    emit customersRequested(tr("Cluster %1").arg(cluster + 1), ids);
}

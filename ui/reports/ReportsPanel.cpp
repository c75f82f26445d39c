#include "ReportsPanel.h"
#include "AnalysisReport.h"
#include "BackgroundJob.h"
#include "BookReader.h"
#include "ChartPanel.h"
#include "Clock.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ReportContent.h"
#include "ViewsPanel.h"
#include "domain/Money.h"
#include "print/Letterhead.h"
#include "repo/LookupRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPieSeries>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

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
    m_tabs->setAccessibleName(tr("Reports"));
    static const QStringList names { QStringLiteral("segments"), QStringLiteral("pareto"), QStringLiteral("pyramid"),
        QStringLiteral("lifecycle"), QStringLiteral("churn"), QStringLiteral("clusters") };
    for (ReportContent::Tab tab : ReportContent::tabs()) {
        auto *panel = new ChartPanel(names[int(tab)]);
        m_panels << panel;
        m_tabs->addTab(panel, ReportContent::title(tab));
    }
    m_views = new ViewsPanel;
    m_tabs->addTab(m_views, tr("Seven views"));
    connect(m_views, &ViewsPanel::customersRequested, this, &ReportsPanel::customersRequested);
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
    m_print = new QPushButton(tr("&Print…"));
    m_print->setObjectName(QStringLiteral("reportsPrintButton"));
    m_print->setToolTip(tr("Preview and print the customer analysis"));
    connect(m_print, &QPushButton::clicked, this, &ReportsPanel::printPreview);
    m_pdf = new QPushButton(tr("Save as P&DF…"));
    m_pdf->setObjectName(QStringLiteral("reportsPdfButton"));
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAsPdf(); });

    // Two rows of four filters, so that the page fits beside the navigation on a small screen.
    auto *bar = new QWidget;
    auto *layout = new QGridLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QWidget *>> fields { { tr("Period:"), m_period }, { tr("As of:"), m_asOf },
        { tr("Currency:"), m_currency }, { tr("Clusters:"), m_clusters }, { tr("Owner:"), m_owner },
        { tr("Region:"), m_province }, { tr("Tier:"), m_tier }, { tr("Category:"), m_category } };
    for (int i = 0; i < fields.size(); ++i) {
        auto *text = new QLabel(fields[i].first);
        text->setBuddy(fields[i].second);
        fields[i].second->setMinimumWidth(110);
        layout->addWidget(text, i / 4, 2 * (i % 4), Qt::AlignRight);
        layout->addWidget(fields[i].second, i / 4, 2 * (i % 4) + 1);
    }
    layout->setColumnStretch(8, 1);
    layout->addWidget(m_refresh, 0, 9);
    runAgainWhenFiltersChange();
    auto *printing = new QHBoxLayout;
    printing->addWidget(m_print);
    printing->addWidget(m_pdf);
    layout->addLayout(printing, 1, 9);
    return bar;
}

// A filter the user changes runs the analysis again (a run under way is cancelled and started over). The as-of
// date waits until typing pauses, so that typing 2025-03-01 runs once, not for every digit.
void ReportsPanel::runAgainWhenFiltersChange()
{
    for (QComboBox *filter : { m_period, m_currency, m_owner, m_province, m_tier, m_category, m_clusters })
        connect(filter, &QComboBox::activated, this, &ReportsPanel::startAnalysis);
    m_asOfPause = new QTimer(this);
    m_asOfPause->setSingleShot(true);
    m_asOfPause->setInterval(600);
    connect(m_asOfPause, &QTimer::timeout, this, &ReportsPanel::startAnalysis);
    connect(m_asOf, &QDateEdit::dateChanged, m_asOfPause, qOverload<>(&QTimer::start));
    connect(m_asOf, &QDateEdit::editingFinished, this, [this] {
        if (m_asOfPause->isActive()) {
            m_asOfPause->stop();
            startAnalysis();
        }
    });
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
    fillChoices(m_province, tr("All regions"), plain(lookup.distinctValues(QStringLiteral("province")).value_or({})));
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
    m_analysing = true;
    m_summary->setText(tr("Analysing the sales history…"));
    m_refresh->setEnabled(false);
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    const SalesAnalysisOptions options = currentOptions();
    const QString path = m_bookPath;
    m_job->start([this, options, path](const std::function<void(double)> &, const std::atomic_bool &cancel) {
        const Status opened = BookReader::withReadOnlyBook(
            path, [&](const QSqlDatabase &book) { m_pending = SalesAnalysis::run(book, options, &cancel); });
        if (!opened)
            m_pending = opened.error();
    });
}

void ReportsPanel::waitForAnalysis()
{
    // Until the last run's result is shown: a run asked for while another ran starts when that one stops, and
    // a finished run's result arrives as an event.
    while (m_analysing) {
        m_job->wait();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void ReportsPanel::analysisFinished()
{
    m_refresh->setEnabled(true);
    if (m_rerun) {
        m_rerun = false;
        startAnalysis();
        return;
    }
    m_analysing = false;
    if (!m_pending) {
        m_summary->setText(tr("The analysis failed: %1").arg(m_pending.error().toString()));
        return;
    }
    m_result = std::move(m_pending).value();
    m_pending = Error {};
    showResult();
}

void ReportsPanel::showResult()
{
    const SalesAnalysisResult &r = *m_result;
    // Nothing bought: no printed analysis of zeros.
    m_print->setEnabled(!r.rfm.isEmpty());
    m_pdf->setEnabled(!r.rfm.isEmpty());
    if (r.rfm.isEmpty())
        m_summary->setText(tr("No customer bought in this period, so there is nothing to analyse yet. The reports are "
                              "made from orders: a quote the customer accepts becomes one, and File › Import… brings "
                              "in earlier sales. A longer period or other filters may show some."));
    else
        m_summary->setText(tr("%1 customers bought in the period. Revenue %2, gross profit %3. %4")
                               .arg(QLocale().toString(qlonglong(r.rfm.size())),
                                   Money::formatWithSymbol(r.revenue, r.options.sales.currency),
                                   Money::formatWithSymbol(r.profit, r.options.sales.currency),
                                   Pareto::headline(r.paretoByProfit, true)));
    if (r.otherCurrencyCustomers > 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
            + tr("%Ln customer(s) buying only in other currencies are not in this analysis: choose their currency to "
                 "see them.",
                nullptr, int(r.otherCurrencyCustomers)));
    for (ReportContent::Tab tab : ReportContent::tabs()) {
        ReportView view = ReportContent::view(r, tab);
        ChartPanel *panel = m_panels[int(tab)];
        panel->setChart(view.chart);
        panel->setTable(view.headers, view.rows);
        for (int row = 0; row < view.keys.size(); ++row)
            panel->model()->item(row, 0)->setData(view.keys[row], Qt::UserRole);
        panel->table()->setToolTip(view.tip);
        connectClicks(tab, view.chart);
    }
    m_views->setResult(&*m_result);
}

// Clicking a bar, slice or point asks for the customers it stands for.
void ReportsPanel::connectClicks(ReportContent::Tab tab, QChart *chart)
{
    const QList<QAbstractSeries *> series = chart->series();
    if (series.isEmpty())
        return;
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.first())) {
        const int count = int(bars->barSets().first()->count());
        connect(bars->barSets().first(), &QBarSet::clicked, this, [this, tab, count](int index) {
            if (tab == ReportContent::Tab::Segments)
                requestSegment(count - 1 - index); // drawn bottom-up
            else if (tab == ReportContent::Tab::Pyramid)
                requestTier(count - 1 - index);
            else if (tab == ReportContent::Tab::Pareto)
                requestDecile(index);
        });
    } else if (auto *pie = qobject_cast<QPieSeries *>(series.first())) {
        for (int i = 0; i < pie->count(); ++i)
            connect(pie->slices()[i], &QPieSlice::clicked, this,
                [this, i] { requestState(int(Lifecycle::allStates()[i])); });
    }
    if (tab == ReportContent::Tab::Clusters) {
        for (int i = 0; i < series.size(); ++i) {
            if (auto *points = qobject_cast<QScatterSeries *>(series[i]))
                connect(points, &QScatterSeries::clicked, this, [this, i] { requestCluster(i); });
        }
    }
}

QString ReportsPanel::companyName() const
{
    const auto letterhead = Letterhead::load(m_db);
    if (letterhead && !letterhead.value().companyName.isEmpty())
        return letterhead.value().companyName;
    return QFileInfo(m_bookPath).completeBaseName();
}

void ReportsPanel::printPreview()
{
    if (!m_result)
        return;
    const AnalysisReport report(*m_result, companyName());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Customer analysis"));
    connect(
        &preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *target) {
            static_cast<void>(report.print(target)); // a preview that cannot paint shows no pages
        });
    preview.exec();
}

bool ReportsPanel::saveAsPdf(const QString &fileName)
{
    if (!m_result)
        return false;
    const QString path = fileName.isEmpty() ? FileDialog::getSaveFileName(this, tr("Save the customer analysis"),
                             tr("Customer analysis.pdf"), tr("PDF document (*.pdf)"))
                                            : fileName;
    if (path.isEmpty())
        return false;
    const Status status = AnalysisReport(*m_result, companyName()).writePdf(path);
    if (!status)
        MessageBox::warning(this, tr("Customer analysis"), status.error().toString());
    return status.ok();
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

const QTableView *ReportsPanel::exportView() const
{
    if (m_tabs->currentWidget() == m_views)
        return m_views->panel()->table();
    const ChartPanel *shown = panel(m_tabs->currentIndex());
    return shown ? shown->table() : nullptr;
}

QString ReportsPanel::exportName() const
{
    if (m_tabs->currentWidget() == m_views) // the view shown, not "Seven views" for each of them
        return ViewContent::title(m_views->currentPage());
    return m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
}

QString ReportsPanel::exportEntity() const
{
    return QStringLiteral("customer");
}

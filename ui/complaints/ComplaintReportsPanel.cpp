#include "ComplaintReportsPanel.h"
#include "Accessible.h"
#include "BookReader.h"
#include "Clock.h"
#include "repo/ComplaintRepository.h"
#include "reports/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

QChartView *chartView(const QString &objectName)
{
    auto view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

QChart *newChart(const QString &title)
{
    auto chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    ChartStyle::localizeNumbers(chart);
    return chart;
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals)
                 : QCoreApplication::translate("ComplaintReportsPanel", "–");
}

// Month numbers on the axis (the axis title names the span): longer labels do not fit twelve bars.
// The month's number ("7") where no other month of the chart has the same number, otherwise the whole key
// ("2025-12"): a chart of one year from the 7th covers 13 months, and a category axis keeps only one of two
// equal names, which dropped the current month's bar.
QStringList monthLabels(const QStringList &yyyyMmKeys)
{
    QHash<int, int> uses;
    QList<int> numbers;
    for (const QString &key : yyyyMmKeys) {
        const QDate month = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        numbers << (month.isValid() ? month.month() : 0);
        ++uses[numbers.last()];
    }
    QStringList labels;
    for (qsizetype i = 0; i < yyyyMmKeys.size(); ++i)
        labels << (numbers[i] > 0 && uses[numbers[i]] == 1 ? QString::number(numbers[i]) : yyyyMmKeys[i]);
    return labels;
}

// A category axis of months; labels with a year ("2025-12") stand upright, which fits them over one bar.
QBarCategoryAxis *monthAxis(const QStringList &yyyyMmKeys)
{
    auto axis = new QBarCategoryAxis;
    const QStringList labels = monthLabels(yyyyMmKeys);
    axis->append(labels.isEmpty() ? QStringList { QString() } : labels);
    if (std::any_of(labels.cbegin(), labels.cend(), [](const QString &label) { return label.size() > 2; })) {
        axis->setLabelsAngle(-90);
        axis->setTruncateLabels(false);
    }
    return axis;
}

QString monthSpan(const QString &first, const QString &last)
{
    return first == last ? first : QCoreApplication::translate("ComplaintReportsPanel", "%1 to %2").arg(first, last);
}

// A value axis from 0 that ends on a whole number above the largest count.
QValueAxis *countAxis(int maximum)
{
    auto axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::fitValueAxis(axis, 0, qMax(1, maximum + (maximum + 4) / 5));
    return axis;
}

} // namespace

ComplaintReportsPanel::ComplaintReportsPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_reader(new BookReader(m_db.databaseName(), this))
{
    setObjectName(QStringLiteral("complaintReportsPanel"));
    const QDate today = Clock::instance().today();
    m_from = new QDateEdit(today.addMonths(-12).addDays(1));
    m_from->setObjectName(QStringLiteral("reportFromDateEdit"));
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("reportToDateEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &ComplaintReportsPanel::reload);
    }
    auto period = new QHBoxLayout;
    period->addWidget(Accessible::labelFor(tr("Complaints received from"), m_from));
    period->addWidget(m_from);
    period->addWidget(Accessible::labelFor(tr("to"), m_to));
    period->addWidget(m_to);
    period->addStretch();

    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("reportFiguresLabel"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);

    m_categoryChart = chartView(QStringLiteral("categoryChartView"));
    m_severityChart = chartView(QStringLiteral("severityChartView"));
    m_monthChart = chartView(QStringLiteral("monthChartView"));
    m_satisfactionChart = chartView(QStringLiteral("satisfactionChartView"));
    auto charts = new QGridLayout;
    charts->addWidget(m_categoryChart, 0, 0);
    charts->addWidget(m_severityChart, 0, 1);
    charts->addWidget(m_monthChart, 1, 0);
    charts->addWidget(m_satisfactionChart, 1, 1);

    m_repeated = new QTableWidget(0, 3);
    m_repeated->setObjectName(QStringLiteral("repeatedComplaintsTableWidget"));
    m_repeated->setAccessibleName(tr("Repeated complaints"));
    m_repeated->setHorizontalHeaderLabels({ tr("Repeated complaints"), tr("Kind"), tr("Cases") });
    m_terms = new QTableWidget(0, 2);
    m_terms->setObjectName(QStringLiteral("frequentTermsTableWidget"));
    m_terms->setAccessibleName(tr("Frequent terms"));
    m_terms->setHorizontalHeaderLabels({ tr("Frequent terms"), tr("Count") });
    for (QTableWidget *table : { m_repeated, m_terms }) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->setMinimumWidth(240);
    }
    auto lists = new QVBoxLayout;
    lists->addWidget(m_repeated, 1);
    lists->addWidget(m_terms, 1);

    auto body = new QHBoxLayout;
    body->addLayout(charts, 3);
    body->addLayout(lists, 1);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_figures);
    layout->addLayout(body, 1);
    // Read when its page is shown (MainWindow::showPage): reading the 40,000 complaints of a book of a million
    // customers held up the start of the app.
}

void ComplaintReportsPanel::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void ComplaintReportsPanel::reload()
{
    const QDateTime start = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    const QDateTime end = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    const QDateTime now = Clock::instance().nowUtc();
    m_figures->setText(tr("Reading the complaints…"));
    m_reader->read(
        [this, start, end, now](const QSqlDatabase &book) -> Result<std::function<void()>> {
            auto complaints = ComplaintRepository(book).receivedBetween(start, end);
            if (!complaints)
                return complaints.error();
            ComplaintStatistics stats
                = computeComplaintStatistics(complaints.value(), now, QTimeZone::systemTimeZone());
            return std::function<void()>([this, stats = std::move(stats)] {
                m_stats = stats;
                showStatistics();
            });
        },
        [this](const Error &error) {
            m_stats = {};
            showStatistics();
            m_figures->setText(error.toString().toHtmlEscaped());
        });
}

void ComplaintReportsPanel::waitForStatistics()
{
    m_reader->wait();
}

void ComplaintReportsPanel::showStatistics()
{
    showFigures();
    showCategoryChart();
    showSeverityChart();
    showMonthChart();
    showSatisfactionChart();
    showLists();
}

void ComplaintReportsPanel::showFigures()
{
    const ComplaintStatistics &s = m_stats;
    if (s.total == 0) {
        m_figures->setText(tr("No complaints were received in this period."));
        return;
    }
    const QStringList cells {
        tr("<b>%1</b> complaints").arg(QLocale().toString(s.total)),
        tr("Average response <b>%1 h</b>").arg(number(s.averageResponseHours, 1)),
        tr("Average resolution <b>%1 h</b>").arg(number(s.averageResolutionHours, 1)),
        tr("Responses in time <b>%1%</b>").arg(number(s.responseCompliancePercent, 0)),
        tr("Resolved in time <b>%1%</b>").arg(number(s.resolutionCompliancePercent, 0)),
        tr("CSAT <b>%1</b> of 5 (%2 answers)").arg(number(s.csatAverage, 2), QLocale().toString(s.csatCount)),
        tr("NPS <b>%1</b> (%2 promoters, %3 passives, %4 detractors)")
            .arg(number(s.nps, 0), QLocale().toString(s.promoters), QLocale().toString(s.passives),
                QLocale().toString(s.detractors)),
    };
    m_figures->setText(cells.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void ComplaintReportsPanel::showCategoryChart()
{
    QChart *chart = newChart(tr("By category"));
    auto set = new QBarSet(tr("Complaints"));
    QStringList names;
    int maximum = 0;
    // Most frequent at the top: a horizontal bar chart draws its first category at the bottom.
    for (auto it = m_stats.byCategory.crbegin(); it != m_stats.byCategory.crend(); ++it) {
        *set << it->count;
        names << complaintCategoryDisplayName(it->key);
        maximum = qMax(maximum, it->count);
    }
    set->setColor(QColor(0x4e, 0x79, 0xa7));
    auto series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = countAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = m_categoryChart->chart();
    ChartStyle::show(m_categoryChart, chart);
    delete old;
}

void ComplaintReportsPanel::showSeverityChart()
{
    QChart *chart = newChart(tr("By severity"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto series = new QPieSeries;
    const QList<QColor> colors { QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x7e, 0x22), QColor(0xf1, 0xc4, 0x0f),
        QColor(0x7f, 0x8c, 0x8d) };
    for (qsizetype i = 0; i < m_stats.bySeverity.size(); ++i) {
        const KeyCount &entry = m_stats.bySeverity[i];
        const auto severity = complaintSeverityFromString(entry.key);
        QPieSlice *slice = series->append(
            tr("%1: %2").arg(severity ? displayName(*severity) : entry.key, QLocale().toString(entry.count)),
            entry.count);
        slice->setColor(colors.value(i));
    }
    chart->addSeries(series);
    QChart *old = m_severityChart->chart();
    ChartStyle::show(m_severityChart, chart);
    delete old;
}

void ComplaintReportsPanel::showMonthChart()
{
    QChart *chart = newChart(tr("By month received"));
    auto set = new QBarSet(tr("Complaints"));
    QStringList months;
    int maximum = 0;
    for (const KeyCount &entry : m_stats.byMonth) {
        *set << entry.count;
        months << entry.key;
        maximum = qMax(maximum, entry.count);
    }
    set->setColor(QColor(0x59, 0xa1, 0x4f));
    auto series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis *axisX = monthAxis(months);
    if (!m_stats.byMonth.isEmpty())
        axisX->setTitleText(monthSpan(m_stats.byMonth.first().key, m_stats.byMonth.last().key));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = countAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart *old = m_monthChart->chart();
    ChartStyle::show(m_monthChart, chart);
    delete old;
}

namespace {

// A line per run of months with a value: a month without one is a gap, not a straight line from its neighbours
// (the chart drew September's absent score as the average of August and October). The first run carries the
// name in the legend, the others its colour.
void addSegments(QChart *chart, const QString &name, const QList<std::optional<double>> &values, QAbstractAxis *axisX,
    QAbstractAxis *axisY)
{
    QLineSeries *first = nullptr;
    QLineSeries *current = nullptr;
    for (qsizetype i = 0; i <= values.size(); ++i) {
        if (i == values.size() || !values[i]) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setPointsVisible(true);
            chart->addSeries(current);
            current->attachAxis(axisX);
            current->attachAxis(axisY);
            if (!first) {
                first = current;
                first->setName(name);
            } else {
                current->setColor(first->color());
                for (QLegendMarker *marker : chart->legend()->markers(current))
                    marker->setVisible(false);
            }
        }
        current->append(double(i), *values[i]);
    }
}

// Ticks at the scale's round values, with room beyond both ends so that a point on an end is not cut in half.
QValueAxis *scoreAxis(double low, double high, double interval, const QString &title)
{
    auto axis = new QValueAxis;
    const double room = (high - low) / 20;
    axis->setRange(low - room, high + room);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(low);
    axis->setTickInterval(interval);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

} // namespace

void ComplaintReportsPanel::showSatisfactionChart()
{
    QChart *chart = newChart(tr("Satisfaction by month closed"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QStringList months;
    QList<std::optional<double>> csat, nps;
    for (const MonthlySatisfaction &month : m_stats.satisfactionByMonth) {
        months << month.month;
        csat << month.csatAverage;
        nps << month.nps;
    }
    QBarCategoryAxis *axisX = monthAxis(months);
    if (!m_stats.satisfactionByMonth.isEmpty())
        axisX->setTitleText(
            monthSpan(m_stats.satisfactionByMonth.first().month, m_stats.satisfactionByMonth.last().month));
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *csatAxis = scoreAxis(1, 5, 1, tr("CSAT"));
    chart->addAxis(csatAxis, Qt::AlignLeft);
    QValueAxis *npsAxis = scoreAxis(-100, 100, 50, tr("NPS"));
    chart->addAxis(npsAxis, Qt::AlignRight);
    addSegments(chart, tr("CSAT (1–5)"), csat, axisX, csatAxis);
    addSegments(chart, tr("NPS (−100–100)"), nps, axisX, npsAxis);
    QChart *old = m_satisfactionChart->chart();
    ChartStyle::show(m_satisfactionChart, chart);
    delete old;
}

void ComplaintReportsPanel::showLists()
{
    m_repeated->setRowCount(0);
    const auto addRows = [this](const QList<KeyCount> &entries, const QString &kind) {
        for (const KeyCount &entry : entries) {
            const int row = m_repeated->rowCount();
            m_repeated->insertRow(row);
            m_repeated->setItem(row, 0, new QTableWidgetItem(entry.key));
            m_repeated->setItem(row, 1, new QTableWidgetItem(kind));
            auto count = new QTableWidgetItem;
            count->setData(Qt::DisplayRole, entry.count);
            m_repeated->setItem(row, 2, count);
        }
    };
    addRows(m_stats.repeatedCustomers.mid(0, 50), tr("Customer"));
    addRows(m_stats.repeatedProducts.mid(0, 50), tr("Product"));
    m_repeated->resizeColumnToContents(1);
    m_repeated->resizeColumnToContents(2);
    m_terms->setRowCount(int(m_stats.frequentTerms.size()));
    for (int row = 0; row < m_stats.frequentTerms.size(); ++row) {
        m_terms->setItem(row, 0, new QTableWidgetItem(m_stats.frequentTerms[row].term));
        auto count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, m_stats.frequentTerms[row].count);
        m_terms->setItem(row, 1, count);
    }
    m_terms->resizeColumnToContents(1);
}

#include "ReportContent.h"
#include "ChartStyle.h"
#include "domain/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPieSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(100.0 * fraction, 0, 'f', 1);
}

QString money(const SalesAnalysisResult &r, qint64 minorUnits)
{
    return Money::formatWithSymbol(minorUnits, r.options.sales.currency);
}

} // namespace

QString ReportContent::title(Tab tab)
{
    switch (tab) {
    case Tab::Segments:
        return tr("RFM segments");
    case Tab::Pareto:
        return tr("Pareto / ABC");
    case Tab::Pyramid:
        return tr("Value pyramid");
    case Tab::Lifecycle:
        return tr("Lifecycle");
    case Tab::Churn:
        return tr("Churn");
    case Tab::Clusters:
        return tr("Clusters");
    }
    return {};
}

QList<ReportContent::Tab> ReportContent::tabs()
{
    return { Tab::Segments, Tab::Pareto, Tab::Pyramid, Tab::Lifecycle, Tab::Churn, Tab::Clusters };
}

ReportView ReportContent::view(const SalesAnalysisResult &r, Tab tab)
{
    switch (tab) {
    case Tab::Segments:
        return segments(r);
    case Tab::Pareto:
        return pareto(r);
    case Tab::Pyramid:
        return pyramid(r);
    case Tab::Lifecycle:
        return lifecycle(r);
    case Tab::Churn:
        return churn(r);
    case Tab::Clusters:
        return clusters(r);
    }
    return {};
}

ReportView ReportContent::segments(const SalesAnalysisResult &r)
{
    auto *set = new QBarSet(tr("Customers"));
    QStringList names;
    QList<QStringList> rows;
    // The horizontal bars are drawn bottom-up: list the best segment last so that it is on top.
    for (auto it = r.segments.crbegin(); it != r.segments.crend(); ++it) {
        *set << it->customers;
        names << Rfm::name(it->segment);
    }
    for (const RfmSegmentSummary &s : r.segments)
        rows.append({ Rfm::name(s.segment), QLocale().toString(s.customers), percent(s.customerShare),
            money(r, s.revenue), percent(s.revenueShare), Rfm::suggestedAction(s.segment) });
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    QChart *chart = ChartStyle::newChart(tr("Customers per RFM segment"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    ChartStyle::fitValueAxis(axisX, 0, axisX->max());
    chart->legend()->hide();
    ReportView view;
    view.chart = chart;
    view.headers = { tr("Segment"), tr("Customers"), tr("Share of customers"), tr("Revenue"), tr("Share of revenue"),
        tr("Suggested action") };
    view.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        view.keys << int(r.segments[i].segment);
    return view;
}

ReportView ReportContent::pareto(const SalesAnalysisResult &r)
{
    const ParetoResult &pareto = r.paretoByProfit;
    const qsizetype n = pareto.rows.size();
    auto *shares = new QBarSet(tr("Share of gross profit"));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    QStringList deciles;
    QList<QStringList> rows;
    double running = 0;
    // A tenth of the customers per bar; with fewer than ten customers, one each (a tenth of seven customers is
    // nobody, and the chart said "Top 10%: 0 customers").
    const int buckets = n >= 10 ? 10 : int(n);
    for (int d = 0; d < buckets; ++d) {
        qint64 value = 0;
        for (qsizetype i = d * n / buckets; i < (d + 1) * n / buckets; ++i)
            value += std::max<qint64>(pareto.rows[i].value, 0);
        const double share = pareto.positiveTotal > 0 ? double(value) / double(pareto.positiveTotal) : 0;
        running += share;
        *shares << 100 * share;
        cumulative->append(d, 100 * running);
        // Each bar is one tenth of the customers, not the top share so far (that is the line).
        if (buckets < 10)
            deciles << tr("No. %1").arg(d + 1);
        else
            deciles << (d == 0 ? tr("Top 10%") : tr("%1–%2%").arg(d * 10).arg((d + 1) * 10));
        rows.append({ deciles.last(), QLocale().toString(qlonglong((d + 1) * n / buckets - d * n / buckets)),
            money(r, value), percent(share), percent(running) });
    }
    auto *bars = new QBarSeries;
    bars->append(shares);
    QChart *chart = ChartStyle::newChart(Pareto::headline(pareto, true));
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(deciles);
    axisX->setTitleText(buckets < 10 ? tr("Customers ranked by gross profit, one per bar")
                                     : tr("Customers ranked by gross profit, a tenth per bar"));
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%.0f%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    ReportView view;
    view.chart = chart;
    QStringList abc;
    for (const ParetoClassSummary &c : pareto.classes)
        abc << tr("Class %1: %2 customers (%3), %4 of the gross profit")
                   .arg(Pareto::key(c.abc), QLocale().toString(c.customers), percent(c.customerShare),
                       percent(c.valueShare));
    view.headers = { tr("Customers ranked by gross profit"), tr("Customers"), tr("Gross profit"), tr("Share"),
        tr("Cumulative share") };
    view.rows = rows;
    view.tip = abc.join(QLatin1Char('\n'));
    return view;
}

ReportView ReportContent::pyramid(const SalesAnalysisResult &r)
{
    const ValuePyramidResult &pyramid = r.pyramid;
    auto *set = new QBarSet(tr("Share of gross profit"));
    QStringList names;
    for (auto it = pyramid.tiers.crbegin(); it != pyramid.tiers.crend(); ++it) {
        *set << 100 * it->valueShare;
        names << tr("%1 (%2 customers)").arg(ValuePyramid::name(it->tier), QLocale().toString(it->customers));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    QChart *chart = ChartStyle::newChart(tr("Value pyramid: share of gross profit per value level"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%.0f%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    QList<QStringList> rows;
    for (const ValueTierSummary &t : pyramid.tiers)
        rows.append({ ValuePyramid::name(t.tier), QLocale().toString(t.customers), percent(t.customerShare),
            money(r, t.value), percent(t.valueShare), money(r, t.lowestValue) });
    ReportView view;
    view.chart = chart;
    view.headers = { tr("Value level"), tr("Customers"), tr("Share of customers"), tr("Gross profit"),
        tr("Share of gross profit"), tr("Entry bar") };
    view.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        view.keys << int(pyramid.tiers[i].tier);
    return view;
}

ReportView ReportContent::lifecycle(const SalesAnalysisResult &r)
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    QList<QStringList> rows;
    const double all = std::max<qsizetype>(r.lifecycle.size(), 1);
    for (LifecycleState state : Lifecycle::allStates()) {
        const int count = r.count(state);
        series->append(tr("%1: %2").arg(Lifecycle::name(state), QLocale().toString(count)), count);
        rows.append({ Lifecycle::name(state), QLocale().toString(count), percent(count / all) });
    }
    QChart *chart = ChartStyle::newChart(
        tr("Customers by lifecycle stage on %1")
            .arg(QLocale().toString(
                r.options.asOf, tr("d MMM yyyy", "date format of the as-of day, as on the printed analysis's cover"))));
    chart->addSeries(series);
    ChartStyle::labelSharesInside(chart, series);
    chart->legend()->setAlignment(Qt::AlignRight);
    ReportView view;
    view.chart = chart;
    view.headers = { tr("Stage"), tr("Customers"), tr("Share") };
    view.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        view.keys << int(Lifecycle::allStates()[i]);
    return view;
}

ReportView ReportContent::churn(const SalesAnalysisResult &r)
{
    auto *churn = new QLineSeries;
    churn->setName(tr("Churn rate"));
    auto *reactivation = new QLineSeries;
    reactivation->setName(tr("Reactivation rate"));
    QStringList months;
    QList<QStringList> rows;
    double highest = 1;
    for (const MonthlyChurn &m : r.churn) {
        const int x = int(months.size());
        churn->append(x, 100 * m.churnRate);
        reactivation->append(x, 100 * m.reactivationRate);
        highest = std::max({ highest, 100 * m.churnRate, 100 * m.reactivationRate });
        months << m.month.toString(QStringLiteral("yyyy-MM"));
        rows.append(
            { months.last(), QLocale().toString(m.aliveAtStart), QLocale().toString(m.churned), percent(m.churnRate),
                QLocale().toString(m.lapsedAtStart), QLocale().toString(m.reactivated), percent(m.reactivationRate) });
    }
    QChart *chart = ChartStyle::newChart(tr("Monthly churn and reactivation"));
    chart->addSeries(churn);
    chart->addSeries(reactivation);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setLabelsAngle(-60);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f%"));
    ChartStyle::fitValueAxis(axisY, 0, std::ceil(highest * 1.1)); // 0, 10, 20 %, not 0, 9.3, 18.5 %
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    ReportView view;
    view.chart = chart;
    view.headers = { tr("Month"), tr("Active at start"), tr("Churned"), tr("Churn rate"), tr("Lapsed at start"),
        tr("Reactivated"), tr("Reactivation rate") };
    view.rows = rows;
    return view;
}

ReportView ReportContent::clusters(const SalesAnalysisResult &r)
{
    const ClusteringResult &clustering = r.clustering;
    const int decimals = std::max(Money::decimals(r.options.sales.currency), 0);
    const double unit = double(Money::pow10(decimals));
    QChart *chart = ChartStyle::newChart(tr("Customers by recency and revenue, coloured by cluster"));
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("Days since the last purchase"));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
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
        // The legend names the cluster; its profile is a sentence, in the table (the legend cut it off).
        s->setName(tr("Cluster %1").arg(profile.cluster + 1));
        s->setMarkerSize(7);
        s->setBorderColor(Qt::transparent);
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
    int latest = 1;
    for (const RfmScore &score : r.rfm)
        latest = std::max(latest, score.recencyDays);
    for (QScatterSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    // Days on round numbers (0, 100, 200), not 1, 146, 291, with room after the latest so that its points show whole.
    ChartStyle::fitValueAxis(axisX, 0, latest + std::max(1, latest / 20));
    QList<QStringList> rows;
    for (const ClusterProfile &p : clustering.clusters)
        rows.append({ tr("Cluster %1").arg(p.cluster + 1), QLocale().toString(p.customers),
            QString::number(p.meanRecencyDays, 'f', 0), QString::number(p.meanFrequency, 'f', 1),
            money(r, qint64(p.meanMonetary)), p.description });
    ReportView view;
    view.chart = chart;
    view.headers = { tr("Cluster"), tr("Customers"), tr("Mean days since last purchase"), tr("Mean purchases"),
        tr("Mean revenue"), tr("Profile") };
    view.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        view.keys << clustering.clusters[i].cluster;
    return view;
}

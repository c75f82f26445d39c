#include "ViewContent.h"
#include "ChartStyle.h"
#include "domain/Money.h"
#include "domain/Order.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <numeric>

#include <algorithm>
#include <cmath>

namespace {

// Charts show at most this many categories (the largest); the table lists them all.
constexpr int kChartCategories = 15;

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(100.0 * fraction, 0, 'f', 1);
}

QString number(qint64 value)
{
    return QLocale().toString(qlonglong(value));
}

QString money(const SalesAnalysisResult &r, qint64 minorUnits)
{
    return Money::formatWithSymbol(minorUnits, r.options.sales.currency);
}

// An amount in whole major units for a chart axis.
double major(const SalesAnalysisResult &r, qint64 minorUnits)
{
    return double(minorUnits) / double(Money::pow10(std::max(Money::decimals(r.options.sales.currency), 0)));
}

QString keyText(const QString &key)
{
    return key.isEmpty() ? ViewContent::tr("(not set)") : key;
}

// Bars over categories; horizontal bars are drawn bottom-up, so the categories are given in reverse.
// Long names (customers, product pairs) are cut to keep the bars readable; the table has them in full.
QString shortened(const QString &name, int longest = 32)
{
    return name.size() <= longest ? name : name.left(longest - 1) + QChar(0x2026);
}

// Names longer than a short word are broken at the space nearest their middle (they are rich text), so that a few
// bars side by side each keep their name.
QStringList twoLines(QStringList names)
{
    for (QString &name : names) {
        if (name.size() <= 12)
            continue;
        qsizetype best = -1;
        for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1)) {
            if (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2))
                best = i;
        }
        if (best > 0)
            name = name.left(best) + QStringLiteral("<br>") + name.mid(best + 1);
        else if (!name.contains(u'&')) // Chinese, no spaces (and no escaped entity to cut in two)
            name = name.left(name.size() / 2) + QStringLiteral("<br>") + name.mid(name.size() / 2);
    }
    return names;
}

QChart *barChart(const QString &title, QStringList categories, QList<QBarSet *> sets, bool horizontal,
    const QString &valueFormat = QStringLiteral("%.0f"))
{
    QChart *chart = ChartStyle::newChart(title);
    QAbstractBarSeries *series = nullptr;
    // A category axis needs distinct names (two customers may share one), and shows them as rich text: "<" and
    // "&" are escaped.
    QSet<QString> seen;
    for (QString &category : categories) {
        const QString base = shortened(category).toHtmlEscaped();
        category = base;
        for (int n = 2; seen.contains(category); ++n)
            category = QStringLiteral("%1 (%2)").arg(base, QString::number(n));
        seen.insert(category);
    }
    if (horizontal) {
        std::reverse(categories.begin(), categories.end());
        for (QBarSet *set : sets) {
            QList<qreal> values;
            for (int i = int(set->count()) - 1; i >= 0; --i)
                values << set->at(i);
            set->remove(0, int(set->count()));
            set->append(values);
        }
        series = new QHorizontalBarSeries;
    } else {
        series = new QBarSeries;
    }
    double lowest = 0;
    double highest = 1;
    for (QBarSet *set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i) {
            lowest = std::min(lowest, set->at(i));
            highest = std::max(highest, set->at(i));
        }
    }
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    if (!horizontal && categories.size() > 6)
        categoryAxis->setLabelsAngle(-45);
    else if (!horizontal)
        categoryAxis->setCategories(
            twoLines(categories)); // Qt hid a name too wide for its bar ("11 purchases and more")
    // Many bars side by side: smaller names, so that every bar keeps its name.
    if (horizontal && categories.size() > 8) {
        QFont font = categoryAxis->labelsFont();
        font.setPointSizeF(categories.size() > 15 ? 6.5 : 7.5);
        categoryAxis->setLabelsFont(font);
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(valueFormat);
    ChartStyle::fitValueAxis(valueAxis, lowest, highest * 1.05);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (sets.size() < 2)
        chart->legend()->hide();
    return chart;
}

// Months along the bottom, turned and small so that three years of them fit.
QBarCategoryAxis *monthAxis(const QStringList &months)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(months);
    axis->setLabelsAngle(-90);
    axis->setTruncateLabels(false);
    QFont font = axis->labelsFont();
    font.setPointSizeF(months.size() > 24 ? 6.5 : 8);
    axis->setLabelsFont(font);
    return axis;
}

QChart *pieChart(const QString &title, const QStringList &names, const QList<int> &counts)
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    int others = 0;
    // Seven slices and "Others": as many as the legend beside a printed chart has room for.
    for (int i = 0; i < names.size(); ++i) {
        if (i < 7) {
            series->append(names[i], counts[i]);
        } else {
            others += counts[i];
        }
    }
    if (others > 0)
        series->append(ViewContent::tr("Others"), others);
    QChart *chart = ChartStyle::newChart(title);
    chart->addSeries(series);
    ChartStyle::labelSharesInside(chart, series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QString rangeLabel(const ViewBucket &b, const QString &unitFormat)
{
    const auto text = [](double v) { return QLocale().toString(v, 'g', 12); };
    if (std::isinf(b.low))
        return ViewContent::tr("Below %1").arg(unitFormat.arg(text(b.high)));
    if (std::isinf(b.high))
        return ViewContent::tr("%1 and more").arg(unitFormat.arg(text(b.low)));
    return ViewContent::tr("%1 to under %2").arg(unitFormat.arg(text(b.low)), unitFormat.arg(text(b.high)));
}

// The same range in symbols only ("< 0%", "10–20%", "≥ ¥1,000,000"), short enough for a chart's axis.
QString compactLabel(const ViewBucket &b, const QString &unitFormat)
{
    const auto text = [](double v) { return QLocale().toString(v, 'g', 12); };
    if (std::isinf(b.low))
        return QStringLiteral("< %1").arg(unitFormat.arg(text(b.high)));
    if (std::isinf(b.high))
        return QStringLiteral("≥ %1").arg(unitFormat.arg(text(b.low)));
    return QStringLiteral("%1–%2").arg(unitFormat.arg(text(b.low)), unitFormat.arg(text(b.high)));
}

QString lifetimeValueFormula(const SalesAnalysisResult &r)
{
    return ViewContent::tr("Lifetime value = average order value × purchases per year × gross margin × expected "
                           "lifetime (%1 years); purchases per year = purchases / years since the first purchase "
                           "(at least 30 days), over the whole history to the as-of date.")
        .arg(r.views.expectedLifetimeYears);
}

} // namespace

QList<ViewContent::Page> ViewContent::pages()
{
    QList<Page> all;
    for (int p = 0; p <= int(Page::ValueTopCustomers); ++p)
        all << Page(p);
    return all;
}

QList<ViewContent::Page> ViewContent::printedPages()
{
    return { Page::ProfileIndustry, Page::ProfileSource, Page::LoyaltyPurchases, Page::LoyaltyTenure,
        Page::ProfitabilityMargins, Page::ProfitabilityTopBottom, Page::PerformanceCategory, Page::PerformanceChannel,
        Page::PerformanceRegion, Page::PerformanceRep, Page::Prospects, Page::Products, Page::PromotionSources,
        Page::ValueDistribution, Page::ValueTopCustomers };
}

QString ViewContent::viewName(Page page)
{
    switch (page) {
    case Page::ProfileIndustry:
    case Page::ProfileRegion:
    case Page::ProfileTier:
    case Page::ProfileSource:
        return tr("Profile");
    case Page::LoyaltyPurchases:
    case Page::LoyaltyTenure:
        return tr("Loyalty");
    case Page::ProfitabilityMargins:
    case Page::ProfitabilityTopBottom:
        return tr("Profitability");
    case Page::PerformanceCategory:
    case Page::PerformanceChannel:
    case Page::PerformanceRegion:
    case Page::PerformanceRep:
        return tr("Performance");
    case Page::Prospects:
        return tr("Prospects");
    case Page::Products:
        return tr("Products");
    case Page::PromotionSources:
    case Page::PromotionNewCustomers:
        return tr("Promotion");
    case Page::ValueDistribution:
    case Page::ValueTopCustomers:
        return tr("Customer value");
    }
    return {};
}

QString ViewContent::title(Page page)
{
    switch (page) {
    case Page::ProfileIndustry:
        return tr("Profile: customers by industry");
    case Page::ProfileRegion:
        return tr("Profile: customers by region");
    case Page::ProfileTier:
        return tr("Profile: customers by tier");
    case Page::ProfileSource:
        return tr("Profile: customers by acquisition source");
    case Page::LoyaltyPurchases:
        return tr("Loyalty: repeat purchases");
    case Page::LoyaltyTenure:
        return tr("Loyalty: years since the first purchase");
    case Page::ProfitabilityMargins:
        return tr("Profitability: gross margin by customer");
    case Page::ProfitabilityTopBottom:
        return tr("Profitability: most and least profitable customers");
    case Page::PerformanceCategory:
        return tr("Performance: sales by product category");
    case Page::PerformanceChannel:
        return tr("Performance: sales by channel");
    case Page::PerformanceRegion:
        return tr("Performance: sales by region");
    case Page::PerformanceRep:
        return tr("Performance: sales by sales rep");
    case Page::Prospects:
        return tr("Prospects: new customers and pipeline");
    case Page::Products:
        return tr("Products: bought together");
    case Page::PromotionSources:
        return tr("Promotion: sales by acquisition source");
    case Page::PromotionNewCustomers:
        return tr("Promotion: new customers per source");
    case Page::ValueDistribution:
        return tr("Customer value: lifetime value distribution");
    case Page::ValueTopCustomers:
        return tr("Customer value: most valuable customers");
    }
    return {};
}

ViewPage ViewContent::page(const SalesAnalysisResult &r, Page page)
{
    using Attribute = CustomerProfile::Attribute;
    using Dimension = CustomerViewRepository::Dimension;
    switch (page) {
    case Page::ProfileIndustry:
        return profile(r, Attribute::Industry, true);
    case Page::ProfileRegion:
        return profile(r, Attribute::Province, false);
    case Page::ProfileTier:
        return profile(r, Attribute::Tier, true);
    case Page::ProfileSource:
        return profile(r, Attribute::Source, true);
    case Page::LoyaltyPurchases:
        return loyalty(r, false);
    case Page::LoyaltyTenure:
        return loyalty(r, true);
    case Page::ProfitabilityMargins:
        return margins(r);
    case Page::ProfitabilityTopBottom:
        return topBottom(r);
    case Page::PerformanceCategory:
        return performance(r, Dimension::Category);
    case Page::PerformanceChannel:
        return performance(r, Dimension::Channel);
    case Page::PerformanceRegion:
        return performance(r, Dimension::Region);
    case Page::PerformanceRep:
        return performance(r, Dimension::Rep);
    case Page::Prospects:
        return prospects(r);
    case Page::Products:
        return products(r);
    case Page::PromotionSources:
        return sources(r);
    case Page::PromotionNewCustomers:
        return newBySource(r);
    case Page::ValueDistribution:
        return valueDistribution(r);
    case Page::ValueTopCustomers:
        return valueTop(r);
    }
    return {};
}

ViewPage ViewContent::profile(const SalesAnalysisResult &r, CustomerProfile::Attribute attribute, bool pie)
{
    const QList<ViewGroup> &groups = r.views.profileBy(attribute);
    const QStringList headers { tr("Industry"), tr("Region"), tr("Tier"), tr("Acquisition source") };
    ViewPage page;
    QStringList names;
    QList<int> counts;
    auto *set = new QBarSet(tr("Customers"));
    for (const ViewGroup &g : groups) {
        page.view.rows.append({ keyText(g.key), number(g.customers), percent(g.customerShare) });
        page.customers << g.customerIds;
        names << keyText(g.key);
        counts << g.customers;
        if (names.size() <= kChartCategories)
            *set << g.customers;
    }
    const QString chartTitle
        = tr("%1 customers by %2").arg(number(r.views.customers), headers[int(attribute)].toLower());
    if (pie) {
        delete set;
        page.view.chart = pieChart(chartTitle, names, counts);
    } else {
        page.view.chart = barChart(chartTitle, names.mid(0, kChartCategories), { set }, true, QStringLiteral("%.0f"));
        page.bottomUp = true;
    }
    page.view.headers = { headers[int(attribute)], tr("Customers"), tr("Share of customers") };
    return page;
}

ViewPage ViewContent::loyalty(const SalesAnalysisResult &r, bool tenure)
{
    const LoyaltyResult &loyalty = r.views.loyalty;
    const QList<ViewBucket> &buckets = tenure ? loyalty.tenure : loyalty.purchases;
    const QStringList tenureNames { tr("Under 1 year"), tr("1 to 2 years"), tr("2 to 3 years"), tr("3 to 5 years"),
        tr("5 years and more") };
    const QStringList purchaseNames { tr("1 purchase"), tr("2 purchases"), tr("3 to 5 purchases"),
        tr("6 to 10 purchases"), tr("11 purchases and more") };
    const QStringList &names = tenure ? tenureNames : purchaseNames;
    ViewPage page;
    auto *set = new QBarSet(tr("Buyers"));
    for (int i = 0; i < buckets.size(); ++i) {
        *set << buckets[i].customers;
        page.view.rows.append({ names.value(i), number(buckets[i].customers), percent(buckets[i].share) });
        page.customers << buckets[i].customerIds;
    }
    const QString headline
        = tr("Repeat-purchase rate %1: %2 of %3 buyers bought twice or more")
              .arg(percent(loyalty.repeatRate), number(loyalty.repeatBuyers), number(loyalty.buyers));
    page.view.chart = barChart(tenure ? tr("Buyers by years since their first purchase") : headline,
        names.mid(0, buckets.size()), { set }, false, QStringLiteral("%.0f"));
    page.view.headers = { tenure ? tr("Years since the first purchase") : tr("Purchases in the period"), tr("Buyers"),
        tr("Share of buyers") };
    page.view.tip = headline;
    return page;
}

ViewPage ViewContent::margins(const SalesAnalysisResult &r)
{
    const ProfitabilityResult &p = r.views.profitability;
    ViewPage page;
    auto *set = new QBarSet(tr("Customers"));
    QStringList names;
    for (const ViewBucket &b : p.margins) {
        ViewBucket scaled = b;
        scaled.low *= 100;
        scaled.high *= 100;
        names << compactLabel(scaled, QStringLiteral("%1%"));
        *set << b.customers;
        page.view.rows.append({ rangeLabel(scaled, QStringLiteral("%1%")), number(b.customers), percent(b.share) });
        page.customers << b.customerIds;
    }
    page.view.rows.append({ tr("No revenue"), number(p.withoutRevenue.size()), QString() });
    page.customers << p.withoutRevenue;
    page.view.chart
        = barChart(tr("Customers by gross margin (profit / revenue)"), names, { set }, false, QStringLiteral("%.0f"));
    page.view.headers = { tr("Gross margin"), tr("Customers"), tr("Share of customers with revenue") };
    return page;
}

ViewPage ViewContent::topBottom(const SalesAnalysisResult &r)
{
    const ProfitabilityResult &p = r.views.profitability;
    ViewPage page;
    auto *set = new QBarSet(tr("Gross profit"));
    QStringList names;
    const auto add = [&](const CustomerTotals &t, const QString &rank) {
        const QString name = r.views.customerNames.value(t.customerId, QString::number(t.customerId));
        page.view.rows.append({ rank, name, money(r, t.revenue), money(r, t.profit),
            t.revenue > 0 ? percent(double(t.profit) / double(t.revenue)) : QString() });
        page.customers << QList<qint64> { t.customerId };
        names << name;
        *set << major(r, t.profit);
    };
    for (int i = 0; i < p.top.size(); ++i)
        add(p.top[i], tr("Top %1").arg(i + 1));
    // Then the bottom list, so that the whole list goes down in profit and ends with the least profitable
    // ("Bottom 1"); customers already in the top list (a book with few customers) are not repeated.
    for (int i = int(p.bottom.size()) - 1; i >= 0; --i) {
        if (std::none_of(p.top.begin(), p.top.end(),
                [&](const CustomerTotals &t) { return t.customerId == p.bottom[i].customerId; }))
            add(p.bottom[i], tr("Bottom %1").arg(i + 1));
    }
    page.view.chart
        = barChart(tr("Gross profit of the most and least profitable customers (%1)").arg(r.options.sales.currency),
            names, { set }, true);
    page.bottomUp = true;
    page.view.headers = { tr("Rank"), tr("Customer"), tr("Revenue"), tr("Gross profit"), tr("Gross margin") };
    return page;
}

ViewPage ViewContent::performance(const SalesAnalysisResult &r, CustomerViewRepository::Dimension dimension)
{
    const QList<ViewGroup> &groups = r.views.performanceBy(dimension);
    const QStringList headers { tr("Product category"), tr("Channel"), tr("Region"), tr("Sales rep") };
    ViewPage page;
    auto *revenue = new QBarSet(tr("Revenue"));
    auto *profit = new QBarSet(tr("Gross profit"));
    QStringList names;
    for (const ViewGroup &g : groups) {
        const QString name = dimension == CustomerViewRepository::Dimension::Channel && !g.key.isEmpty()
            ? OrderChannel::displayName(g.key)
            : keyText(g.key);
        page.view.rows.append({ name, number(g.customers), number(g.orders), money(r, g.revenue),
            percent(g.revenueShare), money(r, g.profit), g.revenue > 0 ? percent(g.margin()) : QString() });
        page.customers << g.customerIds;
        if (names.size() < kChartCategories) {
            names << name;
            *revenue << major(r, g.revenue);
            *profit << major(r, g.profit);
        }
    }
    page.view.chart = barChart(
        tr("Revenue and gross profit by %1 (%2)").arg(headers[int(dimension)].toLower(), r.options.sales.currency),
        names, { revenue, profit }, false);
    page.view.headers = { headers[int(dimension)], tr("Customers"), tr("Orders"), tr("Revenue"), tr("Share of revenue"),
        tr("Gross profit"), tr("Gross margin") };
    return page;
}

ViewPage ViewContent::prospects(const SalesAnalysisResult &r)
{
    ViewPage page;
    auto *won = new QBarSet(tr("Won"));
    auto *lost = new QBarSet(tr("Lost"));
    auto *open = new QBarSet(tr("Open"));
    auto *fresh = new QLineSeries;
    fresh->setName(tr("New customers"));
    // Apart from the bars' colours, and wide enough to follow across them.
    QPen line(QColor(0xc0, 0x39, 0x2b));
    line.setWidthF(2.5);
    fresh->setPen(line);
    QStringList months;
    int most = 1;
    double highest = 1;
    for (const ProspectMonth &m : r.views.prospects) {
        const int x = int(months.size());
        months << m.month.toString(QStringLiteral("yyyy-MM"));
        *won << major(r, m.won);
        *lost << major(r, m.lost);
        *open << major(r, m.open);
        highest = std::max(highest, major(r, m.won) + major(r, m.lost) + major(r, m.open));
        fresh->append(x, m.newCustomers.size());
        most = std::max(most, int(m.newCustomers.size()));
        page.view.rows.append(
            { months.last(), number(m.newCustomers.size()), number(m.quotes), money(r, m.quoted), money(r, m.open),
                money(r, m.won), money(r, m.lost), m.wonCount + m.lostCount > 0 ? percent(m.winRate()) : QString() });
        page.customers << m.newCustomers;
    }
    QChart *chart = ChartStyle::newChart(tr("New customers and quotes per month (%1)").arg(r.options.sales.currency));
    auto *bars = new QStackedBarSeries;
    bars->append({ won, lost, open });
    chart->addSeries(bars);
    chart->addSeries(fresh);
    auto *axisX = monthAxis(months);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisValue = new QValueAxis;
    axisValue->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::fitValueAxis(axisValue, 0, highest * 1.05);
    chart->addAxis(axisValue, Qt::AlignLeft);
    auto *axisCount = new QValueAxis;
    axisCount->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::fitValueAxis(axisCount, 0, most * 1.1);
    chart->addAxis(axisCount, Qt::AlignRight);
    bars->attachAxis(axisX);
    bars->attachAxis(axisValue);
    fresh->attachAxis(axisX);
    fresh->attachAxis(axisCount);
    page.view.chart = chart;
    page.view.headers = { tr("Month"), tr("New customers"), tr("Quotes"), tr("Quoted"), tr("Open"), tr("Won"),
        tr("Lost"), tr("Win rate") };
    return page;
}

ViewPage ViewContent::products(const SalesAnalysisResult &r)
{
    ViewPage page;
    auto *set = new QBarSet(tr("Lift"));
    QStringList names;
    const auto name = [&r](qint64 id) { return r.views.productNames.value(id, QString::number(id)); };
    // Lift is the same both ways (A → B, B → A): the chart shows each pair once, the table both rules.
    QSet<std::pair<qint64, qint64>> charted;
    for (const AssociationRule &rule : r.views.associations) {
        page.view.rows.append({ name(rule.antecedent), name(rule.consequent), number(rule.together),
            percent(rule.support), percent(rule.confidence), QLocale().toString(rule.lift, 'f', 2) });
        page.customers << QList<qint64>();
        const std::pair<qint64, qint64> pair = std::minmax(rule.antecedent, rule.consequent);
        if (names.size() < kChartCategories && !charted.contains(pair)) {
            charted.insert(pair);
            const auto label = [&r, &name](qint64 id) {
                const QString code = r.views.productCodes.value(id);
                return code.isEmpty() ? shortened(name(id), 16) : code;
            };
            names << tr("%1 + %2").arg(label(pair.first), label(pair.second));
            *set << rule.lift;
        }
    }
    page.view.chart
        = barChart(tr("Products bought together: lift of the strongest pairs (%1 orders)").arg(number(r.views.baskets)),
            names, { set }, true, QStringLiteral("%.1f"));
    page.bottomUp = true;
    page.view.headers
        = { tr("Who bought"), tr("Also bought"), tr("Orders with both"), tr("Support"), tr("Confidence"), tr("Lift") };
    page.view.tip = tr("Support: share of all orders with both products. Confidence: share of the orders with the "
                       "first product that also have the second. Lift: confidence divided by the second product's "
                       "share of all orders; above 1 they go together more often than by chance.");
    return page;
}

ViewPage ViewContent::sources(const SalesAnalysisResult &r)
{
    ViewPage page;
    auto *revenue = new QBarSet(tr("Revenue"));
    auto *profit = new QBarSet(tr("Gross profit"));
    QStringList names;
    for (const ViewGroup &g : r.views.promotion) {
        page.view.rows.append(
            { keyText(g.key), number(g.customers), percent(g.customerShare), number(g.buyers), money(r, g.revenue),
                percent(g.revenueShare), money(r, g.profit), money(r, g.customers > 0 ? g.revenue / g.customers : 0) });
        page.customers << g.customerIds;
        // Sources without buyers in the period (customers who buy in another currency) stay out of the chart,
        // and so does every row after the first left out: the bars are the table's first rows.
        if (names.size() < kChartCategories && names.size() + 1 == page.view.rows.size() && g.buyers > 0) {
            names << keyText(g.key);
            *revenue << major(r, g.revenue);
            *profit << major(r, g.profit);
        }
    }
    page.view.chart = barChart(tr("Revenue and gross profit by acquisition source (%1)").arg(r.options.sales.currency),
        names, { revenue, profit }, false);
    page.view.headers = { tr("Acquisition source"), tr("Customers"), tr("Share of customers"), tr("Buyers"),
        tr("Revenue"), tr("Share of revenue"), tr("Gross profit"), tr("Revenue per customer") };
    return page;
}

ViewPage ViewContent::newBySource(const SalesAnalysisResult &r)
{
    const SourceTimeline &t = r.views.newBySource;
    ViewPage page;
    QChart *chart = ChartStyle::newChart(tr("New customers per month by acquisition source"));
    QStringList months;
    for (const QDate &m : t.months)
        months << m.toString(QStringLiteral("yyyy-MM"));
    auto *axisX = monthAxis(months);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    int most = 1;
    for (int s = 0; s < t.sources.size() && s < 8; ++s) {
        auto *line = new QLineSeries;
        line->setName(keyText(t.sources[s]));
        for (int m = 0; m < t.months.size(); ++m) {
            line->append(m, t.counts[m][s]);
            most = std::max(most, t.counts[m][s]);
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    ChartStyle::fitValueAxis(axisY, 0, most);
    page.view.chart = chart;
    page.view.headers = { tr("Month") };
    for (const QString &source : t.sources)
        page.view.headers << keyText(source);
    for (int m = 0; m < t.months.size(); ++m) {
        QStringList row { months[m] };
        for (int count : t.counts[m])
            row << number(count);
        page.view.rows << row;
    }
    return page;
}

ViewPage ViewContent::valueDistribution(const SalesAnalysisResult &r)
{
    const QString currency = r.options.sales.currency;
    const double unit = double(Money::pow10(std::max(Money::decimals(currency), 0)));
    ViewPage page;
    auto *set = new QBarSet(tr("Customers"));
    QStringList names;
    for (const ViewBucket &b : r.views.lifetimeValueDistribution) {
        ViewBucket scaled = b;
        scaled.low /= unit;
        scaled.high /= unit;
        const QString format = Money::symbol(currency) + QStringLiteral("%1");
        names << compactLabel(scaled, format);
        *set << b.customers;
        page.view.rows.append({ rangeLabel(scaled, format), number(b.customers), percent(b.share) });
        page.customers << b.customerIds;
    }
    page.view.chart
        = barChart(tr("Customers by estimated lifetime value"), names, { set }, false, QStringLiteral("%.0f"));
    page.view.headers = { tr("Lifetime value"), tr("Customers"), tr("Share of buyers") };
    page.view.tip = lifetimeValueFormula(r);
    return page;
}

ViewPage ViewContent::valueTop(const SalesAnalysisResult &r)
{
    ViewPage page;
    auto *value = new QBarSet(tr("Lifetime value"));
    auto *profit = new QBarSet(tr("Historic gross profit"));
    QStringList names;
    for (const LifetimeValueRow &row : r.views.lifetimeValues.mid(0, CustomerViewsResult::kListed)) {
        const QString name = r.views.customerNames.value(row.customerId, QString::number(row.customerId));
        page.view.rows.append({ name, money(r, row.historicProfit), money(r, row.averageOrderValue),
            QLocale().toString(row.purchasesPerYear, 'f', 2), percent(row.margin),
            QLocale().toString(r.views.expectedLifetimeYears, 'f', 1), money(r, row.lifetimeValue) });
        page.customers << QList<qint64> { row.customerId };
        names << name;
        *value << major(r, row.lifetimeValue);
        *profit << major(r, row.historicProfit);
    }
    page.view.chart = barChart(
        tr("Most valuable customers: lifetime value and gross profit so far (%1)").arg(r.options.sales.currency), names,
        { value, profit }, true);
    page.bottomUp = true;
    page.view.headers = { tr("Customer"), tr("Historic gross profit"), tr("Average order value"),
        tr("Purchases per year"), tr("Gross margin"), tr("Lifetime (years)"), tr("Lifetime value") };
    page.view.tip = lifetimeValueFormula(r);
    return page;
}

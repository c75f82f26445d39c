#include "ChartStyle.h"

#include "Appearance.h"
#include "EmptyState.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace ChartStyle {

namespace {
// Thinner slices have no room for their share inside.
constexpr double kLabelledShare = 0.08;

// Colours the view's chart again when the view's palette changes (Settings › Colours, or the system's).
class PaletteFollower : public QObject
{
public:
    explicit PaletteFollower(QChartView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::PaletteChange && m_view->chart())
            followPalette(m_view->chart(), m_view->palette());
        return false;
    }

private:
    QChartView *m_view;
};

// The colour an item was given when its chart was made (for a white page), kept the first time the chart follows
// a palette so that it can go back to it.
QColor madeColour(QObject *item, const QColor &current)
{
    static const char *const kMade = "clienteleMadeColour";
    const QVariant made = item->property(kMade);
    if (made.isValid())
        return made.value<QColor>();
    item->setProperty(kMade, current);
    return current;
}

// As made on a light background; on a dark one each colour's lightness is moved into the upper part of the scale,
// so that dark blues and reds stay visible and the shades of one scale keep their order.
QColor onBackground(const QColor &made, bool dark)
{
    if (!dark)
        return made;
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    float alpha = 0;
    made.getHslF(&hue, &saturation, &lightness, &alpha);
    return QColor::fromHslF(hue, saturation, 0.3f + 0.7f * lightness, alpha);
}

QColor labelOn(const QColor &fill)
{
    return fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

void followPalette(QPieSeries *series, const QPalette &palette)
{
    const bool dark = Appearance::isDark(palette);
    const auto filled = std::count_if(
        series->slices().cbegin(), series->slices().cend(), [](const QPieSlice *slice) { return slice->value() > 0; });
    for (QPieSlice *slice : series->slices()) {
        slice->setColor(onBackground(madeColour(slice, slice->color()), dark));
        slice->setBorderColor(palette.color(QPalette::Base)); // a gap between slices, not a white rim
        // A whole ring of one slice has nothing to part from: its border would be a seam at 12 o'clock.
        if (filled == 1)
            slice->setPen(Qt::NoPen);
        slice->setLabelColor(slice->labelPosition() == QPieSlice::LabelOutside ? palette.color(QPalette::Text)
                                                                               : labelOn(slice->color()));
    }
}

void followPalette(QAbstractBarSeries *series, const QPalette &palette)
{
    const bool dark = Appearance::isDark(palette);
    for (QBarSet *set : series->barSets()) {
        set->setColor(onBackground(madeColour(set, set->color()), dark));
        set->setBorderColor(palette.color(QPalette::Base));
        set->setLabelColor(series->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd
                ? palette.color(QPalette::Text)
                : labelOn(set->color()));
    }
}

void followPalette(QXYSeries *series, const QPalette &palette)
{
    series->setColor(onBackground(madeColour(series, series->color()), Appearance::isDark(palette)));
}

QColor mixed(const QColor &a, const QColor &b, double shareOfB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * shareOfB),
        float(a.greenF() + (b.greenF() - a.greenF()) * shareOfB),
        float(a.blueF() + (b.blueF() - a.blueF()) * shareOfB));
}
} // namespace

void show(QChartView *view, QChart *chart)
{
    // One follower per view, however often a chart is shown in it (PaletteFollower has no meta-object of its own
    // for findChild to tell it from the view's other children).
    const char *followed = "clienteleChartFollowsPalette";
    if (!view->property(followed).toBool()) {
        new PaletteFollower(view);
        view->setProperty(followed, true);
    }
    if (view->chart() != chart)
        view->setChart(chart);
    if (!chart->title().isEmpty())
        view->setAccessibleName(chart->title()); // what a screen reader calls the chart
    const bool empty = !chart->series().isEmpty() && !hasData(chart);
    if (empty) {
        for (QAbstractAxis *axis : chart->axes())
            axis->hide();
        chart->legend()->hide();
    }
    EmptyState::show(view,
        empty ? QCoreApplication::translate("ChartStyle", "Nothing to show for this period and these filters.")
              : QString());
    followPalette(chart, view->palette());
}

bool hasData(const QChart *chart)
{
    for (const QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<const QPieSeries *>(series)) {
            if (pie->sum() > 0)
                return true;
        } else if (auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i) {
                    if (set->at(i) != 0)
                        return true;
                }
            }
        } else if (auto *xy = qobject_cast<const QXYSeries *>(series)) {
            for (const QPointF &point : xy->points()) {
                if (point.y() != 0)
                    return true;
            }
        }
    }
    return false;
}

void fitValueAxis(QValueAxis *axis, double lowest, double highest)
{
    if (!std::isfinite(lowest))
        lowest = 0;
    if (!std::isfinite(highest) || highest <= lowest)
        highest = lowest + 1;
    const QString format = axis->labelFormat();
    const bool whole = format.contains(QLatin1String(".0f")) || format.contains(QLatin1String("%d"))
        || format.contains(QLatin1String("%i"));
    if (!whole) {
        axis->setRange(lowest, highest);
        axis->applyNiceNumbers();
        return;
    }
    // Whole steps of 1, 2 or 5 times a power of ten, about five of them.
    double step = 1;
    for (double magnitude = 1; step * 5 < highest - lowest; magnitude *= 10) {
        for (const double nice : { 1.0, 2.0, 5.0 }) {
            step = nice * magnitude;
            if (step * 5 >= highest - lowest)
                break;
        }
    }
    const double from = std::floor(lowest / step) * step;
    const double to = std::ceil(highest / step) * step;
    axis->setRange(from, to);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(std::lround((to - from) / step)) + 1);
}

void followPalette(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mixed(base, text, 0.45));
        axis->setGridLineColor(mixed(base, text, 0.15));
        axis->setMinorGridLineColor(mixed(base, text, 0.08));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto pie = qobject_cast<QPieSeries *>(series))
            followPalette(pie, palette);
        else if (auto bars = qobject_cast<QAbstractBarSeries *>(series))
            followPalette(bars, palette);
        else if (auto xy = qobject_cast<QXYSeries *>(series))
            followPalette(xy, palette);
    }
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    localizeNumbers(chart);
    return chart;
}

void localizeNumbers(QChart *chart)
{
    // Axis labels in the language's digits and grouping ("4,000,000", not "4000000"). Qt Charts then reads a
    // label format only in the form "%.<decimals><f|d|e|g>", with any text before and after.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

void labelSharesInside(QChart *chart, QPieSeries *series)
{
    QStringList names;
    for (QPieSlice *slice : series->slices()) {
        names << slice->label();
        slice->setLabel(QLocale().toString(100.0 * slice->percentage(), 'f', 1) + QLocale().percent());
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        // Readable on the slice's own colour, which the chart's theme gave it when the series was added.
        slice->setLabelColor(slice->color().lightnessF() > 0.6 ? Qt::black : Qt::white);
        slice->setLabelVisible(slice->percentage() >= kLabelledShare);
    }
    // The legend shows a slice's label: set after the slices', so that it keeps the names.
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < names.size(); ++i)
        markers[i]->setLabel(names[i]);
}

} // namespace ChartStyle

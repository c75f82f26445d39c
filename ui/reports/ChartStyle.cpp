#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace ChartStyle {

namespace {
// Thinner slices have no room for their share inside.
constexpr double kLabelledShare = 0.08;

// Colours the view's chart again when the view's palette changes (Settings ▸ Appearance, or the system's).
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
    followPalette(chart, view->palette());
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

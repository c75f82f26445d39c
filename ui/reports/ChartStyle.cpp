#include "ChartStyle.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace ChartStyle {

namespace {
// Thinner slices have no room for their share inside.
constexpr double kLabelledShare = 0.08;
} // namespace

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

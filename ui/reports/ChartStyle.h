#pragma once

#include <QString>

class QChart;
class QChartView;
class QPalette;
class QPieSeries;
class QValueAxis;

// How the report charts look, shared by the Reports page, the seven views, complaint reports and the printout.
namespace ChartStyle {

// A chart with a title, no animation and its legend underneath.
QChart *newChart(const QString &title);

// Shows `chart` in `view` in the colours of the view's palette, and again whenever that palette changes: a dark
// palette gets a dark chart. The background, title, legend, axes and grid take the palette's colours; bars,
// slices and lines keep the colours they were made with on a light palette and are drawn lighter on a dark one,
// with the background between them. Charts that are printed are never shown this way and stay as made.
// A chart without data (no sales in the period, a new book) shows no axes or legend but a sentence saying so.
void show(QChartView *view, QChart *chart);

// Whether any bar, slice or point of the chart stands for more than nothing.
bool hasData(const QChart *chart);

// Sets a value axis to run from `lowest` to `highest` on round numbers. An axis labelled in whole numbers ("%.0f",
// counts, days, whole percents) gets whole steps: 0, 1, 2 for a handful, not 0, 0.5, 1 shown as "0, 1, 1". An
// empty or NaN range becomes 0 to 1.
void fitValueAxis(QValueAxis *axis, double lowest, double highest);
void followPalette(QChart *chart, const QPalette &palette);

// Makes the chart's axis labels follow the language's number format (digit grouping). Its value axes' label
// formats must then be written "%.0f", "%.1f%" and so on: Qt Charts reads no other form for localised labels.
void localizeNumbers(QChart *chart);

// Labels each slice of a pie already in `chart` with its share ("69.6%") inside the ring, and names it (its label
// until now) in the legend. Labels outside the pie were cut short in a printed chart and those of thin slices lay on
// top of each other; slices under 8% stay unlabelled.
void labelSharesInside(QChart *chart, QPieSeries *series);

} // namespace ChartStyle

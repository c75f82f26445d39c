#include "ViewsPanel.h"
#include "ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

ViewsPanel::ViewsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("viewsPanel"));
    m_chooser = new QComboBox;
    m_chooser->setObjectName(QStringLiteral("viewsPageComboBox"));
    m_chooser->setMaxVisibleItems(20);
    for (ViewContent::Page page : ViewContent::pages())
        m_chooser->addItem(ViewContent::title(page), int(page));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("viewsNoteLabel"));
    m_note->setWordWrap(true);
    m_panel = new ChartPanel(QStringLiteral("views"));
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &ViewsPanel::rebuild);
    // The table sorts: a row maps back to the page's row through the first column's UserRole.
    connect(m_panel, &ChartPanel::rowActivated, this, [this](int row) {
        if (QStandardItem *item = m_panel->model()->item(row, 0))
            requestRow(item->data(Qt::UserRole).toInt());
    });

    auto *label = new QLabel(tr("Vie&w:"));
    label->setBuddy(m_chooser);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_chooser);
    bar->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_panel, 1);
}

void ViewsPanel::setResult(const SalesAnalysisResult *result)
{
    m_result = result;
    rebuild();
}

void ViewsPanel::showPage(ViewContent::Page page)
{
    m_chooser->setCurrentIndex(m_chooser->findData(int(page)));
}

ViewContent::Page ViewsPanel::currentPage() const
{
    return ViewContent::Page(m_chooser->currentData().toInt());
}

void ViewsPanel::rebuild()
{
    if (!m_result)
        return;
    m_page = ViewContent::page(*m_result, currentPage());
    m_panel->setChart(m_page.view.chart);
    m_page.view.chart = nullptr; // the panel owns it now
    m_panel->setTable(m_page.view.headers, m_page.view.rows);
    for (int row = 0; row < m_page.view.rows.size(); ++row)
        m_panel->model()->item(row, 0)->setData(row, Qt::UserRole);
    m_note->setText(m_page.view.tip);
    m_panel->table()->setToolTip(m_page.view.tip);
    connectChart(m_panel->chart());
}

int ViewsPanel::rowOfCategory(int index) const
{
    const QList<QAbstractSeries *> series = m_panel->chart()->series();
    int shown = 0;
    if (auto *bars = series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first()))
        shown = bars->barSets().isEmpty() ? 0 : int(bars->barSets().first()->count());
    return m_page.bottomUp ? shown - 1 - index : index;
}

QString ViewsPanel::describeRow(int row) const
{
    if (row < 0 || row >= m_page.view.rows.size())
        return {};
    QStringList lines;
    for (int column = 0; column < m_page.view.headers.size(); ++column) {
        const QString cell = m_page.view.rows[row].value(column);
        if (!cell.isEmpty())
            lines << tr("%1: %2").arg(m_page.view.headers[column], cell);
    }
    if (!m_page.customers.value(row).isEmpty())
        lines << tr("Click to list these customers.");
    return lines.join(QLatin1Char('\n'));
}

void ViewsPanel::showTip(int row)
{
    const QString text = describeRow(row);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_panel->chartView());
}

// Hovering shows a category's figures; clicking asks for its customers.
void ViewsPanel::connectChart(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
                    if (on)
                        showTip(rowOfCategory(index));
                    else
                        QToolTip::hideText();
                });
                connect(set, &QBarSet::clicked, this, [this](int index) { requestRow(rowOfCategory(index)); });
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (int i = 0; i < pie->count(); ++i) {
                QPieSlice *slice = pie->slices()[i];
                // The last slice may be "Others": it stands for every row from there on.
                const bool others = i == pie->count() - 1 && pie->count() < m_page.view.rows.size();
                connect(slice, &QPieSlice::hovered, this, [this, slice, i, others](bool on) {
                    slice->setExploded(on);
                    if (on && !others)
                        showTip(i);
                    else
                        QToolTip::hideText();
                });
                if (!others)
                    connect(slice, &QPieSlice::clicked, this, [this, i] { requestRow(i); });
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            line->setPointsVisible(true);
            connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
                if (on)
                    showTip(int(std::lround(point.x())));
                else
                    QToolTip::hideText();
            });
            connect(line, &QLineSeries::clicked, this,
                [this](const QPointF &point) { requestRow(int(std::lround(point.x()))); });
        }
    }
}

void ViewsPanel::requestRow(int row)
{
    const QList<qint64> ids = m_page.customers.value(row);
    if (ids.isEmpty())
        return;
    emit customersRequested(tr("%1 — %2").arg(ViewContent::title(currentPage()), m_page.view.rows[row].value(0)), ids);
}

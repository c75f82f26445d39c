#include "ChartPanel.h"
#include "ChartStyle.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "TableExport.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {

// The value of a figure as the tables show it ("1,234", "12.5%", "¥1,234.50", "-¥20.00"), so that it sorts by
// value; *ok is false for any other text.
double figureValue(const QString &text, bool *ok)
{
    QString figure = text;
    figure.remove(QLatin1Char(',')).remove(QLatin1Char('%'));
    qsizetype digits = 0;
    bool negative = false;
    while (digits < figure.size()
        && (figure[digits] == QLatin1Char('-') || figure[digits].category() == QChar::Symbol_Currency)) {
        negative = negative || figure[digits] == QLatin1Char('-');
        ++digits;
    }
    const double value = figure.mid(digits).toDouble(ok);
    return negative ? -value : value;
}

} // namespace

ChartPanel::ChartPanel(const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_view = new QChartView(new QChart);
    ChartStyle::show(m_view, m_view->chart());
    m_view->setObjectName(objectName + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView;
    m_table->setObjectName(objectName + QStringLiteral("TableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(
        m_table, &QTableView::activated, this, [this](const QModelIndex &index) { emit rowActivated(index.row()); });

    m_save = new QPushButton(tr("Save chart…"));
    m_save->setObjectName(objectName + QStringLiteral("SaveChartButton"));
    connect(m_save, &QPushButton::clicked, this, &ChartPanel::saveChart);

    // The figures show at least five rows under the chart (at 1280 × 800 the chart took all but one and a half),
    // and where the user moves the line between them is kept, per chart.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + 5 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(objectName + QStringLiteral("Splitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    const QString key = QStringLiteral("charts/%1/splitter").arg(objectName);
    splitter->restoreState(QSettings().value(key).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
        [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_save, 0, Qt::AlignRight);
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    ChartStyle::show(m_view, chart);
    m_table->setAccessibleName(tr("%1: the figures").arg(chart->title()));
    m_save->setEnabled(ChartStyle::hasData(chart)); // no picture of an empty chart
    delete old;
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setTable(const QStringList &headers, const QList<QStringList> &rows)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(headers);
    // A column whose figures are all percentages ("16.7%") is exported as percentages: 0.167 shown as 16.7%.
    QList<int> percentDecimals(headers.size(), 0);
    QList<bool> allPercent(headers.size(), true);
    QList<bool> anyFigure(headers.size(), false);
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString &text = row[column];
            auto *item = new QStandardItem(text);
            bool number = false;
            const double value = figureValue(text, &number);
            if (number) {
                const bool percent = text.trimmed().endsWith(QLatin1Char('%'));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setData(value, Qt::UserRole + 1);
                // A percentage as its fraction, without the float noise of the division (6.9% is 0.069).
                item->setData(percent ? std::round(value * 1e6) / 1e8 : value, TableExport::ValueRole);
                if (column < headers.size()) {
                    anyFigure[column] = true;
                    allPercent[column] = allPercent[column] && percent;
                    if (const qsizetype point = text.indexOf(QLatin1Char('.')); percent && point >= 0)
                        percentDecimals[column]
                            = std::max(percentDecimals[column], int(text.trimmed().size() - point - 2));
                }
            }
            items << item;
        }
        m_model->appendRow(items);
    }
    for (qsizetype column = 0; column < headers.size(); ++column) {
        if (anyFigure[column] && allPercent[column]) {
            m_model->setHeaderData(int(column), Qt::Horizontal, int(TableColumn::Type::Percent), TableExport::TypeRole);
            m_model->setHeaderData(int(column), Qt::Horizontal, percentDecimals[column], TableExport::DecimalsRole);
        }
    }
    m_model->setSortRole(Qt::UserRole + 1);
    m_table->resizeColumnsToContents();
    fillWidth();
}

void ChartPanel::fillWidth()
{
    // The table's spare width goes to a last column of text (a suggested action); when the last column holds
    // figures it goes to the first (the names), so that the figures stay together on the right instead of the
    // last one standing far from the others.
    const int last = m_model->columnCount() - 1;
    bool lastIsText = false;
    for (int row = 0; row < m_model->rowCount() && !lastIsText && last >= 0; ++row) {
        const QStandardItem *item = m_model->item(row, last);
        lastIsText = item && !item->text().isEmpty() && !item->data(Qt::UserRole + 1).isValid();
    }
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column <= last; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setStretchLastSection(lastIsText || last == 0);
    if (!lastIsText && last > 0) {
        // The figures as wide as their values and titles ("Share of customers with revenue" over "12.9%").
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column <= last; ++column)
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
}

void ChartPanel::saveChart()
{
    QString filter;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString fileName = FileDialog::getSaveFileName(
        this, tr("Save chart"), chart()->title() + QStringLiteral(".png"), png + QStringLiteral(";;") + svg, &filter);
    if (fileName.isEmpty())
        return;
    const bool asSvg = filter == svg || fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    bool saved = false;
    if (asSvg) {
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(m_view->size());
        generator.setViewBox(m_view->rect());
        generator.setTitle(chart()->title());
        QPainter painter;
        saved = painter.begin(&generator);
        if (saved) {
            m_view->render(&painter);
            saved = painter.end();
        }
    } else {
        saved = m_view->grab().save(fileName, "PNG");
    }
    if (!saved)
        MessageBox::warning(this, tr("Save chart"), tr("The chart could not be saved as \"%1\".").arg(fileName));
}

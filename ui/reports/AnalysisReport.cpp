#include "AnalysisReport.h"
#include "domain/Money.h"
#include "print/PagedDocument.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Charts are laid out 500 points wide (most of an A4 or Letter page inside the margins).
constexpr double kChartWidth = 500;
constexpr double kChartHeight = 340;
// The charts of the seven views leave room for a longer table.
constexpr double kViewChartHeight = 270;
// Bars across with a name each (customers, product pairs): taller, so that fifteen names are not squeezed.
constexpr double kNamedBarsChartHeight = 330;
// A chart's text is the screen font in pixels: laid out on a 500-unit-wide scene it printed at about 11 points, with
// no room for the months under a year's axis. Laid out this many times larger and then scaled down, its text prints
// at about the tables' 8 points.
constexpr double kChartLayoutScale = 1.45;
// Rows of a table printed under its chart; the rest is on the Reports page and in the exports.
constexpr int kPrintedRows = 20;
constexpr double kTablePointSize = 8;
constexpr int kCellPadding = 3;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A table cell's text stays on one line when it holds a figure; names and words wrap.
bool isFigure(const QString &cell, int column, int names)
{
    return column >= names && std::any_of(cell.begin(), cell.end(), [](QChar c) { return c.isDigit(); });
}

// The narrowest a wrapping text can be: its longest word. Chinese text breaks between any two characters, so a word
// with ideographs counts as two of them at most.
double narrowestWidth(const QFontMetricsF &metrics, const QString &text)
{
    double widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool ideographic = std::any_of(word.begin(), word.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
        widest = std::max(widest, ideographic ? std::min(metrics.horizontalAdvance(word), 2 * metrics.height())
                                              : metrics.horizontalAdvance(word));
    }
    return widest;
}

struct ColumnMeasures
{
    QList<double> narrowest; // figures and header words never break inside
    QList<double> natural;   // everything on one line
};

ColumnMeasures measureColumns(const QStringList &headers, const QList<QStringList> &rows, int names,
                              const AnalysisReport::TableSpace &space)
{
    QFont body = space.font;
    body.setPointSizeF(kTablePointSize);
    QFont header = body;
    header.setBold(true);
    const QFontMetricsF bodyMetrics(body, space.device);
    const QFontMetricsF headerMetrics(header, space.device);
    const double padding = 2 * kCellPadding + 2;
    ColumnMeasures measures { QList<double>(headers.size()), QList<double>(headers.size()) };
    for (int column = 0; column < headers.size(); ++column) {
        measures.narrowest[column] = narrowestWidth(headerMetrics, headers[column]) + padding;
        measures.natural[column] = headerMetrics.horizontalAdvance(headers[column]) + padding;
        for (const QStringList &row : rows) {
            const QString cell = row.value(column);
            const double line = bodyMetrics.horizontalAdvance(cell) + padding;
            measures.natural[column] = std::max(measures.natural[column], line);
            measures.narrowest[column] = std::max(measures.narrowest[column],
                isFigure(cell, column, names) ? line : narrowestWidth(bodyMetrics, cell) + padding);
        }
    }
    return measures;
}

struct TableWidths
{
    int table = 100;    // percent of the page
    QList<int> columns; // percent of the table
};

// Whole percents (Qt's HTML reads no fractions) of `tableWidth`: each rounded up, then the excess over 100 taken
// back from the columns with the most room above their narrowest, so that rounding never breaks a word or figure.
QList<int> wholePercents(const QList<double> &widths, const QList<double> &narrowest, double tableWidth)
{
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    QList<int> shares;
    for (double width : widths)
        shares << int(std::ceil(100.0 * width / total));
    for (int excess = std::accumulate(shares.begin(), shares.end(), 0) - 100; excess > 0; --excess) {
        qsizetype roomiest = 0;
        double largestRoom = -1e9;
        for (qsizetype column = 0; column < shares.size(); ++column) {
            const double room = shares[column] - 100.0 * narrowest[column] / tableWidth;
            if (room > largestRoom) {
                largestRoom = room;
                roomiest = column;
            }
        }
        --shares[roomiest];
    }
    return shares;
}

// The table's and its columns' widths, measured from the text as a browser lays out a table: a table that fits
// takes its natural width and a little air; one that does not gives every column at least its narrowest and the
// rest of the page to the columns that still wrap, in proportion to how much more they need to fit on one line.
TableWidths columnWidths(const QStringList &headers, const QList<QStringList> &rows, int names,
                         const AnalysisReport::TableSpace &space)
{
    const ColumnMeasures measures = measureColumns(headers, rows, names, space);
    const double least = std::accumulate(measures.narrowest.begin(), measures.narrowest.end(), 0.0);
    const double most = std::accumulate(measures.natural.begin(), measures.natural.end(), 0.0);
    QList<double> widths = measures.natural;
    if (most > space.width && least < space.width) {
        const double share = (space.width - least) / (most - least);
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = measures.narrowest[column] + share * (measures.natural[column] - measures.narrowest[column]);
    }
    const int table = most < space.width ? std::min(100, int(std::ceil(100.0 * most * 1.15 / space.width))) : 100;
    return { table, wholePercents(widths, measures.narrowest, space.width * table / 100.0) };
}

// The first `names` columns hold names, which wrap even when they have digits in them.
QString tableHtml(const QStringList &headers, const QList<QStringList> &rows, const AnalysisReport::TableSpace &space, int names = 1)
{
    const TableWidths widths = columnWidths(headers, rows, names, space);
    const QList<int> &shares = widths.columns;
    QString html = QStringLiteral("<table width=\"%1%\" cellspacing=\"0\" cellpadding=\"%2\" border=\"0.5\" "
                                  "style=\"border-collapse: collapse; font-size: %3pt;\"><tr>")
                       .arg(widths.table)
                       .arg(kCellPadding)
                       .arg(kTablePointSize);
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th bgcolor=\"#e8eef5\" align=\"left\" width=\"%1%\">%2</th>")
                    .arg(shares[i])
                    .arg(escaped(headers[i]));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            const QString &cell = row[column];
            html += (isFigure(cell, column, names) ? QStringLiteral("<td style=\"white-space: nowrap;\">%1</td>")
                                                   : QStringLiteral("<td>%1</td>"))
                        .arg(escaped(cell));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

AnalysisReport::AnalysisReport(SalesAnalysisResult result, QString companyName)
    : m_result(std::move(result))
    , m_companyName(std::move(companyName))
{
}

QImage AnalysisReport::chartImage(QChart *chart, const QSizeF &points)
{
    // A chart that was never shown lays itself out only inside a scene with a geometry (TOOLCHAIN.md).
    QGraphicsScene scene;
    scene.addItem(chart);
    const QRectF layout(QPointF(0, 0), points * kChartLayoutScale);
    // Qt Charts cuts a category label short ("Top 1...") even where its whole text fits under the category.
    for (QAbstractAxis *axis : chart->axes())
        axis->setTruncateLabels(false);
    chart->setGeometry(layout);
    QImage image((points * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), points * 2), layout);
    return image; // the scene deletes the chart
}

QString AnalysisReport::coverHtml(const TableSpace &space) const
{
    const SalesAnalysisResult &r = m_result;
    const SalesQuery &sales = r.options.sales;
    const QLocale locale;
    // One date format on the cover, as a letter writes dates ("7 Dec 2026", "2026年12月7日").
    const QString format = tr("d MMM yyyy", "date format on the printed analysis's cover");
    const auto date = [&locale, &format](const QDate &d) { return locale.toString(d, format); };
    const QString period = sales.from.isValid() ? tr("%1 to %2").arg(date(sales.from), date(sales.to))
                                                : tr("All history to %1").arg(date(sales.to));
    const QString currency = sales.currency;
    QList<QStringList> figures {
        { tr("Customers who bought in the period"), locale.toString(qlonglong(r.rfm.size())) },
        { tr("Revenue (without tax)"), Money::formatWithSymbol(r.revenue, currency) },
        { tr("Gross profit"), Money::formatWithSymbol(r.profit, currency) },
        { tr("Class A customers"),
            tr("%1, bringing %2% of the gross profit")
                .arg(locale.toString(r.paretoByProfit.classes.value(0).customers))
                .arg(100.0 * r.paretoByProfit.classes.value(0).valueShare, 0, 'f', 1) },
        // Named as on the lifecycle page: "at risk" is also an RFM segment, with other customers in it.
        { tr("Lifecycle: %1").arg(Lifecycle::name(LifecycleState::AtRisk)),
            locale.toString(r.count(LifecycleState::AtRisk)) },
        { tr("Lifecycle: %1").arg(Lifecycle::name(LifecycleState::Lapsed)),
            locale.toString(r.count(LifecycleState::Lapsed)) },
        { tr("Lifecycle: %1").arg(Lifecycle::name(LifecycleState::Prospect)),
            locale.toString(r.count(LifecycleState::Prospect)) },
    };
    if (r.otherCurrencyCustomers > 0)
        figures << QStringList { tr("Customers buying only in other currencies (not in this analysis)"),
            locale.toString(r.otherCurrencyCustomers) };
    return QStringLiteral("<h1 style=\"font-size: 22pt;\">%1</h1><h2>%2</h2><p>%3<br/>%4<br/>%5</p><p>%6</p>%7")
        .arg(escaped(tr("Customer analysis")), escaped(m_companyName), escaped(tr("Period: %1").arg(period)),
            escaped(tr("As of: %1").arg(date(r.options.asOf))), escaped(tr("Currency: %1").arg(currency)),
            escaped(Pareto::headline(r.paretoByProfit, true)),
            tableHtml({ tr("Key figure"), tr("Value") }, figures, space));
}

QString AnalysisReport::sectionHtml(ReportContent::Tab tab, const ReportView &view, int index, const TableSpace &space) const
{
    QList<QStringList> rows = view.rows;
    if (tab == ReportContent::Tab::Churn)
        rows = rows.mid(std::max<qsizetype>(0, rows.size() - kPrintedRows)); // the latest months
    const bool cut = rows.size() > kPrintedRows;
    rows = rows.mid(0, kPrintedRows);
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>"
                                  "<p><img src=\"chart-%2\" width=\"%3\" height=\"%4\"/></p>")
                       .arg(escaped(ReportContent::title(tab)))
                       .arg(index)
                       .arg(space.width)
                       .arg(space.width * kChartHeight / kChartWidth);
    html += tableHtml(view.headers, rows, space);
    if (cut)
        html += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                    .arg(escaped(tr("The first %1 of %2 rows.").arg(kPrintedRows).arg(view.rows.size())));
    return html;
}

QString AnalysisReport::viewSectionHtml(
    ViewContent::Page page, const ReportView &view, int index, const TableSpace &space, double chartHeight) const
{
    // Product pairs have two long names a row: fewer rows fit.
    const int rowsPerView = page == ViewContent::Page::Products ? 10 : 20;
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2><h3>%2</h3>"
                                  "<p><img src=\"chart-%3\" width=\"%4\" height=\"%5\"/></p>")
                       .arg(escaped(tr("Customer analysis view: %1").arg(ViewContent::viewName(page))),
                           escaped(ViewContent::title(page)))
                       .arg(index)
                       .arg(space.width)
                       .arg(space.width * chartHeight / kChartWidth);
    // Names: the first column, or both product columns of the pairs.
    const int names = page == ViewContent::Page::Products ? 2 : 1;
    // Each pair of products once, in the direction listed first (the screen lists both: their confidence differs):
    // the printed rows are the chart's first pairs.
    QList<QStringList> all = view.rows;
    if (page == ViewContent::Page::Products) {
        QSet<QString> seen;
        all.removeIf([&seen](const QStringList &row) {
            const QString key
                = std::min(row.value(0), row.value(1)) + QChar(0x1f) + std::max(row.value(0), row.value(1));
            if (seen.contains(key))
                return true;
            seen.insert(key);
            return false;
        });
    }
    // Most pages print their first rows; the pipeline its latest months, the profit list its ends.
    QList<QStringList> rows = all.mid(0, rowsPerView);
    if (page == ViewContent::Page::Prospects)
        rows = all.mid(std::max<qsizetype>(0, all.size() - rowsPerView));
    else if (page == ViewContent::Page::ProfitabilityTopBottom && all.size() > rowsPerView)
        rows = all.mid(0, rowsPerView / 2) + all.mid(all.size() - rowsPerView / 2);
    html += tableHtml(view.headers, rows, space, names);
    if (all.size() > rows.size())
        html += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                    .arg(escaped(tr("%1 of %2 rows.").arg(rows.size()).arg(all.size())));
    // The most valuable customers follow the distribution page, which has the formula already.
    if (!view.tip.isEmpty() && page != ViewContent::Page::ValueTopCustomers)
        html += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>").arg(escaped(view.tip));
    return html;
}

QString AnalysisReport::html(QTextDocument &document, const TableSpace &space) const
{
    QString html = coverHtml(space);
    int index = 0;
    for (ReportContent::Tab tab : ReportContent::tabs()) {
        ReportView view = ReportContent::view(m_result, tab);
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1").arg(index)),
            chartImage(view.chart, QSizeF(kChartWidth, kChartHeight)));
        html += sectionHtml(tab, view, index++, space);
    }
    // The seven views and customer value, a page each.
    for (ViewContent::Page page : ViewContent::printedPages()) {
        ViewPage content = ViewContent::page(m_result, page);
        const double height = content.bottomUp ? kNamedBarsChartHeight : kViewChartHeight;
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1").arg(index)),
            chartImage(content.view.chart, QSizeF(kChartWidth, height)));
        html += viewSectionHtml(page, content.view, index++, space, height);
    }
    return html;
}

Result<int> AnalysisReport::print(QPagedPaintDevice *device) const
{
    PagedDocument paged(*device, 9);
    const TableSpace space { paged.page().width(), paged.font(), paged.measuringDevice() };
    paged.setHtml(html(paged.document(), space));
    const auto footer = [this](int page, int pages) {
        return PagedDocument::Footer { QString(), tr("%1 — page %2 of %3").arg(m_companyName).arg(page + 1).arg(pages) };
    };
    return paged.print(device, footer,
        { tr("The analysis cannot be printed: the printer or file did not open."),
            tr("The analysis cannot be printed: page %1 could not be started.") });
}

Status AnalysisReport::writePdf(const QString &path, const QPageSize &pageSize) const
{
    const Result<int> pages = PagedDocument::savePdf(
        path,
        [&](QPdfWriter &writer) {
            writer.setPageSize(pageSize);
            writer.setPageMargins(QMarginsF(18, 18, 18, 15), QPageLayout::Millimeter);
            writer.setResolution(300);
            writer.setTitle(tr("Customer analysis"));
            writer.setCreator(QStringLiteral("Clientele"));
        },
        [this](QPdfWriter *writer) { return print(writer); });
    return pages ? Status() : Status(pages.error());
}

#include "AnalysisReport.h"
#include "domain/Money.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace {

// Charts are laid out 500 points wide (most of an A4 or Letter page inside the margins).
constexpr double kChartWidth = 500;
constexpr double kChartHeight = 340;
// The charts of the seven views leave room for a longer table.
constexpr double kViewChartHeight = 270;
// Rows of a table printed under its chart; the rest is on the Reports page and in the exports.
constexpr int kPrintedRows = 12;
constexpr double kFooterHeight = 24;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// widths: each column's share of the page in percent, or empty for the default; the first `names` columns always
// wrap (names may have digits in them).
QString tableHtml(
    const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {}, int names = 0)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                                  "style=\"border-collapse: collapse; font-size: 8pt;\"><tr>");
    // Wide tables give their first column (names) and last column (actions, descriptions) room to read.
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = !widths.isEmpty() ? QStringLiteral(" width=\"%1%\"").arg(widths.value(i))
            : headers.size() < 5                ? QString()
            : i == 0                            ? QStringLiteral(" width=\"17%\"")
            : i + 1 == headers.size()           ? QStringLiteral(" width=\"30%\"")
                                                : QString();
        html += QStringLiteral("<th bgcolor=\"#e8eef5\" align=\"left\"%1>%2</th>").arg(width, escaped(headers[i]));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        // Figures stay on one line; words (names, actions, descriptions) wrap.
        for (int column = 0; column < row.size(); ++column) {
            const QString &cell = row[column];
            const bool figure
                = column >= names && std::any_of(cell.begin(), cell.end(), [](QChar c) { return c.isDigit(); });
            html += (figure ? QStringLiteral("<td style=\"white-space: nowrap;\">%1</td>")
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
    chart->setGeometry(QRectF(QPointF(0, 0), points));
    QImage image((points * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), points * 2), QRectF(QPointF(0, 0), points));
    return image; // the scene deletes the chart
}

QString AnalysisReport::coverHtml() const
{
    const SalesAnalysisResult &r = m_result;
    const SalesQuery &sales = r.options.sales;
    const QLocale locale;
    const QString period = sales.from.isValid()
        ? tr("%1 to %2").arg(sales.from.toString(Qt::ISODate), sales.to.toString(Qt::ISODate))
        : tr("All history to %1").arg(sales.to.toString(Qt::ISODate));
    const QString currency = sales.currency;
    const QList<QStringList> figures {
        { tr("Customers who bought in the period"), locale.toString(qlonglong(r.rfm.size())) },
        { tr("Revenue (without tax)"), Money::formatWithSymbol(r.revenue, currency) },
        { tr("Gross profit"), Money::formatWithSymbol(r.profit, currency) },
        { tr("Class A customers"),
            tr("%1, bringing %2% of the gross profit")
                .arg(locale.toString(r.paretoByProfit.classes.value(0).customers))
                .arg(100.0 * r.paretoByProfit.classes.value(0).valueShare, 0, 'f', 1) },
        { tr("Customers at risk"), locale.toString(r.count(LifecycleState::AtRisk)) },
        { tr("Lapsed customers"), locale.toString(r.count(LifecycleState::Lapsed)) },
        { tr("Prospects (no purchase yet)"), locale.toString(r.count(LifecycleState::Prospect)) },
    };
    return QStringLiteral("<h1 style=\"font-size: 22pt;\">%1</h1><h2>%2</h2><p>%3<br/>%4<br/>%5</p><p>%6</p>%7")
        .arg(escaped(tr("Customer analysis")), escaped(m_companyName), escaped(tr("Period: %1").arg(period)),
            escaped(tr("As of: %1").arg(locale.toString(r.options.asOf, QLocale::LongFormat))),
            escaped(tr("Currency: %1").arg(currency)), escaped(Pareto::headline(r.paretoByProfit, true)),
            tableHtml({ tr("Key figure"), tr("Value") }, figures));
}

QString AnalysisReport::sectionHtml(ReportContent::Tab tab, const ReportView &view, int index) const
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
                       .arg(kChartWidth)
                       .arg(kChartHeight);
    html += tableHtml(view.headers, rows);
    if (cut)
        html += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                    .arg(escaped(tr("The first %1 of %2 rows.").arg(kPrintedRows).arg(view.rows.size())));
    return html;
}

QString AnalysisReport::viewSectionHtml(ViewContent::Page page, const ReportView &view, int index) const
{
    // Product pairs have two long names a row: fewer rows fit.
    const int rowsPerView = page == ViewContent::Page::Products ? 6 : 10;
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2><h3>%2</h3>"
                                  "<p><img src=\"chart-%3\" width=\"%4\" height=\"%5\"/></p>")
                       .arg(escaped(tr("Customer analysis view: %1").arg(ViewContent::viewName(page))),
                           escaped(ViewContent::title(page)))
                       .arg(index)
                       .arg(kChartWidth)
                       .arg(kViewChartHeight);
    // Names (the first column, both product columns) get room; the figures share the rest evenly.
    const int names = page == ViewContent::Page::Products ? 2 : 1;
    const int nameWidth = view.headers.size() <= 3 ? 40 : 26;
    QList<int> widths;
    for (int i = 0; i < view.headers.size(); ++i)
        widths << (i < names ? nameWidth
                             : (100 - names * nameWidth) / std::max<int>(1, int(view.headers.size()) - names));
    // Most pages print their first rows; the pipeline its latest months, the profit list its ends.
    QList<QStringList> rows = view.rows.mid(0, rowsPerView);
    if (page == ViewContent::Page::Prospects)
        rows = view.rows.mid(std::max<qsizetype>(0, view.rows.size() - rowsPerView));
    else if (page == ViewContent::Page::ProfitabilityTopBottom && view.rows.size() > rowsPerView)
        rows = view.rows.mid(0, rowsPerView / 2) + view.rows.mid(view.rows.size() - rowsPerView / 2);
    html += tableHtml(view.headers, rows, widths, names);
    if (view.rows.size() > rows.size())
        html += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                    .arg(escaped(tr("%1 of %2 rows.").arg(rows.size()).arg(view.rows.size())));
    // The most valuable customers follow the distribution page, which has the formula already.
    if (!view.tip.isEmpty() && page != ViewContent::Page::ValueTopCustomers)
        html += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>").arg(escaped(view.tip));
    return html;
}

std::unique_ptr<QTextDocument> AnalysisReport::document(const QSizeF &pageSizePoints) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setPageSize(pageSizePoints);
    QString html = coverHtml();
    int index = 0;
    for (ReportContent::Tab tab : ReportContent::tabs()) {
        ReportView view = ReportContent::view(m_result, tab);
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1").arg(index)),
            chartImage(view.chart, QSizeF(kChartWidth, kChartHeight)));
        html += sectionHtml(tab, view, index++);
    }
    // The seven views and customer value, a page each.
    for (ViewContent::Page page : ViewContent::printedPages()) {
        ViewPage content = ViewContent::page(m_result, page);
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1").arg(index)),
            chartImage(content.view.chart, QSizeF(kChartWidth, kViewChartHeight)));
        html += viewSectionHtml(page, content.view, index++);
    }
    document->setHtml(html);
    return document;
}

void AnalysisReport::print(QPagedPaintDevice *device) const
{
    const QRectF paint = device->pageLayout().paintRect(QPageLayout::Point);
    const QSizeF body(paint.width(), paint.height() - kFooterHeight);
    const auto doc = document(body);
    QPainter painter(device);
    const double scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const int pages = doc->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        doc->drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        QFont footer = painter.font();
        footer.setPixelSize(8); // the painter is scaled to points: 8 units are 8 points
        painter.setFont(footer);
        painter.drawText(QRectF(0, body.height(), body.width(), kFooterHeight), Qt::AlignRight | Qt::AlignBottom,
            tr("%1 — page %2 of %3").arg(m_companyName).arg(page + 1).arg(pages));
    }
}

Status AnalysisReport::writePdf(const QString &path, const QPageSize &pageSize) const
{
    QPdfWriter writer(path);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(18, 18, 18, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Customer analysis"));
    writer.setCreator(QStringLiteral("Clientele"));
    print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error { tr("The analysis could not be written to \"%1\".").arg(path) };
    return {};
}

#include "PagedDocument.h"
#include "io/SavedFile.h"

#include <QBuffer>
#include <QPdfWriter>

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>

PagedDocument::PagedDocument(const QPagedPaintDevice &device, double pointSize)
    : m_metrics(1, 1, QImage::Format_RGB32)
{
    m_metrics.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    m_metrics.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
    m_document.documentLayout()->setPaintDevice(&m_metrics);
    m_font.setFamilies(
        { QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC") });
    m_font.setPointSizeF(pointSize);
    m_document.setDefaultFont(m_font);
    m_document.setDocumentMargin(0);
    const QRectF paintPoints = device.pageLayout().paintRect(QPageLayout::Point);
    m_page = QSizeF(paintPoints.width() * unitsPerPoint(), paintPoints.height() * unitsPerPoint() - kFooterHeight);
    m_document.setPageSize(m_page);
}

void PagedDocument::setHtml(const QString &html)
{
    m_document.setHtml(html);
}

namespace {

// Paper is white: text is black whatever the screen's colours. QTextDocument::drawContents paints with the
// application's palette, whose text is light grey in dark colours, and printed it all but invisible.
QPalette paperPalette()
{
    QPalette paper(Qt::black, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Link, QColor(0x1a, 0x4d, 0x8f));
    return paper;
}

} // namespace

void PagedDocument::drawPage(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setClipRect(area);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = paperPalette();
    context.clip = area;
    m_document.documentLayout()->draw(&painter, context);
    painter.restore();
}

Result<int> PagedDocument::print(QPagedPaintDevice *device, const std::function<Footer(int, int)> &footer,
                                 const Failures &failures)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error { failures.notOpened };
    const double scale = device->logicalDpiX() / kLayoutDpi;
    const int pages = m_document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage())
            return Error { failures.pageNotStarted.arg(index + 1) };
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -index * m_page.height());
        drawPage(painter, QRectF(0, index * m_page.height(), m_page.width(), m_page.height()));
        painter.restore();
        // The footer is drawn in device units: a point size is resolved at the device's own resolution.
        painter.save();
        QFont footerFont = m_font;
        footerFont.setPointSizeF(7.5);
        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF area(0, (m_page.height() + 6) * scale, m_page.width() * scale, (kFooterHeight - 6) * scale);
        const Footer text = footer(index, pages);
        // The page number is drawn whole; a long company or customer name beside it is shortened with "…".
        const QFontMetricsF metrics(painter.font(), device);
        const qreal room = area.width() - metrics.horizontalAdvance(text.right) - metrics.averageCharWidth() * 3;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text.left, Qt::ElideRight, room));
        painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, text.right);
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<int> PagedDocument::savePdf(const QString &path, const std::function<void(QPdfWriter &)> &setUp,
    const std::function<Result<int>(QPdfWriter *)> &print)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    Result<int> pages = 0;
    {
        QPdfWriter writer(&pdf);
        setUp(writer);
        pages = print(&writer);
    } // the writer finishes the PDF as it goes
    if (!pages)
        return pages;
    if (Status saved = SavedFile::write(path, pdf.data()); !saved)
        return saved.error();
    return pages;
}

#pragma once

#include "Result.h"

#include <QFont>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <QTextDocument>

#include <functional>

class QPdfWriter;

class QPagedPaintDevice;
class QPainter;

// A rich-text document printed page by page on a printer or PDF writer. It is laid out at a fixed 96 dpi whatever
// the screen, so that the PDF and the preview break pages alike and a point size in its HTML is that size on paper,
// then scaled to the device; a footer line (text on the left and on the right) is drawn under every page.
class PagedDocument
{
public:
    static constexpr double kLayoutDpi = 96.0;
    static constexpr double kFooterHeight = 28.0; // layout units under the body of each page

    struct Footer
    {
        QString left;
        QString right;
    };
    // What to say when the device fails: `notOpened`, and `pageNotStarted` with %1 for the page number.
    struct Failures
    {
        QString notOpened;
        QString pageNotStarted;
    };

    // A document for the device's page size and margins, with the product's fonts (Latin, then Chinese fallbacks)
    // at `pointSize`.
    PagedDocument(const QPagedPaintDevice &device, double pointSize);

    QTextDocument &document() { return m_document; }
    // The body of a page (the paint rectangle less the footer) in layout units: the document's page size.
    QSizeF page() const { return m_page; }
    // Layout units per point: a width in points times this is the same width in the document.
    static constexpr double unitsPerPoint() { return kLayoutDpi / 72.0; }
    const QFont &font() const { return m_font; }
    // What the layout measures text on (96 dpi), for measuring text the same way (QFontMetricsF(font, device)).
    const QPaintDevice *measuringDevice() const { return &m_metrics; }

    // Sets the HTML (call after adding resources) and lays it out on pages of page().
    void setHtml(const QString &html);
    // Paints every page and its footer; the number of pages, or the matching failure.
    Result<int> print(QPagedPaintDevice *device, const std::function<Footer(int page, int pages)> &footer,
                      const Failures &failures);

    // Makes a PDF in memory (`setUp` sets its title, page size and margins, `print` paints it and gives the page
    // count) and then saves it whole: QPdfWriter says nothing when its file cannot be written (a full disk).
    static Result<int> savePdf(const QString &path, const std::function<void(QPdfWriter &)> &setUp,
        const std::function<Result<int>(QPdfWriter *)> &print);

private:
    // One page's part of the document, in black on white.
    void drawPage(QPainter &painter, const QRectF &area) const;

    QImage m_metrics; // the paint device the layout measures text on
    QTextDocument m_document;
    QFont m_font;
    QSizeF m_page;
};

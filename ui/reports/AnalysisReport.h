#pragma once

#include "ReportContent.h"
#include "Result.h"
#include "ViewContent.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageSize>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

// The printed customer analysis: a cover with the company, the period and the key figures, then each analysis
// with its chart and table, page numbers at the foot of every page. In the language of the installed translator.
class AnalysisReport
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReport)

public:
    AnalysisReport(SalesAnalysisResult result, QString companyName);

    // Lays out and paints every page on a printer or PDF writer whose page size and margins are already set;
    // the number of pages.
    Result<int> print(QPagedPaintDevice *device) const;
    Status writePdf(const QString &path, const QPageSize &pageSize = QPageSize(QPageSize::A4)) const;

    // What a printed table is measured against: the page's width and the document's font, on its layout device.
    struct TableSpace
    {
        double width = 0;
        QFont font;
        const QPaintDevice *device = nullptr;
    };

    // Renders a chart to an image of the given size in points, at twice that in pixels.
    static QImage chartImage(QChart *chart, const QSizeF &points);

private:
    // The whole analysis; its charts are added to `document` as images. `space` is what tables are measured against.
    QString html(QTextDocument &document, const TableSpace &space) const;
    QString coverHtml(const TableSpace &space) const;
    QString sectionHtml(ReportContent::Tab tab, const ReportView &view, int index, const TableSpace &space) const;
    QString viewSectionHtml(
        ViewContent::Page page, const ReportView &view, int index, const TableSpace &space, double chartHeight) const;

    SalesAnalysisResult m_result;
    QString m_companyName;
};

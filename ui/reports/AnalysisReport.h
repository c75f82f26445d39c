#pragma once

#include "ReportContent.h"
#include "Result.h"
#include "ViewContent.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>

class QPagedPaintDevice;
class QTextDocument;

// The printed customer analysis: a cover with the company, the period and the key figures, then each analysis
// with its chart and table, page numbers at the foot of every page. In the language of the installed translator.
class AnalysisReport
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReport)

public:
    AnalysisReport(SalesAnalysisResult result, QString companyName);

    // Lays out and paints every page on a printer or PDF writer whose page size and margins are already set.
    void print(QPagedPaintDevice *device) const;
    Status writePdf(const QString &path, const QPageSize &pageSize = QPageSize(QPageSize::A4)) const;

    // Renders a chart to an image of the given size in points, at twice that in pixels.
    static QImage chartImage(QChart *chart, const QSizeF &points);

private:
    std::unique_ptr<QTextDocument> document(const QSizeF &pageSizePoints) const;
    QString coverHtml() const;
    QString sectionHtml(ReportContent::Tab tab, const ReportView &view, int index) const;
    QString viewSectionHtml(ViewContent::Page page, const ReportView &view, int index) const;

    SalesAnalysisResult m_result;
    QString m_companyName;
};

#include "CustomerReportPrinting.h"
#include "Clock.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "print/CustomerReport.h"

#include <QDir>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

namespace {

std::optional<CustomerReport> loadReport(
    QWidget *parent, const QSqlDatabase &db, qint64 customerId, const QString &title)
{
    CustomerReportOptions options;
    options.asOf = Clock::instance().today();
    // Scoring RFM reads every customer's sales: a moment on a big book.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto data = CustomerReportData::gather(db, customerId, options);
    QGuiApplication::restoreOverrideCursor();
    if (!data) {
        MessageBox::warning(parent, title, data.error().toString());
        return std::nullopt;
    }
    auto letterhead = Letterhead::load(db);
    if (!letterhead) {
        MessageBox::warning(parent, title, letterhead.error().toString());
        return std::nullopt;
    }
    return CustomerReport(std::move(data).value(), letterhead.value());
}

} // namespace

void CustomerReportPrinting::printPreview(QWidget *parent, const QSqlDatabase &db, qint64 customerId)
{
    const QString title = tr("Print customer report");
    const auto report = loadReport(parent, db, customerId, title);
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(
        report->paper() == QLatin1String("Letter") ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    printer.setDocName(report->title());
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("customerReportPrintPreview"));
    preview.setWindowTitle(report->title());
    preview.resize(900, 800);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
        if (auto pages = report->print(target); !pages)
            MessageBox::warning(parent, title, pages.error().toString());
    });
    preview.exec();
}

bool CustomerReportPrinting::saveAsPdf(
    QWidget *parent, const QSqlDatabase &db, qint64 customerId, const QString &fileName)
{
    const QString title = tr("Save customer report as PDF");
    const auto report = loadReport(parent, db, customerId, title);
    if (!report)
        return false;
    QString path = fileName;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        // A name that is also a valid file name: no slashes or other characters that file systems refuse.
        QString name = tr("Customer report %1.pdf").arg(report->data().customer.name);
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
        path = FileDialog::getSaveFileName(parent, title, QDir(folder).filePath(name), tr("PDF (*.pdf)"));
    }
    if (path.isEmpty())
        return false;
    auto pages = report->writePdf(path);
    if (!pages)
        MessageBox::warning(parent, title, pages.error().toString());
    return pages.ok();
}

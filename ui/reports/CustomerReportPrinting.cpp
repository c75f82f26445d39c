#include "CustomerReportPrinting.h"
#include "BackgroundJob.h"
#include "BookReader.h"
#include "Clock.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "print/CustomerReport.h"

#include <QDir>
#include <QEventLoop>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

namespace {

// Gathers the report on a pool thread with its own read-only connection (placing the customer among every
// customer of the book for RFM reads all sales: seconds on a big book), showing a busy dialog meanwhile.
Result<CustomerReportData> gatherInBackground(QWidget *parent, const QSqlDatabase &db, qint64 customerId)
{
    CustomerReportOptions options;
    options.asOf = Clock::instance().today();
    const QString path = db.databaseName();
    Result<CustomerReportData> result = Error {};
    BackgroundJob job;
    QEventLoop loop;
    QObject::connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    QProgressDialog busy(CustomerReportPrinting::tr("Gathering the customer report…"), QString(), 0, 0, parent);
    busy.setObjectName(QStringLiteral("customerReportProgressDialog"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(400);
    job.start([&result, path, customerId, options](const std::function<void(double)> &, const std::atomic_bool &) {
        const Status opened = BookReader::withReadOnlyBook(
            path, [&](const QSqlDatabase &book) { result = CustomerReportData::gather(book, customerId, options); });
        if (!opened)
            result = opened.error();
    });
    if (job.isRunning())
        loop.exec();
    job.wait();
    return result;
}

std::optional<CustomerReport> loadReport(
    QWidget *parent, const QSqlDatabase &db, qint64 customerId, const QString &title)
{
    auto data = gatherInBackground(parent, db, customerId);
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

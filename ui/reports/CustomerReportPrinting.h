#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

class QWidget;

// Print preview, printing and PDF of the one-customer report (core/print/CustomerReport) from the customer file,
// as of today, in the language the app shows. Failures are shown in a message box naming the customer or file.
class CustomerReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(CustomerReportPrinting)

public:
    static void printPreview(QWidget *parent, const QSqlDatabase &db, qint64 customerId);
    // Writes the PDF to fileName, or to a file the user picks when it is empty; true when written.
    static bool saveAsPdf(QWidget *parent, const QSqlDatabase &db, qint64 customerId, const QString &fileName = {});
};

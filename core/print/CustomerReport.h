#pragma once

#include "Result.h"
#include "print/Letterhead.h"
#include "services/CustomerReportData.h"

#include <QCoreApplication>
#include <QImage>

class QPagedPaintDevice;

// The printed one-customer report: the book's letterhead, then the profile with contacts, RFM scores and segment,
// value, purchase history (revenue per month as a bar chart, top products), the recent timeline, open quotes,
// contracts and complaints, with page numbers at the foot of every page. A section without data says so in one
// line. Long tables flow over pages without cutting a row. In the language of the installed translator (dates in
// Chinese style when the default locale is Chinese). QtGui only, so the GUI and clientele-cli print the same pages.
class CustomerReport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerReport)

public:
    CustomerReport(CustomerReportData data, Letterhead letterhead);

    const CustomerReportData &data() const { return m_data; }
    // The paper the letterhead asks for: A4 or Letter.
    QString paper() const { return m_letterhead.paper; }

    // Lays the pages out for the device's page size and paints them; returns the number of pages.
    Result<int> print(QPagedPaintDevice *device) const;
    Result<int> writePdf(const QString &path) const;
    // The whole document as HTML (what is laid out), for tests.
    QString html() const;
    // The revenue per month as bars, `size` in layout pixels (96 per inch), drawn at three times that.
    QImage monthlyChart(const QSize &size) const;
    QString title() const;

private:
    QString dateText(const QDate &date) const;
    QString money(qint64 minor, const QString &currency) const;
    QString letterheadHtml() const;
    QString profileHtml() const;
    QString contactsHtml() const;
    QString rfmHtml() const;
    QString valueHtml() const;
    QString historyHtml() const;
    QString timelineHtml() const;
    QString quotesHtml() const;
    QString contractsHtml() const;
    QString complaintsHtml() const;

    CustomerReportData m_data;
    Letterhead m_letterhead;
    bool m_chinese = false;
};

#pragma once

#include "Result.h"
#include "domain/Quote.h"
#include "print/Letterhead.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTranslator>

class QPagedPaintDevice;
class QTextDocument;

// The printed quotation: letterhead, customer block, the lines table (its header repeated on every page),
// totals with tax per rate, terms, validity and a signature area; in English, Simplified or Traditional Chinese
// whatever the language of the app, and Chinese ones with the total in capital numerals. The margin is never
// printed. QtGui only (QTextDocument, QPdfWriter), so the GUI and clientele-cli print the same pages.
class QuotePrinter
{
    Q_DECLARE_TR_FUNCTIONS(QuotePrinter)

public:
    // language: "en", "zh_CN" or "zh_TW"; an unknown one is an Error.
    static Result<QuotePrinter> forQuote(const QSqlDatabase &db, qint64 quoteId, const QString &language);

    QString language() const { return m_language; }
    const Quote &quote() const { return m_quote; }
    // The paper the letterhead asks for: A4 or Letter.
    QString paper() const { return m_letterhead.paper; }

    // Lays the pages out for the device's page size and paints them; returns the number of pages.
    Result<int> print(QPagedPaintDevice *device) const;
    Result<int> writePdf(const QString &path) const;
    // The whole document as HTML (what is laid out), for tests and previews.
    QString html() const;

    static QStringList languages();

private:
    QuotePrinter() = default;
    QString label(const char *source) const;
    QString dateText(const QDate &date) const;
    QString money(qint64 minor) const;
    QString letterheadHtml() const;
    QString partiesHtml() const;
    QString linesHtml() const;
    QString totalsHtml() const;
    QString closingHtml() const;

    Quote m_quote;
    QString m_customerAddress;
    Letterhead m_letterhead;
    QString m_language;
    std::shared_ptr<QTranslator> m_translator;
};

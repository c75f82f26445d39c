#include "QuotePrinter.h"
#include "PagedDocument.h"
#include "domain/ChineseAmount.h"
#include "domain/Money.h"
#include "repo/CustomerRepository.h"
#include "repo/QuoteRepository.h"
#include "services/QuoteCalculator.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {


QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString quantityText(qint64 thousandths)
{
    QString text = Money::format(thousandths, 3, true);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString percentText(qint64 basisPoints)
{
    QString text = Money::format(basisPoints, 2, false);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + QLatin1Char('%');
}

} // namespace

QStringList QuotePrinter::languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW") };
}

Result<QuotePrinter> QuotePrinter::forQuote(const QSqlDatabase &db, qint64 quoteId, const QString &language)
{
    if (!languages().contains(language))
        return Error { tr("\"%1\" is not a language for quotations (en, zh_CN or zh_TW).").arg(language) };
    QuotePrinter printer;
    printer.m_language = language;
    auto quote = QuoteRepository(db).get(quoteId);
    if (!quote)
        return quote.error();
    printer.m_quote = quote.value();
    auto customer = CustomerRepository(db).find(printer.m_quote.customerId);
    if (customer) {
        const Customer &c = customer.value();
        QStringList lines;
        if (!c.address.isEmpty())
            lines << c.address;
        QStringList place { c.city, c.province };
        place.removeAll(QString());
        if (!place.isEmpty() && !c.address.contains(c.city))
            lines << (language == QLatin1String("en") ? place.join(QStringLiteral(", ")) : c.province + c.city);
        if (!c.phones.isEmpty())
            lines << c.phones.first();
        printer.m_customerAddress = lines.join(QLatin1Char('\n'));
    }
    auto letterhead = Letterhead::load(db);
    if (!letterhead)
        return letterhead.error();
    printer.m_letterhead = letterhead.value();
    if (language != QLatin1String("en")) {
        printer.m_translator = std::make_shared<QTranslator>();
        if (!printer.m_translator->load(QStringLiteral(":/i18n/clientele_%1.qm").arg(language)))
            printer.m_translator.reset();
    }
    return printer;
}

QString QuotePrinter::label(const char *source) const
{
    if (m_translator) {
        const QString text = m_translator->translate("QuotePrinter", source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString QuotePrinter::dateText(const QDate &date) const
{
    if (m_language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString QuotePrinter::money(qint64 minor) const
{
    return Money::format(minor, qMax(0, Money::decimals(m_quote.currency)));
}

QString QuotePrinter::letterheadHtml() const
{
    QString details;
    if (!m_letterhead.address.isEmpty())
        details += escaped(m_letterhead.address) + QStringLiteral("<br/>");
    QStringList contact;
    if (!m_letterhead.phone.isEmpty())
        contact << escaped(m_letterhead.phone);
    if (!m_letterhead.email.isEmpty())
        contact << escaped(m_letterhead.email);
    if (!contact.isEmpty())
        details += contact.join(QStringLiteral(" · ")) + QStringLiteral("<br/>");
    if (!m_letterhead.taxId.isEmpty())
        details += QStringLiteral("%1 %2").arg(
            label(QT_TRANSLATE_NOOP("QuotePrinter", "Tax ID:")), escaped(m_letterhead.taxId));
    const QString logo = m_letterhead.logoPng.isEmpty()
        ? QString()
        : QStringLiteral("<td width=\"130\" valign=\"top\"><img src=\"letterhead://logo\" width=\"120\"/></td>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1<td valign=\"top\">"
                          "<span style=\"font-size:17pt; font-weight:bold; color:#1f3b63;\">%2</span><br/>"
                          "<span style=\"font-size:8.5pt; color:#444444;\">%3</span></td>"
                          "<td valign=\"top\" align=\"right\"><span style=\"font-size:20pt; color:#1f3b63;\">%4</span>"
                          "<br/><span style=\"font-size:9pt;\">%5</span></td></tr></table>"
                          "<hr style=\"color:#1f3b63;\"/>")
        .arg(logo, escaped(m_letterhead.companyName), details, label(QT_TRANSLATE_NOOP("QuotePrinter", "QUOTATION")),
            m_quote.revision > 1
                ? QStringLiteral("%1 (%2 %3)")
                      .arg(escaped(m_quote.number), label(QT_TRANSLATE_NOOP("QuotePrinter", "revision")))
                      .arg(m_quote.revision)
                : escaped(m_quote.number));
}

QString QuotePrinter::partiesHtml() const
{
    QString customer = QStringLiteral("<b>%1</b>").arg(escaped(m_quote.customerName));
    if (!m_quote.contactName.isEmpty())
        customer += QStringLiteral("<br/>%1 %2")
                        .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Attn.:")), escaped(m_quote.contactName));
    if (!m_customerAddress.isEmpty())
        customer += QStringLiteral("<br/>") + escaped(m_customerAddress);
    const QString row = QStringLiteral("<tr><td style=\"color:#555555;\">%1</td><td align=\"right\">%2</td></tr>");
    QString facts = row.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Quotation no.")), escaped(m_quote.number))
        + row.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Date")), dateText(m_quote.date))
        + row.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Valid until")), dateText(m_quote.validUntil))
        + row.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Currency")), m_quote.currency);
    if (!m_quote.ownerName.isEmpty())
        facts += row.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Sales contact")), escaped(m_quote.ownerName));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:8px;\"><tr>"
                          "<td width=\"58%\" valign=\"top\"><span style=\"color:#555555;\">%1</span><br/>%2</td>"
                          "<td width=\"42%\" valign=\"top\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">"
                          "%3</table></td></tr></table>")
        .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Quotation for")), customer, facts);
}

QString QuotePrinter::linesHtml() const
{
    const QString head = QStringLiteral("<th align=\"%1\" style=\"background-color:#1f3b63; color:white;\">%2</th>");
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\" "
                                  "style=\"margin-top:12px;\"><thead><tr>");
    html += head.arg(QStringLiteral("left"), QStringLiteral("#"))
        + head.arg(QStringLiteral("left"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Item")))
        + head.arg(QStringLiteral("left"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Description")))
        + head.arg(QStringLiteral("right"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Qty")))
        + head.arg(QStringLiteral("left"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Unit")))
        + head.arg(QStringLiteral("right"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Unit price")))
        + head.arg(QStringLiteral("right"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Disc.")))
        + head.arg(QStringLiteral("right"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Tax")))
        + head.arg(QStringLiteral("right"), label(QT_TRANSLATE_NOOP("QuotePrinter", "Amount")));
    html += QStringLiteral("</tr></thead>");
    for (int i = 0; i < m_quote.lines.size(); ++i) {
        const QuoteLine &line = m_quote.lines[i];
        const qint64 amount = QuoteCalculator::computeLine(line, i + 1).value_or({}).amount;
        const QString background = i % 2 == 1 ? QStringLiteral(" style=\"background-color:#f0f3f8;\"") : QString();
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td align=\"right\">%5</td><td>%6</td>"
                               "<td align=\"right\">%7</td><td align=\"right\">%8</td><td align=\"right\">%9</td>"
                               "<td align=\"right\">%10</td></tr>")
                    .arg(background)
                    .arg(i + 1)
                    .arg(escaped(line.code), escaped(line.description), quantityText(line.quantity), escaped(line.unit),
                        money(line.unitPrice), line.discount > 0 ? percentText(line.discount) : QString(),
                        percentText(line.taxRate), money(amount));
    }
    return html + QStringLiteral("</table>");
}

QString QuotePrinter::totalsHtml() const
{
    auto totals = QuoteCalculator::compute(m_quote);
    if (!totals)
        return QStringLiteral("<p>%1</p>").arg(escaped(totals.error().message));
    const QuoteTotals &t = totals.value();
    const QString row = QStringLiteral(
        "<tr><td align=\"right\">%1</td><td align=\"right\" width=\"150\" style=\"white-space:nowrap;\">%2</td></tr>");
    QString rows = row.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Subtotal")), money(t.subtotal));
    if (t.discount != 0)
        rows += row.arg(QStringLiteral("%1 (%2)").arg(
                            label(QT_TRANSLATE_NOOP("QuotePrinter", "Discount")), percentText(m_quote.discount)),
            money(-t.discount));
    if (t.charges != 0)
        rows += row.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Shipping and other charges")), money(t.charges));
    for (const QuoteTotals::TaxGroup &group : t.taxes) {
        rows += row.arg(QStringLiteral("%1 %2 (%3 %4)")
                            .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Tax")), percentText(group.rate),
                                label(QT_TRANSLATE_NOOP("QuotePrinter", "on")), money(group.base)),
            money(group.tax));
    }
    rows += QStringLiteral("<tr><td align=\"right\" style=\"font-size:12pt;\"><b>%1</b></td><td align=\"right\" "
                           "style=\"font-size:12pt; white-space:nowrap;\"><b>%2</b></td></tr>")
                .arg(QStringLiteral("%1 (%2)").arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Total")), m_quote.currency),
                    Money::formatWithSymbol(t.total, m_quote.currency, m_language != QLatin1String("en")));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:6px;\">"
                                  "%1</table>")
                       .arg(rows);
    // Capital numerals are written for yuan (and New Taiwan dollars, which have no fen in use).
    const bool yuan = m_quote.currency == QLatin1String("CNY") || m_quote.currency == QLatin1String("TWD");
    if (m_language != QLatin1String("en") && yuan) {
        const qint64 fen = m_quote.currency == QLatin1String("TWD") ? t.total * 100 : t.total;
        const auto script = m_language == QLatin1String("zh_TW") ? ChineseAmount::Script::Traditional
                                                                 : ChineseAmount::Script::Simplified;
        html += QStringLiteral("<p align=\"right\">%1 <b>%2</b></p>")
                    .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Total in words:")),
                        ChineseAmount::capitals(fen, script));
    }
    return html;
}

QString QuotePrinter::closingHtml() const
{
    QString html;
    html += QStringLiteral("<p>%1</p>")
                .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "This quotation is valid until %1."))
                         .arg(dateText(m_quote.validUntil)));
    const QString terms = m_quote.terms.isEmpty() ? m_letterhead.terms : m_quote.terms;
    if (!terms.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Terms and conditions")), escaped(terms));
    if (!m_quote.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Notes")), escaped(m_quote.notes));
    if (!m_letterhead.bank.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Bank details")), escaped(m_letterhead.bank));
    const QString signature = QStringLiteral(
        "<td width=\"50%\" valign=\"top\">%1<br/><br/><br/>______________________________<br/>"
        "<span style=\"font-size:8.5pt; color:#555555;\">%2</span><br/><br/>%3 ____________________</td>");
    const QString date = label(QT_TRANSLATE_NOOP("QuotePrinter", "Date:"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top:18px;\"><tr>"
                           "%1%2</tr></table>")
                .arg(signature.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "For the supplier")),
                         escaped(m_letterhead.companyName), date),
                    signature.arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Accepted by the customer")),
                        label(QT_TRANSLATE_NOOP("QuotePrinter", "Signature and company seal")), date));
    return html;
}

QString QuotePrinter::html() const
{
    return QStringLiteral("<html><body style=\"font-size:9.5pt;\">%1%2%3%4%5</body></html>")
        .arg(letterheadHtml(), partiesHtml(), linesHtml(), totalsHtml(), closingHtml());
}

Result<int> QuotePrinter::print(QPagedPaintDevice *device) const
{
    PagedDocument paged(*device, 9.5);
    if (!m_letterhead.logoPng.isEmpty())
        paged.document().addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("letterhead://logo")),
            QImage::fromData(m_letterhead.logoPng));
    paged.setHtml(html());
    const auto footer = [this](int page, int pages) {
        return PagedDocument::Footer { QStringLiteral("%1 · %2").arg(m_letterhead.companyName, m_quote.number),
            label(QT_TRANSLATE_NOOP("QuotePrinter", "Page %1 of %2")).arg(page + 1).arg(pages) };
    };
    return paged.print(device, footer,
        { tr("The quotation cannot be printed: the printer or file did not open."),
            tr("The quotation cannot be printed: page %1 could not be started.") });
}

Result<int> QuotePrinter::writePdf(const QString &path) const
{
    return PagedDocument::savePdf(
        path,
        [this](QPdfWriter &writer) {
            writer.setTitle(
                QStringLiteral("%1 %2").arg(label(QT_TRANSLATE_NOOP("QuotePrinter", "Quotation")), m_quote.number));
            writer.setCreator(QStringLiteral("Clientele"));
            writer.setPageSize(m_letterhead.paper == QLatin1String("Letter") ? QPageSize(QPageSize::Letter)
                                                                             : QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        },
        [this](QPdfWriter *writer) { return print(writer); });
}

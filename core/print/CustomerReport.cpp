#include "CustomerReport.h"
#include "PagedDocument.h"
#include "domain/Money.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kChartScale = 3;
const QString kChartUrl = QStringLiteral("customer-report://monthly");
const QString kLogoUrl = QStringLiteral("customer-report://logo");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString percentText(double fraction)
{
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1);
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

QString heading(const QString &text)
{
    return QStringLiteral("<h2 style=\"font-size:12pt; color:#1f3b63; margin-top:14px; margin-bottom:4px;\">%1</h2>")
        .arg(escaped(text));
}

// One line in place of a section that has nothing to show.
QString nothing(const QString &text)
{
    return QStringLiteral("<p style=\"color:#555555;\">%1</p>").arg(escaped(text));
}

// A table with a coloured header row (repeated on every page it flows over) and banded rows. `right` names the
// columns aligned right; cells are HTML already.
// Columns in `right` are right-aligned; they and those in `unbroken` (dates) stay on one line: a narrow column
// left "日" of a date alone on the next line.
QString table(const QStringList &headers, const QList<int> &right, const QList<QStringList> &rows,
    const QList<int> &widths = {}, const QList<int> &unbroken = {})
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
        html += QStringLiteral("<th align=\"%1\"%2 style=\"background-color:#1f3b63; color:white;\">%3</th>")
                    .arg(right.contains(i) ? QStringLiteral("right") : QStringLiteral("left"), width,
                        escaped(headers[i]));
    }
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < rows.size(); ++r) {
        html += r % 2 == 1 ? QStringLiteral("<tr style=\"background-color:#f0f3f8;\">") : QStringLiteral("<tr>");
        // Amounts and other right-aligned figures stay on one line.
        for (int i = 0; i < rows[r].size(); ++i)
            html += right.contains(i)
                ? QStringLiteral("<td align=\"right\" valign=\"top\" style=\"white-space:nowrap;\">%1</td>")
                      .arg(rows[r][i])
                : unbroken.contains(i)
                ? QStringLiteral("<td valign=\"top\" style=\"white-space:nowrap;\">%1</td>").arg(rows[r][i])
                : QStringLiteral("<td valign=\"top\">%1</td>").arg(rows[r][i]);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Label and value pairs, two pairs to a row.
QString facts(const QList<std::pair<QString, QString>> &pairs)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (int i = 0; i < pairs.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (int j = i; j < i + 2; ++j) {
            if (j < pairs.size())
                html += QStringLiteral("<td width=\"22%\" valign=\"top\" style=\"color:#555555;\">%1</td>"
                                       "<td width=\"28%\" valign=\"top\">%2</td>")
                            .arg(escaped(pairs[j].first), pairs[j].second);
            else
                html += QStringLiteral("<td width=\"22%\"></td><td width=\"28%\"></td>");
        }
        html += QStringLiteral("</tr>");
    }
    // Qt drops the margin of a heading right after a table: an empty line keeps the sections apart.
    return html + QStringLiteral("</table><p style=\"font-size:4pt;\">&nbsp;</p>");
}

// A round step for the chart's value axis: 1, 2 or 5 times a power of ten.
double niceStep(double range, int steps)
{
    const double raw = range / steps;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : { 1.0, 2.0, 5.0 }) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10.0 * power;
}

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0 && !QTextCursor(block).currentTable();
}

// The room below a heading that what follows it needs on the same page: the headings right after it, then a
// table's header and first row, or the whole next paragraph (a line of text, the chart) up to half a page.
double roomAfter(const QTextBlock &heading, QAbstractTextDocumentLayout *layout, double pageHeight)
{
    constexpr double kTableStart = 48.0; // layout pixels: a header row and one row of a table
    const double bottom = layout->blockBoundingRect(heading).bottom();
    double reached = bottom;
    QTextBlock next = heading.next();
    for (; next.isValid() && isHeading(next); next = next.next())
        reached = layout->blockBoundingRect(next).bottom();
    if (!next.isValid())
        return reached - bottom;
    if (QTextCursor(next).currentTable())
        return reached - bottom + kTableStart;
    return std::min(layout->blockBoundingRect(next).bottom() - bottom, pageHeight / 2);
}

// A heading too near the foot of a page to have what follows it below it starts the next page.
void keepHeadingsWithNext(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block))
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const double pageEnd = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        if (pageEnd - rect.bottom() >= roomAfter(block, layout, pageHeight))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

} // namespace

CustomerReport::CustomerReport(CustomerReportData data, Letterhead letterhead)
    : m_data(std::move(data))
    , m_letterhead(std::move(letterhead))
    , m_chinese(QLocale().language() == QLocale::Chinese)
{
}

QString CustomerReport::title() const
{
    return tr("Customer report: %1").arg(m_data.customer.name);
}

QString CustomerReport::dateText(const QDate &date) const
{
    if (!date.isValid())
        return QString();
    if (m_chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale::c().toString(date, QStringLiteral("d MMM yyyy"));
}

QString CustomerReport::money(qint64 minor, const QString &currency) const
{
    return Money::formatWithSymbol(minor, currency, m_chinese); // the report's language, not the process's
}

QString CustomerReport::letterheadHtml() const
{
    QStringList details;
    if (!m_letterhead.address.isEmpty())
        details << escaped(m_letterhead.address);
    QStringList contact;
    if (!m_letterhead.phone.isEmpty())
        contact << escaped(m_letterhead.phone);
    if (!m_letterhead.email.isEmpty())
        contact << escaped(m_letterhead.email);
    if (!contact.isEmpty())
        details << contact.join(QStringLiteral(" · "));
    const QString logo = m_letterhead.logoPng.isEmpty()
        ? QString()
        : QStringLiteral("<td width=\"130\" valign=\"top\"><img src=\"%1\" width=\"120\"/></td>").arg(kLogoUrl);
    const Customer &c = m_data.customer;
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1<td valign=\"top\">"
                          "<span style=\"font-size:15pt; font-weight:bold; color:#1f3b63;\">%2</span><br/>"
                          "<span style=\"font-size:8.5pt; color:#444444;\">%3</span></td>"
                          "<td valign=\"top\" align=\"right\"><span style=\"font-size:17pt; color:#1f3b63;\">%4</span>"
                          "<br/><span style=\"font-size:9pt;\">%5</span></td></tr></table>"
                          "<hr style=\"color:#1f3b63;\"/>"
                          "<p style=\"font-size:16pt; font-weight:bold; margin-top:6px; margin-bottom:0px;\">%6</p>"
                          "<p style=\"color:#555555; margin-top:2px;\">%7</p>")
        .arg(logo, escaped(m_letterhead.companyName), details.join(QStringLiteral("<br/>")),
            escaped(tr("CUSTOMER REPORT")), escaped(tr("As of %1").arg(dateText(m_data.options.asOf))), escaped(c.name),
            escaped(c.deletedAt.isValid() ? tr("Customer no. %1 · in the trash since %2")
                                                .arg(c.id)
                                                .arg(dateText(c.deletedAt.toLocalTime().date()))
                                          : tr("Customer no. %1").arg(c.id)));
}

QString CustomerReport::profileHtml() const
{
    const Customer &c = m_data.customer;
    const QString none = QStringLiteral("<span style=\"color:#888888;\">—</span>");
    const auto value = [&none](const QString &text) { return text.isEmpty() ? none : escaped(text); };
    QStringList place { c.province, c.city };
    place.removeAll(QString());
    // 浙江省杭州市 is written as one word in Chinese; California, Los Angeles keeps its comma.
    const bool latin = !c.province.isEmpty() && c.province.back().script() == QChar::Script_Latin;
    const QString region = place.join(m_chinese && !latin ? QString() : QStringLiteral(", "));
    const QString acquired = c.source.isEmpty()
        ? dateText(c.createdAt.toLocalTime().date())
        : tr("%1, through %2").arg(dateText(c.createdAt.toLocalTime().date()), c.source);
    QList<std::pair<QString, QString>> pairs { { tr("Type"), escaped(displayName(c.kind)) },
        { tr("Industry"), value(c.industry) }, { tr("Region / city"), value(region) },
        { tr("Owner"), value(c.ownerName) }, { tr("Tier"), value(c.tier) },
        { tr("Stage"), escaped(displayName(c.stage)) }, { tr("Tags"), value(c.tags.join(QStringLiteral(", "))) },
        { tr("Acquired"), value(acquired) }, { tr("Phones"), value(c.phones.join(QStringLiteral(", "))) },
        { tr("Emails"), value(c.emails.join(QStringLiteral(", "))) } };
    if (!c.address.isEmpty())
        pairs.append({ tr("Address"), escaped(c.address) });
    if (!c.website.isEmpty())
        pairs.append(
            { tr("Website"), QStringLiteral("<nobr>%1</nobr>").arg(escaped(c.website)) }); // not after "https://"
    return heading(tr("Profile")) + facts(pairs);
}

QString CustomerReport::contactsHtml() const
{
    QString html = heading(tr("Contacts"));
    if (m_data.contacts.isEmpty())
        return html + nothing(tr("No contacts recorded."));
    QList<QStringList> rows;
    for (const Contact &contact : m_data.contacts) {
        const QString name = contact.primary ? tr("%1 (primary)").arg(escaped(contact.name)) : escaped(contact.name);
        rows << QStringList { name, escaped(contact.title), escaped(contact.phones.join(QStringLiteral(", "))),
            escaped(contact.email) };
    }
    return html + table({ tr("Name"), tr("Title", "a contact's job title"), tr("Phone"), tr("Email") }, {}, rows);
}

QString CustomerReport::rfmHtml() const
{
    QString html = heading(tr("RFM scores and segment"));
    if (!m_data.rfm)
        return html + nothing(tr("No purchases up to %1: not scored.").arg(dateText(m_data.options.asOf)));
    const RfmScore &s = *m_data.rfm;
    const QString score = QStringLiteral("<span style=\"font-size:14pt; font-weight:bold; color:#1f3b63;\">%1</span>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                           "<td width=\"33%\" align=\"center\">%1<br/>%2<br/><span style=\"color:#555555;\">%3</span>"
                           "</td><td width=\"33%\" align=\"center\">%4<br/>%5<br/><span style=\"color:#555555;\">%6"
                           "</span></td><td width=\"34%\" align=\"center\">%7<br/>%8<br/>"
                           "<span style=\"color:#555555;\">%9</span></td></tr></table>")
                .arg(escaped(tr("Recency (R)")), score.arg(s.r),
                    escaped(tr("Days since the last purchase: %1").arg(s.recencyDays)), escaped(tr("Frequency (F)")),
                    score.arg(s.f), escaped(tr("Purchases: %1").arg(s.frequency)), escaped(tr("Monetary (M)")),
                    score.arg(s.m), escaped(money(s.monetary, m_data.currency)));
    html += QStringLiteral("<p><b>%1</b> %2</p><p>%3</p><p style=\"color:#555555; font-size:8.5pt;\">%4</p>")
                .arg(escaped(tr("Segment: %1.").arg(Rfm::name(s.segment))), escaped(Rfm::description(s.segment)),
                    escaped(tr("Suggested action: %1").arg(Rfm::suggestedAction(s.segment))),
                    escaped(tr("Scores from 1 (worst) to 5 (best) by quintiles among all customers with purchases "
                               "in %1 up to %2 (%3 customers), as on the Reports page.")
                                .arg(m_data.currency, dateText(m_data.options.asOf))
                                .arg(m_data.scoredCustomers)));
    return html;
}

QString CustomerReport::valueHtml() const
{
    QString html = heading(tr("Customer value"));
    const CustomerTotals &t = m_data.totals;
    if (m_data.orders == 0)
        return html + nothing(tr("No orders yet."));
    QList<std::pair<QString, QString>> pairs { { tr("Revenue"), money(t.revenue, m_data.currency) },
        { tr("Gross profit"), money(t.profit, m_data.currency) },
        { tr("Margin"), t.revenue > 0 ? percentText(m_data.margin()) : QStringLiteral("—") },
        { tr("Orders"), QString::number(m_data.orders) } };
    if (m_data.value) {
        const LifetimeValueRow &v = *m_data.value;
        pairs.append({ tr("Average order value"), money(v.averageOrderValue, m_data.currency) });
        pairs.append({ tr("Purchases per year"), QString::number(v.purchasesPerYear, 'f', 1) });
        pairs.append({ tr("First purchase"), dateText(t.firstPurchase) });
        pairs.append({ tr("Last purchase"), dateText(t.lastPurchase) });
        pairs.append(
            { tr("Lifetime value (est.)"), QStringLiteral("<b>%1</b>").arg(money(v.lifetimeValue, m_data.currency)) });
    }
    html += facts(pairs);
    if (m_data.value)
        html += QStringLiteral("<p style=\"color:#555555; font-size:8.5pt;\">%1</p>")
                    .arg(escaped(tr("Lifetime value = average order value × purchases per year × margin × 3 years "
                                    "expected lifetime. Revenue without tax, refunds included.")));
    else
        html += nothing(tr("No purchase with a positive amount: no lifetime value estimate."));
    if (!m_data.otherCurrencies.isEmpty()) {
        QStringList others;
        for (const CurrencySales &other : m_data.otherCurrencies)
            others << tr("%1 in %n order(s)", nullptr, other.orders).arg(money(other.revenue, other.currency));
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("The figures above are in %1, the currency of most of the customer's orders. "
                                    "Also bought, without tax: %2.")
                                     .arg(m_data.currency, QLocale().createSeparatedList(others))));
    }
    return html;
}

QString CustomerReport::historyHtml() const
{
    QString html = heading(tr("Purchase history"));
    const bool any
        = std::any_of(m_data.months.cbegin(), m_data.months.cend(), [](const MonthlySales &m) { return m.orders > 0; });
    if (!any) {
        html += nothing(tr("No orders in the last %1 months.").arg(m_data.options.months));
    } else {
        html += QStringLiteral("<h4 style=\"font-size:9pt; font-weight:normal; margin-bottom:2px;\">%1</h4>"
                               "<p><img src=\"%2\" width=\"660\" height=\"190\"/></p>")
                    .arg(escaped(tr("Revenue per month, the last %1 months (%2)")
                                     .arg(m_data.options.months)
                                     .arg(m_data.currency)),
                        kChartUrl);
    }
    html += QStringLiteral("<h3 style=\"font-size:9.5pt; margin-top:8px; margin-bottom:2px;\">%1</h3>")
                .arg(escaped(tr("Top products")));
    if (m_data.topProducts.isEmpty())
        return html + nothing(tr("No products bought yet."));
    QList<QStringList> rows;
    for (const ProductSales &p : m_data.topProducts) {
        rows << QStringList { escaped(p.code), escaped(p.name), quantityText(p.quantity), QString::number(p.orders),
            money(p.revenue, m_data.currency) };
    }
    return html + table({ tr("Code"), tr("Product"), tr("Quantity"), tr("Orders"), tr("Revenue") }, { 2, 3, 4 }, rows);
}

QString CustomerReport::timelineHtml() const
{
    QString html = heading(tr("Recent timeline"));
    if (m_data.timeline.isEmpty())
        return html + nothing(tr("Nothing recorded yet."));
    QList<QStringList> rows;
    for (const TimelineEntry &entry : m_data.timeline) {
        const QDateTime local = entry.at.toLocalTime();
        rows << QStringList { QStringLiteral("%1 %2").arg(
                                  dateText(local.date()), local.toString(QStringLiteral("HH:mm"))),
            escaped(entry.text) };
    }
    return html + table({ tr("When"), tr("What") }, {}, rows, { 25, 75 }, { 0 });
}

QString CustomerReport::quotesHtml() const
{
    QString html = heading(tr("Open quotes"));
    if (m_data.openQuotes.isEmpty())
        return html + nothing(tr("No open quotes."));
    QList<QStringList> rows;
    for (const QuoteRow &q : m_data.openQuotes) {
        rows << QStringList { escaped(q.number), dateText(q.date), money(q.total, q.currency),
            escaped(displayName(q.status)), dateText(q.validUntil) };
    }
    return html
        + table({ tr("Number"), tr("Date"), tr("Total"), tr("Status"), tr("Valid until") }, { 2 }, rows, {}, { 1, 4 });
}

QString CustomerReport::contractsHtml() const
{
    QString html = heading(tr("Contracts"));
    if (m_data.contracts.isEmpty())
        return html + nothing(tr("No contracts."));
    QList<QStringList> rows;
    for (const ReportContract &k : m_data.contracts) {
        QString renewal = k.renewed ? escaped(tr("renewed")) : dateText(k.renewBy);
        if (k.autoRenew && !k.renewed)
            renewal = tr("%1 (renews automatically)").arg(renewal);
        rows << QStringList { escaped(k.number), escaped(k.title),
            tr("%1 – %2").arg(dateText(k.start), QStringLiteral("<br/>") + dateText(k.end)), money(k.value, k.currency),
            escaped(CustomerReportData::contractStatusName(k.status)), renewal };
    }
    return html
        + table({ tr("Number"), tr("Title"), tr("Period"), tr("Value"), tr("Status"), tr("Renew by") }, { 3 }, rows,
            { 17, 15, 22, 14, 12, 20 }, { 2, 5 });
}

QString CustomerReport::complaintsHtml() const
{
    QString html = heading(tr("Complaints"));
    if (m_data.complaints.isEmpty())
        return html + nothing(tr("No complaints."));
    QList<QStringList> rows;
    for (const Complaint &c : m_data.complaints) {
        const QDateTime resolved = c.resolvedAt.isValid() ? c.resolvedAt : c.closedAt;
        rows << QStringList { escaped(c.number), escaped(c.summary), escaped(displayName(c.severity)),
            escaped(displayName(c.status)), dateText(c.receivedAt.toLocalTime().date()),
            dateText(resolved.toLocalTime().date()), c.csat ? QStringLiteral("%1/5").arg(*c.csat) : QString() };
    }
    return html
        + table(
            { tr("Number"), tr("Summary"), tr("Severity"), tr("Status"), tr("Received"), tr("Resolved"), tr("CSAT") },
            { 6 }, rows, {}, { 4, 5 });
}

QString CustomerReport::html() const
{
    return QStringLiteral("<html><body style=\"font-size:9pt;\">%1%2%3%4%5%6%7%8%9%10</body></html>")
        .arg(letterheadHtml(), profileHtml(), contactsHtml(), rfmHtml(), valueHtml(), historyHtml(), timelineHtml(),
            quotesHtml(), contractsHtml(), complaintsHtml());
}

QImage CustomerReport::monthlyChart(const QSize &size) const
{
    QImage image(size * kChartScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(kChartScale, kChartScale);
    QFont font;
    font.setFamilies(
        { QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC") });
    font.setPixelSize(9);
    painter.setFont(font);

    qint64 high = 0;
    qint64 low = 0;
    for (const MonthlySales &m : m_data.months) {
        high = std::max(high, m.revenue);
        low = std::min(low, m.revenue);
    }
    const int decimals = std::max(0, Money::decimals(m_data.currency));
    const double unit = double(Money::pow10(decimals));
    const double step = niceStep(std::max(1.0, double(high - low) / unit), 4);
    const double top = std::ceil(double(high) / unit / step) * step;
    const double bottom = std::floor(double(low) / unit / step) * step;
    const double span = std::max(step, top - bottom);

    const QRectF plot(70, 8, size.width() - 78, size.height() - 30);
    const auto yOf = [&](double value) { return plot.bottom() - (value - bottom) / span * plot.height(); };
    painter.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (double v = bottom; v <= top + step / 2; v += step) {
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, yOf(v) - 7, plot.left() - 6, 14), Qt::AlignRight | Qt::AlignVCenter,
            Money::format(qint64(std::llround(v)), 0));
    }
    const qsizetype n = m_data.months.size();
    const double slot = n > 0 ? plot.width() / n : plot.width();
    for (qsizetype i = 0; i < n; ++i) {
        const MonthlySales &m = m_data.months[i];
        const double x = plot.left() + i * slot;
        if (m.revenue != 0) {
            const double y0 = yOf(0);
            const double y1 = yOf(double(m.revenue) / unit);
            painter.fillRect(QRectF(x + slot * 0.15, std::min(y0, y1), slot * 0.7, std::abs(y1 - y0)),
                m.revenue > 0 ? QColor(0x1f, 0x3b, 0x63) : QColor(0xc0, 0x39, 0x2b));
        }
        // The first month of each quarter is named.
        if (m.month.month() % 3 == 1) {
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QString label = m_chinese ? QStringLiteral("%1年%2月").arg(m.month.year()).arg(m.month.month())
                                            : QLocale::c().toString(m.month, QStringLiteral("MMM yyyy"));
            painter.drawText(QRectF(x - slot, plot.bottom() + 3, slot * 3, 16), Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
    painter.setPen(QColor(0x88, 0x88, 0x88));
    painter.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    painter.end();
    return image;
}

Result<int> CustomerReport::print(QPagedPaintDevice *device) const
{
    PagedDocument paged(*device, 9);
    QTextDocument &document = paged.document();
    if (!m_letterhead.logoPng.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(kLogoUrl), QImage::fromData(m_letterhead.logoPng));
    document.addResource(QTextDocument::ImageResource, QUrl(kChartUrl), monthlyChart(QSize(660, 190)));
    paged.setHtml(html());
    keepHeadingsWithNext(document, paged.page().height());
    const QString left = m_letterhead.companyName.isEmpty()
        ? m_data.customer.name
        : QStringLiteral("%1 · %2").arg(m_letterhead.companyName, m_data.customer.name);
    const auto footer = [this, &left](int page, int pages) {
        return PagedDocument::Footer { left, tr("Page %1 of %2").arg(page + 1).arg(pages) };
    };
    return paged.print(device, footer,
        { tr("The customer report cannot be printed: the printer or file did not open."),
            tr("The customer report cannot be printed: page %1 could not be started.") });
}

Result<int> CustomerReport::writePdf(const QString &path) const
{
    return PagedDocument::savePdf(
        path,
        [this](QPdfWriter &writer) {
            writer.setTitle(title());
            writer.setCreator(QStringLiteral("Clientele"));
            writer.setPageSize(m_letterhead.paper == QLatin1String("Letter") ? QPageSize(QPageSize::Letter)
                                                                             : QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        },
        [this](QPdfWriter *writer) { return print(writer); });
}

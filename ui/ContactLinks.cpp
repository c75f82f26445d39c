#include "ContactLinks.h"

#include "MessageBox.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QRegularExpression>

namespace {
QString link(const QUrl &url, const QString &text)
{
    if (!url.isValid() || url.isEmpty())
        return text.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

namespace ContactLinks {

QUrl mailto(const QString &email)
{
    static const QRegularExpression address(QStringLiteral(R"(^[^@\s<>"]+@[^@\s<>"]+$)"));
    const QString trimmed = email.trimmed();
    if (!address.match(trimmed).hasMatch())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(trimmed);
    return url;
}

QUrl website(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {};
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const bool hasScheme = scheme.match(trimmed).hasMatch();
    const QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString s = url.scheme().toLower();
    if (!url.isValid() || (s != QLatin1String("http") && s != QLatin1String("https")) || url.host().isEmpty())
        return {};
    return url;
}

QString emailsHtml(const QStringList &emails)
{
    QStringList lines;
    for (const QString &email : emails)
        lines << link(mailto(email), email);
    return lines.join(QStringLiteral("<br>"));
}

QString websiteHtml(const QString &text)
{
    return link(website(text), text);
}

void open(QWidget *parent, const QUrl &url)
{
    if (!QDesktopServices::openUrl(url))
        MessageBox::warning(parent, QCoreApplication::translate("ContactLinks", "Open link"),
            QCoreApplication::translate("ContactLinks", "No program on this computer opens %1.")
                .arg(url.toDisplayString()));
}

} // namespace ContactLinks

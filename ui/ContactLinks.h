#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QWidget;

// Links in a customer file: e-mail addresses open the user's mail program, a website opens the browser.
namespace ContactLinks {

// mailto:address, or an empty URL when the text is not an e-mail address.
QUrl mailto(const QString &email);
// The website as an http(s) URL ("https://" added when the text has no scheme), or an empty URL when it is not
// a web address (another scheme such as file: or javascript: is never made a link).
QUrl website(const QString &text);

// Rich text for a QLabel: each address a link, one per line, everything escaped. Text that cannot be a link
// stays plain text.
QString emailsHtml(const QStringList &emails);
QString websiteHtml(const QString &text);

// Opens url with the desktop's program for it; says so in a message box when there is none.
void open(QWidget *parent, const QUrl &url);

} // namespace ContactLinks

#include "CliLanguage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>

namespace CliLanguage {

namespace {

    // One translator for the program's life; installed at most once at a time.
    QTranslator &translator()
    {
        static QTranslator instance;
        return instance;
    }

} // namespace

QString forLocale(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    const QLocale first(languages.isEmpty() ? locale.name() : languages.first());
    if (first.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = first.script() == QLocale::TraditionalChineseScript || first.territory() == QLocale::Taiwan
        || first.territory() == QLocale::HongKong || first.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

void useSystemLanguage()
{
    switchTo(forLocale(QLocale::system()));
}

void switchTo(const QString &language)
{
    QCoreApplication::removeTranslator(&translator());
    // English is the source language; its file holds the plural forms.
    if (translator().load(QStringLiteral(":/i18n/clientele_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator());
}

} // namespace CliLanguage

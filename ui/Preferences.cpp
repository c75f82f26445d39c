#include "Preferences.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace Preferences {

QString language()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString effectiveLanguage()
{
    const QString chosen = language();
    if (chosen != QLatin1String("system"))
        return chosen;
    const QLocale locale = QLocale::system();
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
                             || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
                             || locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString appearance()
{
    return QSettings().value(QStringLiteral("ui/appearance"), QStringLiteral("system")).toString();
}

void setAppearance(const QString &appearance)
{
    QSettings().setValue(QStringLiteral("ui/appearance"), appearance);
}

QString phoneRegion()
{
    return QSettings().value(QStringLiteral("phone/region"), suggestedPhoneRegion(language())).toString();
}

QString suggestedPhoneRegion(const QString &language)
{
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 1, 1);
    const auto systemIfOneOf
        = [&system](QStringList regions) { return regions.contains(system) ? system : regions.first(); };
    if (language == QLatin1String("zh_TW"))
        return systemIfOneOf({ QStringLiteral("TW"), QStringLiteral("HK"), QStringLiteral("MO") });
    if (language == QLatin1String("zh_CN"))
        return systemIfOneOf({ QStringLiteral("CN"), QStringLiteral("SG"), QStringLiteral("MY") });
    return system.size() == 2 ? system : QStringLiteral("CN");
}

void setPhoneRegion(const QString &region)
{
    QSettings().setValue(QStringLiteral("phone/region"), region.toUpper());
}

QString lastBook()
{
    return QSettings().value(QStringLiteral("book/last")).toString();
}

void setLastBook(const QString &path)
{
    QSettings settings;
    settings.setValue(QStringLiteral("book/last"), path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentBooks();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("book/recent"), recent.mid(0, 8));
}

QStringList recentBooks()
{
    return QSettings().value(QStringLiteral("book/recent")).toStringList();
}

void clearRecentBooks()
{
    QSettings().remove(QStringLiteral("book/recent"));
}

} // namespace Preferences

#include "FollowUpFormatting.h"
#include "Formatting.h"
#include "domain/Money.h"
#include "repo/LookupRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QSqlDatabase>

namespace FollowUpFormatting {

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString due(const Activity &activity)
{
    if (activity.allDay)
        return QCoreApplication::translate("FollowUps", "%1 (all day)").arg(date(activity.dueDate));
    return Formatting::localDateTime(activity.dueAt);
}

QString money(const Amount &value)
{
    const QLocale locale;
    const qint64 magnitude = value.minor < 0 ? -value.minor : value.minor;
    const int decimals = value.decimals();
    const qint64 unit = Money::pow10(decimals);
    QString amount = (value.minor < 0 ? locale.negativeSign() : QString()) + locale.toString(magnitude / unit);
    if (decimals > 0)
        amount += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % unit, decimals, 10, QLatin1Char('0'));
    return QCoreApplication::translate("FollowUps", "%1 %2", "amount and currency code").arg(amount, value.currency);
}

QString moneyByCurrency(const QMap<QString, qint64> &amounts)
{
    QStringList parts;
    // Each amount stays whole on one line ("128,000 TWD"); a long sum wraps only between amounts.
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << money(Amount { it.value(), it.key() }).replace(QLatin1Char(' '), QChar::Nbsp);
    return parts.isEmpty() ? QLocale().toString(0) : parts.join(QStringLiteral(" + "));
}

void fillOwners(QComboBox *combo, const QSqlDatabase &db, const QString &noneText, qint64 keep)
{
    combo->clear();
    combo->addItem(noneText, qint64(0));
    const QList<Owner> owners = LookupRepository(db).owners(keep).value_or({});
    for (const Owner &owner : owners)
        combo->addItem(owner.name, owner.id);
}

void makeTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
}

} // namespace FollowUpFormatting

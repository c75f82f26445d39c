#include "Money.h"

#include <QHash>
#include <QLocale>

namespace Money {

namespace {

    struct CurrencyInfo
    {
        int decimals;
        QString symbol;
    };

    const QHash<QString, CurrencyInfo> &table()
    {
        static const QHash<QString, CurrencyInfo> currencies {
            { QStringLiteral("CNY"), { 2, QStringLiteral("¥") } },
            { QStringLiteral("USD"), { 2, QStringLiteral("$") } },
            { QStringLiteral("EUR"), { 2, QStringLiteral("€") } },
            { QStringLiteral("GBP"), { 2, QStringLiteral("£") } },
            { QStringLiteral("HKD"), { 2, QStringLiteral("HK$") } },
            { QStringLiteral("TWD"), { 0, QStringLiteral("NT$") } },
            { QStringLiteral("JPY"), { 0, QStringLiteral("JP¥") } },
            { QStringLiteral("KRW"), { 0, QStringLiteral("₩") } },
        };
        return currencies;
    }

} // namespace

int decimals(const QString &currency)
{
    const auto it = table().constFind(currency);
    return it == table().constEnd() ? -1 : it->decimals;
}

QStringList currencies()
{
    return { QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
        QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("JPY"), QStringLiteral("KRW") };
}

QString symbol(const QString &currency, std::optional<bool> chinese)
{
    // In Chinese "$" alone reads as the local dollar (NT$ in Taiwan, HK$ in Hong Kong): dollars are US$ there.
    if (currency == QLatin1String("USD") && chinese.value_or(QLocale().language() == QLocale::Chinese))
        return QStringLiteral("US$");
    const auto it = table().constFind(currency);
    return it == table().constEnd() ? currency + QLatin1Char(' ') : it->symbol;
}

qint64 pow10(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

Wide divideRounded(Wide numerator, Wide divisor)
{
    Q_ASSERT(divisor > 0);
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    const Wide rounded = (magnitude + divisor / 2) / divisor;
    return negative ? -rounded : rounded;
}

QString format(qint64 minorUnits, int decimals, bool grouped)
{
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    const quint64 unit = quint64(pow10(qMax(0, decimals)));
    QString whole = QString::number(magnitude / unit);
    if (grouped) {
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    }
    QString text = negative ? QStringLiteral("-") + whole : whole;
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(magnitude % unit).rightJustified(decimals, QLatin1Char('0'));
    return text;
}

QString formatWithSymbol(qint64 minorUnits, const QString &currency, std::optional<bool> chinese)
{
    const QString amount = format(minorUnits, qMax(0, decimals(currency)));
    const QString sign = symbol(currency, chinese);
    return minorUnits < 0 ? QStringLiteral("-") + sign + amount.mid(1) : sign + amount;
}

Result<qint64> parse(const QString &text, int decimals)
{
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(','));
    plain.remove(QLatin1Char(' '));
    const Error invalid { QCoreApplication::translate("Money", "\"%1\" is not an amount of money.").arg(text) };
    bool negative = false;
    if (plain.startsWith(QLatin1Char('-'))) {
        negative = true;
        plain.remove(0, 1);
    }
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? plain : plain.left(point);
    const QString fraction = point < 0 ? QString() : plain.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return invalid;
    for (const QString &part : { whole, fraction }) {
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return invalid;
        }
    }
    if (fraction.size() > decimals) {
        return Error { decimals == 0
                ? QCoreApplication::translate("Money", "\"%1\" has decimals; this currency has none.").arg(text)
                : QCoreApplication::translate("Money", "\"%1\" has more than %2 decimals.").arg(text).arg(decimals) };
    }
    const Error tooLarge { QCoreApplication::translate("Money", "\"%1\" is too large an amount.").arg(text) };
    if (whole.size() > 18)
        return tooLarge;
    const Wide units = Wide(whole.isEmpty() ? 0 : whole.toLongLong()) * pow10(decimals)
        + (fraction.isEmpty() ? 0 : fraction.toLongLong() * pow10(decimals - int(fraction.size())));
    if (units > kMaxMinorUnits)
        return tooLarge;
    return negative ? -qint64(units) : qint64(units);
}

} // namespace Money

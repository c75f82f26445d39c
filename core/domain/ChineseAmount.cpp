#include "ChineseAmount.h"

namespace ChineseAmount {

namespace {

    struct Glyphs
    {
        QString digits; // 零 ... 玖
        QString units; // "", 拾, 佰, 仟
        QString groups; // "", 万, 亿 ("万亿" is 万 after 亿)
        QString yuan, jiao, fen, whole, negative;
    };

    const Glyphs &glyphs(Script script)
    {
        static const Glyphs simplified { QStringLiteral("零壹贰叁肆伍陆柒捌玖"), QStringLiteral(" 拾佰仟"),
            QStringLiteral(" 万亿"), QStringLiteral("元"), QStringLiteral("角"), QStringLiteral("分"),
            QStringLiteral("整"), QStringLiteral("负") };
        static const Glyphs traditional { QStringLiteral("零壹貳參肆伍陸柒捌玖"), QStringLiteral(" 拾佰仟"),
            QStringLiteral(" 萬億"), QStringLiteral("元"), QStringLiteral("角"), QStringLiteral("分"),
            QStringLiteral("整"), QStringLiteral("負") };
        return script == Script::Simplified ? simplified : traditional;
    }

    // One group of four digits (0 < value < 10000); zeros inside the group become one 零, trailing ones vanish.
    QString groupText(int value, const Glyphs &g)
    {
        QString text;
        bool pendingZero = false;
        for (int position = 3; position >= 0; --position) {
            int divisor = 1;
            for (int i = 0; i < position; ++i)
                divisor *= 10;
            const int digit = value / divisor % 10;
            if (digit == 0) {
                pendingZero = !text.isEmpty();
                continue;
            }
            if (pendingZero)
                text += g.digits[0];
            pendingZero = false;
            text += g.digits[digit];
            if (position > 0)
                text += g.units[position];
        }
        return text;
    }

    QString groupUnit(int index, const Glyphs &g)
    {
        switch (index) {
        case 0:
            return {};
        case 1:
            return QString(g.groups[1]);
        case 2:
            return QString(g.groups[2]);
        default:
            return QString(g.groups[1]); // 万 of 亿: 壹万亿, 壹万零壹亿
        }
    }

    QString yuanText(quint64 yuan, const Glyphs &g)
    {
        int groups[4] = { 0, 0, 0, 0 };
        for (int i = 0; i < 4; ++i) {
            groups[i] = int(yuan % 10000);
            yuan /= 10000;
        }
        QString text;
        bool zeroBefore = false; // a zero digit lies between what is written and the next non-zero digit
        for (int index = 3; index >= 0; --index) {
            const int value = groups[index];
            if (value == 0) {
                zeroBefore = !text.isEmpty();
                continue;
            }
            if (!text.isEmpty() && (zeroBefore || value < 1000))
                text += g.digits[0];
            zeroBefore = value % 10 == 0;
            text += groupText(value, g) + groupUnit(index, g);
            if (index == 3 && groups[2] == 0)
                text += g.groups[2];
        }
        return text;
    }

} // namespace

QString capitals(qint64 fen, Script script)
{
    const Glyphs &g = glyphs(script);
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    const quint64 yuan = magnitude / 100;
    const int jiao = int(magnitude / 10 % 10);
    const int cents = int(magnitude % 10);
    QString text = negative ? g.negative : QString();
    if (yuan > 0)
        text += yuanText(yuan, g) + g.yuan;
    if (jiao == 0 && cents == 0)
        return yuan == 0 ? text + g.digits[0] + g.yuan + g.whole : text + g.whole;
    if (jiao > 0)
        text += g.digits[jiao] + g.jiao;
    else if (yuan > 0)
        text += g.digits[0];
    if (cents > 0)
        text += g.digits[cents] + g.fen;
    else
        text += g.whole;
    return text;
}

} // namespace ChineseAmount

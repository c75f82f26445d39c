#include "TermFrequency.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

const QSet<QString> &englishStopWords()
{
    static const QSet<QString> words {
        QStringLiteral("a"),
        QStringLiteral("about"),
        QStringLiteral("after"),
        QStringLiteral("again"),
        QStringLiteral("all"),
        QStringLiteral("also"),
        QStringLiteral("am"),
        QStringLiteral("an"),
        QStringLiteral("and"),
        QStringLiteral("any"),
        QStringLiteral("are"),
        QStringLiteral("as"),
        QStringLiteral("at"),
        QStringLiteral("be"),
        QStringLiteral("been"),
        QStringLiteral("before"),
        QStringLiteral("but"),
        QStringLiteral("by"),
        QStringLiteral("can"),
        QStringLiteral("could"),
        QStringLiteral("did"),
        QStringLiteral("do"),
        QStringLiteral("does"),
        QStringLiteral("for"),
        QStringLiteral("from"),
        QStringLiteral("had"),
        QStringLiteral("has"),
        QStringLiteral("have"),
        QStringLiteral("he"),
        QStringLiteral("her"),
        QStringLiteral("his"),
        QStringLiteral("how"),
        QStringLiteral("i"),
        QStringLiteral("if"),
        QStringLiteral("in"),
        QStringLiteral("into"),
        QStringLiteral("is"),
        QStringLiteral("it"),
        QStringLiteral("its"),
        QStringLiteral("just"),
        QStringLiteral("me"),
        QStringLiteral("more"),
        QStringLiteral("my"),
        QStringLiteral("no"),
        QStringLiteral("not"),
        QStringLiteral("of"),
        QStringLiteral("on"),
        QStringLiteral("or"),
        QStringLiteral("our"),
        QStringLiteral("out"),
        QStringLiteral("she"),
        QStringLiteral("so"),
        QStringLiteral("still"),
        QStringLiteral("than"),
        QStringLiteral("that"),
        QStringLiteral("the"),
        QStringLiteral("their"),
        QStringLiteral("them"),
        QStringLiteral("then"),
        QStringLiteral("there"),
        QStringLiteral("they"),
        QStringLiteral("this"),
        QStringLiteral("to"),
        QStringLiteral("too"),
        QStringLiteral("two"),
        QStringLiteral("up"),
        QStringLiteral("us"),
        QStringLiteral("very"),
        QStringLiteral("was"),
        QStringLiteral("we"),
        QStringLiteral("were"),
        QStringLiteral("what"),
        QStringLiteral("when"),
        QStringLiteral("which"),
        QStringLiteral("who"),
        QStringLiteral("will"),
        QStringLiteral("with"),
        QStringLiteral("would"),
        QStringLiteral("you"),
        QStringLiteral("your"),
    };
    return words;
}

bool isChineseStopCharacter(QChar c)
{
    static const QString characters = QStringLiteral("的了是在和与及我你他她它们这那有也就都而对把被将又很吗呢吧啊");
    return characters.contains(c);
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff);
}

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.unicode() < 0x250;
}

bool isWordCharacter(QChar c)
{
    return isLatinLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

void countText(const QString &text, QHash<QString, int> *counts)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (isWordCharacter(text[i])) {
            qsizetype end = i;
            bool hasLetter = false;
            // Apostrophes inside words ("don't") keep the word whole; digits belong to it ("iPhone15", "2nd").
            while (end < n
                && (isWordCharacter(text[end])
                    || (text[end] == QLatin1Char('\'') && end + 1 < n && isLatinLetter(text[end + 1])))) {
                hasLetter = hasLetter || isLatinLetter(text[end]);
                ++end;
            }
            const QString word = text.mid(i, end - i).toLower();
            // Plain numbers (order numbers, amounts) are no terms.
            if (hasLetter && word.size() > 1 && !englishStopWords().contains(word))
                ++(*counts)[word];
            i = end;
        } else if (isHan(text[i])) {
            qsizetype end = i;
            while (end < n && isHan(text[end]))
                ++end;
            for (qsizetype k = i; k + 1 < end; ++k) {
                if (!isChineseStopCharacter(text[k]) && !isChineseStopCharacter(text[k + 1]))
                    ++(*counts)[text.mid(k, 2)];
            }
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace

QList<TermCount> frequentTerms(const QStringList &texts, int limit)
{
    QHash<QString, int> counts;
    for (const QString &text : texts)
        countText(text, &counts);
    QList<TermCount> terms;
    terms.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        terms << TermCount { it.key(), it.value() };
    std::sort(terms.begin(), terms.end(), [](const TermCount &a, const TermCount &b) {
        return a.count != b.count ? a.count > b.count : a.term < b.term;
    });
    if (limit >= 0 && terms.size() > limit)
        terms.resize(limit);
    return terms;
}

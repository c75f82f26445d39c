#include "SearchText.h"

#include <QRegularExpression>

namespace SearchText {

QString fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+(]?[0-9][0-9 ()+\\-]*$"));
    return phoneLike.match(text.trimmed()).hasMatch();
}

QString phoneDigits(const QString &text)
{
    if (!looksLikePhone(text))
        return {};
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

namespace {

    // A number's text without its extension, and the extension's digits: the key has it after ";ext="
    // ("+862083561234;ext=8001"), the stored text at its end after a word or sign ("… ext. 8001", "…6789#55").
    std::pair<QString, QString> splitExtension(const QString &raw, const QString &key)
    {
        const qsizetype at = key.indexOf(QLatin1String(";ext="));
        if (at < 0)
            return { raw, QString() };
        const QString extension = key.mid(at + 5);
        qsizetype cut = raw.endsWith(extension) ? raw.size() - extension.size() : raw.size();
        while (cut < raw.size() && cut > 0 && !raw[cut - 1].isDigit())
            --cut;
        return { raw.left(cut), extension };
    }

} // namespace

QString phoneSearchText(const QString &raw, const QString &e164)
{
    const auto [rawNumber, extension] = splitExtension(raw, e164);
    const QString keyNumber = extension.isEmpty() ? e164 : e164.left(e164.indexOf(u';'));
    const QString digits = phoneDigits(rawNumber);
    const QString international = phoneDigits(keyNumber);
    QString text;
    if (international.isEmpty() || digits.contains(international))
        text = digits;
    else if (digits.isEmpty() || international.contains(digits))
        text = international;
    else
        text = digits + QLatin1Char(' ') + international;
    // The extension on its own, so that searching "8001" finds the desk.
    return text.isEmpty() || extension.isEmpty() ? text : text + QLatin1Char(' ') + extension;
}

QStringList bigrams(const QString &folded)
{
    QStringList grams;
    const QList<uint> codePoints = folded.toUcs4();
    for (qsizetype i = 0; i + 1 < codePoints.size(); ++i) {
        const char32_t a = codePoints[i];
        const char32_t b = codePoints[i + 1];
        if (QChar::isLetterOrNumber(a) && QChar::isLetterOrNumber(b))
            grams << QString::fromUcs4(&a, 1) + QString::fromUcs4(&b, 1);
    }
    return grams;
}

bool isIdeographic(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
            || script == QChar::Script_Hangul;
}

QString shortGramText(const QString &folded)
{
    QString text;
    text.reserve(folded.size() * 3);
    char32_t previous = 0;
    bool previousCounts = false;
    for (auto it = folded.cbegin(); it != folded.cend(); ++it) {
        char32_t current = it->unicode();
        if (it->isHighSurrogate() && it + 1 != folded.cend() && (it + 1)->isLowSurrogate()) {
            current = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        const bool counts = QChar::isLetterOrNumber(current);
        if (counts && previousCounts) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += QString::fromUcs4(&previous, 1);
            text += QString::fromUcs4(&current, 1);
        }
        if (counts && isIdeographic(current)) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += QString::fromUcs4(&current, 1);
        }
        previous = current;
        previousCounts = counts;
    }
    return text;
}

QStringList trigrams(const QString &folded)
{
    QStringList grams;
    const QList<uint> codePoints = folded.toUcs4();
    for (qsizetype i = 0; i + 2 < codePoints.size(); ++i) {
        const char32_t triple[3] = { codePoints[i], codePoints[i + 1], codePoints[i + 2] };
        grams << QString::fromUcs4(triple, 3);
    }
    grams.removeDuplicates();
    return grams;
}

qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace SearchText

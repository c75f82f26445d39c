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

    // A number's text without its extension ("020 8356 1234 ext. 8001", key "+862083561234;ext=8001"), and the
    // extension's digits.
    std::pair<QString, QString> splitExtension(const QString &text)
    {
        for (const QLatin1String marker : { QLatin1String(" ext. "), QLatin1String(";ext=") }) {
            if (const qsizetype at = text.indexOf(marker); at > 0)
                return { text.left(at), phoneDigits(text.mid(at + marker.size())) };
        }
        return { text, QString() };
    }

} // namespace

QString phoneSearchText(const QString &raw, const QString &e164)
{
    const auto [rawNumber, rawExtension] = splitExtension(raw);
    const auto [keyNumber, keyExtension] = splitExtension(e164);
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
    const QString extension = rawExtension.isEmpty() ? keyExtension : rawExtension;
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

#include "CliArguments.h"

#include <QCoreApplication>

std::optional<QString> CliArguments::take(const QString &name)
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString &word = m_words[i];
        if (word.startsWith(name + QLatin1Char('='))) {
            const QString value = word.mid(name.size() + 1);
            m_words.removeAt(i);
            return value;
        }
        if (word == name) {
            if (i + 1 >= m_words.size()) {
                m_missingValue = name;
                m_words.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_words[i + 1];
            m_words.remove(i, 2);
            return value;
        }
    }
    return std::nullopt;
}

QStringList CliArguments::takeAll(const QString &name)
{
    QStringList values;
    while (auto value = take(name))
        values << *value;
    return values;
}

bool CliArguments::takeFlag(const QString &name)
{
    return m_words.removeAll(name) > 0;
}

std::optional<QString> CliArguments::takePositional()
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (!m_words[i].startsWith(QLatin1String("--"))) {
            const QString word = m_words[i];
            m_words.removeAt(i);
            return word;
        }
    }
    return std::nullopt;
}

QString CliArguments::problem() const
{
    if (!m_missingValue.isEmpty())
        return QCoreApplication::translate("Cli", "%1 needs a value").arg(m_missingValue);
    if (!m_words.isEmpty())
        return QCoreApplication::translate("Cli", "unexpected argument: %1").arg(m_words.first());
    return {};
}

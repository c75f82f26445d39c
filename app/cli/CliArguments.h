#pragma once

#include <QStringList>

#include <optional>

// The words after the command, consumed option by option; what is left over is an error.
class CliArguments
{
public:
    explicit CliArguments(QStringList words) : m_words(std::move(words)) { }

    // The value of "--name VALUE" or "--name=VALUE", removed from the list; nullopt when absent.
    std::optional<QString> take(const QString &name);
    // Every value of a repeatable option.
    QStringList takeAll(const QString &name);
    // A flag without a value.
    bool takeFlag(const QString &name);
    // The next positional word.
    std::optional<QString> takePositional();
    // An option given without its value, or words nobody took.
    QString problem() const;

private:
    QStringList m_words;
    QString m_missingValue;
};

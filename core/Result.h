#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

// What went wrong and where: a translated message plus the place (file, row, column, field) when known.
struct Error
{
    Error() = default;
    explicit Error(QString message, QString file = {}, int row = -1, int column = -1, QString field = {})
        : message(std::move(message)), file(std::move(file)), row(row), column(column), field(std::move(field))
    {
    }

    QString message;
    QString file;
    int row = -1;
    int column = -1;
    QString field;

    // One line for a status bar, a dialog or the CLI's stderr.
    QString toString() const;
};

// Either a value or an Error. Core functions that can fail on input or I/O return this; no exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }
    // The value, or the fallback when there is an error (for lists where "nothing" is a fine answer).
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

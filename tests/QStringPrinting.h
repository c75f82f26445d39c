#pragma once

// Readable QStrings in GoogleTest's failure messages (global, where argument-dependent lookup finds them). One
// definition for every suite: the suites compile a few files at a time (unity builds), so two would clash.
#include <QString>

#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << text;
}

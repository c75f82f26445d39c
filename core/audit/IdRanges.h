#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// A set of record ids kept as ranges, for what an import created: a million new customers, created one after
// another, are one range ("1001-1001000") in its audit entry instead of a million numbers.
class IdRanges
{
public:
    // Ids come in any order; one after the last extends its range.
    void add(qint64 id);
    bool isEmpty() const { return m_ranges.isEmpty(); }
    qint64 count() const { return m_count; }
    QList<qint64> ids() const;
    const QList<std::pair<qint64, qint64>> &ranges() const { return m_ranges; }

    // "1001-2000,2005": ranges as written, single ids alone.
    QString toString() const;
    // nullopt for text that is not such a list.
    static std::optional<IdRanges> fromString(const QString &text);

private:
    QList<std::pair<qint64, qint64>> m_ranges; // first and last, inclusive
    qint64 m_count = 0;
};
